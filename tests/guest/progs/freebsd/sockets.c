// SPDX-License-Identifier: GPL-2.0-only
/*
 * sockets: FreeBSD's socket ABI in the corners Go's net package does not
 * reach, as a freestanding FreeBSD/amd64 program; loopback must be up.
 * A line per check: its name, whether the call failed (the carry flag)
 * and its result or FreeBSD errno, then what it read back, if anything.
 *
 *   name6 CF R LEN SALEN FAMILY  getsockname of an AF_INET6 socket bound
 *                                to [::1]: 28 bytes, sa_len 28, family 28
 *   from4 CF R LEN SALEN FAMILY  recvfrom on UDP: 16, 16, 2
 *   bind-short, bind-long, bind-family, bind-abstract, bind-unnamed:
 *                         EINVAL (22), ENAMETOOLONG (63), EAFNOSUPPORT
 *                         (47), ENOENT (2), EINVAL
 *   socket-type, socket-linux-inet6: EINVAL, EAFNOSUPPORT (Linux's
 *                         AF_INET6, 10, is no FreeBSD family)
 *   sockopt-icmp          level 1 is IPPROTO_ICMP, not SOL_SOCKET:
 *                         ENOPROTOOPT (42)
 *   send-eof              MSG_EOF (0x100), which Linux lacks: EINVAL
 *   connect               non-blocking, to a closed port: EINPROGRESS (36)
 *   so-error CF R VAL     then SO_ERROR: ECONNREFUSED, FreeBSD's 61
 *   sendmsg, recvmsg      a descriptor through a socketpair
 *   cmsg LEN LEVEL TYPE CONTROLLEN FLAGS  FreeBSD's cmsghdr: 20, 65535,
 *                         1; 24 bytes; no flag
 *   passed CF R           the descriptor received writes to the pipe
 *   ctrunc FLAGS          a control buffer too short: MSG_CTRUNC (0x20)
 */

#include "fbsd.h"

#define RECVMSG		27
#define SENDMSG		28
#define RECVFROM	29
#define GETSOCKNAME	32
#define READ		3
#define PIPE2		542
#define NANOSLEEP	240
#define SOCKET		97
#define CONNECT		98
#define BIND		104
#define SETSOCKOPT	105
#define GETSOCKOPT	118
#define SENDTO		133
#define SOCKETPAIR	135

#define AF_UNIX		1
#define AF_INET		2
#define AF_INET6	28
#define SOCK_STREAM	1
#define SOCK_DGRAM	2
#define SOCK_NONBLOCK	0x20000000
#define SOL_SOCKET	0xffff
#define SO_ERROR	0x1007
#define SCM_RIGHTS	1
#define MSG_EOF		0x100
#define MSG_CTRUNC	0x20

struct cmsg_fd {
	unsigned int len;
	int level;
	int type;
	int pad;
	int fd;
	int pad2;
};

static unsigned char addr[128];
static unsigned int alen;

static void put_addr(const char *name, long r, bool cf)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put(" ");
	put_num(alen);
	put(" ");
	put_num(addr[0]);
	put(" ");
	put_num(addr[1]);
	put("\n");
}

/* An address: sa_len, family, then @n bytes of @rest. */
static unsigned char *sa(int len, int family, const char *rest, int n)
{
	int i;

	for (i = 0; i < (int)sizeof(addr); i++)
		addr[i] = 0;
	addr[0] = len;
	addr[1] = family;
	for (i = 0; i < n; i++)
		addr[2 + i] = rest[i];
	return addr;
}

static void binds(void)
{
	long s, r;
	bool cf;

	s = fbsd(SOCKET, AF_UNIX, SOCK_STREAM, 0, &cf);
	r = fbsd(BIND, s, (long)sa(16, AF_INET, "", 0), 1, &cf);
	put_result("bind-short", r, cf);
	r = fbsd(BIND, s, (long)sa(16, AF_INET, "", 0), 256, &cf);
	put_result("bind-long", r, cf);
	r = fbsd(BIND, s, (long)sa(16, 99, "", 0), 16, &cf);
	put_result("bind-family", r, cf);
	r = fbsd(BIND, s, (long)sa(8, AF_UNIX, "\0abc", 4), 8, &cf);
	put_result("bind-abstract", r, cf);
	r = fbsd(BIND, s, (long)sa(2, AF_UNIX, "", 0), 2, &cf);
	put_result("bind-unnamed", r, cf);
	r = fbsd(SOCKET, AF_INET, SOCK_STREAM | 0x40000000, 0, &cf);
	put_result("socket-type", r, cf);
	r = fbsd(SOCKET, 10, SOCK_STREAM, 0, &cf);
	put_result("socket-linux-inet6", r, cf);
}

