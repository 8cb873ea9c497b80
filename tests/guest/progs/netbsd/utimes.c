// SPDX-License-Identifier: GPL-2.0-only
/*
 * utimes: ../freebsd/utimes.c as a NetBSD/amd64 program, with NetBSD's
 * timeval (USEC32) and numbers: __utimes50 420, __futimes50 423,
 * __lutimes50 424, __setitimer50 425, __getitimer50 426.
 */

#define USEC32
#define UTIMES		420
#define FUTIMES		423
#define LUTIMES		424
#define SETITIMER	425
#define GETITIMER	426
#include "../freebsd/utimes.c"
