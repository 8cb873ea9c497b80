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

const struct bsd_ids nbsd_clocks = { clocks, ARRAY_SIZE(clocks) };
