// SPDX-License-Identifier: GPL-2.0-only
/*
 * peer: ../freebsd/peer.c with NetBSD's LOCAL_PEEREID and struct unpcbid,
 * and its socket (__socket30).
 */

#define SOCKET		394

#define PEER_OPT	3
#define PEER_PID	0
#define PEER_UID	4
#define PEER_GID	8
#include "../freebsd/peer.c"
