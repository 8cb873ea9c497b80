// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-signal: FreeBSD's EVFILT_SIGNAL (kevent(2)), as a freestanding
 * FreeBSD/amd64 program.  It prints one line per behaviour:
 *
 *   add ERRNO              EV_ADD for SIGUSR1 (30), which is ignored
 *   ignored IDENT FILTER FLAGS DATA UDATA
 *                          three SIGUSR1 sent to itself, all ignored:
 *                          one event counting 3, EV_CLEAR set
 *   cleared N              read, it is pending no more
 *   handled DATA RAN       a SIGUSR2 (31) with a handler: counted once,
 *                          and the handler ran once
 *   child N                a SIGUSR1 sent to a child: not this process's
 *   chld-ignored N         SIGCHLD ignored (SIG_IGN): a child's exit is
 *                          not counted, as FreeBSD
 *   chld-default N DATA    SIGCHLD at SIG_DFL: counted
 *   deleted ERRNO N        EV_DELETE, then a SIGUSR1: no event
 *   bad ERRNO ERRNO        signal 0 and signal 200: EINVAL (22)
 *
 * and exits 0.  FreeBSD's numbers: fork 2, wait4 7, getpid 20, kill 37,
 * nanosleep 240, sigaction 416.
 */

#include "fbsd.h"

#define WAIT4		7
#define GETPID		20
#define KILL		37
#define SIGACTION	416
#define EVFILT_SIGNAL	(-6)
#define SIGCHLD		20
#define SIGUSR1		30
#define SIGUSR2		31
#define SIG_IGN		1

struct timespec {
	long sec, nsec;
};

struct sigaction {
	unsigned long handler;
	int flags;
	unsigned int mask[4];
};

static int kq;
static bool cf;
static struct timespec zero;
static volatile int ran;

static void set_action(long sig, unsigned long handler)
{
	struct sigaction sa = { handler, 0, { 0 } };

	fbsd(SIGACTION, sig, (long)&sa, 0, &cf);
}

static void handler(int sig)
{
	(void)sig;
	ran++;
}

/* One change for signal @sig; returns the errno, or 0. */
static long change(long sig, unsigned short flags, unsigned long udata)
{
	struct kevent ev = { sig, EVFILT_SIGNAL, flags, 0, 0, udata, { 0 } };
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

static long poll(struct kevent *out)
{
	return fbsd6(FBSD_KEVENT, kq, 0, 0, (long)out, 4, (long)&zero, &cf);
}

/* A child that exits at once; reaped unless SIGCHLD is ignored. */
static void child_exits(bool reap)
{
	long pid = fbsd_fork();
	int status;

	if (!pid)
		fbsd_exit(0);
	sleep_ms(50);
	if (reap)
		fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);
}

void start(void);

void start(void)
{
	long self = fbsd(GETPID, 0, 0, 0, &cf), pid, n;
	struct kevent ev[4];
	int status;

	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	set_action(SIGUSR1, SIG_IGN);

	put("add");
	put_val(change(SIGUSR1, EV_ADD, 55));
	for (int i = 0; i < 3; i++)
		fbsd(KILL, self, SIGUSR1, 0, &cf);
	n = poll(ev);
	put("\nignored");
	if (n == 1) {
		put_val(ev[0].ident);
		put_val(ev[0].filter);
		put_val(ev[0].flags);
		put_val(ev[0].data);
		put_val(ev[0].udata);
	}
	put("\ncleared");
	put_val(poll(ev));

	set_action(SIGUSR2, (unsigned long)handler);
	change(SIGUSR2, EV_ADD, 0);
	fbsd(KILL, self, SIGUSR2, 0, &cf);
	n = poll(ev);
	put("\nhandled");
	put_val(n == 1 && ev[0].ident == SIGUSR2 ? ev[0].data : -1);
	put_val(ran);

	pid = fbsd_fork();
	if (!pid) {
		sleep_ms(5000);
		fbsd_exit(0);
	}
	fbsd(KILL, pid, SIGUSR1, 0, &cf);
	sleep_ms(50);
	put("\nchild");
	put_val(poll(ev));
	fbsd(KILL, pid, 9, 0, &cf);
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);
	poll(ev);			/* its SIGCHLD, if counted */

	set_action(SIGCHLD, SIG_IGN);
	change(SIGCHLD, EV_ADD, 0);
	child_exits(false);
	put("\nchld-ignored");
	put_val(poll(ev));
	set_action(SIGCHLD, 0);
	child_exits(true);
	n = poll(ev);
	put("\nchld-default");
	put_val(n);
	put_val(n == 1 && ev[0].ident == SIGCHLD ? ev[0].data : -1);

	put("\ndeleted");
	put_val(change(SIGUSR1, EV_DELETE, 0));
	fbsd(KILL, self, SIGUSR1, 0, &cf);
	put_val(poll(ev));

	put("\nbad");
	put_val(change(0, EV_ADD, 0));
	put_val(change(200, EV_ADD, 0));
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
