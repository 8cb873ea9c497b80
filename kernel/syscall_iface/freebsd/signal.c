// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD signals: numbers, sets, actions, masks and the alternate stack.
 *
 * FreeBSD numbers signals as Linux does up to 9 and differently above
 * (SIGBUS 10, SIGUSR1 30, SIGCHLD 20...), has four Linux lacks (SIGEMT,
 * SIGINFO, SIGTHR, SIGLIBRT) and real-time signals from 65, and its sets
 * hold 128 bits.  Every call that takes or returns a signal number or a
 * set goes through the maps here.  A FreeBSD-only signal is never raised
 * on Linux: actions on it are accepted and read back as the default.
 */

#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/* FreeBSD's 1-33 in Linux's numbering; 0: FreeBSD-only. */
static const u8 to_linux[] = {
	[1] = SIGHUP, [2] = SIGINT, [3] = SIGQUIT, [4] = SIGILL,
	[5] = SIGTRAP, [6] = SIGABRT, [7] = 0 /* SIGEMT */, [8] = SIGFPE,
	[9] = SIGKILL, [10] = SIGBUS, [11] = SIGSEGV, [12] = SIGSYS,
	[13] = SIGPIPE, [14] = SIGALRM, [15] = SIGTERM, [16] = SIGURG,
	[17] = SIGSTOP, [18] = SIGTSTP, [19] = SIGCONT, [20] = SIGCHLD,
	[21] = SIGTTIN, [22] = SIGTTOU, [23] = SIGIO, [24] = SIGXCPU,
	[25] = SIGXFSZ, [26] = SIGVTALRM, [27] = SIGPROF, [28] = SIGWINCH,
	[29] = 0 /* SIGINFO */, [30] = SIGUSR1, [31] = SIGUSR2,
	[32] = 0 /* SIGTHR */, [33] = 0 /* SIGLIBRT */,
};

/**
 * fbsd_sig_to_linux - a FreeBSD signal number in Linux's numbering
 * @sig: 1 to FBSD_NSIG
 *
 * Return: the Linux number, 0 for a FreeBSD-only signal, -EINVAL for no
 * signal at all.
 */
int fbsd_sig_to_linux(unsigned long sig)
{
	if (!sig || sig > FBSD_NSIG)
		return -EINVAL;
	if (sig < ARRAY_SIZE(to_linux))
		return to_linux[sig];
	if (sig >= FBSD_SIGRTMIN && sig - FBSD_SIGRTMIN + SIGRTMIN <= _NSIG)
		return sig - FBSD_SIGRTMIN + SIGRTMIN;
	return 0;
}

/**
 * fbsd_sig_from_linux - a Linux signal number in FreeBSD's numbering
 * @sig: 1 to _NSIG
 *
 * Return: the FreeBSD number, 0 for a Linux-only signal (SIGSTKFLT,
 * SIGPWR).
 */
int fbsd_sig_from_linux(int sig)
{
	unsigned int i;

	if (sig >= SIGRTMIN)
		return sig - SIGRTMIN + FBSD_SIGRTMIN;
	for (i = 1; i < ARRAY_SIZE(to_linux); i++)
		if (to_linux[i] == sig)
			return i;
	return 0;
}

void fbsd_sigset_to_linux(const struct fbsd_sigset *f, sigset_t *l)
{
	unsigned int i;
	int sig;

	sigemptyset(l);
	for (i = 1; i <= FBSD_NSIG; i++) {
		if (!(f->bits[(i - 1) / 32] & BIT((i - 1) % 32)))
			continue;
		sig = fbsd_sig_to_linux(i);
		if (sig > 0)
			sigaddset(l, sig);
	}
}

void fbsd_sigset_from_linux(sigset_t *l, struct fbsd_sigset *f)
{
	int i, sig;

	memset(f, 0, sizeof(*f));
	for (i = 1; i <= _NSIG; i++) {
		if (!sigismember(l, i))
			continue;
		sig = fbsd_sig_from_linux(i);
		if (sig > 0)
			f->bits[(sig - 1) / 32] |= BIT((sig - 1) % 32);
	}
}

static const struct {
	u32 fbsd;
	unsigned long native;
} sa_flags[] = {
	{ FBSD_SA_ONSTACK, SA_ONSTACK },
	{ FBSD_SA_RESTART, SA_RESTART },
	{ FBSD_SA_RESETHAND, SA_RESETHAND },
	{ FBSD_SA_NOCLDSTOP, SA_NOCLDSTOP },
	{ FBSD_SA_NODEFER, SA_NODEFER },
	{ FBSD_SA_NOCLDWAIT, SA_NOCLDWAIT },
	{ FBSD_SA_SIGINFO, SA_SIGINFO },
};

