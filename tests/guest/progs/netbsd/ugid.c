// SPDX-License-Identifier: GPL-2.0-only
/* ugid: ../freebsd/ugid.c as a NetBSD/amd64 program (issetugid is 305). */

#define ISSETUGID	305
#include "../freebsd/ugid.c"
