// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD processes: fork and vfork, which return a second value and
 * leave the kqueues behind (syscall_iface_bsd_fork()), and wait4.
 * execve means the same on both kernels and is mapped straight; an exec
 * picks the new program's interface by its brand, so a FreeBSD program
 * can run a native one.
 */

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
