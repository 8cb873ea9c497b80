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

/* clock_gettime(clock_id, tp) */
long bsd_clock_gettime(const struct bsd_id *clocks, unsigned int n,
		       struct pt_regs *regs)
{
	return id_call(clocks, n, regs, __NR_clock_gettime);
}
EXPORT_SYMBOL_GPL(bsd_clock_gettime);

/* clock_getres(clock_id, tp) */
long bsd_clock_getres(const struct bsd_id *clocks, unsigned int n,
		      struct pt_regs *regs)
{
	return id_call(clocks, n, regs, __NR_clock_getres);
}
EXPORT_SYMBOL_GPL(bsd_clock_getres);

/*
 * madvise(addr, len, behav): the BSDs' MADV_DONTNEED keeps the data (a
 * hint that the pages may be reused), which Linux's does not; their
 * maps make it MADV_COLD.
 */
long bsd_madvise(const struct bsd_id *advice, unsigned int n,
		 struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	int behav = bsd_id_to_linux(advice, n, regs->dx);

	if (behav < 0)
		return behav;
	if (behav == BSD_ID_IGNORED)
		return 0;
	r.dx = behav;
	return syscall_iface_native_call(&r, __NR_madvise);
}
EXPORT_SYMBOL_GPL(bsd_madvise);
