// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-user: FreeBSD's EVFILT_USER (kevent(2)), as a freestanding
 * FreeBSD/amd64 program.  It prints one line per behaviour:
 *
 *   add CF                 EV_ADD|EV_CLEAR of ident 7
 *   idle N                 a poll finds nothing pending
 *   event IDENT FILTER FFLAGS DATA UDATA FLAGS
 *                          NOTE_TRIGGER|NOTE_FFCOPY 5, data 9, udata 4660
 *   cleared N              EV_CLEAR: reported once
 *   level N N              without EV_CLEAR: reported until reset
 *   disabled N enabled N   EV_DISABLE hides it, EV_ENABLE shows it again
 *   oneshot N N CF ERRNO   EV_ONESHOT: reported once, then gone
 *   fflags F               NOTE_FFCOPY 1, then NOTE_FFOR 2
 *   delete CF CF ERRNO     EV_DELETE, and again
 *   unknown CF ERRNO       a trigger of an ident never added
 *   badflags CF ERRNO      a flag FreeBSD does not define
 *   pipe FD FD             the descriptors pipe2 gets: no anchor kept one
 *   mixed N R U            a pipe's EVFILT_READ and a user event together
 *   wake N IDENT           another thread's trigger ends a kevent() wait
 *
 * and exits 0.  FreeBSD's numbers: kqueue 362, kevent 560, pipe2 542,
 * thr_new 455, thr_exit 431, nanosleep 240.
 */

#include "fbsd.h"

#define PIPE2		542
#define NANOSLEEP	240

#define EV_ONESHOT	0x0010
#define EV_UNDEFINED	0x0800
#define NOTE_FFOR	0x80000000
#define NOTE_FFCOPY	0xc0000000

struct timespec {
	long sec, nsec;
};

static int kq;
static bool cf;
static struct timespec zero;

/* One change to user event @ident; returns the errno, or 0. */
static long change(unsigned long ident, unsigned short flags,
		   unsigned int fflags, long data, unsigned long udata)
{
	struct kevent ev = { ident, EVFILT_USER, flags, fflags, data, udata,
			     { 0 } };
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

/* Poll for up to @n events into @out without waiting. */
static long poll(struct kevent *out, int n)
{
	return fbsd6(FBSD_KEVENT, kq, 0, 0, (long)out, n, (long)&zero, &cf);
}

static void put_pair(const char *name, long a)
{
	put(name);
	put(" ");
	if (a < 0) {
		put("-");
		a = -a;
	}
	put_num(a);
}

static char stack[16384] __attribute__((aligned(16)));

/* The second thread: sleep 0.2 s, trigger ident 7, exit. */
static void waker(void *arg)
{
	struct timespec ts = { 0, 200000000 };

	(void)arg;
	fbsd(NANOSLEEP, (long)&ts, 0, 0, &cf);
	change(7, 0, NOTE_TRIGGER, 0, 0);
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

void start(void);

void start(void)
{
	struct timespec five = { 5, 0 };
	struct kevent ev[4], rd;
	int fds[2];
	long n, m;

	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);

	put_pair("add", change(7, EV_ADD | EV_CLEAR, 0, 0, 0));
	put_pair("\nidle", poll(ev, 4));

	change(7, 0, NOTE_TRIGGER | NOTE_FFCOPY | 5, 9, 4660);
	n = poll(ev, 4);
	put("\nevent");
	if (n == 1) {
		put_pair("", ev[0].ident);
		put_pair("", ev[0].filter);
		put_pair("", ev[0].fflags);
		put_pair("", ev[0].data);
		put_pair("", ev[0].udata);
		put_pair("", ev[0].flags);
	}
	put_pair("\ncleared", poll(ev, 4));

	change(8, EV_ADD, NOTE_TRIGGER, 0, 0);
	n = poll(ev, 4);
	put_pair("\nlevel", n);
	put_pair("", poll(ev, 4));
	change(8, EV_DISABLE, 0, 0, 0);
	put_pair("\ndisabled", poll(ev, 4));
	change(8, EV_ENABLE, 0, 0, 0);
	put_pair(" enabled", poll(ev, 4));
	change(8, EV_CLEAR, 0, 0, 0);

	change(9, EV_ADD | EV_ONESHOT, NOTE_TRIGGER, 0, 0);
	put_pair("\noneshot", poll(ev, 4));
	put_pair("", poll(ev, 4));
	n = change(9, 0, NOTE_TRIGGER, 0, 0);
	put_pair("", cf);
	put_pair("", n);

	change(10, EV_ADD | EV_CLEAR, NOTE_FFCOPY | 1, 0, 0);
	change(10, 0, NOTE_TRIGGER | NOTE_FFOR | 2, 0, 0);
	n = poll(ev, 4);
	put_pair("\nfflags", n == 1 ? ev[0].fflags : 99);

	change(8, EV_DELETE, 0, 0, 0);
	put_pair("\ndelete", cf);
	n = change(8, EV_DELETE, 0, 0, 0);
	put_pair("", cf);
	put_pair("", n);

	n = change(99, 0, NOTE_TRIGGER, 0, 0);
	put_pair("\nunknown", cf);
	put_pair("", n);

	n = change(11, EV_ADD | EV_UNDEFINED, 0, 0, 0);
	put_pair("\nbadflags", cf);
	put_pair("", n);

	fbsd(PIPE2, (long)fds, 0, 0, &cf);
	rd = (struct kevent){ fds[0], EVFILT_READ, EV_ADD, 0, 0, 0x55, { 0 } };
	fbsd6(FBSD_KEVENT, kq, (long)&rd, 1, 0, 0, 0, &cf);
	fbsd(FBSD_WRITE, fds[1], (long)"x", 1, &cf);
	change(7, 0, NOTE_TRIGGER, 0, 0);
	n = poll(ev, 4);
	put_pair("\npipe", fds[0]);
	put_pair("", fds[1]);
	put_pair("\nmixed", n);
	for (m = 0; m < n; m++)		/* in either order */
		if (ev[m].filter == EVFILT_READ)
			put_pair(" R", ev[m].udata);
	for (m = 0; m < n; m++)
		if (ev[m].filter == EVFILT_USER)
			put_pair(" U", ev[m].ident);
	rd.flags = EV_DELETE;
	fbsd6(FBSD_KEVENT, kq, (long)&rd, 1, 0, 0, 0, &cf);

	start_thread(waker, 0, stack, sizeof(stack));
	n = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)ev, 4, (long)&five, &cf);
	put_pair("\nwake", n);
	if (n == 1)
		put_pair("", ev[0].ident);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
