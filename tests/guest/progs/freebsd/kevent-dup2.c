// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-dup2: a kevent() call acts on the kqueue it looked up, whatever
 * its descriptor number names by the time it works, as a freestanding
 * FreeBSD/amd64 program.  A second thread keeps switching descriptor 10
 * between kqueues A and B with dup2; the main thread adds and triggers
 * user events through descriptor 10, argv[1] (or 3000) times, each time on a fresh
 * pair of kqueues, and then polls A and B by their own descriptors.
 * Every event either reports must be a user event with the ident and
 * udata given (1 and 77): no other ident, no other filter, and never a
 * kernel address.  It prints
 *
 *   rounds N events N wrong N
 *
 * FreeBSD's numbers: kqueue 362, kevent 560, close 6, dup2 90, fcntl 92,
 * thr_new 455, thr_exit 431.
 */

#include "fbsd.h"

#define CLOSE		6
#define DUP2		90
#define FCNTL		92
#define F_GETFD		1

#define SWITCHED	10

static char stack[16384] __attribute__((aligned(16)));
static volatile int kq_a, kq_b, stop, stopped;

/* The second thread: descriptor SWITCHED names A, then B, over and over. */
static void switcher(void *arg)
{
	bool cf;

	(void)arg;
	while (!stop) {
		fbsd(DUP2, kq_a, SWITCHED, 0, &cf);
		fbsd(DUP2, kq_b, SWITCHED, 0, &cf);
	}
	stopped = 1;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* Poll @kq without waiting; count its events, and those not as added. */
static void check(int kq, long *events, long *wrong)
{
	struct kevent out[8];
	long zero[2] = { 0, 0 }, i, n;
	bool cf;

	n = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)out, 8, (long)zero, &cf);
	if (cf || n < 0)
		return;
	for (i = 0; i < n; i++) {
		(*events)++;
		*wrong += out[i].filter != EVFILT_USER || out[i].ident != 1 ||
			  out[i].udata != 77;
	}
}

void start(long *sp);

void start(long *sp)
{
	struct kevent ev = { 1, EVFILT_USER, EV_ADD | EV_CLEAR, NOTE_TRIGGER,
			     0, 77, { 0 } };
	long rounds = arg_num(sp, 3000), i, events = 0, wrong = 0;
	bool cf;

	kq_a = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	kq_b = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	start_thread(switcher, 0, stack, sizeof(stack));
	for (i = 0; i < rounds; i++) {
		do		/* until the switcher made it */
			fbsd(FCNTL, SWITCHED, F_GETFD, 0, &cf);
		while (cf);
		fbsd6(FBSD_KEVENT, SWITCHED, (long)&ev, 1, 0, 0, 0, &cf);
		check(kq_a, &events, &wrong);
		check(kq_b, &events, &wrong);
		/* Fresh kqueues at the same numbers for the next round. */
		stop = 1;
		while (!stopped)
			;
		fbsd(CLOSE, kq_a, 0, 0, &cf);
		fbsd(CLOSE, kq_b, 0, 0, &cf);
		fbsd(CLOSE, SWITCHED, 0, 0, &cf);
		kq_a = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
		kq_b = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
		stop = 0;
		stopped = 0;
		start_thread(switcher, 0, stack, sizeof(stack));
	}
	stop = 1;
	while (!stopped)
		;
	put("rounds ");
	put_num(i);
	put(" events ");
	put_num(events);
	put(" wrong ");
	put_num(wrong);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
