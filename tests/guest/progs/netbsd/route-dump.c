// SPDX-License-Identifier: GPL-2.0-only
/* route-dump: ../freebsd/route-dump.c with NetBSD's numbers and header. */

#define RTM_VERSION	4
#define RT_MSGHDR_SIZE	120
#define PF_ROUTE	34
#define AF_INET6	24
#include "nbsd.h"
#include "../freebsd/route-dump.c"
