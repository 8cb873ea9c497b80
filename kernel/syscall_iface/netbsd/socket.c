// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's socket numbers (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, netinet/tcp.h), for the socket calls the BSDs share
 * (../bsd/socket.c).  SO_SNDTIMEO and SO_RCVTIMEO take NetBSD's struct
 * timeval, whose 32-bit tv_usec is padded to Linux's 64 bits; the
 * padding is cleared for the call (bsd_timeval_clear_pad()).
 */

#include <linux/in.h>
#include <linux/in6.h>
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

/* Socket options: level, NetBSD's name, Linux's. */
static const struct bsd_sockopt sockopts[] = {
	{ SOL_SOCKET, 0x0001, SO_DEBUG },
	{ SOL_SOCKET, 0x0002, SO_ACCEPTCONN },
	{ SOL_SOCKET, 0x0004, SO_REUSEADDR },
	{ SOL_SOCKET, 0x0008, SO_KEEPALIVE },
	{ SOL_SOCKET, 0x0010, SO_DONTROUTE },
	{ SOL_SOCKET, 0x0020, SO_BROADCAST },
	{ SOL_SOCKET, 0x0080, SO_LINGER },
	{ SOL_SOCKET, 0x0100, SO_OOBINLINE },
	{ SOL_SOCKET, 0x0200, SO_REUSEPORT },
	{ SOL_SOCKET, 0x2000, SO_TIMESTAMP_OLD },
	{ SOL_SOCKET, 0x1001, SO_SNDBUF },
	{ SOL_SOCKET, 0x1002, SO_RCVBUF },
	{ SOL_SOCKET, 0x1003, SO_SNDLOWAT },
	{ SOL_SOCKET, 0x1004, SO_RCVLOWAT },
	{ SOL_SOCKET, 0x1007, SO_ERROR },
	{ SOL_SOCKET, 0x1008, SO_TYPE },
	{ SOL_SOCKET, 0x100b, SO_SNDTIMEO_OLD },
	{ SOL_SOCKET, 0x100c, SO_RCVTIMEO_OLD },
	{ IPPROTO_IP, 3, IP_TOS },
	{ IPPROTO_IP, 4, IP_TTL },
	{ IPPROTO_IP, 9, IP_MULTICAST_IF },
	{ IPPROTO_IP, 10, IP_MULTICAST_TTL },
	{ IPPROTO_IP, 11, IP_MULTICAST_LOOP },
	{ IPPROTO_IP, 12, IP_ADD_MEMBERSHIP },
	{ IPPROTO_IP, 13, IP_DROP_MEMBERSHIP },
	{ IPPROTO_IPV6, 4, IPV6_UNICAST_HOPS },
	{ IPPROTO_IPV6, 9, IPV6_MULTICAST_IF },
	{ IPPROTO_IPV6, 10, IPV6_MULTICAST_HOPS },
	{ IPPROTO_IPV6, 11, IPV6_MULTICAST_LOOP },
	{ IPPROTO_IPV6, 12, IPV6_ADD_MEMBERSHIP },
	{ IPPROTO_IPV6, 13, IPV6_DROP_MEMBERSHIP },
	{ IPPROTO_IPV6, 27, IPV6_V6ONLY },
	{ IPPROTO_IPV6, 61, IPV6_TCLASS },
	{ IPPROTO_TCP, 1, TCP_NODELAY },
	{ IPPROTO_TCP, 2, TCP_MAXSEG },
	{ IPPROTO_TCP, 3, TCP_KEEPIDLE },
	{ IPPROTO_TCP, 5, TCP_KEEPINTVL },
	{ IPPROTO_TCP, 6, TCP_KEEPCNT },
};

const struct bsd_flags nbsd_msg_flags = { msg_flags, ARRAY_SIZE(msg_flags) };
const struct bsd_sockopts nbsd_sockopts = { sockopts, ARRAY_SIZE(sockopts) };
