// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD clocks (sys/sys/time.h): the same calls as Linux's, with other
 * clock ids (bsd/ids.c).
 */

#include <linux/time.h>

#include "netbsd.h"

static const struct bsd_id clocks[] = {
	{ NBSD_CLOCK_REALTIME, CLOCK_REALTIME },
	{ NBSD_CLOCK_MONOTONIC, CLOCK_MONOTONIC },
	{ 0x20000000, CLOCK_THREAD_CPUTIME_ID },
	{ 0x40000000, CLOCK_PROCESS_CPUTIME_ID },
};

/* A NetBSD clock id in Linux's numbering, or -EINVAL (CLOCK_VIRTUAL...). */
int nbsd_clock_to_linux(unsigned long clock)
{
	return bsd_id_to_linux(clocks, ARRAY_SIZE(clocks), clock);
}

/* __clock_gettime50(clock_id, tp) */
long nbsd_clock_gettime(struct pt_regs *regs)
{
	return bsd_clock_gettime(clocks, ARRAY_SIZE(clocks), regs);
}

/* __clock_getres50(clock_id, tp) */
long nbsd_clock_getres(struct pt_regs *regs)
{
	return bsd_clock_getres(clocks, ARRAY_SIZE(clocks), regs);
}
