// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD memory calls whose flags differ: mmap, msync and madvise
 * (sys/sys/mman.h).
 */

#include <linux/mman.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <asm/ptrace.h>

#include "freebsd.h"

#define FBSD_MAP_SHARED		0x0001
#define FBSD_MAP_PRIVATE	0x0002
#define FBSD_MAP_FIXED		0x0010
#define FBSD_MAP_HASSEMAPHORE	0x0200
#define FBSD_MAP_STACK		0x0400
#define FBSD_MAP_NOSYNC		0x0800
#define FBSD_MAP_ANON		0x1000
#define FBSD_MAP_EXCL		0x4000
#define FBSD_MAP_NOCORE		0x20000
#define FBSD_MAP_PREFAULT_READ	0x40000
#define FBSD_MAP_32BIT		0x80000

/* Flags that are only hints on Linux, or mean nothing there. */
#define FBSD_MAP_HINTS	(FBSD_MAP_HASSEMAPHORE | FBSD_MAP_NOSYNC | \
			 FBSD_MAP_NOCORE | FBSD_MAP_PREFAULT_READ)

static const struct bsd_flag map_flags[] = {
	{ FBSD_MAP_SHARED, MAP_SHARED },
	{ FBSD_MAP_PRIVATE, MAP_PRIVATE },
	{ FBSD_MAP_FIXED, MAP_FIXED },
	{ FBSD_MAP_STACK, MAP_STACK },
	{ FBSD_MAP_ANON, MAP_ANONYMOUS },
	{ FBSD_MAP_32BIT, MAP_32BIT },
	{ FBSD_MAP_HINTS, 0 },
};

/*
 * mmap(addr, len, prot, flags, fd, pos).  MAP_EXCL with MAP_FIXED fails
 * rather than replace a mapping: MAP_FIXED_NOREPLACE.  Alignment requests
 * (MAP_ALIGNED) and MAP_GUARD are refused.
 */
SYSCALL_IFACE_DEFINE6(fbsd_mmap, unsigned long, addr, size_t, len,
		      unsigned long, prot, unsigned int, bflags, int, fd, s64, pos)
{
	unsigned long f = bflags, flags, noreplace = 0;

	if ((f & (FBSD_MAP_EXCL | FBSD_MAP_FIXED)) ==
	    (FBSD_MAP_EXCL | FBSD_MAP_FIXED)) {
		noreplace = MAP_FIXED_NOREPLACE;
		f &= ~(FBSD_MAP_EXCL | FBSD_MAP_FIXED);
	}
	if (bsd_flags_to_linux(map_flags, ARRAY_SIZE(map_flags), f, &flags))
		return -EINVAL;
	return syscall_iface_native(__NR_mmap, addr, len, prot,
				    flags | noreplace, fd, pos);
}

#define FBSD_MS_ASYNC		0x1
#define FBSD_MS_INVALIDATE	0x2

/*
 * msync(addr, len, flags): FreeBSD's MS_SYNC is 0, the lack of MS_ASYNC,
 * and MS_ASYNC with MS_INVALIDATE is refused (kern_msync()).
 */
SYSCALL_IFACE_DEFINE3(fbsd_msync, unsigned long, addr, size_t, len,
		      unsigned int, flags)
{
	unsigned long lflags = flags & FBSD_MS_ASYNC ? MS_ASYNC : MS_SYNC;

	if ((flags & ~(FBSD_MS_ASYNC | FBSD_MS_INVALIDATE)) ||
	    flags == (FBSD_MS_ASYNC | FBSD_MS_INVALIDATE))
		return -EINVAL;
	if (flags & FBSD_MS_INVALIDATE)
		lflags |= MS_INVALIDATE;
	return syscall_iface_native(__NR_msync, addr, len, lflags);
}

static const struct bsd_id advice[] = {
	{ MADV_NORMAL, MADV_NORMAL },
	{ MADV_RANDOM, MADV_RANDOM },
	{ MADV_SEQUENTIAL, MADV_SEQUENTIAL },
	{ MADV_WILLNEED, MADV_WILLNEED },
	{ 4, MADV_COLD },		/* MADV_DONTNEED */
	{ 5, MADV_FREE },
	{ 6, BSD_ID_IGNORED },		/* MADV_NOSYNC */
	{ 7, BSD_ID_IGNORED },		/* MADV_AUTOSYNC */
	{ 8, MADV_DONTDUMP },		/* MADV_NOCORE */
	{ 9, MADV_DODUMP },		/* MADV_CORE */
	{ 10, BSD_ID_IGNORED },		/* MADV_PROTECT */
};

const struct bsd_ids fbsd_advice = { advice, ARRAY_SIZE(advice) };
