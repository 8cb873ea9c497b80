// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a NetBSD program asks about the system: __sysctl for the names
 * programs and language runtimes read (sys/sys/sysctl.h), answered from
 * the shared table code (bsd/sysctl.c), the interface list (net.route,
 * route.c), the processes (kern.proc2, proc_info.c), and CTL_QUERY,
 * through which programs find a name's numbers (Go's syscall.Sysctl()
 * among them, for os.Hostname()).
 */

#include <linux/slab.h>
#include <linux/string.h>
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
	{ "kern.maxproc", { 1, 6 }, 2, BSD_OID_INT, NULL, bsd_sysctl_maxproc },
	{ "kern.hostname", { 1, 10 }, 2, BSD_OID_HOSTNAME },
	{ "kern.clockrate", { 1, 12 }, 2, BSD_OID_STRUCT, .get = bsd_sysctl_clockrate },
	{ "kern.boottime", { 1, 21 }, 2, BSD_OID_STRUCT, .get = bsd_sysctl_boottime_ts },
	{ "kern.arandom", { 1, 81 }, 2, BSD_OID_RANDOM },
	/* kern.proc2.OP.ARG.SIZE.COUNT: nbsd_kinfo_proc2() */
	{ "kern.proc2", { 1, 47 }, 2, BSD_OID_NODE },
	/* kern.proc_args.PID.TYPE: nbsd_sysctl() */
	{ "kern.proc_args", { 1, 48 }, 2, BSD_OID_NODE },
	{ "hw.machine", { 6, 1 }, 2, BSD_OID_STRING, "amd64" },
	{ "hw.ncpu", { 6, 3 }, 2, BSD_OID_INT, NULL, bsd_sysctl_ncpu },
	{ "hw.pagesize", { 6, 7 }, 2, BSD_OID_INT, NULL, bsd_sysctl_pagesize },
	{ "hw.machine_arch", { 6, 10 }, 2, BSD_OID_STRING, "x86_64" },
	{ "hw.ncpuonline", { 6, 16 }, 2, BSD_OID_INT, NULL, bsd_sysctl_ncpu },
};

/* kern.proc_args.PID.TYPE: the arguments, their count, the executable */
#define KERN_PROC_ARGV		1
#define KERN_PROC_NARGV		2
#define KERN_PROC_PATHNAME	5

/* CTL_QUERY and the node it lists (sys/sys/sysctl.h) */
#define NBSD_CTL_QUERY		((u32)-2)
#define NBSD_SYSCTL_VERS_1	0x01000000
#define NBSD_SYSCTL_VERS_MASK	0xff000000
#define NBSD_CTLTYPE_NODE	1
#define NBSD_CTLTYPE_INT	2
#define NBSD_CTLTYPE_STRING	3
#define NBSD_CTLTYPE_STRUCT	5

struct nbsd_sysctlnode {
	u32 flags;		/* SYSCTL_VERS_1, CTLFLAG_READONLY and the type */
	s32 num;
	char name[32];
	u32 ver;
	u32 rsvd;
	u8 un[16];
	u64 size;
	u64 func;
	u64 parent;
	u64 desc;
};

static_assert(sizeof(struct nbsd_sysctlnode) == 96);

/* Level @k of the dotted @name: its length and *@start, or 0 if none. */
static size_t level(const char *name, unsigned int k, const char **start)
{
	for (; k; k--) {
		name = strchr(name, '.');
		if (!name)
			return 0;
		name++;
	}
	*start = name;
	return strchrnul(name, '.') - name;
}

/* What the table's @o is at level @k: a node above it, or its value. */
static void describe(struct nbsd_sysctlnode *nd, const struct bsd_oid *o,
		     unsigned int k)
{
	u32 type = NBSD_CTLTYPE_NODE;
	const char *name;
	size_t len = level(o->name, k, &name);

	nd->num = o->mib[k];
	memcpy(nd->name, name, min(len, sizeof(nd->name) - 1));
	nd->size = sizeof(*nd);
	if (o->len == k + 1 && !level(o->name, k + 1, &name) &&
	    o->kind != BSD_OID_NODE) {
		type = o->kind == BSD_OID_INT ? NBSD_CTLTYPE_INT :
		       o->kind == BSD_OID_RANDOM ||
		       o->kind == BSD_OID_STRUCT ? NBSD_CTLTYPE_STRUCT :
		       NBSD_CTLTYPE_STRING;
		nd->size = o->kind == BSD_OID_INT ? sizeof(int) : 0;
	}
	nd->flags = NBSD_SYSCTL_VERS_1 | type;
}

