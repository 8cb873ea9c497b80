// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD signals: numbers, 128-bit sets, actions, masks, the alternate
 * stack and sending.
 *
 * The BSDs number signals as Linux does up to 9 and differently above
 * (SIGBUS 10, SIGUSR1 30, SIGCHLD 20...), have some Linux lacks, and
 * their own first real-time signal; their sets hold 128 bits.  Each
 * platform gives its numbers as a struct bsd_signals, and every call
 * that takes or returns a signal number or a set goes through the maps
 * here.  A signal only the platform has is never raised on Linux:
 * actions on it are accepted and read back as the default.
 */

#include <linux/export.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include "bsd.h"

/**
 * bsd_sig_to_linux - a platform's signal number in Linux's numbering
 * @s: the platform's signals
 * @sig: 1 to @s->nsig
 *
 * Return: the Linux number, 0 for a signal only the platform has,
 * -EINVAL for no signal at all.
 */
int bsd_sig_to_linux(const struct bsd_signals *s, unsigned long sig)
{
	if (!sig || sig > s->nsig)
		return -EINVAL;
	if (sig < s->nclassic)
		return s->to_linux[sig];
	if (sig >= s->rtmin && sig - s->rtmin + SIGRTMIN <= _NSIG)
		return sig - s->rtmin + SIGRTMIN;
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_sig_to_linux);

/**
 * bsd_sig_from_linux - a Linux signal number in a platform's numbering
 * @s: the platform's signals
 * @sig: 1 to _NSIG
 *
 * Return: the platform's number, 0 for none (a signal Linux alone has).
 */
int bsd_sig_from_linux(const struct bsd_signals *s, int sig)
{
	unsigned int i;

	if (sig <= 0 || sig > _NSIG)
		return 0;
	if (sig >= SIGRTMIN)
		return sig - SIGRTMIN + s->rtmin <= s->nsig ?
		       sig - SIGRTMIN + s->rtmin : 0;
	for (i = 1; i < s->nclassic; i++)
		if (s->to_linux[i] == sig)
			return i;
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_sig_from_linux);

void bsd_sigset_to_linux(const struct bsd_signals *s,
			 const struct bsd_sigset *f, sigset_t *l)
{
	unsigned int i;
	int sig;

	sigemptyset(l);
	for (i = 1; i <= s->nsig; i++) {
		if (!(f->bits[(i - 1) / 32] & BIT((i - 1) % 32)))
			continue;
		sig = bsd_sig_to_linux(s, i);
		if (sig > 0)
			sigaddset(l, sig);
	}
}
EXPORT_SYMBOL_GPL(bsd_sigset_to_linux);

void bsd_sigset_from_linux(const struct bsd_signals *s, sigset_t *l,
			   struct bsd_sigset *f)
{
	int i, sig;

	memset(f, 0, sizeof(*f));
	for (i = 1; i <= _NSIG; i++) {
		if (!sigismember(l, i))
			continue;
		sig = bsd_sig_from_linux(s, i);
		if (sig > 0)
			f->bits[(sig - 1) / 32] |= BIT((sig - 1) % 32);
	}
}
EXPORT_SYMBOL_GPL(bsd_sigset_from_linux);

/**
 * bsd_sigaction - sigaction(sig, act, oact) with the platform's struct
 * @sig: the signal, in the platform's numbering
 * @uact: its new action, or NULL
 * @uoact: where its old action goes, or NULL
 * @tramp: where a handler returns to, for a platform whose programs name
 *         it (NetBSD's trampoline), kept as the Linux action's
 *         sa_restorer; else 0
 * @need_tramp: refuse a handler without @tramp
 *
 * Return: 0, -EFAULT, -EINVAL for a bad signal or flag or a handler
 * without its trampoline, or the native error.
 */
