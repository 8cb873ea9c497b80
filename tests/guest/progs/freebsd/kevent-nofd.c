// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-nofd: a kqueue's user events never give the program a
 * descriptor, not even for a moment, as a freestanding FreeBSD/amd64
 * program.  The main thread makes argv[1] (or 2000) kqueues (descriptor 3), adds a
 * user event to each and closes it; meanwhile a second thread asks
 * fcntl(F_GETFD) of descriptor 4, the next free one, over and over.  A
 * descriptor made there could be duplicated and written to by the
 * program.  It prints
 *
 *   kqueues N seen N   kqueues made, times descriptor 4 existed
 *
 * FreeBSD's numbers: kqueue 362, kevent 560, close 6, fcntl 92,
 * thr_new 455, thr_exit 431.
 */

#include "fbsd.h"

#define CLOSE		6
#define FCNTL		92

#define F_GETFD		1

static char stack[16384] __attribute__((aligned(16)));
static volatile long seen, stop, stopped;

static void watcher(void *arg)
{
	bool cf;

	(void)arg;
	while (!stop) {
		fbsd(FCNTL, 4, F_GETFD, 0, &cf);
		seen += !cf;
	}
	stopped = 1;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

void start(long *sp);

void start(long *sp)
{
	struct kevent ev = { 7, EVFILT_USER, EV_ADD, 0, 0, 0, { 0 } };
	long kqueues = arg_num(sp, 2000), i;
	bool cf;
	int kq;

	start_thread(watcher, 0, stack, sizeof(stack));
	for (i = 0; i < kqueues; i++) {
		kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
		if (cf)
			break;
		fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);
		fbsd(CLOSE, kq, 0, 0, &cf);
	}
	stop = 1;
	while (!stopped)
		;
	put("kqueues ");
	put_num(i);
	put(" seen ");
	put_num(seen);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
