// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD clocks (sys/sys/time.h): the same calls as Linux's, with other
 * clock ids.
 */

#include <linux/syscalls.h>
#include <linux/time.h>

#include "netbsd.h"

#define NBSD_CLOCK_THREAD_CPUTIME_ID	0x20000000
#define NBSD_CLOCK_PROCESS_CPUTIME_ID	0x40000000

/**
 * nbsd_clock_to_linux - a NetBSD clock id in Linux's numbering
 * @clock: the NetBSD id
 *
 * Return: the Linux id, or -EINVAL (CLOCK_VIRTUAL and CLOCK_PROF, which
 * only itimers know).
 */
int nbsd_clock_to_linux(unsigned long clock)
{
	switch (clock) {
	case NBSD_CLOCK_REALTIME:
		return CLOCK_REALTIME;
	case NBSD_CLOCK_MONOTONIC:
		return CLOCK_MONOTONIC;
	case NBSD_CLOCK_THREAD_CPUTIME_ID:
		return CLOCK_THREAD_CPUTIME_ID;
	case NBSD_CLOCK_PROCESS_CPUTIME_ID:
		return CLOCK_PROCESS_CPUTIME_ID;
	}
	return -EINVAL;
}

static long clock_call(struct pt_regs *regs, unsigned int nr)
{
	struct pt_regs r = *regs;
	int clock = nbsd_clock_to_linux(regs->di);

	if (clock < 0)
		return clock;
	r.di = clock;
	return syscall_iface_native_call(&r, nr);
}

/* __clock_gettime50(clock_id, tp) */
long nbsd_clock_gettime(struct pt_regs *regs)
{
	return clock_call(regs, __NR_clock_gettime);
}

/* __clock_getres50(clock_id, tp) */
long nbsd_clock_getres(struct pt_regs *regs)
{
	return clock_call(regs, __NR_clock_getres);
}
