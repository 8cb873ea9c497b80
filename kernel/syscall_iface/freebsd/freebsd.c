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
	unsigned long stack = regs->sp;

	if (fbsd_auxv(stack, fbsd_timekeep_map()))
		force_sig(SIGSEGV);	/* a new program: it dies of it */
	regs->di = stack;
	regs->sp = ((stack - 8) & ~0xfUL) + 8;
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

static long fbsd_kevent11(struct pt_regs *regs)
{
	return bsd_kevent(&kevent11, regs);
}

static long fbsd_kevent(struct pt_regs *regs)
{
	return bsd_kevent(&kevent12, regs);
}

static const struct syscall_iface_service_def services[] = {
	{ "freebsd_sigaction", fbsd_sigaction },
	{ "freebsd_sigreturn", fbsd_sigreturn },
	{ "freebsd_sigprocmask", bsd_sigprocmask },
	{ "freebsd_sigaltstack", bsd_sigaltstack },
	{ "freebsd_kill", bsd_kill },
	{ "freebsd_thr_kill", bsd_thread_kill },
	{ "freebsd_thr_new", fbsd_thr_new },
	{ "freebsd_thr_self", fbsd_thr_self },
	{ "freebsd_thr_exit", fbsd_thr_exit },
	{ "freebsd_umtx_op", fbsd_umtx_op },
	{ "freebsd_sysarch", fbsd_sysarch },
	{ "freebsd_mmap", fbsd_mmap },
	{ "freebsd_madvise", bsd_madvise },
	{ "freebsd_clock_gettime", bsd_clock_gettime },
	{ "freebsd_clock_getres", bsd_clock_getres },
	{ "freebsd_open", bsd_open },
	{ "freebsd_openat", bsd_openat },
	{ "freebsd_pipe2", bsd_pipe2 },
	{ "freebsd_unlinkat", bsd_unlinkat },
	{ "freebsd_faccessat", bsd_faccessat },
	{ "freebsd_fchmodat", bsd_fchmodat },
	{ "freebsd_fchownat", bsd_fchownat },
	{ "freebsd_linkat", bsd_linkat },
	{ "freebsd_mkfifo", bsd_mkfifo },
	{ "freebsd_mkfifoat", bsd_mkfifoat },
	{ "freebsd_mknodat", fbsd_mknodat },
	{ "freebsd_getcwd", fbsd_getcwd },
	{ "freebsd_utimensat", fbsd_utimensat },
	{ "freebsd_futimens", fbsd_futimens },
	{ "freebsd_fcntl", fbsd_fcntl },
	{ "freebsd_ioctl", bsd_ioctl },
	{ "freebsd_poll", bsd_poll },
	{ "freebsd_ppoll", bsd_ppoll },
	{ "freebsd_select", bsd_select },
	{ "freebsd_pselect", bsd_pselect },
	{ "freebsd_fstat", fbsd_fstat },
	{ "freebsd_fstatat", fbsd_fstatat },
	{ "freebsd_getrlimit", bsd_getrlimit },
	{ "freebsd_setrlimit", bsd_setrlimit },
	{ "freebsd_getdirentries", fbsd_getdirentries },
	{ "freebsd_issetugid", bsd_issetugid },
	{ "freebsd_futimes", bsd_futimes },
	{ "freebsd_lutimes", bsd_lutimes },
	{ "freebsd_kqueue", bsd_kqueue },
	{ "freebsd_kevent11", fbsd_kevent11 },
	{ "freebsd_kevent", fbsd_kevent },
	{ "freebsd_sysctl", fbsd_sysctl },
	{ "freebsd_cpuset_getaffinity", fbsd_cpuset_getaffinity },
	{ "freebsd_fork", bsd_fork },
	{ "freebsd_vfork", bsd_vfork },
	{ "freebsd_wait4", bsd_wait4 },
	{ "freebsd_procctl", fbsd_procctl },
	{ "freebsd_ptrace", bsd_ptrace },
	{ "freebsd_socket", bsd_socket },
	{ "freebsd_socketpair", bsd_socketpair },
	{ "freebsd_accept", bsd_accept },
	{ "freebsd_accept4", bsd_accept4 },
	{ "freebsd_bind", bsd_bind },
	{ "freebsd_connect", bsd_connect },
	{ "freebsd_getsockname", bsd_getsockname },
	{ "freebsd_getpeername", bsd_getpeername },
	{ "freebsd_sendto", bsd_sendto },
	{ "freebsd_recvfrom", bsd_recvfrom },
	{ "freebsd_sendmsg", bsd_sendmsg },
	{ "freebsd_recvmsg", bsd_recvmsg },
	{ "freebsd_setsockopt", bsd_setsockopt },
	{ "freebsd_getsockopt", bsd_getsockopt },
};

static const struct bsd_platform fbsd_shared = {
	.signals = &fbsd_signals,
	.oflags = &fbsd_oflags,
	.at_flags = &fbsd_at_flags,
	.clocks = &fbsd_clocks,
	.advice = &fbsd_advice,
	.wait_options = &fbsd_wait_options,
	.poll_events = &fbsd_poll_events,
	.termios_crtscts = 0x30000,	/* CCTS_OFLOW | CRTS_IFLOW */
	.af_inet6 = 28,
	.scm_timestamp = 2,
	.msg_flags = &fbsd_msg_flags,
	.sockopts = &fbsd_sockopts,
};

static struct syscall_iface_platform freebsd = {
	.name = "freebsd",
	.owner = THIS_MODULE,
	.start = freebsd_start,
	.sendsig = fbsd_sendsig,
	.no_vdso = true,
	.services = services,
	.nr_services = ARRAY_SIZE(services),
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
