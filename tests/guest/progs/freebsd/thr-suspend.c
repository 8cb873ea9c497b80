// SPDX-License-Identifier: GPL-2.0-only
/*
 * thr-suspend: thr_suspend (442) and thr_wake (443), FreeBSD's one-token
 * sleep and wake of a thread by its id, as a freestanding FreeBSD/amd64
 * program.  Lines "NAME CF R", some with a count after:
 *
 *   early 0 0            thr_wake(self), then thr_suspend(NULL): the
 *                        wake that came first ends it at once
 *   poll 1 60            thr_suspend for 0 s with no wake: ETIMEDOUT
 *   timeout 1 60         ...for 20 ms: ETIMEDOUT
 *   wake 0 0 1           an untimed suspend another thread's thr_wake
 *                        ends: 0, and the flag that thread set before
 *                        its wake
 *   intr 1 4 1           a timed suspend a signal ends: EINTR, and the
 *                        handler's count
 *   restart 0 0 1        an untimed one a signal whose action has
 *                        SA_RESTART interrupts: restarted, it is ended
 *                        by the wake that follows
 *   bad 1 22             a timeout of 1e9 ns: EINVAL
 *   negative 1 22        ...of -1 s: EINVAL
 *   fault 1 14           ...at a bad address: EFAULT
 *   none 1 3             thr_wake of pid 1's thread, not the caller's
 *                        process's: ESRCH
 *
 * FreeBSD's numbers: thr_self 432, thr_kill 433, sigaction 416; SIGUSR1
 * is 30 and SA_RESTART 0x2.
 */

#include "fbsd.h"

#define SIGACTION	416
#define THR_SELF	432
#define THR_KILL	433
#define THR_SUSPEND	442
#define THR_WAKE	443
#define SIGUSR1		30
#define SA_RESTART	0x0002

struct sigaction {
	void (*handler)(int);
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

static char stacks[3][16384] __attribute__((aligned(16)));
static int runs;
static long main_tid;
static volatile int flag, handled;

static void handler(int sig)
{
	(void)sig;
	handled++;
}

/* Once the first thread sleeps, set the flag and wake it; exit. */
static void waker(void *arg)
{
	bool cf;

	(void)arg;
	await_asleep(main_tid);
	flag = 1;
	fbsd(THR_WAKE, main_tid, 0, 0, &cf);
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/*
 * Once the first thread sleeps, signal it; with a wake, once it sleeps
 * again, wake it.
 */
static void signaller(void *arg)
{
	bool cf;

	await_asleep(main_tid);
	fbsd(THR_KILL, main_tid, SIGUSR1, 0, &cf);
	if (arg) {
		while (!handled)
			sleep_ms(5);
		await_asleep(main_tid);
		flag = 1;
		fbsd(THR_WAKE, main_tid, 0, 0, &cf);
	}
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* Run @fn(@arg) on a new thread, with a stack of its own. */
static void run(void (*fn)(void *), void *arg)
{
	char *stack = stacks[runs++];

	flag = 0;
	handled = 0;
	if (!start_thread(fn, arg, stack, sizeof(stacks[0]))) {
		put("thr_new failed\n");
		fbsd_exit(1);
	}
}

static void put_count(const char *name, long r, bool cf, long n)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put_val(n);
	put("\n");
}

void start(void);

void start(void)
{
	struct sigaction sa = { .handler = handler };
	long ts[2];
	bool cf;
	long r;

	fbsd(THR_SELF, (long)&main_tid, 0, 0, &cf);

	fbsd(THR_WAKE, main_tid, 0, 0, &cf);
	r = fbsd(THR_SUSPEND, 0, 0, 0, &cf);
	put_result("early", r, cf);

	ts[0] = 0;
	ts[1] = 0;
	r = fbsd(THR_SUSPEND, (long)ts, 0, 0, &cf);
	put_result("poll", r, cf);
	ts[1] = 20000000;
	r = fbsd(THR_SUSPEND, (long)ts, 0, 0, &cf);
	put_result("timeout", r, cf);

	run(waker, 0);
	r = fbsd(THR_SUSPEND, 0, 0, 0, &cf);
	put_count("wake", r, cf, flag);

	fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	run(signaller, 0);
	ts[0] = 5;
	ts[1] = 0;
	r = fbsd(THR_SUSPEND, (long)ts, 0, 0, &cf);
	put_count("intr", r, cf, handled);

	sa.flags = SA_RESTART;
	fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	run(signaller, (void *)1);
	r = fbsd(THR_SUSPEND, 0, 0, 0, &cf);
	put_count("restart", r, cf, handled * flag);

	ts[0] = 0;
	ts[1] = 1000000000;
	r = fbsd(THR_SUSPEND, (long)ts, 0, 0, &cf);
	put_result("bad", r, cf);
	ts[0] = -1;
	ts[1] = 0;
	r = fbsd(THR_SUSPEND, (long)ts, 0, 0, &cf);
	put_result("negative", r, cf);
	r = fbsd(THR_SUSPEND, 8, 0, 0, &cf);
	put_result("fault", r, cf);
	r = fbsd(THR_WAKE, 1, 0, 0, &cf);
	put_result("none", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
