// SPDX-License-Identifier: GPL-2.0-only
/*
 * atcalls: ../freebsd/atcalls.c as a NetBSD/amd64 program.  NetBSD's
 * *at() flags are FreeBSD's; its numbers are faccessat 462, fchmodat
 * 463, fchownat 464 and linkat 457.
 */

#define FACCESSAT	462
#define FCHMODAT	463
#define FCHOWNAT	464
#define LINKAT		457
#include "../freebsd/atcalls.c"
