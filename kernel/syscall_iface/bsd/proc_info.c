// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the BSDs' process sysctls (FreeBSD's kern.proc.pid and its struct
 * kinfo_proc) tell of a process: the numbers /proc/PID/stat and
 * /proc/PID/status show anyone, of any process in the caller's pid
 * namespace, gathered once in struct bsd_proc for a platform's layout.
 * A procfs mount's hidepid= does not reach here: FreeBSD's processes
 * see each other unless a jail or see_other_uids says otherwise.
 */

#include <linux/cred.h>
#include <linux/binfmts.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/slab.h>
#include <linux/kdev_t.h>
#include <linux/mm.h>
#include <linux/pid_namespace.h>
#include <linux/ptrace.h>
#include <linux/resource.h>
#include <linux/sched/cputime.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/sched/stat.h>
#include <linux/sched/task.h>
#include <linux/timekeeping.h>
#include <linux/tty.h>
#include <linux/user_namespace.h>

#include "bsd.h"

/*
 * What its signal state holds: the controlling terminal's device, group
 * and session, if there is one, and the signals pending, blocked,
 * ignored and caught.  The sighand lock is released through the pointer
 * lock_task_sighand() returned, as t->sighand is RCU-managed.
 */
static void proc_signals(struct task_struct *t, struct pid_namespace *ns,
			 struct bsd_proc *p)
{
	struct sighand_struct *sighand;
	struct tty_struct *tty;
	struct k_sigaction *k;
	unsigned long flags;
	struct pid *pgrp;
	int sig;

	sighand = lock_task_sighand(t, &flags);
	if (!sighand)
		return;
	tty = t->signal->tty;
	if (tty) {
		/* as stat gives a device; its session is the process's */
		p->tdev = new_encode_dev(tty_devnum(tty));
		pgrp = tty_get_pgrp(tty);
		p->tpgid = pid_nr_ns(pgrp, ns);
		put_pid(pgrp);
		p->tsid = p->sid;
	}
	sigorsets(&p->pending, &t->pending.signal,
		  &t->signal->shared_pending.signal);
	p->blocked = t->blocked;
	for (sig = 1, k = sighand->action; sig <= _NSIG; sig++, k++) {
		if (k->sa.sa_handler == SIG_IGN)
			sigaddset(&p->ignored, sig);
		else if (k->sa.sa_handler != SIG_DFL)
			sigaddset(&p->caught, sig);
	}
	spin_unlock_irqrestore(&sighand->siglock, flags);
}

/* Its credentials, as the caller's user namespace sees them. */
static void proc_creds(struct task_struct *t, struct bsd_proc *p)
{
	struct user_namespace *ns = current_user_ns();
	const struct cred *cred;
	unsigned int i;

	rcu_read_lock();
	cred = __task_cred(t);
	p->uid = from_kuid_munged(ns, cred->euid);
	p->ruid = from_kuid_munged(ns, cred->uid);
	p->svuid = from_kuid_munged(ns, cred->suid);
	p->rgid = from_kgid_munged(ns, cred->gid);
	p->svgid = from_kgid_munged(ns, cred->sgid);
	/* The BSDs' first group is the effective one. */
	p->groups[0] = from_kgid_munged(ns, cred->egid);
	p->ngroups = min(cred->group_info->ngroups + 1, BSD_PROC_NGROUPS);
	for (i = 1; i < p->ngroups; i++)
		p->groups[i] = from_kgid_munged(ns, cred->group_info->gid[i - 1]);
	rcu_read_unlock();
}

/* Its memory: bytes mapped, pages resident, of text, data and stack. */
static void proc_memory(struct task_struct *t, struct bsd_proc *p)
{
	struct mm_struct *mm = get_task_mm(t);

	if (!mm)
		return;
	p->vsize = mm->total_vm << PAGE_SHIFT;
	/* summed as /proc/PID/status sums it: a small count may be per CPU */
	p->rss = get_mm_counter_sum(mm, MM_FILEPAGES) +
		 get_mm_counter_sum(mm, MM_ANONPAGES) +
		 get_mm_counter_sum(mm, MM_SHMEMPAGES);
	p->text = PAGE_ALIGN(mm->end_code - mm->start_code) >> PAGE_SHIFT;
	p->data = mm->data_vm;
	p->stack = mm->stack_vm;
	mmput(mm);
}

