// SPDX-License-Identifier: GPL-2.0-only
/* sysarch: ../freebsd/sysarch.c as a NetBSD/amd64 program. */

#define NETBSD
#include "../freebsd/sysarch.c"
