// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's socket numbers (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, netinet/tcp.h), for the socket calls the BSDs share
 * (../bsd/socket.c).  SO_SNDTIMEO and SO_RCVTIMEO take NetBSD's struct
 * timeval, whose 32-bit tv_usec is padded to Linux's 64 bits; the
 * padding is cleared for the call (bsd_timeval_clear_pad()).  A local
 * socket tells its peer in struct unpcbid (LOCAL_PEEREID; sys/sys/un.h).
 */

#include <linux/in.h>
#include <linux/socket.h>
#include <linux/tcp.h>

#include "netbsd.h"

/* MSG_* flags: NetBSD's, then Linux's. */
static const struct bsd_flag msg_flags[] = {
	{ 0x0001, MSG_OOB },
	{ 0x0002, MSG_PEEK },
	{ 0x0004, MSG_DONTROUTE },
	{ 0x0008, MSG_EOR },
	{ 0x0010, MSG_TRUNC },
	{ 0x0020, MSG_CTRUNC },
	{ 0x0040, MSG_WAITALL },
	{ 0x0080, MSG_DONTWAIT },
	{ 0x0400, MSG_NOSIGNAL },
	{ 0x0800, MSG_CMSG_CLOEXEC },
};

/*
 * Socket options besides the 4.4BSD ones (../bsd/socket.c): level,
 * NetBSD's name, Linux's.
 */
static const struct bsd_sockopt sockopts[] = {
	{ SOL_SOCKET, 0x2000, SO_TIMESTAMP_OLD },
	{ SOL_SOCKET, 0x100b, SO_SNDTIMEO_OLD },
	{ SOL_SOCKET, 0x100c, SO_RCVTIMEO_OLD },
	{ IPPROTO_IP, NBSD_IP_RECVTTL, IP_RECVTTL },
	{ IPPROTO_TCP, 3, TCP_KEEPIDLE },
	{ IPPROTO_TCP, 5, TCP_KEEPINTVL },
	{ IPPROTO_TCP, 6, TCP_KEEPCNT },
};

const struct bsd_flags nbsd_msg_flags = { msg_flags, ARRAY_SIZE(msg_flags) };
const struct bsd_sockopts nbsd_sockopts = { sockopts, ARRAY_SIZE(sockopts) };

long nbsd_put_peer(void *buf, const struct bsd_peer *peer, int type)
{
	s32 *id = buf;		/* pid, euid, egid */

	if (!peer)
		return -EINVAL;
	id[0] = peer->pid;
	id[1] = peer->uid;
	id[2] = peer->gid;
	return 3 * sizeof(s32);
}
