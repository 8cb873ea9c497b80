// SPDX-License-Identifier: GPL-2.0-only
/*
 * umtx-sem-left: a relative UMTX_OP_SEM2_WAIT that a signal ends gives
 * back the time that was left, just past its struct _umtx_time, when the
 * caller gave room for it, as sem_clockwait_np() asks; as a freestanding
 * FreeBSD/amd64 program.  A second thread signals the first once it is
 * asleep in a 5 s wait on a semaphore nobody posts.  Lines "NAME CF R",
 * then:
 *
 *   left 1 4 1           with 40 bytes: EINTR, and 1 if the time given
 *                        back is more than 3 s and less than 5 s
 *   no-room 1 4 -1       with 24: EINTR, and the room after it untouched
 *
 * FreeBSD's numbers: _umtx_op 454, sigaction 416, thr_self 432,
 * thr_kill 433; SIGUSR1 is 30, CLOCK_MONOTONIC 4.
 */

#include "fbsd.h"

#define UMTX_OP			454
#define SIGACTION		416
#define THR_SELF		432
#define THR_KILL		433
#define SIGUSR1			30
#define CLOCK_MONOTONIC		4
#define UMTX_OP_SEM2_WAIT	23

struct sigaction {
	void (*handler)(int);
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

struct usem2 {
	unsigned int count, flags;
};

/* A struct _umtx_time, and room for the time left. */
struct wait_time {
	long ts[2];
	unsigned int flags, clockid;
	long left[2];
};

static char stacks[2][16384] __attribute__((aligned(16)));
static long main_tid;

static void handler(int sig)
{
	(void)sig;
}

/* Signal the first thread once it sleeps. */
static void signaller(void *arg)
{
	bool cf;

	(void)arg;
	await_asleep(main_tid);
	fbsd(THR_KILL, main_tid, SIGUSR1, 0, &cf);
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* A 5 s wait with @size bytes of timeout, signalled once asleep. */
static long wait(int i, long size, struct wait_time *t, bool *cf)
{
	static struct usem2 sem;

	*t = (struct wait_time){
		.ts = { 5, 0 }, .clockid = CLOCK_MONOTONIC, .left = { -1, -1 },
	};
	if (!start_thread(signaller, 0, stacks[i], sizeof(stacks[i]))) {
		put("thr_new failed\n");
		fbsd_exit(1);
	}
	return fbsd6(UMTX_OP, (long)&sem, UMTX_OP_SEM2_WAIT, 0, size, (long)t,
		     0, cf);
}

void start(void);

void start(void)
{
	struct sigaction sa = { .handler = handler };
	struct wait_time t;
	bool cf;
	long r;

	fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	fbsd(THR_SELF, (long)&main_tid, 0, 0, &cf);

	r = wait(0, sizeof(t), &t, &cf);
	put(cf ? "left 1 " : "left 0 ");
	put_num(r);
	put_val(t.left[0] >= 3 && t.left[0] < 5 && t.left[1] >= 0 &&
		t.left[1] < 1000000000);
	put("\n");

	r = wait(1, 24, &t, &cf);
	put(cf ? "no-room 1 " : "no-room 0 ");
	put_num(r);
	put_val(t.left[0]);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