/*
 * name.CTL_QUERY (@mib, @len numbers before CTL_QUERY): the nodes right
 * below name, as NetBSD's sysctl_query() lists them, for the names of
 * the table.  The query node the caller gives may only say its version.
 */
static long query(const u32 *mib, unsigned int len,
		  const struct bsd_sysctl_args *a)
{
	struct nbsd_sysctlnode *nodes;
	const struct bsd_oid *o;
	unsigned int j, n = 0;
	const char *name;
	u32 vers;
	long ret;

	if (a->new) {
		if (a->newlen < sizeof(*nodes))
			return -EINVAL;
		if (get_user(vers, (u32 __user *)a->new))
			return -EFAULT;
		vers &= NBSD_SYSCTL_VERS_MASK;
		if (vers && vers != NBSD_SYSCTL_VERS_1)
			return -EINVAL;
	}
	nodes = kcalloc(ARRAY_SIZE(oids), sizeof(*nodes), GFP_KERNEL);
	if (!nodes)
		return -ENOMEM;
	for (o = oids; o < oids + ARRAY_SIZE(oids); o++) {
		if (o->len <= len || !level(o->name, len, &name) ||
		    memcmp(o->mib, mib, len * sizeof(u32)))
			continue;
		for (j = 0; j < n && nodes[j].num != o->mib[len]; j++)
			;
		if (j == n)
			describe(&nodes[n++], o, len);
	}
	ret = n ? bsd_sysctl_copy(nodes, n * sizeof(*nodes),
				  a->old, a->oldlenp) : -ENOENT;
	kfree(nodes);
	return ret;
}

/* kern.proc_args.PID.TYPE (@args: PID, TYPE); ENOENT for a type not built */
static long proc_args(const u32 *args, unsigned int n, void __user *old,
		      size_t __user *oldlenp)
{
	if (n != 2)
		return -EINVAL;
	switch (args[1]) {
	case KERN_PROC_ARGV:
	case KERN_PROC_NARGV:
		return bsd_sysctl_proc_args(args[0], args[1] == KERN_PROC_NARGV,
					    old, oldlenp);
	case KERN_PROC_PATHNAME:
		return bsd_sysctl_proc_exe(args[0], old, oldlenp);
	}
	return -ENOENT;
}

/* __sysctl(name, namelen, old, oldlenp, new, newlen) */
SYSCALL_IFACE_DEFINE6(nbsd_sysctl, const u32 __user *, name,
		      unsigned int, namelen, void __user *, old,
		      size_t __user *, oldlenp, const void __user *, new,
		      size_t, newlen)
{
	const struct bsd_sysctl_args a = {
		name, namelen, old, oldlenp, new, newlen
	};
	u32 mib[BSD_CTL_MAXNAME];
	int len = bsd_sysctl_mib(&a, mib, 1);

	if (len < 0)
		return len;
	if (mib[len - 1] == NBSD_CTL_QUERY)
		return query(mib, len - 1, &a);
	/* kern.proc_args.PID.TYPE: CTL_KERN, KERN_PROC_ARGS */
	if (mib[0] == 1 && mib[1] == 48 && len > 2)
		return new ? -EPERM : proc_args(mib + 2, len - 2, old, oldlenp);
	/* kern.proc2: CTL_KERN, KERN_PROC2 */
	if (mib[0] == 1 && mib[1] == 47 && len >= 2)
		return new ? -EPERM :
		       nbsd_kinfo_proc2(mib + 2, len - 2, old, oldlenp);
	/* net.route.0: CTL_NET, PF_ROUTE, 0 */
	if (mib[0] == 4 && mib[1] == 34 && len > 3 && mib[2] == 0)
		return new ? -EPERM :
		       nbsd_route_sysctl(mib + 3, len - 3, old, oldlenp);
	return bsd_sysctl_answer(oids, ARRAY_SIZE(oids), mib, len, &a);
}