/* What /proc/PID/stat's state letter says, in the BSDs' numbers. */
static enum bsd_proc_stat proc_stat(struct task_struct *t)
{
	switch (task_state_to_char(t)) {
	case 'R':
		return BSD_SRUN;
	case 'T':
	case 't':
		return BSD_SSTOP;
	case 'Z':
	case 'X':
		return BSD_SZOMB;
	}
	return BSD_SSLEEP;
}

/* Process @pid of the caller's pid namespace, referenced, or NULL. */
static struct task_struct *proc_task(pid_t pid)
{
	struct task_struct *t;

	rcu_read_lock();
	t = pid > 0 ? find_task_by_vpid(pid) : NULL;
	/* A thread's id names no process. */
	if (t && thread_group_leader(t))
		get_task_struct(t);
	else
		t = NULL;
	rcu_read_unlock();
	return t;
}

/**
 * bsd_proc_get - what the BSDs tell of process @pid
 * @pid: the process, in the caller's pid namespace
 * @p: where it goes
 *
 * Return: 0, or -ESRCH if the caller sees no such process.
 */
int bsd_proc_get(pid_t pid, struct bsd_proc *p)
{
	struct pid_namespace *ns = task_active_pid_ns(current);
	struct task_struct *t;
	u64 since;

	memset(p, 0, sizeof(*p));
	t = proc_task(pid);
	if (!t)
		return -ESRCH;
	p->pid = task_tgid_nr_ns(t, ns);
	p->ppid = task_ppid_nr_ns(t, ns);
	p->pgid = task_pgrp_nr_ns(t, ns);
	p->sid = task_session_nr_ns(t, ns);
	p->tdev = BSD_PROC_NODEV;
	proc_signals(t, ns, p);
	proc_creds(t, p);
	proc_memory(t, p);
	rcu_read_lock();
	if (t->ptrace)
		p->tracer = task_tgid_nr_ns(ptrace_parent(t), ns);
	rcu_read_unlock();
	getrusage(t, RUSAGE_SELF, &p->ru);
	getrusage(t, RUSAGE_CHILDREN, &p->ru_children);
	since = ktime_get_boottime_ns() - t->start_boottime;
	p->start = ns_to_timespec64(ktime_get_real_ns() - since);
	p->stat = proc_stat(t);
	p->nice = task_nice(t);
	p->cpu = task_cpu(t);
	p->threads = get_nr_threads(t);
	p->kthread = t->flags & PF_KTHREAD;
	p->exiting = t->flags & PF_EXITING;
	get_task_comm(p->comm, t);
	put_task_struct(t);
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_proc_get);

/**
 * bsd_proc_pids - the processes the caller sees
 * @n: where their number goes
 *
 * The ids, in the caller's pid namespace, of the processes in it, as
 * many as there were when the walk began: one may have gone since, and
 * one begun since may be missing.
 *
 * Return: the ids, to kvfree(), or NULL without memory.
 */
pid_t *bsd_proc_pids(unsigned int *n)
{
	struct pid_namespace *ns = task_active_pid_ns(current);
	unsigned int max = nr_processes();
	struct task_struct *t;
	pid_t *pids, pid;

	pids = kvmalloc_array(max ?: 1, sizeof(*pids), GFP_KERNEL);
	if (!pids)
		return NULL;
	*n = 0;
	rcu_read_lock();
	for_each_process(t) {
		pid = task_tgid_nr_ns(t, ns);
		if (pid > 0 && *n < max)
			pids[(*n)++] = pid;
	}
	rcu_read_unlock();
	return pids;
}
EXPORT_SYMBOL_GPL(bsd_proc_pids);

/**
 * bsd_proc_selected - whether a process sysctl's selector picks @p
 * @p: the process
 * @by: what it selects by
 * @arg: the pid, group, session, terminal (as bsd_proc's tdev), user or
 *       group it names
 */
