// SPDX-License-Identifier: GPL-2.0-only
/*
 * restart: a restart made after a signal handler returned does not
 * resume the call the handler interrupted, as a freestanding
 * FreeBSD/amd64 program.  A second thread sends SIGUSR1 into a 5 s
 * nanosleep; the handler returns through sigreturn, and nanosleep fails
 * with EINTR.  Then the program asks for a restart, by the number
 * syscall-iface keeps for restart_syscall (0x7ffffffe), which must fail
 * with EINTR at once rather than sleep the rest of the 5 s.  It prints
 *
 *   nanosleep CF ERRNO
 *   restart CF ERRNO
 *
 * FreeBSD's numbers: nanosleep 240, sigaction 416, thr_new 455,
 * thr_self 432, thr_kill 433, thr_exit 431; SIGUSR1 is 30.
 */

#include "fbsd.h"

#define NANOSLEEP	240
#define SIGACTION	416
#define THR_SELF	432
#define THR_KILL	433
#define NR_RESTART	0x7ffffffe
#define SIGUSR1		30

struct sigaction {
	void (*handler)(int);
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

static char stack[16384] __attribute__((aligned(16)));
static long main_tid;

static void handler(int sig)
{
	(void)sig;
}

/* The second thread: wait 0.2 s, signal the first, exit. */
static void sender(void *arg)
{
	long ts[2] = { 0, 200000000 };
	bool cf;

	(void)arg;
	fbsd(NANOSLEEP, (long)ts, 0, 0, &cf);
	fbsd(THR_KILL, main_tid, SIGUSR1, 0, &cf);
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

void start(void);

void start(void)
{
	struct sigaction sa = { .handler = handler };
	long ts[2] = { 5, 0 }, r;
	bool cf;

	fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	fbsd(THR_SELF, (long)&main_tid, 0, 0, &cf);
	start_thread(sender, 0, stack, sizeof(stack));
	r = fbsd(NANOSLEEP, (long)ts, 0, 0, &cf);
	put_result("nanosleep", r, cf);
	r = fbsd(NR_RESTART, 0, 0, 0, &cf);
	put_result("restart", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
