// SPDX-License-Identifier: GPL-2.0-only
/*
 * unpark-all: _lwp_unpark_all (322) as a freestanding NetBSD/amd64
 * program.  Lines "NAME CF R":
 *
 *   max 0 1024            no list: the longest one taken (LWP_UNPARK_MAX),
 *                         which libpthread asks for as it starts
 *   empty 1 22            an empty list: EINVAL
 *   long 1 22             a list longer than that: EINVAL
 *   fault 1 14            a list at a bad address: EFAULT
 *   self 0 0              a list of the caller itself...
 *   park-self 1 37        ...whose next park returns at once: EALREADY
 *   missing 1 3           a list with an LWP that is not there: ESRCH...
 *   park-missing 1 37     ...once the others, the caller here, are unparked
 *   park-none 1 60        no token left: a 20 ms park times out
 */

#include "nbsd.h"

#define LWP_SELF	311
#define LWP_UNPARK_ALL	322
#define LWP_PARK	478
#define CLOCK_MONOTONIC	3

void start(void);

void start(void)
{
	long ts[2] = { 0, 20000000 };
	int lids[2];
	bool cf;
	long r;

	r = fbsd(LWP_UNPARK_ALL, 0, 0, 0, &cf);
	put_result("max", r, cf);
	lids[0] = fbsd(LWP_SELF, 0, 0, 0, &cf);
	lids[1] = 0x3fffffff;
	r = fbsd(LWP_UNPARK_ALL, (long)lids, 0, 0, &cf);
	put_result("empty", r, cf);
	r = fbsd(LWP_UNPARK_ALL, (long)lids, 1025, 0, &cf);
	put_result("long", r, cf);
	r = fbsd(LWP_UNPARK_ALL, 8, 1, 0, &cf);
	put_result("fault", r, cf);
	r = fbsd(LWP_UNPARK_ALL, (long)lids, 1, 0, &cf);
	put_result("self", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("park-self", r, cf);
	lids[0] = lids[1];
	lids[1] = fbsd(LWP_SELF, 0, 0, 0, &cf);
	r = fbsd(LWP_UNPARK_ALL, (long)lids, 2, 0, &cf);
	put_result("missing", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("park-missing", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	put_result("park-none", r, cf);
	fbsd_exit(0);
}

NBSD_ENTRY;
