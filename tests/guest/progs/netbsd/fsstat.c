// SPDX-License-Identifier: GPL-2.0-only
/*
 * fsstat: ../freebsd/fsstat.c with NetBSD 10's getvfsstat
 * (__getvfsstat90) and NetBSD 9's, which counts the same mounts.
 * NetBSD does not check the flags.
 */

#define GETFSSTAT	483
#define SIZE		3296
#define OFF_TYPE	192
#define OFF_ON		224
#define OFF_FROM	1248
#define MODE		1	/* ST_WAIT */

#define OLD_GETFSSTAT	356
#include "nbsd.h"
#include "../freebsd/fsstat.c"
