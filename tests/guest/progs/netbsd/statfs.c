// SPDX-License-Identifier: GPL-2.0-only
/*
 * statfs: ../freebsd/statfs.c with NetBSD 10's statvfs1 (__statvfs190,
 * __fstatvfs190) and NetBSD 9's (statvfs1, fstatvfs1), whose struct
 * statvfs has the same numbers but 32-bit spares and no mntfromlabel.
 */

#define STATFS		484
#define FSTATFS		485
#define SIZE		3296
#define OFF_FLAGS	0
#define OFF_BSIZE	16	/* f_frsize, the fundamental size */
#define OFF_BLOCKS	32
#define OFF_NAMEMAX	144	/* 64 bits; the test reads the low half */
#define OFF_TYPE	192
#define OFF_ON		224
#define OFF_FROM	1248

#define OLD_STATFS	357
#define OLD_FSTATFS	358
#define OLD_SIZE	2256
#define OLD_OFF_NAMES	152	/* the numbers before f_owner */
#define OLD_OFF_TYPE	172
#define OLD_OFF_ON	204
#define OLD_OFF_FROM	1228
#include "nbsd.h"
#include "../freebsd/statfs.c"
