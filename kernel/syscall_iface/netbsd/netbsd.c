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
	if (nbsd_auxv(regs->sp))
		force_sig(SIGSEGV);	/* a new program: it dies of it */
}

static const struct syscall_iface_service_def services[] = {
	{ "netbsd_sigaction_sigtramp", nbsd_sigaction_sigtramp },
	{ "netbsd_sigprocmask", bsd_sigprocmask },
	{ "netbsd_sigaltstack", bsd_sigaltstack },
	{ "netbsd_kill", bsd_kill },
	{ "netbsd_getcontext", nbsd_getcontext },
	{ "netbsd_setcontext", nbsd_setcontext },
	{ "netbsd_lwp_create", nbsd_lwp_create },
	{ "netbsd_lwp_exit", nbsd_lwp_exit },
	{ "netbsd_lwp_self", nbsd_lwp_self },
	{ "netbsd_lwp_kill", bsd_thread_kill },
	{ "netbsd_lwp_setprivate", nbsd_lwp_setprivate },
	{ "netbsd_lwp_park", nbsd_lwp_park },
	{ "netbsd_lwp_unpark", nbsd_lwp_unpark },
	{ "netbsd_mmap", nbsd_mmap },
	{ "netbsd_madvise", bsd_madvise },
	{ "netbsd_clock_gettime", bsd_clock_gettime },
	{ "netbsd_clock_getres", bsd_clock_getres },
	{ "netbsd_sysctl", nbsd_sysctl },
	{ "netbsd_open", bsd_open },
	{ "netbsd_openat", bsd_openat },
	{ "netbsd_pipe2", bsd_pipe2 },
	{ "netbsd_fcntl", nbsd_fcntl },
	{ "netbsd_stat", nbsd_stat },
	{ "netbsd_lstat", nbsd_lstat },
	{ "netbsd_fstat", nbsd_fstat },
	{ "netbsd_fstatat", nbsd_fstatat },
	{ "netbsd_getdents", nbsd_getdents },
	{ "netbsd_lseek", nbsd_lseek },
	{ "netbsd_pread", nbsd_pread },
	{ "netbsd_pwrite", nbsd_pwrite },
	{ "netbsd_ftruncate", nbsd_ftruncate },
	{ "netbsd_unlinkat", bsd_unlinkat },
	{ "netbsd_utimensat", nbsd_utimensat },
	{ "netbsd_readlink", nbsd_readlink },
	{ "netbsd_truncate", nbsd_truncate },
	{ "netbsd_dup3", bsd_dup3 },
	{ "netbsd_mkfifo", bsd_mkfifo },
	{ "netbsd_mkfifoat", bsd_mkfifoat },
	{ "netbsd_fork", bsd_fork },
	{ "netbsd_vfork", bsd_vfork },
	{ "netbsd_wait4", bsd_wait4 },
	{ "netbsd_ptrace", bsd_ptrace },
	{ "netbsd_ioctl", bsd_ioctl },
	{ "netbsd_faccessat", bsd_faccessat },
	{ "netbsd_fchmodat", bsd_fchmodat },
	{ "netbsd_fchownat", bsd_fchownat },
	{ "netbsd_linkat", bsd_linkat },
	{ "netbsd_issetugid", bsd_issetugid },
	{ "netbsd_utimes", bsd_utimes },
	{ "netbsd_futimes", bsd_futimes },
	{ "netbsd_lutimes", bsd_lutimes },
	{ "netbsd_setitimer", bsd_setitimer },
	{ "netbsd_poll", bsd_poll },
	{ "netbsd_pollts", bsd_ppoll },
	{ "netbsd_select", bsd_select },
	{ "netbsd_pselect", bsd_pselect },
	{ "netbsd_getrlimit", bsd_getrlimit },
	{ "netbsd_setrlimit", bsd_setrlimit },
	{ "netbsd_kqueue", bsd_kqueue },
	{ "netbsd_kevent", nbsd_kevent },
	{ "netbsd_socket", bsd_socket },
	{ "netbsd_socketpair", bsd_socketpair },
	{ "netbsd_accept", bsd_accept },
	{ "netbsd_paccept", bsd_paccept },
	{ "netbsd_bind", bsd_bind },
	{ "netbsd_connect", bsd_connect },
	{ "netbsd_getsockname", bsd_getsockname },
	{ "netbsd_getpeername", bsd_getpeername },
	{ "netbsd_sendto", bsd_sendto },
	{ "netbsd_recvfrom", bsd_recvfrom },
	{ "netbsd_sendmsg", bsd_sendmsg },
	{ "netbsd_recvmsg", bsd_recvmsg },
	{ "netbsd_setsockopt", bsd_setsockopt },
	{ "netbsd_getsockopt", bsd_getsockopt },
};

static const struct bsd_platform nbsd_shared = {
	.signals = &nbsd_signals,
	.oflags = &nbsd_oflags,
	.at_flags = &nbsd_at_flags,
	.clocks = &nbsd_clocks,
	.advice = &nbsd_advice,
	.wait_options = &nbsd_wait_options,
	.poll_events = &nbsd_poll_events,
	.timeval_usec32 = true,
	.termios_crtscts = 0x10000,
	.af_inet6 = 24,
	.scm_timestamp = 8,
	.msg_flags = &nbsd_msg_flags,
	.sockopts = &nbsd_sockopts,
};

static struct syscall_iface_platform netbsd = {
	.name = "netbsd",
	.owner = THIS_MODULE,
	.start = netbsd_start,
	.sendsig = nbsd_sendsig,
	.no_vdso = true,
	.services = services,
	.nr_services = ARRAY_SIZE(services),
	.priv = &nbsd_shared,
};

static int __init netbsd_init(void)
{
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
