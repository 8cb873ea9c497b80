// SPDX-License-Identifier: GPL-2.0-only
/*
 * select: FreeBSD's select, pselect and ppoll, which leave the caller's
 * timeout as it was and take FreeBSD's sigset_t, as a freestanding
 * FreeBSD/amd64 program.  A line per check: its name, whether the call
 * failed (the carry flag) and its result or FreeBSD errno, then what it
 * checks.
 *
 *   select 0 0 0 20000         an empty pipe for 20 ms: the timeout, and
 *                              the timeval as it was
 *   pselect 0 0 0 20000000     the same with pselect's timespec
 *   ppoll 0 0 0 20000000       and with ppoll's
 *   ppoll-mask 1 4 1 1         SIGUSR1 blocked and pending, ppoll with an
 *                              empty mask: EINTR, the handler ran, and
 *                              SIGUSR1 is blocked again after it
 *   pselect-mask 1 4 1 1       the same with pselect
 *   ppoll-einval 1 22 0 1      a timespec with 10^9 ns: EINVAL, no
 *                              handler, SIGUSR1 still blocked
 *
 * FreeBSD's numbers: select 93, pselect 522, ppoll 545, pipe2 542,
 * sigaction 416, sigprocmask 340, kill 37, getpid 20; SIGUSR1 is 30.
 */

#include "fbsd.h"

#define GETPID		20
#define KILL		37
#define SELECT		93
#define SIGPROCMASK	340
#define SIGACTION	416
#define PSELECT		522
#define PIPE2		542
#define PPOLL		545
#define SIG_BLOCK	1
#define SIGUSR1		30
#define POLLIN		1

struct sigaction {
	void (*handler)(int);
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

struct pollfd {
	int fd;
	short events;
	short revents;
};

static volatile int handled;

static void handler(int sig)
{
	(void)sig;
	handled++;
}

static void put_line(const char *name, bool cf, long r, long a, long b)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put(" ");
	put_num(a);
	put(" ");
	put_num(b);
	put("\n");
}

/* SIGUSR1 pending and blocked; handled cleared. */
static void pend(void)
{
	unsigned int set[4] = { 1U << (SIGUSR1 - 1) };
	bool cf;

	fbsd(SIGPROCMASK, SIG_BLOCK, (long)set, 0, &cf);
	fbsd(KILL, fbsd(GETPID, 0, 0, 0, &cf), SIGUSR1, 0, &cf);
	handled = 0;
}

static int blocked(void)
{
	unsigned int old[4] = { 0 };
	bool cf;

	fbsd(SIGPROCMASK, SIG_BLOCK, 0, (long)old, &cf);
	return !!(old[0] & 1U << (SIGUSR1 - 1));
}

void start(void);

void start(void)
{
	struct sigaction sa = { .handler = handler };
	unsigned int none[4] = { 0 };
	unsigned long in[16];
	struct pollfd pfd;
	long tv[2], r;
	int p[2];
	bool cf;

	fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	fbsd(PIPE2, (long)p, 0, 0, &cf);

	in[0] = 1UL << p[0];
	tv[0] = 0;
	tv[1] = 20000;
	r = fbsd6(SELECT, p[0] + 1, (long)in, 0, 0, (long)tv, 0, &cf);
	put_line("select", cf, r, tv[0], tv[1]);

	in[0] = 1UL << p[0];
	tv[1] = 20000000;
	r = fbsd6(PSELECT, p[0] + 1, (long)in, 0, 0, (long)tv, 0, &cf);
	put_line("pselect", cf, r, tv[0], tv[1]);

	pfd.fd = p[0];
	pfd.events = POLLIN;
	r = fbsd6(PPOLL, (long)&pfd, 1, (long)tv, 0, 0, 0, &cf);
	put_line("ppoll", cf, r, tv[0], tv[1]);

	pend();
	r = fbsd6(PPOLL, (long)&pfd, 1, (long)tv, (long)none, 0, 0, &cf);
	put_line("ppoll-mask", cf, r, handled, blocked());

	pend();
	in[0] = 1UL << p[0];
	r = fbsd6(PSELECT, p[0] + 1, (long)in, 0, 0, (long)tv, (long)none, &cf);
	put_line("pselect-mask", cf, r, handled, blocked());

	pend();
	tv[1] = 1000000000;
	r = fbsd6(PPOLL, (long)&pfd, 1, (long)tv, (long)none, 0, 0, &cf);
	put_line("ppoll-einval", cf, r, handled, blocked());
	fbsd_exit(0);
}

FBSD_ENTRY;
