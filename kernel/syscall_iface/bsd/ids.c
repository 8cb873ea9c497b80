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

/* Run native @nr with @id translated, and @arg. */
static long id_call(const struct bsd_ids *ids, int id,
		    unsigned long arg, unsigned int nr)
{
	int lid = bsd_id_to_linux(ids->map, ids->n, id);

	if (lid < 0 || lid == BSD_ID_IGNORED)
		return -EINVAL;
	return syscall_iface_native(nr, lid, arg);
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

SYSCALL_IFACE_DEFINE2(bsd_clock_gettime, clockid_t, clock_id,
		      struct __kernel_timespec __user *, tp)
{
	return id_call(bsd_platform()->clocks, clock_id, (unsigned long)tp,
		       __NR_clock_gettime);
}
EXPORT_SYMBOL_GPL(bsd_clock_gettime);

SYSCALL_IFACE_DEFINE2(bsd_clock_getres, clockid_t, clock_id,
		      struct __kernel_timespec __user *, tp)
{
	return id_call(bsd_platform()->clocks, clock_id, (unsigned long)tp,
		       __NR_clock_getres);
}
EXPORT_SYMBOL_GPL(bsd_clock_getres);

/*
 * madvise(addr, len, behav): the BSDs' MADV_DONTNEED keeps the data (a
 * hint that the pages may be reused), which Linux's does not; their
 * maps make it MADV_COLD.
 */
SYSCALL_IFACE_DEFINE3(bsd_madvise, unsigned long, addr, size_t, len,
		      int, behav)
{
	const struct bsd_ids *advice = bsd_platform()->advice;
	int lbehav = bsd_id_to_linux(advice->map, advice->n, behav);

	if (lbehav < 0)
		return lbehav;
	if (lbehav == BSD_ID_IGNORED)
		return 0;
	return syscall_iface_native(__NR_madvise, addr, len, lbehav);
}
EXPORT_SYMBOL_GPL(bsd_madvise);
