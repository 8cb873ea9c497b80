// SPDX-License-Identifier: GPL-2.0-only
/* extattr: ../freebsd/extattr.c with NetBSD's numbers. */

#define SET_FILE	361
#define GET_FILE	362
#define DELETE_FILE	363
#define SET_FD		364
#define GET_FD		365
#define SET_LINK	367
#define LIST_FD		370
#define GETXATTR	378
#include "nbsd.h"
#include "../freebsd/extattr.c"
