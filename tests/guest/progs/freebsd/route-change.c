// SPDX-License-Identifier: GPL-2.0-only
/*
 * route-change: route(8)'s add, change and delete through a routing
 * socket, as a freestanding FreeBSD/amd64 program (NetBSD's build,
 * ../netbsd/route-change.c, changes the numbers).  Each change is
 * written, and read back; RTM_GET then shows the route.  A line each:
 *
 *   NAME CF ERRNO DONE RTM_ERRNO
 *       the write's carry flag and error, and the message read back:
 *       RTF_DONE (1 or 0) and its rtm_errno
 *   NAME-get FLAGS GATEWAY, or NAME-get none ERRNO
 *       RTM_GET of an address the route covers: its RTF_* flags and
 *       gateway, or the error when there is no route
 *
 * for: add (198.51.100.0/24 through 192.0.2.1, RTF_STATIC), again
 * (EEXIST, 17), change (through 192.0.2.2), host (203.0.113.5,
 * RTF_HOST, no netmask), delete (198.51.100.0/24), gone (ESRCH, 3),
 * badmask (255.0.255.0: EINVAL, 22).  With an argument it only adds,
 * as a user who may not: EPERM (1).
 */

#include "fbsd.h"

#ifndef RTM_VERSION
#define RTM_VERSION	5
#define RT_MSGHDR_SIZE	152
#define PF_ROUTE	17
#define SOCKET		97
#endif
#define READ		3
#define SOCK_RAW	3
#define RTM_ADD		1
#define RTM_DELETE	2
#define RTM_CHANGE	3
#define RTM_GET		4
#define RTA_DST		0x1
#define RTA_GATEWAY	0x2
#define RTA_NETMASK	0x4
#define RTF_GATEWAY	0x2
#define RTF_HOST	0x4
#define RTF_DONE	0x40
#define RTF_STATIC	0x800

static unsigned char msg[512], ans[2048];
static long s;
static bool cf;

/* A sockaddr_in of @a at @sa; its padded size. */
static long sin_at(unsigned char *sa, unsigned int a)
{
	sa[0] = 16;
	sa[1] = 2;
	sa[4] = a >> 24;
	sa[5] = a >> 16;
	sa[6] = a >> 8;
	sa[7] = a;
	return 16;
}

#define IP(a, b, c, d) ((unsigned int)(a) << 24 | (b) << 16 | (c) << 8 | (d))

/* Write message @type for @dst, @gw and @mask (0: left out). */
static long send(int type, int flags, unsigned int dst, unsigned int gw,
		 unsigned int mask)
{
	long len = RT_MSGHDR_SIZE;
	int addrs = RTA_DST;

	for (unsigned int i = 0; i < sizeof(msg); i++)
		msg[i] = 0;
	len += sin_at(msg + len, dst);
	if (gw) {
		len += sin_at(msg + len, gw);
		addrs |= RTA_GATEWAY;
	}
	if (mask) {
		len += sin_at(msg + len, mask);
		addrs |= RTA_NETMASK;
	}
	msg[0] = len;
	msg[1] = len >> 8;
	msg[2] = RTM_VERSION;
	msg[3] = type;
	msg[8] = flags;
	msg[9] = flags >> 8;
	msg[12] = addrs;
	return fbsd(FBSD_WRITE, s, (long)msg, len, &cf);
}

/* A change's line: the write, then the message read back. */
static void change(const char *name, int type, int flags, unsigned int dst,
		   unsigned int gw, unsigned int mask)
{
	long r = send(type, flags, dst, gw, mask);

	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(cf ? r : 0);
	fbsd(READ, s, (long)ans, sizeof(ans), &cf);
	put_val(!!(u32(ans + 8) & RTF_DONE));
	put_val(u32(ans + 24));
	put("\n");
}

/* RTM_GET of @dst: "NAME-get FLAGS GATEWAY" or "NAME-get none ERRNO". */
static void get(const char *name, unsigned int dst)
{
	long r = send(RTM_GET, 0, dst, 0, 0);

	put(name);
	put("-get");
	fbsd(READ, s, (long)ans, sizeof(ans), &cf);
	if (r < 0 || u32(ans + 24)) {
		put(" none");
		put_val(u32(ans + 24));
	} else {
		put_val(u32(ans + 8));
		put_in(ans + RT_MSGHDR_SIZE + 16);
	}
	put("\n");
}

BSD_ENTRY;

void start(long *sp);

void start(long *sp)
{
	unsigned int net = IP(198, 51, 100, 0), mask = IP(255, 255, 255, 0);

	s = fbsd(SOCKET, PF_ROUTE, SOCK_RAW, 0, &cf);
	if (sp[0] > 1) {
		change("add", RTM_ADD, RTF_GATEWAY | RTF_STATIC, net,
		       IP(192, 0, 2, 1), mask);
		fbsd_exit(0);
	}
	change("add", RTM_ADD, RTF_GATEWAY | RTF_STATIC, net, IP(192, 0, 2, 1),
	       mask);
	get("add", IP(198, 51, 100, 9));
	change("again", RTM_ADD, RTF_GATEWAY | RTF_STATIC, net,
	       IP(192, 0, 2, 1), mask);
	change("change", RTM_CHANGE, RTF_GATEWAY, net, IP(192, 0, 2, 2), mask);
	get("change", IP(198, 51, 100, 9));
	change("host", RTM_ADD, RTF_GATEWAY | RTF_HOST | RTF_STATIC,
	       IP(203, 0, 113, 5), IP(192, 0, 2, 1), 0);
	get("host", IP(203, 0, 113, 5));
	change("delete", RTM_DELETE, 0, net, 0, mask);
	get("delete", IP(198, 51, 100, 9));
	change("gone", RTM_DELETE, 0, net, 0, mask);
	change("badmask", RTM_ADD, RTF_GATEWAY, net, IP(192, 0, 2, 1),
	       IP(255, 0, 255, 0));
	fbsd_exit(0);
}
