// SPDX-License-Identifier: GPL-2.0-only
/*
 * wait6: ../freebsd/wait6.c as a NetBSD/amd64 program, with NetBSD's
 * numbers (pipe2 453, wait6 481), id types (P_ALL 0, P_PID 1, P_PGID 3,
 * P_SID 4), options (WCONTINUED 0x10, WEXITED 0x20, WNOWAIT 0x10000) and
 * siginfo.
 */

#define NBSD_WAIT6
#include "../freebsd/wait6.c"
