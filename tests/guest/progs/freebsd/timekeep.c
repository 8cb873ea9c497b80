// SPDX-License-Identifier: GPL-2.0-only
/*
 * timekeep: FreeBSD's timekeeping page, read as FreeBSD's libc reads it
 * (lib/libc/sys/__vdso_gettimeofday.c: binuptime()), against
 * clock_gettime (232), as a freestanding FreeBSD/amd64 program.
 *
 *   timekeep ok|none     AT_TIMEKEEP (22) is in the auxiliary vector
 *   ver V enabled E      the page's tk_ver (1) and tk_enabled
 *   mprotect CF R        making the page writable: EACCES (13)
 *   rounds N             rounds over SECONDS seconds (argv[1], default 2)
 *   outside N            rounds where the page's CLOCK_MONOTONIC or
 *                        CLOCK_REALTIME fell outside the clock_gettime
 *                        calls made just before and just after
 *   backwards N          rounds where the page's CLOCK_MONOTONIC went back
 *   updates N            how many times tk_current changed
 *   boot-moved S         how far the time of day moved against the uptime
 *                        over the run, in seconds (a clock step)
 *
 * and exits 0, or 1 if there is no page or it is not enabled.
 */

#include "fbsd.h"

#define MPROTECT	74
#define CLOCK_GETTIME	232
#define PROT_RW		3
#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	4
#define AT_TIMEKEEP	22
#define NSEC		1000000000L

struct bintime {
	long sec;
	unsigned long frac;
};

/* sys/sys/vdso.h, sys/x86/include/vdso.h */
struct timehands {
	unsigned int algo;
	unsigned int gen;
	unsigned long scale;
	unsigned int offset_count;
	unsigned int counter_mask;
	struct bintime offset;
	struct bintime boottime;
	unsigned int x86_shift;
	unsigned int x86_hpet_idx;
	unsigned int res[6];
};

struct timekeep {
	unsigned int ver;
	unsigned int enabled;
	unsigned int current;
	struct timehands th[];
};

static unsigned int tsc_count(const struct timehands *th)
{
	unsigned int lo, hi;

	asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return (unsigned int)((((unsigned long)hi << 32) | lo) >> th->x86_shift);
}

static void addx(struct bintime *bt, unsigned long x)
{
	unsigned long u = bt->frac;

	bt->frac += x;
	if (u > bt->frac)
		bt->sec++;
}

/* Nanoseconds since the clock's epoch, libc's way; -1 if disabled. */
static long page_time(struct timekeep *tk, bool abs, unsigned int *curr_seen)
{
	const struct timehands *th;
	unsigned int curr, gen, delta;
	struct bintime bt;

	do {
		if (!tk->enabled)
			return -1;
		curr = __atomic_load_n(&tk->current, __ATOMIC_ACQUIRE);
		th = &tk->th[curr];
		gen = __atomic_load_n(&th->gen, __ATOMIC_ACQUIRE);
		bt = th->offset;
		delta = (tsc_count(th) - th->offset_count) & th->counter_mask;
		addx(&bt, th->scale * delta);
		if (abs) {
			addx(&bt, th->boottime.frac);
			bt.sec += th->boottime.sec;
		}
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	} while (curr != tk->current || gen == 0 || gen != th->gen);
	*curr_seen = curr;
	/* bintime2timespec() */
	return bt.sec * NSEC +
		(long)((NSEC * (unsigned long)(unsigned int)(bt.frac >> 32)) >> 32);
}

static long sys_time(long clock)
{
	long ts[2];
	bool cf;

	fbsd(CLOCK_GETTIME, clock, (long)ts, 0, &cf);
	return ts[0] * NSEC + ts[1];
}

static void line(const char *name, long v)
{
	put(name);
	put(" ");
	put_num(v);
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	long argc = sp[0], seconds = arg_num(sp, 2), r, end, last = 0;
	long rounds = 0, outside = 0, backwards = 0, updates = 0, boot0, boot1;
	unsigned long *aux = (unsigned long *)(sp + argc + 2);
	unsigned int curr, prev;
	struct timekeep *tk = 0;
	bool cf;

	while (*aux)			/* past the environment */
		aux++;
	for (aux++; aux[0]; aux += 2)
		if (aux[0] == AT_TIMEKEEP)
			tk = (struct timekeep *)aux[1];
	put(tk ? "timekeep ok\n" : "timekeep none\n");
	if (!tk)
		fbsd_exit(1);
	put("ver ");
	put_num(tk->ver);
	line(" enabled", tk->enabled);
	r = fbsd(MPROTECT, (long)tk & ~4095L, 4096, PROT_RW, &cf);
	put_result("mprotect", r, cf);
	if (!tk->enabled)
		fbsd_exit(1);

	boot0 = page_time(tk, true, &prev) - page_time(tk, false, &prev);
	end = sys_time(CLOCK_MONOTONIC) + seconds * NSEC;
	for (;;) {
		long m0 = sys_time(CLOCK_MONOTONIC), r0 = sys_time(CLOCK_REALTIME);
		long m = page_time(tk, false, &curr);
		long rt = page_time(tk, true, &curr);
		long m1 = sys_time(CLOCK_MONOTONIC), r1 = sys_time(CLOCK_REALTIME);

		rounds++;
		outside += m < m0 || m > m1 || rt < r0 || rt > r1;
		backwards += m < last;
		updates += curr != prev;
		last = m;
		prev = curr;
		if (m1 > end)
			break;
	}
	boot1 = page_time(tk, true, &curr) - page_time(tk, false, &curr);
	line("rounds", rounds);
	line("outside", outside);
	line("backwards", backwards);
	line("updates", updates);
	line("boot-moved", (boot1 - boot0 + NSEC / 2) / NSEC);
	fbsd_exit(0);
}

FBSD_ENTRY;
