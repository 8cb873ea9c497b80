// SPDX-License-Identifier: GPL-2.0-only
/*
 * stat-birth: ../freebsd/stat-birth.c with NetBSD's fstatat and
 * __fstat50, and its 152-byte struct stat.
 */

#define FSTATAT		466
#define FSTAT		440
#define SIZE		152
#include "nbsd.h"
#include "../freebsd/stat-birth.c"
