// SPDX-License-Identifier: GPL-2.0-only
/*
 * poll: FreeBSD's poll, whose POLLWRBAND and POLLRDHUP differ from
 * Linux's and whose POLLWRNORM is POLLOUT, as a freestanding
 * FreeBSD/amd64 program.  A line per check: its name, whether the call
 * failed (the carry flag), its result, then the entry's revents and its
 * events after the call, which must be the program's own again.
 *
 *   writable 0 1 4 260      a pipe's write end, asked for POLLOUT and
 *                           POLLWRBAND (0x104): POLLOUT
 *   rdhup 0 1 16385 16385   a socket whose peer shut down writing, asked
 *                           for POLLIN and POLLRDHUP (0x4001): both
 *   plain 0 1 65 65         the same asked for POLLIN | POLLRDNORM only
 *   fault 1 14              an array the program cannot write: EFAULT
 *
 * FreeBSD's numbers: poll 209, pipe2 542, socketpair 135, shutdown 134.
 */

#include "fbsd.h"

#define POLL		209
#define PIPE2		542
#define SOCKETPAIR	135
#define SHUTDOWN	134
#define AF_UNIX		1
#define SOCK_STREAM	1
#define SHUT_WR		1

struct pollfd {
	int fd;
	short events;
	short revents;
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

void start(long *sp);

void start(long *sp)
{
	int fds[2], sv[2];
	long r;
	bool cf;

	(void)sp;
	fbsd(PIPE2, (long)fds, 0, 0, &cf);
	check("writable", fds[1], 0x0104);
	fbsd6(SOCKETPAIR, AF_UNIX, SOCK_STREAM, 0, (long)sv, 0, 0, &cf);
	fbsd(SHUTDOWN, sv[1], SHUT_WR, 0, &cf);
	check("rdhup", sv[0], 0x4001);
	check("plain", sv[0], 0x0041);
	r = fbsd(POLL, (long)start, 1, 0, &cf);
	put_result("fault", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
