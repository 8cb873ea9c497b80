// SPDX-License-Identifier: GPL-2.0-only
/*
 * The FreeBSD/amd64 platform: what FreeBSD programs need besides the
 * interface's table (tools/ifacectl/platforms/freebsd.table), its errno
 * map (freebsd.errno) and "ret carry".  The calls whose arguments differ
 * from Linux's are services the table names (service:freebsd_NAME):
 * the other files of this directory, one per area (signal.c, thread.c,
 * file.c, event.c, poll.c, socket.c, ...), translate them and run the
 * native call, or do the work themselves.
 *
 * Start-up: FreeBSD's exec_setregs() (sys/amd64/amd64/exec_machdep.c)
 * passes the address of argc in rdi, which FreeBSD's _start and Go's
 * _rt0_amd64_freebsd read argc and argv from, and starts the program with
 * rsp 8 bytes off a 16-byte boundary, as after a call.  Linux passes
 * nothing in rdi and starts with rsp at argc, 16-byte aligned.  The
 * auxiliary vector is renumbered FreeBSD's way (auxv.c) and points to
 * FreeBSD's timekeeping page (timekeep.c), and the program runs without
 * Linux's vDSO: FreeBSD's libc and Go's runtime never call it, and its
 * fallback syscalls would be decoded as FreeBSD's.
 */

#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/sched/signal.h>
#include <linux/syscall_iface_core.h>

#include "../bsd/kqueue.h"
#include "freebsd.h"

/* sys/amd64/amd64/exec_machdep.c: exec_setregs(). */
static void freebsd_start(struct pt_regs *regs)
{
	if (fbsd_auxv(user_stack_pointer(regs), fbsd_timekeep_map()))
		force_sig(SIGSEGV);	/* a new program: it dies of it */
	bsd_start_stack_arg(regs);
}

/* FreeBSD 11's struct kevent (kevent 363, as Go's runtime calls it) and 12's. */
static const struct bsd_kevent_abi kevent11 = {
	.size = KEVENT11_SIZE,
	.signals = &fbsd_signals,
};

static const struct bsd_kevent_abi kevent12 = {
	.size = sizeof(struct bsd_kevent),
	.signals = &fbsd_signals,
};

/* kevent(kq, changelist, nchanges, eventlist, nevents, timeout) */
static long fbsd_kevent11(struct pt_regs *regs);
SYSCALL_IFACE_DEFINE6(fbsd_kevent11, int, fd, const void __user *, changes,
		      int, nchanges, void __user *, events, int, nevents,
		      const struct __kernel_timespec __user *, timeout)
{
	return bsd_kevent(&kevent11, fd, changes, nchanges, events, nevents,
			  timeout);
}

static long fbsd_kevent(struct pt_regs *regs);
SYSCALL_IFACE_DEFINE6(fbsd_kevent, int, fd, const void __user *, changes,
		      int, nchanges, void __user *, events, int, nevents,
		      const struct __kernel_timespec __user *, timeout)
{
	return bsd_kevent(&kevent12, fd, changes, nchanges, events, nevents,
			  timeout);
}

static const struct syscall_iface_service_def services[] = {
	{ "sigaction", fbsd_sigaction },
	{ "sigreturn", fbsd_sigreturn },
	{ "thr_kill", bsd_thread_kill },
	{ "thr_new", fbsd_thr_new },
	{ "thr_self", fbsd_thr_self },
	{ "thr_exit", fbsd_thr_exit },
	{ "thr_suspend", fbsd_thr_suspend },
	{ "thr_wake", fbsd_thr_wake },
	{ "thr_set_name", bsd_thr_set_name },
	{ "umtx_op", fbsd_umtx_op },
	{ "sysarch", fbsd_sysarch },
	{ "mmap", fbsd_mmap },
	{ "msync", fbsd_msync },
	{ "mknodat", fbsd_mknodat },
	{ "getcwd", fbsd_getcwd },
	{ "utimensat", fbsd_utimensat },
	{ "futimens", fbsd_futimens },
	{ "ppoll", bsd_ppoll },
	{ "getdirentries", fbsd_getdirentries },
	{ "statfs", fbsd_statfs },
	{ "fstatfs", fbsd_fstatfs },
	{ "getfsstat", fbsd_getfsstat },
	{ "posix_openpt", fbsd_posix_openpt },
	{ "kevent11", fbsd_kevent11 },
	{ "kevent", fbsd_kevent },
	{ "sysctl", fbsd_sysctl },
	{ "cpuset_getaffinity", fbsd_cpuset_getaffinity },
	{ "procctl", fbsd_procctl },
	{ "accept4", bsd_accept4 },
	{ "sendfile", bsd_sendfile },
};

static const struct bsd_platform fbsd_shared = {
	.signals = &fbsd_signals,
	.oflags = &fbsd_oflags,
	.at_flags = &fbsd_at_flags,
	.clocks = &fbsd_clocks,
	.advice = &fbsd_advice,
	.wait_options = &fbsd_wait_options,
	.idtypes = &fbsd_idtypes,
	.put_siginfo = fbsd_put_siginfo,
	.siginfo_size = FBSD_SIGINFO_SIZE,
	.poll_events = &fbsd_poll_events,
	.termios_crtscts = 0x30000,	/* CCTS_OFLOW | CRTS_IFLOW */
	.af_inet6 = 28,
	.scm_timestamp = 2,
	.ip_recvttl = FBSD_IP_RECVTTL,
	.msg_flags = &fbsd_msg_flags,
	.sockopts = &fbsd_sockopts,
	.peer_opt = 1,		/* LOCAL_PEERCRED */
	.put_peer = fbsd_put_peer,
	.stat = &fbsd_stat_layout,
	.dirent = &fbsd_dirent_layout,
	.fcntl = &fbsd_fcntl,
	.ioctl = fbsd_ioctl,
	.rt = &fbsd_rt,
};

static struct syscall_iface_platform freebsd = {
	.name = "freebsd",
	.owner = THIS_MODULE,
	.start = freebsd_start,
	.sendsig = fbsd_sendsig,
	.no_vdso = true,
	.services = services,
	.nr_services = ARRAY_SIZE(services),
	.shared_services = bsd_services,
	.nr_shared_services = BSD_NR_SERVICES,
	.priv = &fbsd_shared,
};

static int __init freebsd_init(void)
{
	int ret;

	ret = fbsd_timekeep_init();
	if (ret)
		return ret;
	freebsd.trampoline = fbsd_sigcode;
	freebsd.trampoline_size = fbsd_sigcode_size;
	ret = syscall_iface_register_platform(&freebsd);
	if (ret)
		fbsd_timekeep_exit();
	return ret;
}

static void __exit freebsd_exit(void)
{
	syscall_iface_unregister_platform(&freebsd);
	fbsd_timekeep_exit();
}

module_init(freebsd_init);
module_exit(freebsd_exit);
MODULE_ALIAS("syscall-iface-platform-freebsd");
MODULE_DESCRIPTION("syscall-iface: the FreeBSD/amd64 platform");
MODULE_LICENSE("GPL");
