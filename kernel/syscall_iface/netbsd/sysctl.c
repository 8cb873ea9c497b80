// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a NetBSD program asks about the system: __sysctl for the names
 * programs and language runtimes read (sys/sys/sysctl.h), answered from
 * the shared table code (bsd/sysctl.c), and the interface list
 * (net.route, route.c).
 */

#include <linux/syscalls.h>

#include "netbsd.h"

static int osrev(void)
{
	return NBSD_OSREV;
}

static const struct bsd_oid oids[] = {
	{ "kern.ostype", { 1, 1 }, 2, BSD_OID_STRING, "NetBSD" },
	{ "kern.osrelease", { 1, 2 }, 2, BSD_OID_STRING, "10.0" },
	{ "kern.osrevision", { 1, 3 }, 2, BSD_OID_INT, NULL, osrev },
	{ "kern.version", { 1, 4 }, 2, BSD_OID_STRING,
	  "NetBSD 10.0 (syscall-iface)\n" },
	{ "kern.hostname", { 1, 10 }, 2, BSD_OID_HOSTNAME },
	{ "kern.arandom", { 1, 81 }, 2, BSD_OID_RANDOM },
	/* kern.proc_args.-1.pathname: the caller's executable */
	{ "kern.proc_args", { 1, 48, -1, 5 }, 4, BSD_OID_EXE },
	{ "hw.machine", { 6, 1 }, 2, BSD_OID_STRING, "amd64" },
	{ "hw.ncpu", { 6, 3 }, 2, BSD_OID_INT, NULL, bsd_sysctl_ncpu },
	{ "hw.pagesize", { 6, 7 }, 2, BSD_OID_INT, NULL, bsd_sysctl_pagesize },
	{ "hw.machine_arch", { 6, 10 }, 2, BSD_OID_STRING, "x86_64" },
	{ "hw.ncpuonline", { 6, 16 }, 2, BSD_OID_INT, NULL, bsd_sysctl_ncpu },
};

/* __sysctl(name, namelen, old, oldlenp, new, newlen) */
long nbsd_sysctl(struct pt_regs *regs)
{
	void __user *old = (void __user *)regs->dx;
	size_t __user *oldlenp = (size_t __user *)regs->r10;
	u32 mib[BSD_CTL_MAXNAME];
	int len = bsd_sysctl_mib(regs, mib);

	if (len < 0)
		return len;
	/* net.route.0: CTL_NET, PF_ROUTE, 0 */
	if (mib[0] == 4 && mib[1] == 34 && len > 3 && mib[2] == 0)
		return regs->r8 ? -EPERM :
		       nbsd_route_sysctl(mib + 3, len - 3, old, oldlenp);
	return bsd_sysctl_answer(oids, ARRAY_SIZE(oids), mib, len, regs);
}
