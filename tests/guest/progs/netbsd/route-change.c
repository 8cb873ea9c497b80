// SPDX-License-Identifier: GPL-2.0-only
/* route-change: ../freebsd/route-change.c with NetBSD's numbers and header. */

#define RTM_VERSION	4
#define RT_MSGHDR_SIZE	120
#define PF_ROUTE	34
#define SOCKET		394
#include "nbsd.h"
#include "../freebsd/route-change.c"
