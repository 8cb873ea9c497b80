// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD clocks (sys/sys/_clock_id.h): the same calls as Linux's, with
 * other clock ids (bsd/ids.c).
 */

#include <linux/time.h>

#include "freebsd.h"

static const struct bsd_id clocks[] = {
	{ 0, CLOCK_REALTIME },
	{ 4, CLOCK_MONOTONIC },
	{ 5, CLOCK_BOOTTIME },			/* CLOCK_UPTIME */
	{ 7, CLOCK_BOOTTIME },			/* CLOCK_UPTIME_PRECISE */
	{ 8, CLOCK_BOOTTIME },			/* CLOCK_UPTIME_FAST */
	{ 9, CLOCK_REALTIME },			/* CLOCK_REALTIME_PRECISE */
	{ 10, CLOCK_REALTIME_COARSE },		/* CLOCK_REALTIME_FAST */
	{ 11, CLOCK_MONOTONIC },		/* CLOCK_MONOTONIC_PRECISE */
	{ 12, CLOCK_MONOTONIC_COARSE },		/* CLOCK_MONOTONIC_FAST */
	{ 13, CLOCK_REALTIME_COARSE },		/* CLOCK_SECOND */
	{ 14, CLOCK_THREAD_CPUTIME_ID },
	{ 15, CLOCK_PROCESS_CPUTIME_ID },
};

const struct bsd_ids fbsd_clocks = { clocks, ARRAY_SIZE(clocks) };
