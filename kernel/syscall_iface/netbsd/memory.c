// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD memory calls whose flags or arguments differ: mmap, which takes
 * a padding argument and its offset as a seventh, on the user stack,
 * msync, and madvise, whose advice numbers are a map (sys/sys/mman.h).
 */

#include <linux/mman.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include "netbsd.h"

static const struct bsd_flag map_flags[] = {
	{ 0x0001, MAP_SHARED },
	{ 0x0002, MAP_PRIVATE },
	{ 0x0010, MAP_FIXED },
	{ 0x0040, MAP_NORESERVE },
	{ 0x0200, 0 },			/* MAP_HASSEMAPHORE */
	{ 0x0400, 0 },			/* MAP_TRYFIXED: a hint */
	{ 0x1000, MAP_ANONYMOUS },
	{ 0x2000, MAP_STACK },
};

/*
 * mmap(addr, len, prot, flags, fd, PAD, pos): pos is the seventh argument
 * (syscall_iface_stack_arg()).  Alignment requests (MAP_ALIGNED), MAP_RENAME,
 * MAP_INHERIT and MAP_WIRED are refused.
 */
SYSCALL_IFACE_DEFINE6(nbsd_mmap, unsigned long, addr, size_t, len,
		      unsigned long, prot, unsigned int, bflags, int, fd, long, pad)
{
	unsigned long flags, pos;

	if (bsd_flags_to_linux(map_flags, ARRAY_SIZE(map_flags), bflags,
			       &flags))
		return -EINVAL;
	if (syscall_iface_stack_arg(6, &pos))
		return -EFAULT;
	return syscall_iface_native(__NR_mmap, addr, len, prot, flags, fd, pos);
}

static const struct bsd_id advice[] = {
	{ MADV_NORMAL, MADV_NORMAL },
	{ MADV_RANDOM, MADV_RANDOM },
	{ MADV_SEQUENTIAL, MADV_SEQUENTIAL },
	{ MADV_WILLNEED, MADV_WILLNEED },
	{ 4, MADV_COLD },		/* MADV_DONTNEED */
	{ 5, BSD_ID_IGNORED },		/* MADV_SPACEAVAIL */
	{ 6, MADV_FREE },
};

const struct bsd_ids nbsd_advice = { advice, ARRAY_SIZE(advice) };

/*
 * __msync13(addr, len, flags): Linux's flags, but one of them is due,
 * not both MS_ASYNC and MS_SYNC, and MS_INVALIDATE alone syncs too
 * (sys_msync() in uvm_mmap.c).
 */
SYSCALL_IFACE_DEFINE3(nbsd_msync, unsigned long, addr, size_t, len,
		      unsigned int, flags)
{
	if (!flags || (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) ||
	    (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC))
		return -EINVAL;
	if (!(flags & MS_ASYNC))
		flags |= MS_SYNC;
	return syscall_iface_native(__NR_msync, addr, len, flags);
}
