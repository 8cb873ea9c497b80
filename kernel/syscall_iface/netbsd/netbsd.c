// SPDX-License-Identifier: GPL-2.0-only
/*
 * The NetBSD/amd64 platform: what NetBSD programs need besides the
 * interface's table (tools/ifacectl/platforms/netbsd.table), its errno
 * map (netbsd.errno) and "ret carry".  The calls whose arguments differ
 * from Linux's are the services below, which the table names
 * (service:netbsd_NAME); most of their work is shared with FreeBSD's
 * (../bsd/).
 *
 * Start-up: NetBSD's setregs() (sys/arch/amd64/amd64/machdep.c) starts
 * a program with rsp at argc, as Linux does, and the auxiliary vector
 * is renumbered NetBSD's way.  Signal handlers return through the
 * program's own trampoline (frame.c), so the platform maps none, and
 * the program runs without Linux's vDSO, which NetBSD's libc and Go's
 * runtime never call.
 */

#include <linux/auxvec.h>
#include <linux/module.h>
#include <linux/sched/signal.h>

#include "netbsd.h"
#include "../bsd/kqueue.h"

/* sys/sys/exec_elf.h */
#define NBSD_AT_EUID		2000
#define NBSD_AT_RUID		2001
#define NBSD_AT_EGID		2002
#define NBSD_AT_RGID		2003
#define NBSD_AT_SUN_EXECNAME	2014

static const struct {
	unsigned long native, nbsd;
} auxv_ids[] = {
	{ AT_EUID, NBSD_AT_EUID },
	{ AT_UID, NBSD_AT_RUID },
	{ AT_EGID, NBSD_AT_EGID },
	{ AT_GID, NBSD_AT_RGID },
	{ AT_EXECFN, NBSD_AT_SUN_EXECNAME },
};

/* The auxiliary vector NetBSD's exec gives, from Linux's. */
static int nbsd_auxv(unsigned long sp)
{
	struct bsd_auxv a;
	unsigned int i;
	int ret;

	ret = bsd_auxv_begin(&a, sp);
	if (ret <= 0)
		return ret;
	bsd_auxv_put_shared(&a);
	for (i = 0; i < ARRAY_SIZE(auxv_ids); i++)
		bsd_auxv_put(&a, auxv_ids[i].nbsd,
			     bsd_auxv_linux(&a, auxv_ids[i].native));
	return bsd_auxv_end(&a);
}

static void netbsd_start(struct pt_regs *regs)
{
	if (nbsd_auxv(user_stack_pointer(regs)))
		force_sig(SIGSEGV);	/* a new program: it dies of it */
}

static const struct syscall_iface_service_def services[] = {
	{ "sigaction_sigtramp", nbsd_sigaction_sigtramp },
	{ "getcontext", nbsd_getcontext },
	{ "setcontext", nbsd_setcontext },
	{ "lwp_create", nbsd_lwp_create },
	{ "lwp_exit", nbsd_lwp_exit },
	{ "lwp_wait", nbsd_lwp_wait },
	{ "lwp_detach", nbsd_lwp_detach },
	{ "lwp_self", nbsd_lwp_self },
	{ "lwp_kill", bsd_thread_kill },
	{ "lwp_setprivate", nbsd_lwp_setprivate },
	{ "sysarch", nbsd_sysarch },
	{ "lwp_park", nbsd_lwp_park },
	{ "lwp_unpark", nbsd_lwp_unpark },
	{ "lwp_wakeup", nbsd_lwp_wakeup },
	{ "lwp_setname", nbsd_lwp_setname },
	{ "lwp_getname", nbsd_lwp_getname },
	{ "lwp_unpark_all", nbsd_lwp_unpark_all },
	{ "lwp_ctl", nbsd_lwp_ctl },
	{ "mmap", nbsd_mmap },
	{ "msync", nbsd_msync },
	{ "sysctl", nbsd_sysctl },
	{ "stat", bsd_stat },
	{ "lstat", bsd_lstat },
	{ "getdents", bsd_getdents },
	{ "statvfs1", nbsd_statvfs1 },
	{ "fstatvfs1", nbsd_fstatvfs1 },
	{ "statvfs1_90", nbsd_statvfs1_90 },
	{ "fstatvfs1_90", nbsd_fstatvfs1_90 },
	{ "getvfsstat", nbsd_getvfsstat },
	{ "getvfsstat_90", nbsd_getvfsstat_90 },
	{ "lseek", nbsd_lseek },
	{ "pread", nbsd_pread },
	{ "pwrite", nbsd_pwrite },
	{ "ftruncate", nbsd_ftruncate },
	{ "utimensat", nbsd_utimensat },
	{ "readlink", nbsd_readlink },
	{ "truncate", nbsd_truncate },
	{ "dup3", bsd_dup3 },
	{ "utimes", bsd_utimes },
	{ "setitimer", bsd_setitimer },
	{ "pollts", bsd_ppoll },
	{ "kevent", nbsd_kevent },
	{ "paccept", bsd_paccept },
};

static const struct bsd_platform nbsd_shared = {
	.signals = &nbsd_signals,
	.oflags = &nbsd_oflags,
	.at_flags = &nbsd_at_flags,
	.clocks = &nbsd_clocks,
	.advice = &nbsd_advice,
	.wait_options = &nbsd_wait_options,
	.idtypes = &nbsd_idtypes,
	.put_siginfo = nbsd_put_siginfo,
	.siginfo_size = NBSD_SIGINFO_SIZE,
	.poll_events = &nbsd_poll_events,
	.timeval_usec32 = true,
	.termios_crtscts = 0x10000,
	.af_inet6 = 24,
	.scm_timestamp = 8,
	.ip_recvttl = NBSD_IP_RECVTTL,
	.msg_flags = &nbsd_msg_flags,
	.sockopts = &nbsd_sockopts,
	.peer_opt = 3,		/* LOCAL_PEEREID */
	.put_peer = nbsd_put_peer,
	.stat = &nbsd_stat_layout,
	.dirent = &nbsd_dirent_layout,
	.fcntl = &nbsd_fcntl,
	.ioctl = nbsd_ioctl,
	.rt = &nbsd_rt,
};

static struct syscall_iface_platform netbsd = {
	.name = "netbsd",
	.owner = THIS_MODULE,
	.start = netbsd_start,
	.sendsig = nbsd_sendsig,
	.no_vdso = true,
	.services = services,
	.nr_services = ARRAY_SIZE(services),
	.shared_services = bsd_services,
	.nr_shared_services = BSD_NR_SERVICES,
	.priv = &nbsd_shared,
};

static int __init netbsd_init(void)
{
	int ret = nbsd_lwpctl_init();

	if (ret)
		return ret;
	return syscall_iface_register_platform(&netbsd);
}

static void __exit netbsd_exit(void)
{
	syscall_iface_unregister_platform(&netbsd);
}

module_init(netbsd_init);
module_exit(netbsd_exit);
MODULE_ALIAS("syscall-iface-platform-netbsd");
MODULE_DESCRIPTION("syscall-iface: the NetBSD/amd64 platform");
MODULE_LICENSE("GPL");