/* sigaction(sig, act, oact) */
long fbsd_sigaction(struct pt_regs *regs)
{
	struct fbsd_sigaction __user *uact = (void __user *)regs->si;
	struct fbsd_sigaction __user *uoact = (void __user *)regs->dx;
	struct k_sigaction new, old;
	struct fbsd_sigaction fa;
	unsigned int i;
	long denied;
	int sig, ret;

	sig = fbsd_sig_to_linux(regs->di);
	if (sig < 0)
		return sig;
	if (fbsd_denied(regs, __NR_rt_sigaction, sig, regs->si, regs->dx,
			sizeof(sigset_t), &denied))
		return denied;
	memset(&old, 0, sizeof(old));
	if (uact) {
		if (copy_from_user(&fa, uact, sizeof(fa)))
			return -EFAULT;
		if (fa.flags & ~FBSD_SA_ALL)
			return -EINVAL;
		memset(&new, 0, sizeof(new));
		new.sa.sa_handler = (__sighandler_t)fa.handler;
		for (i = 0; i < ARRAY_SIZE(sa_flags); i++)
			if (fa.flags & sa_flags[i].fbsd)
				new.sa.sa_flags |= sa_flags[i].native;
		fbsd_sigset_to_linux(&fa.mask, &new.sa.sa_mask);
	}
	/* FreeBSD-only signals never come: accept, and read back the default. */
	if (sig) {
		ret = syscall_iface_sigaction(sig, uact ? &new : NULL, &old);
		if (ret)
			return ret;
	}
	if (uoact) {
		memset(&fa, 0, sizeof(fa));
		fa.handler = (unsigned long)old.sa.sa_handler;
		for (i = 0; i < ARRAY_SIZE(sa_flags); i++)
			if (old.sa.sa_flags & sa_flags[i].native)
				fa.flags |= sa_flags[i].fbsd;
		fbsd_sigset_from_linux(&old.sa.sa_mask, &fa.mask);
		if (copy_to_user(uoact, &fa, sizeof(fa)))
			return -EFAULT;
	}
	return 0;
}

/* sigprocmask(how, set, oset) */
long fbsd_sigprocmask(struct pt_regs *regs)
{
	struct fbsd_sigset __user *uset = (void __user *)regs->si;
	struct fbsd_sigset __user *uoset = (void __user *)regs->dx;
	sigset_t new, old = current->blocked;
	struct fbsd_sigset fs;
	int how = 0, ret;
	long denied;

	if (uset) {
		switch (regs->di) {
		case FBSD_SIG_BLOCK:
			how = SIG_BLOCK;
			break;
		case FBSD_SIG_UNBLOCK:
			how = SIG_UNBLOCK;
			break;
		case FBSD_SIG_SETMASK:
			how = SIG_SETMASK;
			break;
		default:
			return -EINVAL;
		}
	}
	if (fbsd_denied(regs, __NR_rt_sigprocmask, how, regs->si, regs->dx,
			sizeof(sigset_t), &denied))
		return denied;
	if (uset) {
		if (copy_from_user(&fs, uset, sizeof(fs)))
			return -EFAULT;
		fbsd_sigset_to_linux(&fs, &new);
		sigdelsetmask(&new, sigmask(SIGKILL) | sigmask(SIGSTOP));
		ret = sigprocmask(how, &new, &old);
		if (ret)
			return ret;
	}
	if (uoset) {
		fbsd_sigset_from_linux(&old, &fs);
		if (copy_to_user(uoset, &fs, sizeof(fs)))
			return -EFAULT;
	}
	return 0;
}

/*
 * sigaltstack(ss, oss), FreeBSD's kern_sigaltstack(): its stack_t puts
 * the size before the flags, SS_DISABLE is 4, and no other flag is
 * taken.  The work is Linux's sigaltstack(), on kernel copies.
 */
long fbsd_sigaltstack(struct pt_regs *regs)
{
	struct fbsd_stack __user *uss = (void __user *)regs->di;
	struct fbsd_stack __user *uoss = (void __user *)regs->si;
	stack_t ss = {}, oss;
	struct fbsd_stack fs;
	long ret;

	if (fbsd_denied(regs, __NR_sigaltstack, regs->di, regs->si, 0, 0,
			&ret))
		return ret;
	if (uss) {
		if (copy_from_user(&fs, uss, sizeof(fs)))
			return -EFAULT;
		if (fs.flags & ~FBSD_SS_DISABLE)
			return -EINVAL;
		ss.ss_sp = (void __user *)fs.sp;
		ss.ss_size = fs.size;
		ss.ss_flags = fs.flags & FBSD_SS_DISABLE ? SS_DISABLE : 0;
	}
	ret = syscall_iface_sigaltstack(uss ? &ss : NULL, &oss);
	if (ret || !uoss)
		return ret;
	memset(&fs, 0, sizeof(fs));
	fs.sp = (unsigned long)oss.ss_sp;
	fs.size = oss.ss_size;
	fs.flags = (oss.ss_flags & SS_DISABLE ? FBSD_SS_DISABLE : 0) |
		   (oss.ss_flags & SS_ONSTACK ? FBSD_SS_ONSTACK : 0);
	return copy_to_user(uoss, &fs, sizeof(fs)) ? -EFAULT : 0;
}

/* A FreeBSD signal number to send; 0 stays 0 (a check for existence). */
static int sig_to_send(unsigned long fsig)
{
	int sig;

	if (!fsig)
		return 0;
	sig = fbsd_sig_to_linux(fsig);
	return sig ?: -EINVAL;		/* FreeBSD-only: Linux cannot send it */
}

/* kill(pid, sig) */
long fbsd_kill(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	int sig = sig_to_send(regs->si);

	if (sig < 0)
		return sig;
	r.si = sig;
	return syscall_iface_native_call(&r, __NR_kill);
}

/* thr_kill(id, sig): a thread of the caller's process. */
long fbsd_thr_kill(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	int sig = sig_to_send(regs->si);

	if (sig < 0)
		return sig;
	r.di = task_tgid_vnr(current);
	r.si = regs->di;
	r.dx = sig;
	return syscall_iface_native_call(&r, __NR_tgkill);
}
