// SPDX-License-Identifier: GPL-2.0-only
/* sigaction: ../freebsd/sigaction.c as a NetBSD/amd64 program. */

#define NETBSD
#include "../freebsd/sigaction.c"
