// SPDX-License-Identifier: GPL-2.0-only
/* ipcmsg: ../freebsd/ipcmsg.c with NetBSD's numbers. */

#define SOCKET		394
#define AF_INET6	24
#define IP_RECVTTL	23
#define SO_TIMESTAMP	0x2000
#define SCM_TIMESTAMP	8
#include "nbsd.h"
#include "../freebsd/ipcmsg.c"
