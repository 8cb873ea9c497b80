// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD resource limits: getrlimit and setrlimit, whose resources FreeBSD
 * and NetBSD number alike (sys/sys/resource.h: RLIMIT_SBSIZE 9 has no
 * Linux meaning) and whose RLIM_INFINITY is the largest signed value.
 */

#include <linux/export.h>
#include <linux/nospec.h>
#include <linux/resource.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include "bsd.h"

/* The BSDs' resources 0-10 in Linux's; -1 for none. */
static const s8 resources[] = {
	[0] = RLIMIT_CPU, [1] = RLIMIT_FSIZE, [2] = RLIMIT_DATA,
	[3] = RLIMIT_STACK, [4] = RLIMIT_CORE, [5] = RLIMIT_RSS,
	[6] = RLIMIT_MEMLOCK, [7] = RLIMIT_NPROC, [8] = RLIMIT_NOFILE,
	[9] = -1 /* RLIMIT_SBSIZE */, [10] = RLIMIT_AS,
};

#define BSD_RLIM_INFINITY	0x7fffffffffffffffULL

/* A BSD RLIMIT_* in Linux's numbering, or -EINVAL. */
static int resource_to_linux(unsigned long which)
{
	if (which >= ARRAY_SIZE(resources))
		return -EINVAL;
	which = array_index_nospec(which, ARRAY_SIZE(resources));
	return resources[which] < 0 ? -EINVAL : resources[which];
}

/* getrlimit(which, rlp) */
SYSCALL_IFACE_DEFINE2(bsd_getrlimit, unsigned int, which, u64 __user *, rlp)
{
	int res = resource_to_linux(which);
	u64 lim[2];
	long ret;
	int i;

	if (res < 0)
		return res;
	ret = syscall_iface_native(__NR_getrlimit, res, rlp);
	if (ret)
		return ret;
	if (copy_from_user(lim, rlp, sizeof(lim)))
		return -EFAULT;
	for (i = 0; i < 2; i++)
		if (lim[i] == RLIM_INFINITY || lim[i] > BSD_RLIM_INFINITY)
			lim[i] = BSD_RLIM_INFINITY;
	return copy_to_user(rlp, lim, sizeof(lim)) ? -EFAULT : 0;
}
EXPORT_SYMBOL_GPL(bsd_getrlimit);

/*
 * setrlimit(which, rlp): the BSDs' RLIM_INFINITY, and as on the BSDs any
 * negative limit, is Linux's RLIM_INFINITY.
 */
SYSCALL_IFACE_DEFINE2(bsd_setrlimit, unsigned int, which,
		      const u64 __user *, rlp)
{
	int res = resource_to_linux(which);
	struct rlimit rlim;
	u64 lim[2];
	long ret;

	if (res < 0)
		return res;
	if (copy_from_user(lim, rlp, sizeof(lim)))
		return -EFAULT;
	rlim.rlim_cur = lim[0] >= BSD_RLIM_INFINITY ? RLIM_INFINITY : lim[0];
	rlim.rlim_max = lim[1] >= BSD_RLIM_INFINITY ? RLIM_INFINITY : lim[1];
	if (syscall_iface_denied(&ret, __NR_setrlimit, res, rlp))
		return ret;
	return syscall_iface_setrlimit(res, &rlim);
}
EXPORT_SYMBOL_GPL(bsd_setrlimit);
