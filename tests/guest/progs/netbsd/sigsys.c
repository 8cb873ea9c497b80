// SPDX-License-Identifier: GPL-2.0-only
/* sigsys: ../freebsd/sigsys.c as a NetBSD/amd64 program. */

#define NETBSD
#include "../freebsd/sigsys.c"
