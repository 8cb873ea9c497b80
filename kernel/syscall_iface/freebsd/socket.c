// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's socket numbers (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, netinet/tcp.h), for the socket calls the BSDs share
 * (../bsd/socket.c), and its struct xucred, a local socket's peer
 * (LOCAL_PEERCRED; sys/sys/ucred.h, uipc_ctloutput()).
 */

#include <linux/in.h>
#include <linux/socket.h>
#include <linux/tcp.h>

#include "freebsd.h"

/* MSG_* flags: FreeBSD's, then Linux's. */
static const struct bsd_flag msg_flags[] = {
	{ 0x00001, MSG_OOB },
	{ 0x00002, MSG_PEEK },
	{ 0x00004, MSG_DONTROUTE },
	{ 0x00008, MSG_EOR },
	{ 0x00010, MSG_TRUNC },
	{ 0x00020, MSG_CTRUNC },
	{ 0x00040, MSG_WAITALL },
	{ 0x00080, MSG_DONTWAIT },
	{ 0x20000, MSG_NOSIGNAL },
	{ 0x40000, MSG_CMSG_CLOEXEC },
};

/*
 * Socket options besides the 4.4BSD ones (../bsd/socket.c): level,
 * FreeBSD's name, Linux's.
 */
static const struct bsd_sockopt sockopts[] = {
	{ SOL_SOCKET, 0x0400, SO_TIMESTAMP_OLD },
	{ SOL_SOCKET, 0x1005, SO_SNDTIMEO_OLD },
	{ SOL_SOCKET, 0x1006, SO_RCVTIMEO_OLD },
	{ SOL_SOCKET, 0x1016, SO_PROTOCOL },
	{ IPPROTO_IP, FBSD_IP_RECVTTL, IP_RECVTTL },
	{ IPPROTO_TCP, 0x100, TCP_KEEPIDLE },
	{ IPPROTO_TCP, 0x200, TCP_KEEPINTVL },
	{ IPPROTO_TCP, 0x400, TCP_KEEPCNT },
};

const struct bsd_flags fbsd_msg_flags = { msg_flags, ARRAY_SIZE(msg_flags) };
const struct bsd_sockopts fbsd_sockopts = { sockopts, ARRAY_SIZE(sockopts) };

/* struct xucred: the groups begin with the effective one */
struct fbsd_xucred {
	u32 version;		/* XUCRED_VERSION: 0 */
	u32 uid;
	s16 ngroups;
	u32 groups[BSD_PEER_NGROUPS];
	u32 pad;
	s64 pid;		/* a union with a pointer */
};

static_assert(sizeof(struct fbsd_xucred) == 88);

long fbsd_put_peer(void *buf, const struct bsd_peer *peer, int type)
{
	struct fbsd_xucred *xu = buf;
	unsigned int n;

	BUILD_BUG_ON(sizeof(*xu) > BSD_PEER_MAX);
	if (!peer)
		return type == SOCK_STREAM ? -ENOTCONN : -EINVAL;
	xu->uid = peer->uid;
	xu->groups[0] = peer->gid;
	n = min(peer->ngroups, BSD_PEER_NGROUPS - 1);
	memcpy(&xu->groups[1], peer->groups, n * sizeof(u32));
	xu->ngroups = n + 1;
	xu->pid = peer->pid;
	return sizeof(*xu);
}
