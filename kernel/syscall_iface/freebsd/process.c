// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD processes: fork and vfork, which return a second value and
 * leave the kqueues behind (syscall_iface_bsd_fork()), wait4,
 * procctl's parent-death signal, and ptrace's PT_TRACE_ME.
 * execve means the same on both kernels and is mapped straight; an exec
 * picks the new program's interface by its brand, so a FreeBSD program
 * can run a native one.
 */

#include <linux/prctl.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/linux/wait.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/* fork() and vfork() */
long fbsd_fork(struct pt_regs *regs)
{
	return syscall_iface_bsd_fork(regs, __NR_fork);
}

long fbsd_vfork(struct pt_regs *regs)
{
	return syscall_iface_bsd_fork(regs, __NR_vfork);
}

/* wait4's options (sys/sys/wait.h) */
#define FBSD_WNOHANG		0x01
#define FBSD_WUNTRACED		0x02
#define FBSD_WCONTINUED		0x04
#define FBSD_WNOWAIT		0x08
#define FBSD_WEXITED		0x10
#define FBSD_WTRAPPED		0x20
#define FBSD_WLINUXCLONE	0x80000000

#define FBSD_SIGCONT		19
#define FBSD_SIGKILL		9

/* wait4's options in Linux's numbering, or -EINVAL. */
static long options_to_linux(unsigned long opt)
{
	long l = 0;

	/* wait4 implies WEXITED and WTRAPPED; WNOWAIT is waitid's only */
	if (opt & ~(FBSD_WNOHANG | FBSD_WUNTRACED | FBSD_WCONTINUED |
		    FBSD_WEXITED | FBSD_WTRAPPED | FBSD_WLINUXCLONE))
		return -EINVAL;
	if (opt & FBSD_WNOHANG)
		l |= WNOHANG;
	if (opt & FBSD_WUNTRACED)
		l |= WUNTRACED;
	if (opt & FBSD_WCONTINUED)
		l |= WCONTINUED;
	if (opt & FBSD_WLINUXCLONE)
		l |= __WCLONE;
	return l;
}

/* A signal number in a status word, in FreeBSD's numbering. */
static int status_sig(int sig)
{
	/* A Linux-only signal (SIGSTKFLT, SIGPWR) has no FreeBSD number. */
	return fbsd_sig_from_linux(sig) ?: FBSD_SIGKILL;
}

/**
 * fbsd_wait_status - a wait status in FreeBSD's encoding
 * @s: Linux's
 *
 * The same layout as Linux's, with FreeBSD's signal numbers, and
 * "continued" as SIGCONT's number.
 *
 * Return: FreeBSD's status.
 */
int fbsd_wait_status(int s)
{
	if (s == 0xffff)				/* continued */
		return FBSD_SIGCONT;
	if ((s & 0xff) == 0x7f)				/* stopped */
		return (status_sig((s >> 8) & 0xff) << 8) | 0x7f;
	if (s & 0x7f)					/* killed */
		return (s & ~0x7f) | status_sig(s & 0x7f);
	return s;					/* exited */
}

/* wait4(pid, status, options, rusage): struct rusage is the same. */
long fbsd_wait4(struct pt_regs *regs)
{
	int __user *ustatus = (int __user *)regs->si;
	struct pt_regs r = *regs;
	long opt, ret;
	int status;

	opt = options_to_linux(regs->dx);
	if (opt < 0)
		return opt;
	r.dx = opt;
	ret = syscall_iface_native_call(&r, __NR_wait4);
	if (ret <= 0 || !ustatus)
		return ret;
	/* The child is reaped: a fault now loses its status, as on Linux. */
	if (get_user(status, ustatus) ||
	    put_user(fbsd_wait_status(status), ustatus))
		return -EFAULT;
	return ret;
}

/* procctl's idtype and commands (sys/sys/procctl.h, sys/sys/wait.h) */
#define FBSD_P_PID			0
#define FBSD_PROC_PDEATHSIG_CTL		11
#define FBSD_PROC_PDEATHSIG_STATUS	12

/*
 * procctl(idtype, id, cmd, data): the parent-death signal, Linux's
 * PR_SET_PDEATHSIG and PR_GET_PDEATHSIG in FreeBSD's numbering, for the
 * caller only (P_PID, and its pid or 0), as FreeBSD; other commands are
 * EINVAL.
 */
long fbsd_procctl(struct pt_regs *regs)
{
	int __user *udata = (int __user *)regs->r10;
	struct pt_regs r = *regs;
	int sig, lsig;
	long ret;

	if (regs->di != FBSD_P_PID ||
	    (regs->si && regs->si != task_tgid_vnr(current)))
		return -EINVAL;
	switch (regs->dx) {
	case FBSD_PROC_PDEATHSIG_CTL:
		if (get_user(sig, udata))
			return -EFAULT;
		lsig = sig ? fbsd_sig_to_linux(sig) : 0;
		if (lsig < 0 || (sig && !lsig))
			return -EINVAL;
		r.di = PR_SET_PDEATHSIG;
		r.si = lsig;
		return syscall_iface_native_call(&r, __NR_prctl);
	case FBSD_PROC_PDEATHSIG_STATUS:
		r.di = PR_GET_PDEATHSIG;
		r.si = (unsigned long)udata;
		ret = syscall_iface_native_call(&r, __NR_prctl);
		if (ret)
			return ret;
		if (get_user(lsig, udata) ||
		    put_user(lsig ? fbsd_sig_from_linux(lsig) : 0, udata))
			return -EFAULT;
		return 0;
	default:
		return -EINVAL;
	}
}

/* ptrace's requests (sys/sys/ptrace.h) */
#define FBSD_PT_TRACE_ME		0

/*
 * ptrace(req, pid, addr, data): PT_TRACE_ME, which a child makes before
 * an exec its parent traces (Go's SysProcAttr.Ptrace); the tracer's own
 * requests are EINVAL.
 */
long fbsd_ptrace(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	if (regs->di != FBSD_PT_TRACE_ME)
		return -EINVAL;
	r.di = PTRACE_TRACEME;
	r.si = 0;
	r.dx = 0;
	r.r10 = 0;
	return syscall_iface_native_call(&r, __NR_ptrace);
}