static void names(void)
{
	/* [::1]:0: port, flowinfo, then the address */
	static const char loop6[22] = { [21] = 1 };
	static const char loop4[14] = { 0, 0, 127, 0, 0, 1 };
	char buf[4];
	long s, r;
	bool cf;

	s = fbsd(SOCKET, AF_INET6, SOCK_DGRAM, 0, &cf);
	fbsd(BIND, s, (long)sa(28, AF_INET6, loop6, 22), 28, &cf);
	alen = sizeof(addr);
	sa(0, 0, "", 0);
	r = fbsd(GETSOCKNAME, s, (long)addr, (long)&alen, &cf);
	put_addr("name6", r, cf);

	s = fbsd(SOCKET, AF_INET, SOCK_DGRAM, 0, &cf);
	fbsd(BIND, s, (long)sa(16, AF_INET, loop4, 14), 16, &cf);
	alen = sizeof(addr);
	fbsd(GETSOCKNAME, s, (long)addr, (long)&alen, &cf);
	r = fbsd6(SENDTO, s, (long)"ping", 4, 0, (long)addr, 16, &cf);
	if (cf)
		put_result("sendto", r, cf);
	alen = sizeof(addr);
	sa(0, 0, "", 0);
	r = fbsd6(RECVFROM, s, (long)buf, sizeof(buf), 0, (long)addr,
		  (long)&alen, &cf);
	put_addr("from4", r, cf);

	r = fbsd6(SETSOCKOPT, s, 1, 4, (long)&alen, 4, 0, &cf);
	put_result("sockopt-icmp", r, cf);
	r = fbsd6(SENDTO, s, (long)"x", 1, MSG_EOF, 0, 0, &cf);
	put_result("send-eof", r, cf);
}

static void refused(void)
{
	static const char closed[14] = { 0, 1, 127, 0, 0, 1 };	/* port 1 */
	static const long tenth[2] = { 0, 100000000 };
	unsigned int vlen = 4;
	int val = -1;
	long s, r;
	bool cf;

	s = fbsd(SOCKET, AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0, &cf);
	r = fbsd(CONNECT, s, (long)sa(16, AF_INET, closed, 14), 16, &cf);
	put_result("connect", r, cf);
	fbsd(NANOSLEEP, (long)tenth, 0, 0, &cf);
	r = fbsd6(GETSOCKOPT, s, SOL_SOCKET, SO_ERROR, (long)&val, (long)&vlen,
		  0, &cf);
	put(cf ? "so-error 1 " : "so-error 0 ");
	put_num(r);
	put(" ");
	put_num(val);
	put("\n");
}

static void rights(void)
{
	struct cmsg_fd c = { 20, SOL_SOCKET, SCM_RIGHTS, 0, 0, 0 };
	struct iovec iov;
	struct msghdr m;
	int sv[2], p[2];
	char b[2];
	long r;
	bool cf;

	r = fbsd6(SOCKETPAIR, AF_UNIX, SOCK_STREAM, 0, (long)sv, 0, 0, &cf);
	fbsd(PIPE2, (long)p, 0, 0, &cf);
	c.fd = p[1];
	iov = (struct iovec){ "m", 1 };
	m = (struct msghdr){ 0, 0, &iov, 1, &c, 24, 0 };
	r = fbsd(SENDMSG, sv[0], (long)&m, 0, &cf);
	put_result("sendmsg", r, cf);

	c = (struct cmsg_fd){ 0 };
	iov = (struct iovec){ b, 1 };
	m = (struct msghdr){ 0, 0, &iov, 1, &c, sizeof(c), -1 };
	r = fbsd(RECVMSG, sv[1], (long)&m, 0, &cf);
	put_result("recvmsg", r, cf);
	put("cmsg ");
	put_num(c.len);
	put(" ");
	put_num(c.level);
	put(" ");
	put_num(c.type);
	put(" ");
	put_num(m.controllen);
	put(" ");
	put_num(m.flags);
	put("\n");
	fbsd(FBSD_WRITE, c.fd, (long)"z", 1, &cf);
	r = fbsd(READ, p[0], (long)b, 1, &cf);
	put_result("passed", cf ? r : b[0] == 'z', cf);

	c = (struct cmsg_fd){ 20, SOL_SOCKET, SCM_RIGHTS, 0, p[1], 0 };
	iov = (struct iovec){ "m", 1 };
	m = (struct msghdr){ 0, 0, &iov, 1, &c, 24, 0 };
	fbsd(SENDMSG, sv[0], (long)&m, 0, &cf);
	iov = (struct iovec){ b, 1 };
	m = (struct msghdr){ 0, 0, &iov, 1, &c, 16, 0 };
	fbsd(RECVMSG, sv[1], (long)&m, 0, &cf);
	put("ctrunc ");
	put_num(m.flags & MSG_CTRUNC);
	put("\n");

	c = (struct cmsg_fd){ 20, 1, SCM_RIGHTS, 0, p[1], 0 };
	iov = (struct iovec){ "m", 1 };
	m = (struct msghdr){ 0, 0, &iov, 1, &c, 24, 0 };
	r = fbsd(SENDMSG, sv[0], (long)&m, 0, &cf);
	put_result("cmsg-level1", r, cf);
}

void start(void);

void start(void)
{
	binds();
	names();
	refused();
	rights();
	fbsd_exit(0);
}

FBSD_ENTRY;
