// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD __sysctl: a platform's names as a table of MIBs and values (struct
 * bsd_oid), and the way every BSD copies a value out.  Names a platform
 * does not list get ENOENT, as on a kernel that lacks them; nothing can
 * be set (EPERM).
 */

#include <linux/cpumask.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/pid.h>
#include <linux/random.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/swap.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/utsname.h>

#include "bsd.h"

/**
 * bsd_sysctl_copy - copy a sysctl's value out the BSDs' way
 * @val: the value
 * @size: its size
 * @old: where it goes, or NULL to learn its size
 * @oldlenp: the room at @old, then what was written, or the size
 *
 * Return: 0, -ENOMEM for a short buffer (filled as far as it goes), or
 * -EFAULT.
 */
long bsd_sysctl_copy(const void *val, size_t size, void __user *old,
		     size_t __user *oldlenp)
{
	size_t len;

	if (!oldlenp)
		return 0;
	if (get_user(len, oldlenp))
		return -EFAULT;
	if (!old)
		return put_user(size, oldlenp) ? -EFAULT : 0;
	if (copy_to_user(old, val, min(len, size)) ||
	    put_user(min(len, size), oldlenp))
		return -EFAULT;
	return len < size ? -ENOMEM : 0;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_copy);

/**
 * bsd_sysctl_find - the entry of a platform's table for a MIB
 * @oids: the table
 * @n: its entries
 * @mib: the MIB
 * @len: its length
 *
 * Return: the entry, or NULL.
 */
const struct bsd_oid *bsd_sysctl_find(const struct bsd_oid *oids,
				      unsigned int n, const u32 *mib,
				      unsigned int len)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (oids[i].len == len &&
		    !memcmp(oids[i].mib, mib, len * sizeof(u32)))
			return &oids[i];
	return NULL;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_find);

/**
 * bsd_sysctl_read - read the value of a table's entry
 * @o: the entry
 * @old: where the value goes, or NULL
 * @oldlenp: its room, then its size
 *
 * Return: as bsd_sysctl_copy().
 */
long bsd_sysctl_read(const struct bsd_oid *o, void __user *old,
		     size_t __user *oldlenp)
{
	char buf[__NEW_UTS_LEN + 1] __aligned(8);
	int val;

	BUILD_BUG_ON(sizeof(buf) < BSD_OID_STRUCT_MAX);
	switch (o->kind) {
	case BSD_OID_INT:
		val = o->val();
		return bsd_sysctl_copy(&val, sizeof(val), old, oldlenp);
	case BSD_OID_STRUCT:
		memset(buf, 0, sizeof(buf));
		return bsd_sysctl_copy(buf, o->get(buf), old, oldlenp);
	case BSD_OID_RANDOM:
		get_random_bytes(buf, sizeof(buf));
		return bsd_sysctl_copy(buf, sizeof(buf), old, oldlenp);
	case BSD_OID_HOSTNAME:
		/* Read as printk's banner reads it: without uts_sem. */
		strscpy(buf, utsname()->nodename, sizeof(buf));
		return bsd_sysctl_copy(buf, strlen(buf) + 1, old, oldlenp);
	case BSD_OID_NODE:
		return -EISDIR;		/* as the BSDs read a bare node */
	case BSD_OID_STRING:
		break;
	}
	return bsd_sysctl_copy(o->str, strlen(o->str) + 1, old, oldlenp);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_read);

/**
 * bsd_sysctl_mib - read __sysctl's name into @mib
 * @a: the call's arguments
 * @mib: room for BSD_CTL_MAXNAME numbers
 * @min: the shortest name the platform takes (FreeBSD 2, NetBSD 1)
 *
 * Return: the name's length, or -EINVAL or -EFAULT.
 */
int bsd_sysctl_mib(const struct bsd_sysctl_args *a, u32 *mib,
		   unsigned int min)
{
	unsigned int len = a->namelen;

	if (len < min || len > BSD_CTL_MAXNAME)
		return -EINVAL;
	if (copy_from_user(mib, a->name, len * sizeof(u32)))
		return -EFAULT;
	return len;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_mib);

/**
 * bsd_sysctl_answer - answer __sysctl from a platform's table
 * @oids: the table
 * @n: its entries
 * @mib: the name asked for
 * @len: its length
 * @a: the call's arguments
 *
 * Return: as bsd_sysctl_copy(), -ENOENT for a name the table lacks, or
 * -EPERM for a value given to set.
 */
long bsd_sysctl_answer(const struct bsd_oid *oids, unsigned int n,
		       const u32 *mib, unsigned int len,
		       const struct bsd_sysctl_args *a)
{
	const struct bsd_oid *o = bsd_sysctl_find(oids, n, mib, len);

	if (!o)
		return -ENOENT;
	if (a->new)
		return -EPERM;
	return bsd_sysctl_read(o, a->old, a->oldlenp);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_answer);

/* The number of CPUs online (hw.ncpu), and the page size (hw.pagesize). */
int bsd_sysctl_ncpu(void)
{
	return num_online_cpus();
}
EXPORT_SYMBOL_GPL(bsd_sysctl_ncpu);

int bsd_sysctl_pagesize(void)
{
	return PAGE_SIZE;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_pagesize);

/* kern.maxproc: how many processes there may be, Linux's pid_max. */
int bsd_sysctl_maxproc(void)
{
	return READ_ONCE(pid_max);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_maxproc);

/*
 * kern.clockrate: struct clockinfo, alike on both BSDs: hz, tick (its
 * microseconds), a third int (FreeBSD's spare, NetBSD's tickadj), stathz
 * and profhz.  Linux's clocks all tick at HZ.
 */
size_t bsd_sysctl_clockrate(void *buf)
{
	s32 *ci = buf;

	ci[0] = HZ;
	ci[1] = USEC_PER_SEC / HZ;
	ci[3] = HZ;
	ci[4] = HZ;
	return 5 * sizeof(s32);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_clockrate);

/* FreeBSD's vm.swap_total: the bytes of swap there are, a u64. */
size_t bsd_sysctl_swap_total(void *buf)
{
	struct sysinfo si;
	u64 *total = buf;

	si_swapinfo(&si);
	*total = (u64)si.totalswap << PAGE_SHIFT;
	return sizeof(*total);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_swap_total);

/* kern.boottime: FreeBSD's is a struct timeval, NetBSD's a timespec. */
size_t bsd_sysctl_boottime_tv(void *buf)
{
	struct timespec64 ts;
	s64 *tv = buf;

	getboottime64(&ts);
	tv[0] = ts.tv_sec;
	tv[1] = ts.tv_nsec / NSEC_PER_USEC;
	return 2 * sizeof(s64);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_boottime_tv);

size_t bsd_sysctl_boottime_ts(void *buf)
{
	struct timespec64 ts;
	s64 *t = buf;

	getboottime64(&ts);
	t[0] = ts.tv_sec;
	t[1] = ts.tv_nsec;
	return 2 * sizeof(s64);
}
EXPORT_SYMBOL_GPL(bsd_sysctl_boottime_ts);