bool bsd_proc_selected(const struct bsd_proc *p, enum bsd_proc_by by,
		       u32 arg)
{
	switch (by) {
	case BSD_PROC_ALL:
		return true;
	case BSD_PROC_PID:
		return p->pid == arg;
	case BSD_PROC_PGRP:
		return p->pgid == arg;
	case BSD_PROC_SESSION:
		return p->sid == arg;
	case BSD_PROC_TTY:
		return p->tdev != BSD_PROC_NODEV && (u32)p->tdev == arg;
	case BSD_PROC_UID:
		return p->uid == arg;
	case BSD_PROC_RUID:
		return p->ruid == arg;
	case BSD_PROC_GID:
		return p->groups[0] == arg;
	case BSD_PROC_RGID:
		return p->rgid == arg;
	}
	return false;
}
EXPORT_SYMBOL_GPL(bsd_proc_selected);

/* The most of a process's arguments told: Linux's longest argument. */
#define BSD_PROC_ARGS_MAX	MAX_ARG_STRLEN

/**
 * bsd_sysctl_proc_args - a process's arguments, for a process sysctl
 * @pid: the process, in the caller's pid namespace; -1 for the caller
 * @count: tell how many there are (an int), not what they are
 * @old: where they go, or NULL for their size
 * @oldlenp: the room at @old, then the size
 *
 * FreeBSD's kern.proc.args.PID and NetBSD's kern.proc_args.PID.ARGV and
 * .NARGV: the arguments each with its NUL, as /proc/PID/cmdline gives
 * them to anyone, up to BSD_PROC_ARGS_MAX bytes.  A kernel thread has
 * none.
 *
 * Return: 0, -ESRCH for a process the caller does not see, or as
 * bsd_sysctl_copy().
 */
long bsd_sysctl_proc_args(pid_t pid, bool count, void __user *old,
			  size_t __user *oldlenp)
{
	struct task_struct *t;
	int len, i, n = 0;
	char *buf;
	long ret;

	t = proc_task(pid == -1 ? task_tgid_vnr(current) : pid);
	if (!t)
		return -ESRCH;
	buf = kvmalloc(BSD_PROC_ARGS_MAX, GFP_KERNEL);
	ret = -ENOMEM;
	if (buf) {
		len = get_cmdline(t, buf, BSD_PROC_ARGS_MAX);
		for (i = 0; i < len; i++)
			n += !buf[i];
		ret = count ? bsd_sysctl_copy(&n, sizeof(n), old, oldlenp) :
			      bsd_sysctl_copy(buf, len, old, oldlenp);
	}
	kvfree(buf);
	put_task_struct(t);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_proc_args);

/**
 * bsd_sysctl_proc_exe - a process's executable, for a process sysctl
 * @pid: the process, in the caller's pid namespace; -1 for the caller
 * @old: where its path goes, or NULL for the path's size
 * @oldlenp: the room at @old, then the size
 *
 * FreeBSD's kern.proc.pathname.PID and NetBSD's
 * kern.proc_args.PID.PATHNAME, as /proc/PID/exe tells it: to a caller
 * that may read the process as a tracer.
 *
 * Return: 0, -ESRCH for a process the caller does not see, -EACCES for
 * one it may not read, -ENOENT for one without an executable, or as
 * bsd_sysctl_copy().
 */
long bsd_sysctl_proc_exe(pid_t pid, void __user *old, size_t __user *oldlenp)
{
	struct task_struct *t;
	char *buf, *path;
	struct file *exe;
	long ret;

	t = proc_task(pid == -1 ? task_tgid_vnr(current) : pid);
	if (!t)
		return -ESRCH;
	if (!ptrace_may_access(t, PTRACE_MODE_READ_FSCREDS)) {
		put_task_struct(t);
		return -EACCES;
	}
	exe = get_task_exe_file(t);
	put_task_struct(t);
	if (!exe)
		return -ENOENT;
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	path = buf ? file_path(exe, buf, PATH_MAX) : ERR_PTR(-ENOMEM);
	ret = IS_ERR(path) ? PTR_ERR(path) :
	      bsd_sysctl_copy(path, strlen(path) + 1, old, oldlenp);
	kfree(buf);
	fput(exe);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_sysctl_proc_exe);
