// SPDX-License-Identifier: GPL-2.0-only
/*
 * thr-tid: thr_new stores the new thread's id in *child_tid and
 * *parent_tid before the thread runs, as FreeBSD does, as a freestanding
 * FreeBSD/amd64 program.  It starts 200 threads one after another; each
 * compares *child_tid, as its first act, with its own id (thr_self),
 * and the creator checks *parent_tid once thr_new returned, and again
 * against the id the thread found.  It prints
 *
 *   threads N child N parent N    threads run, ids wrong in each place
 *   badptr CF ERRNO RAN            a child_tid that faults: EFAULT, and
 *                                  whether the thread ran (FreeBSD: not)
 *
 * FreeBSD's numbers: thr_new 455, thr_self 432, thr_exit 431,
 * sched_yield 331, nanosleep 240.
 */

#include "fbsd.h"

#define THR_SELF	432
#define SCHED_YIELD	331
#define NANOSLEEP	240
#define THREADS		200

static char stack[16384] __attribute__((aligned(16)));
static volatile long child_tid, parent_tid, done, child_wrong, child_self;
static volatile long ran;

static void thread(void *arg)
{
	long seen = child_tid, self;
	bool cf;

	(void)arg;
	fbsd(THR_SELF, (long)&self, 0, 0, &cf);
	child_wrong += seen != self;
	child_self = self;
	fbsd(FBSD_THR_EXIT, (long)&done, 0, 0, &cf);
	for (;;)
		;
}

/* For the thread that must not start. */
static void ran_thread(void *arg)
{
	bool cf;

	(void)arg;
	ran = 1;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

void start(void);

void start(void)
{
	struct thr_param tp = { 0 };
	long i, r, parent_wrong = 0, ts[2] = { 0, 300000000 };
	bool cf;

	tp.start_func = thread;
	tp.stack_base = stack;
	tp.stack_size = sizeof(stack);
	tp.child_tid = (long *)&child_tid;
	tp.parent_tid = (long *)&parent_tid;
	for (i = 0; i < THREADS; i++) {
		child_tid = -1;
		parent_tid = -1;
		done = 0;
		fbsd(FBSD_THR_NEW, (long)&tp, sizeof(tp), 0, &cf);
		if (cf)
			break;
		parent_wrong += parent_tid <= 0;
		while (!done)
			fbsd(SCHED_YIELD, 0, 0, 0, &cf);
		parent_wrong += parent_tid != child_self;
		/* thr_exit set done; give the thread time to leave its stack. */
		fbsd(SCHED_YIELD, 0, 0, 0, &cf);
	}
	put("threads ");
	put_num(i);
	put(" child ");
	put_num(child_wrong);
	put(" parent ");
	put_num(parent_wrong);
	put("\n");

	tp.start_func = ran_thread;
	tp.child_tid = (long *)8;
	tp.parent_tid = 0;
	r = fbsd(FBSD_THR_NEW, (long)&tp, sizeof(tp), 0, &cf);
	put("badptr ");
	put(cf ? "1 " : "0 ");
	fbsd(NANOSLEEP, (long)ts, 0, 0, &cf);
	put_num(r);
	put(ran ? " 1\n" : " 0\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
