// SPDX-License-Identifier: GPL-2.0-only
/*
 * lwp-wakeup: _lwp_wakeup (315), by which pthread_cancel() reaches a
 * thread, as a freestanding NetBSD/amd64 program.  Lines "NAME CF R":
 *
 *   wakeup 0 0          _lwp_wakeup of an LWP parked without a time limit
 *                       (tried until the LWP is parked; before, ENODEV)
 *   parked 1 4          ...whose park returns EINTR
 *   self 1 19           _lwp_wakeup of the caller, which is not parked:
 *                       ENODEV...
 *   park-after 1 37     ...and its next park returns at once, EALREADY
 *   park-none 1 60      no wake pending: a 20 ms park times out
 *   pending 1 37        an _lwp_unpark before the park: EALREADY too
 *   none 1 3            _lwp_wakeup of an LWP that does not exist: ESRCH
 */

#include "nbsd.h"

#define LWP_EXIT	310
#define LWP_SELF	311
#define LWP_WAIT	312
#define LWP_WAKEUP	315
#define LWP_UNPARK	321
#define LWP_PARK	478
#define CLOCK_MONOTONIC	3
#define EALREADY	37

static char stack[16384] __attribute__((aligned(16)));
static volatile long park_ret, park_cf;

void start(void);
void lwp_main(long arg);

/* Park until something other than a wake from before ends the park. */
void lwp_main(long arg)
{
	bool cf;
	long r;

	(void)arg;
	do
		r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, 0, 0, 0, 0, &cf);
	while (cf && r == EALREADY);
	park_ret = r;
	park_cf = cf;
	fbsd(LWP_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

void start(void)
{
	long ts[2] = { 0, 20000000 };
	long tick[2] = { 0, 10000000 };
	int i, lid, self;
	bool cf;
	long r;

	lid = lwp_start(lwp_main, 0, stack, sizeof(stack), 0);
	for (i = 0; i < 500; i++) {
		r = fbsd(LWP_WAKEUP, lid, 0, 0, &cf);
		if (!cf)
			break;
		fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)tick, 0, 0, 0, &cf);
	}
	put_result("wakeup", r, cf);
	fbsd(LWP_WAIT, lid, 0, 0, &cf);
	put_result("parked", park_ret, park_cf);

	self = fbsd(LWP_SELF, 0, 0, 0, &cf);
	r = fbsd(LWP_WAKEUP, self, 0, 0, &cf);
	put_result("self", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("park-after", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("park-none", r, cf);
	fbsd(LWP_UNPARK, self, 0, 0, &cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("pending", r, cf);
	r = fbsd(LWP_WAKEUP, 0x3fffffff, 0, 0, &cf);
	put_result("none", r, cf);
	fbsd_exit(0);
}

NBSD_ENTRY;
