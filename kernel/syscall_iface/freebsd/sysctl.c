// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a FreeBSD program asks about the system: __sysctl for the few
 * names programs and language runtimes read (sys/sys/sysctl.h), the
 * interface list (net.route, route.c) and a process's information
 * (kern.proc.pid, proc_info.c) among them, and
 * cpuset_getaffinity.  Other names get ENOENT, as on a FreeBSD kernel
 * that lacks them; nothing can be set (EPERM).
 */

#include <linux/cpumask.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "freebsd.h"

static int osreldate(void)
{
	return FBSD_OSRELDATE;
}

static int maxcpus(void)
{
	return nr_cpu_ids;
}

static const struct bsd_oid oids[] = {
	{ "kern.ostype", { 1, 1 }, 2, BSD_OID_STRING, "FreeBSD" },
	{ "kern.osrelease", { 1, 2 }, 2, BSD_OID_STRING, "14.0-RELEASE" },
	{ "kern.version", { 1, 4 }, 2, BSD_OID_STRING,
	  "FreeBSD 14.0-RELEASE (syscall-iface)\n" },
	{ "kern.maxproc", { 1, 6 }, 2, BSD_OID_INT, NULL, bsd_sysctl_maxproc },
	{ "kern.hostname", { 1, 10 }, 2, BSD_OID_HOSTNAME },
	{ "kern.clockrate", { 1, 12 }, 2, BSD_OID_STRUCT, .get = bsd_sysctl_clockrate },
	{ "kern.boottime", { 1, 21 }, 2, BSD_OID_STRUCT, .get = bsd_sysctl_boottime_tv },
	{ "kern.osreldate", { 1, 24 }, 2, BSD_OID_INT, NULL, osreldate },
	{ "kern.arandom", { 1, 37 }, 2, BSD_OID_RANDOM },
	/* the names below kern.proc that fbsd_kinfo_proc() answers */
	{ "kern.proc.all", { 1, 14, 0 }, 3, BSD_OID_NODE },
	{ "kern.proc.args", { 1, 14, 7 }, 3, BSD_OID_NODE },
	{ "kern.proc.pathname", { 1, 14, 12 }, 3, BSD_OID_NODE },
	{ "kern.proc.pid", { 1, 14, 1 }, 3, BSD_OID_NODE },
	{ "kern.proc.proc", { 1, 14, 8 }, 3, BSD_OID_NODE },
	/* kern.smp is a dynamic node on FreeBSD: any number above 0x100. */
	{ "kern.smp.maxcpus", { 1, 0x1000, 1 }, 3, BSD_OID_INT, NULL, maxcpus },
	/* vm.swap_total is dynamic too. */
	{ "vm.swap_total", { 2, 0x1000 }, 2, BSD_OID_STRUCT, .get = bsd_sysctl_swap_total },
	{ "hw.machine", { 6, 1 }, 2, BSD_OID_STRING, "amd64" },
	{ "hw.ncpu", { 6, 3 }, 2, BSD_OID_INT, NULL, bsd_sysctl_ncpu },
	{ "hw.pagesize", { 6, 7 }, 2, BSD_OID_INT, NULL, bsd_sysctl_pagesize },
	{ "hw.machine_arch", { 6, 11 }, 2, BSD_OID_STRING, "amd64" },
};

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
			return bsd_sysctl_copy(oids[i].mib,
					       oids[i].len * sizeof(u32), old,
					       oldlenp);
	return -ENOENT;
}

/* __sysctl(name, namelen, old, oldlenp, new, newlen) */
SYSCALL_IFACE_DEFINE6(fbsd_sysctl, const u32 __user *, name,
		      unsigned int, namelen, void __user *, old,
		      size_t __user *, oldlenp, const void __user *, new,
		      size_t, newlen)
{
	const struct bsd_sysctl_args a = {
		name, namelen, old, oldlenp, new, newlen
	};
	u32 mib[BSD_CTL_MAXNAME];
	int len;

	len = bsd_sysctl_mib(&a, mib, 2);
	if (len < 0)
		return len;
	if (mib[0] == 0 && mib[1] == 3 && len == 2)
		return name2oid(new, newlen, old, oldlenp);
	/* kern.proc: CTL_KERN, KERN_PROC */
	if (mib[0] == 1 && mib[1] == 14 && len >= 3)
		return new ? -EPERM :
		       fbsd_kinfo_proc(mib + 2, len - 2, old, oldlenp);
	/* net.route.0: CTL_NET, PF_ROUTE, 0 */
	if (mib[0] == 4 && mib[1] == 17 && len > 3 && mib[2] == 0)
		return new ? -EPERM :
		       fbsd_route_sysctl(mib + 3, len - 3, old, oldlenp);
	return bsd_sysctl_answer(oids, ARRAY_SIZE(oids), mib, len, &a);
}

/*
 * cpuset_getaffinity(level, which, id, setsize, mask), for a process or
 * thread (id -1: the caller): sched_getaffinity, with the rest of the
 * mask cleared.
 */
SYSCALL_IFACE_DEFINE5(fbsd_cpuset_getaffinity, int, level, int, which,
		      s64, id, size_t, size, void __user *, mask)
{
	long n;

	n = syscall_iface_native(__NR_sched_getaffinity, id == -1 ? 0 : id,
				 size, mask);
	if (n == -EINVAL)
		return -ERANGE;		/* FreeBSD: a set too small */
	if (n < 0)
		return n;
	if (n < size && clear_user(mask + n, size - n))
		return -EFAULT;
	return 0;
}
