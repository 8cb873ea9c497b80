/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface: the hooks that upstream code calls.
 *
 * A foreign task (one whose program runs under a foreign system call
 * interface) holds its interface in task_struct (struct
 * syscall_iface_task) and has SYSCALL_WORK_SYSCALL_IFACE set.  Native
 * tasks have neither, so the hooks below cost them nothing on the
 * syscall path: they are either behind syscall work bits that only
 * foreign tasks carry, or behind static keys that are off until an
 * interface exists.  What our own code shares is in
 * <linux/syscall_iface_core.h>.
 */
#ifndef _LINUX_SYSCALL_IFACE_H
#define _LINUX_SYSCALL_IFACE_H

#include <linux/errno.h>
#include <linux/jump_label.h>
#include <linux/thread_info.h>
#include <linux/types.h>
#include <uapi/linux/syscall_iface.h>

struct linux_binprm;
struct pt_regs;
struct seq_file;
struct task_struct;

#ifdef CONFIG_SYSCALL_IFACE

/* Syscall entry and return (kernel/entry/common.c). */
long syscall_iface_enter(struct pt_regs *regs);
void __syscall_iface_extra(struct pt_regs *regs);
void syscall_iface_return(struct pt_regs *regs);
DECLARE_STATIC_KEY_FALSE(syscall_iface_extras_on);

/**
 * syscall_iface_trace_enter - number a call as every observer will see it
 * @regs: the caller's registers
 * @work: the task's syscall work
 *
 * Called from syscall_trace_enter() before ptrace, seccomp, audit and the
 * tracepoints.  A foreign call is decoded into its native number; a
 * native call to one of "linux"'s extra numbers becomes the number of
 * the service it names, so that a service has one number for everyone.
 */
static inline void syscall_iface_trace_enter(struct pt_regs *regs,
					     unsigned long work)
{
	if (work & SYSCALL_WORK_SYSCALL_IFACE)
		syscall_iface_enter(regs);
	else if (static_branch_unlikely(&syscall_iface_extras_on))
		__syscall_iface_extra(regs);
}

/* Numbers no native syscall uses (the architecture's do_syscall_64()). */
bool __syscall_iface_service(struct pt_regs *regs, long nr);
DECLARE_STATIC_KEY_FALSE(syscall_iface_services_on);

/**
 * syscall_iface_service - run a service for an invalid native number
 * @regs: the caller's registers
 * @nr: the number the native table has no syscall for
 *
 * Return: true if a service ran (its result is in the return register).
 */
static inline bool syscall_iface_service(struct pt_regs *regs, long nr)
{
	if (!static_branch_unlikely(&syscall_iface_services_on))
		return false;
	return __syscall_iface_service(regs, nr);
}

/* Signals (the architecture's signal code). */
void __syscall_iface_restart(struct pt_regs *regs, bool block);
void __syscall_iface_signal(struct pt_regs *regs);

/**
 * syscall_iface_restart - fix up a syscall restart for a foreign task
 * @regs: user registers, already rewound to the syscall instruction
 * @block: true for -ERESTART_RESTARTBLOCK (restart_syscall), false when
 *         the same call is re-executed
 *
 * Upstream restarts by loading a native number into the number register;
 * a foreign task would decode that through its own table.
 */
static inline void syscall_iface_restart(struct pt_regs *regs, bool block)
{
	if (test_syscall_work(SYSCALL_IFACE))
		__syscall_iface_restart(regs, block);
}

/**
 * syscall_iface_signal - a signal handler runs instead of a restart
 * @regs: user registers, after the signal code decided not to restart
 *
 * The interrupted call returns -EINTR the way its interface returns
 * errors.
 */
static inline void syscall_iface_signal(struct pt_regs *regs)
{
	if (test_syscall_work(SYSCALL_IFACE_RETURN))
		__syscall_iface_signal(regs);
}

/* Signals sent (kernel/signal.c), for platforms that count them. */
void __syscall_iface_signal_sent(struct task_struct *t, int sig);
DECLARE_STATIC_KEY_FALSE(syscall_iface_signal_watches_on);

/**
 * syscall_iface_signal_sent - a signal is being sent to a task
 * @t: the task, whose siglock is held
 * @sig: the signal
 *
 * Called before the signal code decides whether @t ignores @sig, while
 * a platform watches some process's signals (FreeBSD's kqueue counts
 * even ignored ones).
 */
static inline void syscall_iface_signal_sent(struct task_struct *t, int sig)
{
	if (static_branch_unlikely(&syscall_iface_signal_watches_on))
		__syscall_iface_signal_sent(t, sig);
}

/* Exec (fs/exec.c), fork and exit. */
int syscall_iface_exec_prepare(struct linux_binprm *bprm);
void syscall_iface_exec(struct linux_binprm *bprm);
void syscall_iface_exec_start(void);
void syscall_iface_exec_free(struct linux_binprm *bprm);
void syscall_iface_fork(struct task_struct *p);
void syscall_iface_exit(struct task_struct *tsk);

/* prctl(PR_SYSCALL_IFACE), /proc/PID/status and ptrace. */
long syscall_iface_prctl(unsigned long op, unsigned long arg3,
			 unsigned long arg4, unsigned long arg5);
void syscall_iface_proc_status(struct seq_file *m, struct task_struct *p);
long syscall_iface_ptrace(struct task_struct *child, long request,
			  unsigned long addr, void __user *data);

#else /* !CONFIG_SYSCALL_IFACE */

static inline long syscall_iface_enter(struct pt_regs *regs) { return -1; }
static inline void syscall_iface_trace_enter(struct pt_regs *regs,
					     unsigned long work) { }
static inline void syscall_iface_return(struct pt_regs *regs) { }
static inline bool syscall_iface_service(struct pt_regs *regs, long nr)
{
	return false;
}

static inline void syscall_iface_restart(struct pt_regs *regs, bool block) { }
static inline void syscall_iface_signal(struct pt_regs *regs) { }
static inline void syscall_iface_signal_sent(struct task_struct *t, int sig) { }
static inline int syscall_iface_exec_prepare(struct linux_binprm *bprm)
{
	return 0;
}

static inline void syscall_iface_exec(struct linux_binprm *bprm) { }
static inline void syscall_iface_exec_start(void) { }
static inline void syscall_iface_exec_free(struct linux_binprm *bprm) { }
static inline void syscall_iface_fork(struct task_struct *p) { }
static inline void syscall_iface_exit(struct task_struct *tsk) { }
static inline long syscall_iface_prctl(unsigned long op, unsigned long arg3,
				       unsigned long arg4, unsigned long arg5)
{
	return -EINVAL;
}

static inline void syscall_iface_proc_status(struct seq_file *m,
					     struct task_struct *p) { }
static inline long syscall_iface_ptrace(struct task_struct *child,
					long request, unsigned long addr,
					void __user *data)
{
	return -EIO;
}

#endif /* CONFIG_SYSCALL_IFACE */

#endif /* _LINUX_SYSCALL_IFACE_H */