long bsd_sigaction(int sig, const void __user *uact, void __user *uoact,
		   unsigned long tramp, bool need_tramp)
{
	const struct bsd_signals *s = bsd_platform()->signals;
	const struct bsd_sigaction_layout *l = &s->sigaction;
	struct k_sigaction new = {}, old = {};
	u8 buf[BSD_SIGACTION_MAX];
	struct bsd_sigset mask;
	u64 handler;
	u32 bflags;
	unsigned long flags;
	long denied;
	int lsig, ret;

	if (uact) {
		if (copy_from_user(buf, uact, l->bytes))
			return -EFAULT;
		memcpy(&handler, buf, sizeof(handler));
		memcpy(&bflags, buf + l->flags, sizeof(bflags));
		memcpy(&mask, buf + l->mask, sizeof(mask));
		if (need_tramp && !tramp &&
		    handler != (unsigned long)SIG_DFL &&
		    handler != (unsigned long)SIG_IGN)
			return -EINVAL;
	}
	lsig = bsd_sig_to_linux(s, sig);
	if (lsig < 0)
		return lsig;
	if (syscall_iface_denied(&denied, __NR_rt_sigaction, lsig, uact, uoact,
				 sizeof(sigset_t)))
		return denied;
	if (uact) {
		if (bsd_flags_to_linux(bsd_sa_flags, ARRAY_SIZE(bsd_sa_flags),
				       bflags, &flags))
			return -EINVAL;
		new.sa.sa_handler = (__sighandler_t)handler;
		new.sa.sa_flags = flags;
		new.sa.sa_restorer = (__sigrestore_t)tramp;
		bsd_sigset_to_linux(s, &mask, &new.sa.sa_mask);
	}
	/* The platform's own signals never come: accept, read back the default. */
	if (lsig) {
		ret = syscall_iface_sigaction(lsig, uact ? &new : NULL, &old);
		if (ret)
			return ret;
	}
	if (!uoact)
		return 0;
	memset(buf, 0, l->bytes);
	handler = (unsigned long)old.sa.sa_handler;
	bflags = bsd_flags_from_linux(bsd_sa_flags, ARRAY_SIZE(bsd_sa_flags),
				      old.sa.sa_flags);
	bsd_sigset_from_linux(s, &old.sa.sa_mask, &mask);
	memcpy(buf, &handler, sizeof(handler));
	memcpy(buf + l->flags, &bflags, sizeof(bflags));
	memcpy(buf + l->mask, &mask, sizeof(mask));
	return copy_to_user(uoact, buf, l->bytes) ? -EFAULT : 0;
}
EXPORT_SYMBOL_GPL(bsd_sigaction);

SYSCALL_IFACE_DEFINE3(bsd_sigprocmask, int, bhow,
		      const struct bsd_sigset __user *, uset,
		      struct bsd_sigset __user *, uoset)
{
	const struct bsd_signals *s = bsd_platform()->signals;
	sigset_t new, old = current->blocked;
	struct bsd_sigset fs;
	int how = 0, ret;
	long denied;

	if (uset) {
		switch (bhow) {
		case BSD_SIG_BLOCK:
			how = SIG_BLOCK;
			break;
		case BSD_SIG_UNBLOCK:
			how = SIG_UNBLOCK;
			break;
		case BSD_SIG_SETMASK:
			how = SIG_SETMASK;
			break;
		default:
			return -EINVAL;
		}
	}
	if (syscall_iface_denied(&denied, __NR_rt_sigprocmask, how, uset, uoset,
				 sizeof(sigset_t)))
		return denied;
	if (uset) {
		if (copy_from_user(&fs, uset, sizeof(fs)))
			return -EFAULT;
		bsd_sigset_to_linux(s, &fs, &new);
		sigdelsetmask(&new, sigmask(SIGKILL) | sigmask(SIGSTOP));
		ret = sigprocmask(how, &new, &old);
		if (ret)
			return ret;
	}
	if (uoset) {
		bsd_sigset_from_linux(s, &old, &fs);
		if (copy_to_user(uoset, &fs, sizeof(fs)))
			return -EFAULT;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_sigprocmask);

/*
 * sigaltstack(ss, oss), FreeBSD's kern_sigaltstack() and NetBSD's
 * sigaltstack1(): no flag but SS_DISABLE is taken.  The work is Linux's
 * sigaltstack(), on kernel copies.
 */
SYSCALL_IFACE_DEFINE2(bsd_sigaltstack, const struct bsd_stack __user *, uss,
		      struct bsd_stack __user *, uoss)
{
	stack_t ss = {}, oss;
	struct bsd_stack fs;
	long ret;

