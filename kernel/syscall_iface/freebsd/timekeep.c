// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's timekeeping page (sys/sys/vdso.h, sys/x86/include/vdso.h),
 * from which FreeBSD's libc and Go's runtime read the clocks without a
 * system call, as Linux programs read the vDSO's data.  AT_TIMEKEEP in
 * the auxiliary vector gives its address.
 *
 * The page holds four "timehands".  Each says what the uptime was at some
 * reading of the counter (the TSC, shifted right by th_x86_shift and cut
 * to 32 bits), how much time one count is (th_scale, in 2^-64 s), and
 * when the system booted, which turns uptime into the time of day.  A
 * reader takes the current timehands, reads the TSC and adds, then reads
 * them again and retries if the writer has been at them (their
 * generation).  Linux's timekeeper says the same in other units: at each
 * of its updates (the notifier KVM uses to keep its guests' clocks) the
 * next timehands are filled from it and made current.  The page is
 * enabled only while Linux's clocksource is the TSC as its vDSO reads it;
 * otherwise readers fall back to clock_gettime.
 *
 * Readers multiply scale by the counts in 64 bits, which holds for less
 * than a second past the timehands: FreeBSD winds them at least once a
 * second.  Linux updates its timekeeper each tick while a CPU runs, and
 * on the way out of idle before anything else runs.
 */

#include <linux/clocksource.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/notifier.h>
#include <linux/pvclock_gtod.h>
#include <linux/timekeeper_internal.h>

#include "freebsd.h"

#define FBSD_VDSO_TK_VER	1	/* VDSO_TK_VER_CURR */
#define FBSD_VDSO_TH_NUM	4
#define FBSD_ALGO_X86_TSC	1	/* VDSO_TH_ALGO_X86_TSC */

struct fbsd_bintime {
	s64 sec;
	u64 frac;			/* in 2^-64 s */
};

struct fbsd_vdso_timehands {
	u32 algo;
	u32 gen;			/* 0 while being written */
	u64 scale;			/* one count, in 2^-64 s */
	u32 offset_count;		/* the counter at @offset */
	u32 counter_mask;
	struct fbsd_bintime offset;	/* uptime */
	struct fbsd_bintime boottime;	/* the time of day at uptime 0 */
	u32 x86_shift;			/* TSC >> x86_shift is the counter */
	u32 x86_hpet_idx;
	u32 res[6];
};

struct fbsd_vdso_timekeep {
	u32 ver;
	u32 enabled;
	u32 curr;			/* tk_current: the timehands to read */
	struct fbsd_vdso_timehands th[FBSD_VDSO_TH_NUM];
};

static_assert(sizeof(struct fbsd_vdso_timehands) == 0x58);
static_assert(offsetof(struct fbsd_vdso_timekeep, th) == 0x10);
static_assert(sizeof(struct fbsd_vdso_timekeep) <= PAGE_SIZE);

static const struct vm_special_mapping *timekeep_map;
static struct fbsd_vdso_timekeep *timekeep;
static u32 timekeep_gen;	/* the last generation, under the timekeeper's lock */

/* Nanoseconds shifted left by @shift, less than a second: in 2^-64 s. */
static u64 shifted_ns_to_frac(u64 nsec, u32 shift)
{
	return mul_u64_u64_div_u64(nsec, 1ULL << (63 - shift),
				   NSEC_PER_SEC / 2);
}

/*
 * Fill zeroed timehands for the moment of @tk's last update, or return
 * false if its clock is not one a FreeBSD reader can read (only the TSC).
 */
static bool timehands_fill(struct fbsd_vdso_timehands *th,
			   const struct timekeeper *tk)
{
	const struct tk_read_base *tkr = &tk->tkr_mono;
	u64 second = (u64)NSEC_PER_SEC << tkr->shift;
	u32 mult = tkr->mult, shift = tkr->shift, s, rem;
	u64 nsec, low, scale;
	s32 boot_rem;
	s64 sec;

	if (tkr->clock->vdso_clock_mode != VDSO_CLOCKMODE_TSC ||
	    shift < 1 || shift > 32)
		return false;
	/*
	 * The shift that makes one count last 2^-32 s or more, so that the
	 * 32-bit counter wraps in no less than a second, as FreeBSD's
	 * init_TSC_tc() chooses it.
	 */
	for (s = 0; ; s++) {
		if (s >= shift || ((u64)mult << s) >= second)
			return false;
		scale = mul_u64_u64_div_u64(mult, 1ULL << (64 + s - shift),
					    NSEC_PER_SEC);
		if (scale >= 1ULL << 32)
			break;
	}

	/*
	 * The uptime at the last count the counter showed by the
	 * timekeeper's update: CLOCK_MONOTONIC at its cycle_last, as
	 * update_vdso_data() computes it, less the cycles below the shift.
	 */
	sec = div_u64_rem(ktime_to_ns(tkr->base), NSEC_PER_SEC, &rem);
	nsec = ((u64)rem << shift) + tkr->xtime_nsec;
	low = (tkr->cycle_last & ((1ULL << s) - 1)) * mult;
	if (nsec < low) {
		nsec += second;
		sec--;
	}
	nsec -= low;
	while (nsec >= second) {
		nsec -= second;
		sec++;
	}

	th->algo = FBSD_ALGO_X86_TSC;
	th->scale = scale;
	th->offset_count = tkr->cycle_last >> s;
	th->counter_mask = U32_MAX;
	th->offset.sec = sec;
	th->offset.frac = shifted_ns_to_frac(nsec, shift);
	/* The time of day less uptime: -wall_to_monotonic. */
	th->boottime.sec = div_s64_rem(-timespec64_to_ns(&tk->wall_to_monotonic),
				       NSEC_PER_SEC, &boot_rem);
	if (boot_rem < 0) {
		boot_rem += NSEC_PER_SEC;
		th->boottime.sec--;
	}
	th->boottime.frac = shifted_ns_to_frac(boot_rem, 0);
	th->x86_shift = s;
	return true;
}

/*
 * The timekeeper changed (a tick, an adjustment, a step, another
 * clocksource): publish the next timehands, as FreeBSD's
 * timekeep_push_vdso() does.  Called with the timekeeper's lock held.
 */
static int timekeep_update(struct notifier_block *nb, unsigned long was_set,
			   void *priv)
{
	struct fbsd_vdso_timekeep *tk = timekeep;
	u32 idx = (READ_ONCE(tk->curr) + 1) % FBSD_VDSO_TH_NUM;
	struct fbsd_vdso_timehands *th = &tk->th[idx], next = {};

	if (!timehands_fill(&next, priv)) {
		WRITE_ONCE(tk->enabled, 0);
		return NOTIFY_DONE;
	}
	WRITE_ONCE(th->gen, 0);
	/* Readers of these timehands retry from here on: the 0 goes first. */
	smp_wmb();
	*th = next;
	if (++timekeep_gen == 0)
		timekeep_gen = 1;
	/* The contents before the generation that vouches for them. */
	smp_store_release(&th->gen, timekeep_gen);
	/* Complete timehands before readers are sent to them. */
	smp_store_release(&tk->curr, idx);
	WRITE_ONCE(tk->enabled, 1);
	return NOTIFY_OK;
}

static struct notifier_block timekeep_nb = {
	.notifier_call = timekeep_update,
};

/**
 * fbsd_timekeep_map - map the timekeeping page into a new program
 *
 * Return: its address for AT_TIMEKEEP, or 0 if it could not be mapped
 * (the program then reads the clocks through clock_gettime).
 */
unsigned long fbsd_timekeep_map(void)
{
	unsigned long addr = syscall_iface_map_page(timekeep_map);

	return IS_ERR_VALUE(addr) ? 0 : addr;
}

/**
 * fbsd_timekeep_init - set up the page and keep it in step with Linux's clock
 *
 * Return: 0 or -ENOMEM.
 */
int fbsd_timekeep_init(void)
{
	timekeep_map = syscall_iface_data_page("[timekeep]");
	if (!timekeep_map)
		return -ENOMEM;
	timekeep = page_address(timekeep_map->pages[0]);
	WRITE_ONCE(timekeep->ver, FBSD_VDSO_TK_VER);
	return pvclock_gtod_register_notifier(&timekeep_nb);
}

/**
 * fbsd_timekeep_exit - stop updating the page
 *
 * Programs that still map it (one that left the platform by prctl())
 * read the clocks through clock_gettime from then on.
 */
void fbsd_timekeep_exit(void)
{
	pvclock_gtod_unregister_notifier(&timekeep_nb);
	WRITE_ONCE(timekeep->enabled, 0);
}
