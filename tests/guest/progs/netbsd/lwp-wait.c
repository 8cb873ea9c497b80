// SPDX-License-Identifier: GPL-2.0-only
/*
 * lwp-wait: _lwp_wait (312) and _lwp_detach (319) as a freestanding
 * NetBSD/amd64 program, on LWPs it makes with _lwp_create from a
 * ucontext, as libpthread does.  Each LWP writes its argument to ran[],
 * waits 100 ms if the argument is odd (LWP 4 waits for any LWP), and
 * exits.  Lines "NAME CF R":
 *
 *   wait 0 0           wait for a joinable LWP, running at first
 *   departed 1         *departed is its id
 *   ran 2              what it wrote is there
 *   again 1 3          waiting for it again: ESRCH, it is reaped
 *   exited 0 0         wait for one that exited before the wait began
 *   any 0 0            _lwp_wait(0): any joinable LWP...
 *   any-id 1           ...and it says which
 *   detached 1 22      wait for a running LWP made with LWP_DETACHED
 *   detach 0 0         _lwp_detach of a running joinable LWP...
 *   after-detach 1 22  ...which then cannot be waited for
 *   self 1 11          wait for the caller itself: EDEADLK
 *   deadlock 1         an LWP waits for any, and this one for it: the
 *                      second wait is EDEADLK (NetBSD's lwp_wait())
 *   joined 0 0         and this one's wait for it then ends
 *   none 1 3           wait for an LWP that does not exist: ESRCH
 *   none-left 1 3      _lwp_wait(0) with no joinable LWP left: ESRCH
 *   detach-self 0 0    the first LWP of a process is not detached...
 *   detach-self-again 1 22   ...until it detaches itself
 */

#include "nbsd.h"

#define LWP_EXIT	310
#define LWP_SELF	311
#define LWP_WAIT	312
#define LWP_DETACH	319
#define LWP_PARK	478
#define EDEADLK		11

#define LWP_DETACHED	0x40
#define CLOCK_MONOTONIC	3

static volatile long ran[8], x_started, x_ret, x_cf;
static char stacks[8][16384] __attribute__((aligned(16)));

void start(void);
void lwp_main(long arg);

void lwp_main(long arg)
{
	long ts[2] = { 0, 100000000 };
	bool cf;

	ran[arg] = arg;
	if (arg == 4) {
		x_started = 1;
		x_ret = fbsd(LWP_WAIT, 0, 0, 0, &cf);
		x_cf = cf;
	}
	if (arg & 1)
		fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	fbsd(LWP_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* An LWP that runs lwp_main(arg) on stack @arg; its id. */
static int create(long arg, unsigned long flags)
{
	return lwp_start(lwp_main, arg, stacks[arg], sizeof(stacks[arg]),
			 flags);
}

void start(void)
{
	long ts[2] = { 0, 50000000 };
	int lid, departed, dead;
	bool cf;
	long r;

	lid = create(1, 0);
	departed = 0;
	r = fbsd(LWP_WAIT, lid, (long)&departed, 0, &cf);
	put_result("wait", r, cf);
	put(departed == lid ? "departed 1\n" : "departed 0\n");
	put("ran");
	put_val(ran[1] + 1);
	put("\n");
	r = fbsd(LWP_WAIT, lid, (long)&departed, 0, &cf);
	put_result("again", r, cf);

	lid = create(2, 0);
	fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	r = fbsd(LWP_WAIT, lid, 0, 0, &cf);
	put_result("exited", r, cf);

	lid = create(3, 0);
	departed = 0;
	r = fbsd(LWP_WAIT, 0, (long)&departed, 0, &cf);
	put_result("any", r, cf);
	put(departed == lid ? "any-id 1\n" : "any-id 0\n");

	lid = create(5, LWP_DETACHED);
	r = fbsd(LWP_WAIT, lid, 0, 0, &cf);
	put_result("detached", r, cf);

	lid = create(7, 0);
	r = fbsd(LWP_DETACH, lid, 0, 0, &cf);
	put_result("detach", r, cf);
	r = fbsd(LWP_WAIT, lid, 0, 0, &cf);
	put_result("after-detach", r, cf);

	r = fbsd(LWP_WAIT, fbsd(LWP_SELF, 0, 0, 0, &cf), 0, 0, &cf);
	put_result("self", r, cf);

	/*
	 * LWP 4 waits for any LWP, and this one for it: the second of the
	 * two waits is EDEADLK, as the only LWPs that may yet be waited
	 * for are the two waiting.  If it was this one's, an LWP that exits
	 * at once ends the first.
	 */
	lid = create(4, 0);
	while (!x_started)
		;
	fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	r = fbsd(LWP_WAIT, lid, 0, 0, &cf);
	dead = cf && r == EDEADLK;
	if (dead) {
		create(6, 0);
		r = fbsd(LWP_WAIT, lid, 0, 0, &cf);
	} else {
		dead = x_cf && x_ret == EDEADLK;
	}
	put(dead ? "deadlock 1\n" : "deadlock 0\n");
	put_result("joined", r, cf);

	r = fbsd(LWP_WAIT, 0x3fffffff, 0, 0, &cf);
	put_result("none", r, cf);
	r = fbsd(LWP_WAIT, 0, 0, 0, &cf);
	put_result("none-left", r, cf);
	r = fbsd(LWP_DETACH, fbsd(LWP_SELF, 0, 0, 0, &cf), 0, 0, &cf);
	put_result("detach-self", r, cf);
	r = fbsd(LWP_DETACH, fbsd(LWP_SELF, 0, 0, 0, &cf), 0, 0, &cf);
	put_result("detach-self-again", r, cf);
	fbsd_exit(0);
}

NBSD_ENTRY;
