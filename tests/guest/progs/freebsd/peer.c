// SPDX-License-Identifier: GPL-2.0-only
/*
 * peer: a local socket's peer, as a freestanding FreeBSD/amd64 program:
 * getsockopt(s, SOL_LOCAL, LOCAL_PEERCRED) and its struct xucred.  One
 * line each:
 *   "pair CF R"        getsockopt on one end of a socketpair
 *   "len N"            the size it says it wrote
 *   "who PID UID GID"  each 1 when it is the caller's (the peer is the
 *                      caller, who made the pair)
 *   "short CF R"       the same with room for 8 bytes
 *   "shortlen N"       what it says it wrote then
 *   "lone CF R"        on a socket that is not connected (ENOTCONN)
 * ../netbsd/peer.c builds it for NetBSD's LOCAL_PEEREID, whose struct
 * unpcbid is pid, euid, egid, and which says EINVAL for no peer.
 */

#include "fbsd.h"

#ifndef SOCKET
#define SOCKET		97
#endif
#define SOCKETPAIR	135
#define GETSOCKOPT	118
#define GETPID		20
#define GETEUID		25
#define GETEGID		43

#ifndef PEER_OPT
#define PEER_OPT	1		/* LOCAL_PEERCRED */
#define PEER_PID	80		/* cr_pid's offset in struct xucred */
#define PEER_UID	4
#define PEER_GID	12		/* cr_groups[0] */
#endif

void start(void);

void start(void)
{
	unsigned char buf[128];
	unsigned int size;
	int fds[2];
	bool cf;
	long r;

	/* AF_LOCAL, SOCK_STREAM */
	r = fbsd6(SOCKETPAIR, 1, 1, 0, (long)fds, 0, 0, &cf);
	if (cf)
		put_result("socketpair", r, cf);
	size = sizeof(buf);
	r = fbsd6(GETSOCKOPT, fds[0], 0, PEER_OPT, (long)buf, (long)&size, 0,
		  &cf);
	put_result("pair", r, cf);
	put("len ");
	put_num(size);
	put("\nwho ");
	put_num(u32(buf + PEER_PID) == (unsigned int)fbsd(GETPID, 0, 0, 0, &cf));
	put(" ");
	put_num(u32(buf + PEER_UID) == (unsigned int)fbsd(GETEUID, 0, 0, 0, &cf));
	put(" ");
	put_num(u32(buf + PEER_GID) == (unsigned int)fbsd(GETEGID, 0, 0, 0, &cf));
	put("\n");
	size = 8;
	r = fbsd6(GETSOCKOPT, fds[1], 0, PEER_OPT, (long)buf, (long)&size, 0,
		  &cf);
	put_result("short", r, cf);
	put("shortlen ");
	put_num(size);
	put("\n");
	r = fbsd(SOCKET, 1, 1, 0, &cf);
	size = sizeof(buf);
	r = cf ? r : fbsd6(GETSOCKOPT, r, 0, PEER_OPT, (long)buf, (long)&size,
			   0, &cf);
	put_result("lone", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