	if (syscall_iface_denied(&ret, __NR_sigaltstack, uss, uoss))
		return ret;
	if (uss) {
		if (copy_from_user(&fs, uss, sizeof(fs)))
			return -EFAULT;
		if (fs.flags & ~BSD_SS_DISABLE)
			return -EINVAL;
		ss.ss_sp = (void __user *)fs.sp;
		ss.ss_size = fs.size;
		ss.ss_flags = fs.flags & BSD_SS_DISABLE ? SS_DISABLE : 0;
	}
	ret = syscall_iface_sigaltstack(uss ? &ss : NULL, &oss);
	if (ret || !uoss)
		return ret;
	memset(&fs, 0, sizeof(fs));
	fs.sp = (unsigned long)oss.ss_sp;
	fs.size = oss.ss_size;
	fs.flags = (oss.ss_flags & SS_DISABLE ? BSD_SS_DISABLE : 0) |
		   (oss.ss_flags & SS_ONSTACK ? BSD_SS_ONSTACK : 0);
	return copy_to_user(uoss, &fs, sizeof(fs)) ? -EFAULT : 0;
}
EXPORT_SYMBOL_GPL(bsd_sigaltstack);

/* A signal number to send; 0 stays 0 (a check for existence). */
static int sig_to_send(const struct bsd_signals *s, unsigned long sig)
{
	int lsig;

	if (!sig)
		return 0;
	lsig = bsd_sig_to_linux(s, sig);
	return lsig ?: -EINVAL;		/* the platform's own: Linux cannot send it */
}

SYSCALL_IFACE_DEFINE2(bsd_kill, pid_t, pid, int, bsig)
{
	int sig = sig_to_send(bsd_platform()->signals, bsig);

	if (sig < 0)
		return sig;
	return syscall_iface_native(__NR_kill, pid, sig);
}
EXPORT_SYMBOL_GPL(bsd_kill);

/* thr_kill(id, sig), _lwp_kill(id, sig): a thread of the caller's process. */
SYSCALL_IFACE_DEFINE2(bsd_thread_kill, pid_t, id, int, bsig)
{
	int sig = sig_to_send(bsd_platform()->signals, bsig);

	if (sig < 0)
		return sig;
	return syscall_iface_native(__NR_tgkill, task_tgid_vnr(current), id, sig);
}
EXPORT_SYMBOL_GPL(bsd_thread_kill);

/**
 * bsd_stack_save - the alternate stack, as a context records it
 * @st: the context's stack_t
 * @sp: the stack pointer the context saves
 */
void bsd_stack_save(struct bsd_stack *st, unsigned long sp)
{
	st->sp = current->sas_ss_sp;
	st->size = current->sas_ss_size;
	st->flags = !current->sas_ss_size ? BSD_SS_DISABLE :
		    on_sig_stack(sp) ? BSD_SS_ONSTACK : 0;
}
EXPORT_SYMBOL_GPL(bsd_stack_save);

/**
 * bsd_sigmask_set - block the signals of a platform's set, as a context's
 * @s: the platform's signals
 * @set: its set; SIGKILL and SIGSTOP stay unblocked
 */
void bsd_sigmask_set(const struct bsd_signals *s, const struct bsd_sigset *set)
{
	sigset_t l;

	bsd_sigset_to_linux(s, set, &l);
	sigdelsetmask(&l, sigmask(SIGKILL) | sigmask(SIGSTOP));
	sigprocmask(SIG_SETMASK, &l, NULL);
}
EXPORT_SYMBOL_GPL(bsd_sigmask_set);

/* The platform's si_code for @info's. */
static s32 si_code(const struct bsd_signals *s, const kernel_siginfo_t *info)
{
	const struct bsd_ids *codes = s->si_codes;
	unsigned int i;

	for (i = 0; codes && i < codes->n; i++)
		if (codes->map[i].native == info->si_code)
			return (s32)codes->map[i].foreign;
	if (s->fpe_int_swapped && info->si_signo == SIGFPE &&
	    (info->si_code == FPE_INTDIV || info->si_code == FPE_INTOVF))
		return info->si_code == FPE_INTDIV ? FPE_INTOVF : FPE_INTDIV;
	return info->si_code;	/* the other fault and child codes agree */
}

/**
 * bsd_child_sig - a child's stop or termination signal, the platform's way
 * @s: the platform's signals
 * @sig: Linux's number
 *
 * For wait statuses and SIGCHLD's si_status.
 *
 * Return: the platform's number; SIGKILL's (9 everywhere) for a signal
 * only Linux has.
 */
int bsd_child_sig(const struct bsd_signals *s, int sig)
{
	return bsd_sig_from_linux(s, sig) ?: SIGKILL;
}

/**
 * bsd_siginfo - what a handler of a platform learns about its signal
 * @s: the platform's signals
 * @info: the signal
 * @si: set to who sent it (kill, sigqueue, timers), or where the fault
 *      was, or which child changed state, in the platform's numbers
 */
void bsd_siginfo(const struct bsd_signals *s, const kernel_siginfo_t *info,
		 struct bsd_siginfo *si)
{
	int sig = info->si_signo;

	memset(si, 0, sizeof(*si));
	si->signo = bsd_sig_from_linux(s, sig);
	si->errno = info->si_errno;
	si->code = si_code(s, info);
	if (info->si_code <= 0) {		/* sent by a task or a timer */
		si->kind = BSD_SI_SENT;
		si->pid = info->si_pid;
		si->uid = info->si_uid;
		if (info->si_code != SI_USER && info->si_code != SI_TKILL)
			si->value = (unsigned long)info->si_ptr;
	} else if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL ||
		   sig == SIGFPE || sig == SIGTRAP) {
		si->kind = BSD_SI_FAULT;
		si->addr = (unsigned long)info->si_addr;
		si->trapno = bsd_trapno();
	} else if (sig == SIGCHLD) {
		si->kind = BSD_SI_CHILD;
		si->pid = info->si_pid;
		si->uid = info->si_uid;
		si->status = info->si_code == CLD_EXITED ? info->si_status :
			     bsd_child_sig(s, info->si_status);
	} else if (sig == SIGIO) {
		si->kind = BSD_SI_POLL;
		si->band = info->si_band;
	} else if (sig == SIGSYS) {
		si->kind = BSD_SI_SYS;
		si->addr = (unsigned long)info->si_call_addr;
	}
}
EXPORT_SYMBOL_GPL(bsd_siginfo);
