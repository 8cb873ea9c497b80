// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD calls that take a number from a small set of the platform's own,
 * as data (struct bsd_id): clock ids for clock_gettime and
 * clock_getres, madvise's advice.
 */

#include <linux/export.h>
#include <linux/limits.h>
#include <linux/mman.h>
#include <linux/syscalls.h>

#include "bsd.h"

/**
 * bsd_id_to_linux - a platform's number in Linux's numbering
 * @map: the platform's numbers
 * @n: its entries
 * @id: the number
 *
 * Return: Linux's number (BSD_ID_IGNORED for one that means nothing on
 * Linux), or -EINVAL for a number @map lacks.
 */
int bsd_id_to_linux(const struct bsd_id *map, unsigned int n,
		    unsigned long id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (map[i].foreign == id)
			return map[i].native;
	return -EINVAL;
}
EXPORT_SYMBOL_GPL(bsd_id_to_linux);

/* Run native @nr with the id in the first argument translated. */
static long id_call(const struct bsd_id *map, unsigned int n,
		    struct pt_regs *regs, unsigned int nr)
{
	struct pt_regs r = *regs;
	int id = bsd_id_to_linux(map, n, regs->di);

	if (id < 0 || id == BSD_ID_IGNORED)
		return -EINVAL;
	r.di = id;
	return syscall_iface_native_call(&r, nr);
}

/**
 * bsd_clock_to_linux - the calling platform's clock id in Linux's numbering
 * @clock: the id
 *
 * Return: Linux's id, or -EINVAL for a clock Linux lacks (CLOCK_VIRTUAL...).
 */
int bsd_clock_to_linux(unsigned long clock)
{
	const struct bsd_ids *clocks = bsd_platform()->clocks;
	int id = bsd_id_to_linux(clocks->map, clocks->n, clock);

	return id == BSD_ID_IGNORED ? -EINVAL : id;
}
EXPORT_SYMBOL_GPL(bsd_clock_to_linux);

/* clock_gettime(clock_id, tp) */
long bsd_clock_gettime(struct pt_regs *regs)
{
	const struct bsd_ids *clocks = bsd_platform()->clocks;

	return id_call(clocks->map, clocks->n, regs, __NR_clock_gettime);
}
EXPORT_SYMBOL_GPL(bsd_clock_gettime);

/* clock_getres(clock_id, tp) */
long bsd_clock_getres(struct pt_regs *regs)
{
	const struct bsd_ids *clocks = bsd_platform()->clocks;

	return id_call(clocks->map, clocks->n, regs, __NR_clock_getres);
}
EXPORT_SYMBOL_GPL(bsd_clock_getres);

/*
 * madvise(addr, len, behav): the BSDs' MADV_DONTNEED keeps the data (a
 * hint that the pages may be reused), which Linux's does not; their
 * maps make it MADV_COLD.
 */
long bsd_madvise(struct pt_regs *regs)
{
	const struct bsd_ids *advice = bsd_platform()->advice;
	int behav = bsd_id_to_linux(advice->map, advice->n, regs->dx);
	struct pt_regs r = *regs;

	if (behav < 0)
		return behav;
	if (behav == BSD_ID_IGNORED)
		return 0;
	r.dx = behav;
	return syscall_iface_native_call(&r, __NR_madvise);
}
EXPORT_SYMBOL_GPL(bsd_madvise);
