// SPDX-License-Identifier: GPL-2.0-only
/*
 * poll: NetBSD's poll, __pollts50, __select50 and __pselect50, as a
 * freestanding NetBSD/amd64 program.  A line per check: its name,
 * whether the call failed (the carry flag) and its result or NetBSD
 * errno, then what it checks.
 *
 *   writable 0 1 4 260     a pipe's write end, asked for POLLOUT and
 *                          POLLWRBAND (0x104): POLLOUT, and the entry's
 *                          events the program's own again
 *   plain 0 1 65 65        a socket whose peer shut down writing, asked
 *                          for POLLIN | POLLRDNORM: both
 *   fault 1 14             an array the program cannot write: EFAULT
 *   pollts 0 0 20000000    an empty pipe for 20 ms: the timeout, and the
 *                          timespec as it was
 *   select 0 0 20000 1     the same with select, whose timeval has a
 *                          32-bit tv_usec: padding the program left set
 *                          is not read, and the timeval is as it was,
 *                          padding too
 *   pselect 0 0 20000000   and with pselect's timespec
 *   pselect-nsec 1 22      a tv_nsec of 2^32 + 20 ms: EINVAL, as a
 *                          timespec has no padding to leave out
 *   sndtimeo 0 0 200000 1  setsockopt's SO_SNDTIMEO, a timeval with its
 *                          padding set: read back by getsockopt, and
 *                          the program's timeval as it was
 *
 * NetBSD's numbers: poll 209, __select50 417, __pselect50 436,
 * __pollts50 437, pipe2 453, socketpair 135, shutdown 134, setsockopt
 * 105, getsockopt 118; SOL_SOCKET 0xffff, SO_SNDTIMEO 0x100b.
 */

#include "nbsd.h"

#define SETSOCKOPT	105
#define GETSOCKOPT	118
#define SHUTDOWN	134
#define SOCKETPAIR	135
#define POLL		209
#define SELECT		417
#define PSELECT		436
#define POLLTS		437
#define PIPE2		453
#define AF_UNIX		1
#define SOCK_STREAM	1
#define SHUT_WR		1
#define POLLIN		1
#define SOL_SOCKET	0xffff
#define SO_SNDTIMEO	0x100b

struct pollfd {
	int fd;
	short events;
	short revents;
};

struct timeval {
	long sec;
	int usec;
	unsigned int pad;
};

struct timespec {
	long sec;
	long nsec;
};

static void check(const char *name, int fd, short events)
{
	struct pollfd p = { fd, events, 0 };
	long r;
	bool cf;

	r = fbsd(POLL, (long)&p, 1, 0, &cf);
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put(" ");
	put_num((unsigned short)p.revents);
	put(" ");
	put_num((unsigned short)p.events);
	put("\n");
}

static void line(const char *name, bool cf, long r, long a)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put(" ");
	put_num(a);
}

void start(void);

void start(void)
{
	struct timeval tv = { 0, 20000, 0xdeadbeef };
	struct timespec ts = { 0, 20000000 };
	struct timeval back;
	unsigned int len;
	unsigned long set[16] = {};
	struct pollfd p;
	int fds[2], sv[2];
	long r;
	bool cf;

	fbsd(PIPE2, (long)fds, 0, 0, &cf);
	check("writable", fds[1], 0x0104);
	fbsd6(SOCKETPAIR, AF_UNIX, SOCK_STREAM, 0, (long)sv, 0, 0, &cf);
	fbsd(SHUTDOWN, sv[1], SHUT_WR, 0, &cf);
	check("plain", sv[0], 0x0041);
	r = fbsd(POLL, (long)start, 1, 0, &cf);
	put_result("fault", r, cf);

	p.fd = fds[0];
	p.events = POLLIN;
	r = fbsd6(POLLTS, (long)&p, 1, (long)&ts, 0, 0, 0, &cf);
	line("pollts", cf, r, ts.nsec);
	put("\n");
	set[0] = 1UL << fds[0];
	r = fbsd6(SELECT, fds[0] + 1, (long)set, 0, 0, (long)&tv, 0, &cf);
	line("select", cf, r, tv.usec);
	put_val(tv.pad == 0xdeadbeef);
	put("\n");
	set[0] = 1UL << fds[0];
	r = fbsd6(PSELECT, fds[0] + 1, (long)set, 0, 0, (long)&ts, 0, &cf);
	line("pselect", cf, r, ts.nsec);
	put("\n");
	ts.nsec = (1L << 32) + 20000000;
	set[0] = 1UL << fds[0];
	r = fbsd6(PSELECT, fds[0] + 1, (long)set, 0, 0, (long)&ts, 0, &cf);
	put_result("pselect-nsec", r, cf);
	tv.usec = 200000;
	r = fbsd6(SETSOCKOPT, sv[0], SOL_SOCKET, SO_SNDTIMEO, (long)&tv,
		  sizeof(tv), 0, &cf);
	put(cf ? "sndtimeo 1 " : "sndtimeo 0 ");
	put_num(r);
	back = (struct timeval){ 0, 0, 0 };
	len = sizeof(back);
	r = fbsd6(GETSOCKOPT, sv[0], SOL_SOCKET, SO_SNDTIMEO, (long)&back,
		  (long)&len, 0, &cf);
	put_val(cf ? -r : back.usec);
	put_val(tv.pad == 0xdeadbeef);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
