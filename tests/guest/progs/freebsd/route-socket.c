// SPDX-License-Identifier: GPL-2.0-only
/*
 * route-socket: a routing socket's RTM_GET, as route(8)'s get and Go's
 * x/net/route ask it, as a freestanding FreeBSD/amd64 program (NetBSD's
 * build, ../netbsd/route-socket.c, changes the numbers).  It prints a
 * line per behaviour, with CF the carry flag and ERRNO the error:
 *
 *   socket CF              socket(PF_ROUTE, SOCK_RAW, 0)
 *   dgram CF ERRNO         SOCK_DGRAM: EPROTOTYPE (41)
 *   empty CF ERRNO         a non-blocking one's read, nothing asked: EAGAIN
 *   get CF N               an RTM_GET (sequence 7) for 198.51.100.9, with
 *                          RTA_IFP: its write, the message's length
 *   answer TYPE VERSION MINE SEQ FLAGS ADDRS DST GW MASK IFA
 *                          the answer read back: RTM_GET (4), the pid
 *                          the caller's (MINE 1), the RTF_* flags, the
 *                          RTA_* addresses, then their values
 *   nroute CF ERRNO        an RTM_GET for 203.0.113.99, which has no
 *                          route: ESRCH (3)
 *   nanswer TYPE ERRNO     ...and the question read back, with rtm_errno
 *   lock CF ERRNO          RTM_LOCK (8), which is not taken: EOPNOTSUPP (45)
 *   version CF ERRNO       another RTM_VERSION: EPROTONOSUPPORT (43)
 *   short CF ERRNO         8 bytes: EINVAL (22)
 *
 * and exits 0.  Numbers: read 3, write 4, getpid 20, socket 97 (NetBSD's
 * 394).
 */

#include "fbsd.h"

#ifndef RTM_VERSION
#define RTM_VERSION	5
#define RT_MSGHDR_SIZE	152
#define PF_ROUTE	17
#define SOCKET		97
#endif
#define READ		3
#define GETPID		20
#define SOCK_DGRAM	2
#define SOCK_RAW	3
#define SOCK_NONBLOCK	0x20000000
#define RTM_LOCK	8
#define RTM_GET		4
#define RTA_DST		0x1
#define RTA_IFP		0x10

static unsigned char msg[512], ans[2048];
static long s;
static bool cf;

/* An RTM_* message for @a.b.c.d; returns its length. */
static long ask(int type, int version, int seq, int a, int b, int c, int d)
{
	unsigned char *sa = msg + RT_MSGHDR_SIZE;
	long len = RT_MSGHDR_SIZE + 16 + 8;

	for (unsigned int i = 0; i < sizeof(msg); i++)
		msg[i] = 0;
	msg[0] = len;
	msg[1] = len >> 8;
	msg[2] = version;
	msg[3] = type;
	msg[12] = RTA_DST | RTA_IFP;
	msg[20] = seq;
	sa[0] = 16;		/* sockaddr_in */
	sa[1] = 2;
	sa[4] = a;
	sa[5] = b;
	sa[6] = c;
	sa[7] = d;
	sa[16] = 8;		/* an empty sockaddr_dl: the interface asked */
	sa[17] = 18;
	return len;
}

static void line(const char *name, long r)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put("\n");
}

FBSD_ENTRY;

void start(void);

void start(void)
{
	long r, pid = fbsd(GETPID, 0, 0, 0, &cf), len, ns;
	unsigned char *sa;

	s = fbsd(SOCKET, PF_ROUTE, SOCK_RAW, 0, &cf);
	put(cf ? "socket 1\n" : "socket 0\n");
	line("dgram", fbsd(SOCKET, PF_ROUTE, SOCK_DGRAM, 0, &cf));
	ns = fbsd(SOCKET, PF_ROUTE, SOCK_RAW | SOCK_NONBLOCK, 0, &cf);
	line("empty", fbsd(READ, ns, (long)ans, sizeof(ans), &cf));

	len = ask(RTM_GET, RTM_VERSION, 7, 198, 51, 100, 9);
	line("get", fbsd(FBSD_WRITE, s, (long)msg, len, &cf));
	r = fbsd(READ, s, (long)ans, sizeof(ans), &cf);
	put("answer");
	put_val(ans[3]);
	put_val(ans[2]);
	put_val(u32(ans + 16) == pid);
	put_val(u32(ans + 20));
	put_val(u32(ans + 8));
	put_val(u32(ans + 12));
	sa = ans + RT_MSGHDR_SIZE;
	put_in(sa);			/* the destination */
	put_in(sa + 16);		/* the gateway */
	put_in(sa + 32);		/* the netmask */
	sa += 48;			/* the interface: a sockaddr_dl */
	put_in(sa + ((sa[0] + 7) & ~7));	/* its address */
	put(r > RT_MSGHDR_SIZE ? "\n" : " short\n");

	len = ask(RTM_GET, RTM_VERSION, 8, 203, 0, 113, 99);
	line("nroute", fbsd(FBSD_WRITE, s, (long)msg, len, &cf));
	fbsd(READ, s, (long)ans, sizeof(ans), &cf);
	put("nanswer");
	put_val(ans[3]);
	put_val(u32(ans + 24));
	put("\n");

	len = ask(RTM_LOCK, RTM_VERSION, 9, 198, 51, 100, 9);
	line("lock", fbsd(FBSD_WRITE, s, (long)msg, len, &cf));
	len = ask(RTM_GET, RTM_VERSION + 1, 10, 198, 51, 100, 9);
	line("version", fbsd(FBSD_WRITE, s, (long)msg, len, &cf));
	line("short", fbsd(FBSD_WRITE, s, (long)msg, 8, &cf));
	fbsd_exit(0);
}
