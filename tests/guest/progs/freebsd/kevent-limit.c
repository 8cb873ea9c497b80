// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-limit: the user events and timers one user's kqueues may hold
 * are bounded (the module parameter max_user_events, which the scenario
 * sets to 8), as a freestanding FreeBSD/amd64 program.  It adds user
 * events, or with the argument "timer" timers (of 1000 s: none expires),
 * and prints one line each:
 *
 *   fill N ERRNO     EV_ADD of idents 1 to 9 on one kqueue: how many
 *                    took, and the errno of the first refused
 *   again ERRNO      once one is deleted, another takes (0)
 *   second ERRNO     a second kqueue's first event, at the limit
 *   closed ERRNO     the same once the first kqueue is closed: its
 *                    events are given back (0)
 *
 * FreeBSD's numbers: kqueue 362, kevent 560, close 6.
 */

#include "fbsd.h"

#define CLOSE		6
#define EVFILT_TIMER	(-7)

static short filter = EVFILT_USER;

/* One change to user event @ident of @kq; the errno, or 0. */
static long change(int kq, unsigned long ident, unsigned short flags)
{
	struct kevent ev = { ident, filter, flags, 0, 1000000, 0, { 0 } };
	bool cf;
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

static void line(const char *name, long a, long b, bool two)
{
	put(name);
	put(" ");
	put_num(a);
	if (two) {
		put(" ");
		put_num(b);
	}
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	const char *arg = sp[0] > 1 ? (const char *)sp[2] : "";
	long err = 0, took = 0, i;
	int kq, kq2;
	bool cf;

	if (arg[0] == 't')
		filter = EVFILT_TIMER;
	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	for (i = 1; i <= 9 && !err; i++) {
		err = change(kq, i, EV_ADD);
		took += !err;
	}
	line("fill", took, err, true);
	change(kq, 1, EV_DELETE);
	line("again", change(kq, 100, EV_ADD), 0, false);
	kq2 = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	line("second", change(kq2, 1, EV_ADD), 0, false);
	fbsd(CLOSE, kq, 0, 0, &cf);
	line("closed", change(kq2, 1, EV_ADD), 0, false);
	fbsd_exit(0);
}

FBSD_ENTRY;
