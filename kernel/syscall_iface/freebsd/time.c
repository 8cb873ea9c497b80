// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD clocks (sys/sys/_clock_id.h): the same calls as Linux's, with
 * other clock ids.
 */

#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/* FreeBSD's clock ids 0-15 in Linux's; -1 for none. */
static const s8 clocks[] = {
	[0] = CLOCK_REALTIME,		/* CLOCK_REALTIME */
	[1] = -1,			/* CLOCK_VIRTUAL */
	[2] = -1,			/* CLOCK_PROF */
	[3] = -1,
	[4] = CLOCK_MONOTONIC,		/* CLOCK_MONOTONIC */
	[5] = CLOCK_BOOTTIME,		/* CLOCK_UPTIME */
	[6] = -1,
	[7] = CLOCK_BOOTTIME,		/* CLOCK_UPTIME_PRECISE */
	[8] = CLOCK_BOOTTIME,		/* CLOCK_UPTIME_FAST */
	[9] = CLOCK_REALTIME,		/* CLOCK_REALTIME_PRECISE */
	[10] = CLOCK_REALTIME_COARSE,	/* CLOCK_REALTIME_FAST */
	[11] = CLOCK_MONOTONIC,		/* CLOCK_MONOTONIC_PRECISE */
	[12] = CLOCK_MONOTONIC_COARSE,	/* CLOCK_MONOTONIC_FAST */
	[13] = CLOCK_REALTIME_COARSE,	/* CLOCK_SECOND */
	[14] = CLOCK_THREAD_CPUTIME_ID,	/* CLOCK_THREAD_CPUTIME_ID */
	[15] = CLOCK_PROCESS_CPUTIME_ID, /* CLOCK_PROCESS_CPUTIME_ID */
};

/**
 * fbsd_clock_to_linux - a FreeBSD clock id in Linux's numbering
 * @clock: the FreeBSD id
 *
 * Return: the Linux id, or -EINVAL.
 */
int fbsd_clock_to_linux(unsigned long clock)
{
	if (clock >= ARRAY_SIZE(clocks) || clocks[clock] < 0)
		return -EINVAL;
	return clocks[clock];
}

static long clock_call(struct pt_regs *regs, unsigned int nr)
{
	struct pt_regs r = *regs;
	int clock = fbsd_clock_to_linux(regs->di);

	if (clock < 0)
		return clock;
	r.di = clock;
	return syscall_iface_native_call(&r, nr);
}

/* clock_gettime(clock_id, tp) */
long fbsd_clock_gettime(struct pt_regs *regs)
{
	return clock_call(regs, __NR_clock_gettime);
}

/* clock_getres(clock_id, tp) */
long fbsd_clock_getres(struct pt_regs *regs)
{
	return clock_call(regs, __NR_clock_getres);
}
