// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a FreeBSD program asks about the system: __sysctl for the few
 * names programs and language runtimes read (sys/sys/sysctl.h), the
 * interface list among them (net.route, route.c), and
 * cpuset_getaffinity.  Other names get ENOENT, as on a FreeBSD kernel
 * that lacks them; nothing can be set (EPERM).
 */

#include <linux/cpumask.h>
#include <linux/err.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/utsname.h>
#include <asm/ptrace.h>

#include "freebsd.h"

#define FBSD_CTL_MAXNAME	24

static int osreldate(void)
{
	return FBSD_OSRELDATE;
}

static int ncpu(void)
{
	return num_online_cpus();
}

static int pagesize(void)
{
	return PAGE_SIZE;
}

static int maxcpus(void)
{
	return nr_cpu_ids;
}

/*
 * A name with its MIB and its value: a fixed string, the host name (str
 * and val both NULL), an int from val, random bytes (kern.arandom), or
 * the caller's executable (kern.proc.pathname, for its own pid, -1).
 */
static const struct fbsd_oid {
	const char *name;
	u32 mib[4];
	unsigned int len;
	const char *str;
	int (*val)(void);
	bool random;
	bool exe;
} oids[] = {
	{ "kern.ostype", { 1, 1 }, 2, "FreeBSD" },
	{ "kern.osrelease", { 1, 2 }, 2, "14.0-RELEASE" },
	{ "kern.version", { 1, 4 }, 2, "FreeBSD 14.0-RELEASE (syscall-iface)\n" },
	{ "kern.hostname", { 1, 10 }, 2 },
	{ "kern.osreldate", { 1, 24 }, 2, NULL, osreldate },
	{ "kern.arandom", { 1, 37 }, 2, NULL, NULL, true },
	{ "kern.proc.pathname", { 1, 14, 12, -1 }, 4, NULL, NULL, false, true },
	/* kern.smp is a dynamic node on FreeBSD: any number above 0x100. */
	{ "kern.smp.maxcpus", { 1, 0x1000, 1 }, 3, NULL, maxcpus },
	{ "hw.machine", { 6, 1 }, 2, "amd64" },
	{ "hw.ncpu", { 6, 3 }, 2, NULL, ncpu },
	{ "hw.pagesize", { 6, 7 }, 2, NULL, pagesize },
	{ "hw.machine_arch", { 6, 11 }, 2, "amd64" },
};

/**
 * fbsd_sysctl_copy - copy a sysctl's value out FreeBSD's way
 * @val: the value
 * @size: its size
 * @old: where it goes, or NULL to learn its size
 * @oldlenp: the room at @old, then what was written, or the size
 *
 * Return: 0, -ENOMEM for a short buffer (filled as far as it goes), or
 * -EFAULT.
 */
long fbsd_sysctl_copy(const void *val, size_t size, void __user *old,
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

/* kern.proc.pathname: the path /proc/self/exe names. */
static long exe_path(void __user *old, size_t __user *oldlenp)
{
	char *buf = kmalloc(PATH_MAX, GFP_KERNEL), *path;
	long ret;

	if (!buf)
		return -ENOMEM;
	path = syscall_iface_exe_path(buf, PATH_MAX);
	ret = IS_ERR(path) ? PTR_ERR(path) :
	      fbsd_sysctl_copy(path, strlen(path) + 1, old, oldlenp);
	kfree(buf);
	return ret;
}

/* sysctl.name2oid ({0, 3}): a name, in new, becomes its MIB, in old. */
static long name2oid(const char __user *uname, size_t len, void __user *old,
		     size_t __user *oldlenp)
{
	char name[32];
	unsigned int i;

	if (!len || len >= sizeof(name))
		return -ENOENT;
	if (copy_from_user(name, uname, len))
		return -EFAULT;
	name[len] = '\0';
	for (i = 0; i < ARRAY_SIZE(oids); i++)
		if (!strcmp(oids[i].name, name))
			return fbsd_sysctl_copy(oids[i].mib, oids[i].len * sizeof(u32),
					  old, oldlenp);
	return -ENOENT;
}

/* __sysctl(name, namelen, old, oldlenp, new, newlen) */
long fbsd_sysctl(struct pt_regs *regs)
{
	unsigned int namelen = regs->si, i;
	void __user *old = (void __user *)regs->dx;
	size_t __user *oldlenp = (size_t __user *)regs->r10;
	u32 mib[FBSD_CTL_MAXNAME];
	const struct fbsd_oid *o = NULL;
	char buf[__NEW_UTS_LEN + 1];
	int val;

	if (namelen < 2 || namelen > FBSD_CTL_MAXNAME)
		return -EINVAL;
	if (copy_from_user(mib, (void __user *)regs->di, namelen * sizeof(u32)))
		return -EFAULT;
	if (mib[0] == 0 && mib[1] == 3 && namelen == 2)
		return name2oid((const char __user *)regs->r8, regs->r9, old,
				oldlenp);
	/* net.route.0: CTL_NET, PF_ROUTE, 0 */
	if (mib[0] == 4 && mib[1] == 17 && namelen > 3 && mib[2] == 0)
		return regs->r8 ? -EPERM :
		       fbsd_route_sysctl(mib + 3, namelen - 3, old, oldlenp);
	for (i = 0; i < ARRAY_SIZE(oids); i++)
		if (oids[i].len == namelen &&
		    !memcmp(oids[i].mib, mib, namelen * sizeof(u32)))
			o = &oids[i];
	if (!o)
		return -ENOENT;
	if (regs->r8)
		return -EPERM;
	if (o->val) {
		val = o->val();
		return fbsd_sysctl_copy(&val, sizeof(val), old, oldlenp);
	}
	if (o->random) {
		get_random_bytes(buf, sizeof(buf));
		return fbsd_sysctl_copy(buf, sizeof(buf), old, oldlenp);
	}
	if (o->exe)
		return exe_path(old, oldlenp);
	if (o->str)
		return fbsd_sysctl_copy(o->str, strlen(o->str) + 1, old, oldlenp);
	/* The host name, read as printk's banner reads it: without uts_sem. */
	strscpy(buf, utsname()->nodename, sizeof(buf));
	return fbsd_sysctl_copy(buf, strlen(buf) + 1, old, oldlenp);
}

/*
 * cpuset_getaffinity(level, which, id, setsize, mask), for a process or
 * thread (id -1: the caller): sched_getaffinity, with the rest of the
 * mask cleared.
 */
long fbsd_cpuset_getaffinity(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	unsigned long size = regs->r10;
	void __user *mask = (void __user *)regs->r8;
	long n;

	r.di = (long)regs->dx == -1 ? 0 : regs->dx;
	r.si = size;
	r.dx = (unsigned long)mask;
	n = syscall_iface_native_call(&r, __NR_sched_getaffinity);
	if (n == -EINVAL)
		return -ERANGE;		/* FreeBSD: a set too small */
	if (n < 0)
		return n;
	if (n < size && clear_user(mask + n, size - n))
		return -EFAULT;
	return 0;
}
