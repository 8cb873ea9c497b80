// SPDX-License-Identifier: GPL-2.0-only
/* msync: ../freebsd/msync.c with NetBSD's __msync13 and flags. */

#define NBSD_MSYNC	277
#include "../freebsd/msync.c"
