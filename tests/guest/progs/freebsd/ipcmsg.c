// SPDX-License-Identifier: GPL-2.0-only
/*
 * ipcmsg: the control messages of a UDP socket's options, as a
 * freestanding FreeBSD/amd64 program (NetBSD's build,
 * ../netbsd/ipcmsg.c, changes the numbers): IP_RECVDSTADDR, IP_RECVIF
 * and IP_RECVTTL, and SO_TIMESTAMP, on 127.0.0.1; IPV6_RECVPKTINFO and
 * IPV6_RECVHOPLIMIT on ::1.  Each socket sends itself a datagram and
 * reads it with recvmsg.  A line per control message, in the order they
 * come:
 *
 *   timestamp LEN         SCM_TIMESTAMP: a struct timeval
 *   dst LEN A.B.C.D       IP_RECVDSTADDR (7): the destination address
 *   if LEN INDEX NAME     IP_RECVIF (20): a sockaddr_dl's index and name
 *   ttl LEN TTL           IP_RECVTTL: the TTL, one byte
 *   pktinfo6 LEN INDEX    IPV6_PKTINFO (46): the in6_pktinfo's index
 *   hoplimit6 LEN HOPS    IPV6_HOPLIMIT (47): an int
 *
 * with LEN the cmsg_len; then "get N", what getsockopt(IP_RECVDSTADDR)
 * says once set, and "short CTRUNC LEN": the same datagram read into
 * room for one message (40 bytes: the first takes 32), MSG_CTRUNC (1)
 * and the control length given.
 */

#include "fbsd.h"

#ifndef SOCKET
#define SOCKET		97
#define AF_INET6	28
#define IP_RECVTTL	65
#define SO_TIMESTAMP	0x0400
#define SCM_TIMESTAMP	2
#endif
#define SOL_SOCKET	0xffff
#define RECVMSG		27
#define BIND		104
#define SETSOCKOPT	105
#define GETSOCKOPT	118
#define SENDTO		133
#define GETSOCKNAME	32
#define AF_INET		2
#define SOCK_DGRAM	2
#define IPPROTO_IP	0
#define IPPROTO_IPV6	41
#define IP_RECVDSTADDR	7
#define IP_RECVIF	20
#define IPV6_RECVPKTINFO	36
#define IPV6_RECVHOPLIMIT	37
#define IPV6_PKTINFO	46
#define IPV6_HOPLIMIT	47
#define MSG_CTRUNC	0x20

static bool cf;
static unsigned char ctl[512];

static void on(long s, int level, int name)
{
	int one = 1;

	fbsd6(SETSOCKOPT, s, level, name, (long)&one, 4, 0, &cf);
}

/* Send @s a datagram at its own address, and read it with @room bytes
 * of control data; returns the message header as read. */
static struct msghdr roundtrip(long s, unsigned int room)
{
	unsigned char addr[28];
	unsigned int alen = sizeof(addr);
	char buf[8];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m = { 0, 0, &iov, 1, ctl, room, 0 };

	fbsd(GETSOCKNAME, s, (long)addr, (long)&alen, &cf);
	fbsd6(SENDTO, s, (long)"hi", 2, 0, (long)addr, alen, &cf);
	fbsd(RECVMSG, s, (long)&m, 0, &cf);
	return m;
}

static void show(struct msghdr m)
{
	for (unsigned int off = 0; off + 16 <= m.controllen;) {
		unsigned char *c = ctl + off, *d = c + 16;
		unsigned int len = u32(c), level = u32(c + 4),
			     type = u32(c + 8);

		if (level == SOL_SOCKET && type == SCM_TIMESTAMP) {
			put("timestamp");
			put_val(len);
		} else if (level == IPPROTO_IP && type == IP_RECVDSTADDR) {
			put("dst");
			put_val(len);
			put_in(d - 4);
		} else if (level == IPPROTO_IP && type == IP_RECVIF) {
			put("if");
			put_val(len);
			put_val(u16(d + 2));
			put(" ");
			put_n((const char *)d + 8, d[5]);
		} else if (level == IPPROTO_IP && type == IP_RECVTTL) {
			put("ttl");
			put_val(len);
			put_val(d[0]);
		} else if (level == IPPROTO_IPV6 && type == IPV6_PKTINFO) {
			put("pktinfo6");
			put_val(len);
			put_val(u32(d + 16));
		} else if (level == IPPROTO_IPV6 && type == IPV6_HOPLIMIT) {
			put("hoplimit6");
			put_val(len);
			put_val(u32(d));
		} else {
			put("other");
			put_val(level);
			put_val(type);
		}
		put("\n");
		if (len < 16)
			break;
		off += (len + 7) & ~7;
	}
}

FBSD_ENTRY;

void start(void);

void start(void)
{
	unsigned char sin[16] = { 16, AF_INET, 0, 0, 127, 0, 0, 1 };
	unsigned char sin6[28] = { 28, AF_INET6 };
	unsigned int got = 0, glen = 4;
	struct msghdr m;
	long s;

	s = fbsd(SOCKET, AF_INET, SOCK_DGRAM, 0, &cf);
	fbsd(BIND, s, (long)sin, sizeof(sin), &cf);
	on(s, IPPROTO_IP, IP_RECVDSTADDR);
	on(s, IPPROTO_IP, IP_RECVIF);
	on(s, IPPROTO_IP, IP_RECVTTL);
	on(s, SOL_SOCKET, SO_TIMESTAMP);
	show(roundtrip(s, sizeof(ctl)));
	fbsd6(GETSOCKOPT, s, IPPROTO_IP, IP_RECVDSTADDR, (long)&got,
	      (long)&glen, 0, &cf);
	put("get");
	put_val(!cf && got != 0);
	m = roundtrip(s, 40);
	put("\nshort");
	put_val(!!(m.flags & MSG_CTRUNC));
	put_val(m.controllen);
	put("\n");

	sin6[23] = 1;		/* ::1 */
	s = fbsd(SOCKET, AF_INET6, SOCK_DGRAM, 0, &cf);
	fbsd(BIND, s, (long)sin6, sizeof(sin6), &cf);
	on(s, IPPROTO_IPV6, IPV6_RECVPKTINFO);
	on(s, IPPROTO_IPV6, IPV6_RECVHOPLIMIT);
	show(roundtrip(s, sizeof(ctl)));
	fbsd_exit(0);
}
