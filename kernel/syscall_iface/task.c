// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: binding interfaces to tasks.  Exec decides a program's
 * interface, fork passes it on and exit drops it; a process selects one
 * itself with prctl() (the System Call Inheritance paper's
 * set_syscall_table()), and a tracer with ptrace().
 *
 * Who may select what: any task may select, for itself, any interface
 * that is not restricted; a restricted one runs only under credentials
 * that hold CAP_SYS_ADMIN (syscall_iface_permitted(), which exec and
 * ptrace apply too).  Selecting changes only how the task's own calls are
 * numbered: every call still passes the native permission checks, ptrace
 * and seccomp (which see the native call), so no_new_privs needs no
 * special case.  An exec that changes credentials drops an interface
 * chosen for it.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/binfmts.h>
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/elf.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/security.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * syscall_iface_set_task - make an interface a task's
 * @tsk: current, or a tracee stopped by its tracer
 * @new: a counted reference, which @tsk takes over, or NULL for native
 */
void syscall_iface_set_task(struct task_struct *tsk, struct syscall_iface *new)
{
	struct syscall_iface_task *st = &tsk->syscall_iface;
	struct syscall_iface *old = st->iface;
	const struct syscall_iface_platform *old_platform = st->platform;

	if (new) {
		atomic_long_inc(&new->tasks);
		set_task_syscall_work(tsk, SYSCALL_IFACE);
	} else {
		clear_task_syscall_work(tsk, SYSCALL_IFACE);
	}
	/* /proc readers see it under RCU: module memory outlives a grace period. */
	WRITE_ONCE(st->platform, new ? syscall_iface_platform_of(new) : NULL);
	st->trampoline = 0;		/* mapped by exec or prctl */
	WRITE_ONCE(st->iface, new);
	/* The call under way (exec, prctl) was not decoded by @new. */
	st->nr = SYSCALL_IFACE_NR_NONE;
	st->convert = false;
	syscall_iface_platform_put(old_platform);
	if (old) {
		atomic_long_dec(&old->tasks);
		syscall_iface_put(old);
	}
}

/* Replace the interface chosen for @tsk's next exec. */
static void set_exec(struct task_struct *tsk, struct syscall_iface *iface)
{
	if (tsk->syscall_iface.exec)
		syscall_iface_put(tsk->syscall_iface.exec);
	tsk->syscall_iface.exec = iface;
}

/*
 * Interfaces decode 64-bit calls: a 32-bit (or x32) ELF program is never
 * selected for one.
 */
static bool exec_is_32bit(const struct linux_binprm *bprm)
{
	return !memcmp(bprm->buf, ELFMAG, SELFMAG) &&
	       bprm->buf[EI_CLASS] != ELFCLASS64;
}

/*
 * Whether an exec makes the task someone else: any of its ids, its
 * capabilities or its LSM label change.  A choice made for the exec by
 * the old task does not carry over to the new one.
 */
static bool exec_changes_creds(const struct cred *old, const struct cred *new)
{
	u32 old_sid, new_sid;

	if (!uid_eq(old->uid, new->uid) || !uid_eq(old->euid, new->euid) ||
	    !uid_eq(old->suid, new->suid) || !uid_eq(old->fsuid, new->fsuid) ||
	    !gid_eq(old->gid, new->gid) || !gid_eq(old->egid, new->egid) ||
	    !gid_eq(old->sgid, new->sgid) || !gid_eq(old->fsgid, new->fsgid))
		return true;
	if (!cap_isidentical(old->cap_inheritable, new->cap_inheritable) ||
	    !cap_isidentical(old->cap_permitted, new->cap_permitted) ||
	    !cap_isidentical(old->cap_effective, new->cap_effective) ||
	    !cap_isidentical(old->cap_bset, new->cap_bset) ||
	    !cap_isidentical(old->cap_ambient, new->cap_ambient))
		return true;
	security_cred_getsecid(old, &old_sid);
	security_cred_getsecid(new, &new_sid);
	return old_sid != new_sid;
}

/*
 * The interface chosen for this exec (PR_SYSCALL_IFACE_SET_EXEC), as a
 * counted reference, if it still applies: it is dropped, with a log line,
 * for a 32-bit program and for an exec that changes credentials.
 */
static struct syscall_iface *exec_chosen(struct linux_binprm *bprm)
{
	struct syscall_iface *chosen = current->syscall_iface.exec;
	const char *why = NULL;

	if (!chosen || READ_ONCE(chosen->deleted))
		return NULL;
	if (exec_is_32bit(bprm))
		why = "is a 32-bit program";
	else if (exec_changes_creds(current_cred(), bprm->cred))
		why = "changes credentials";
	if (why) {
		pr_info_ratelimited("%s[%d]: exec of %s %s: chosen interface %s dropped\n",
				    current->comm, task_pid_nr(current),
				    bprm->filename, why, syscall_iface_name(chosen));
		return NULL;
	}
	config_group_get(&chosen->group);
	return chosen;
}

/**
 * syscall_iface_exec_prepare - decide the interface of the program being exec'd
 * @bprm: the exec, with its new credentials, before the point of no return
 *
 * binfmt_juha leaves the interface it matched in @bprm; otherwise a
 * 64-bit ELF file may be claimed by an interface bound to "elf", and
 * anything else runs native.  An interface chosen for this exec wins over
 * detection (see exec_chosen()).  Called for the final program only, so
 * a #! script gets the interface of its interpreter.
 *
 * The result waits in @bprm for syscall_iface_exec().
 *
 * Return: 0, or -EPERM for a restricted interface that the new
 * credentials may not run (syscall_iface_permitted()): the program was
 * built for that interface, and running it native would give its calls
 * other meanings.
 */
int syscall_iface_exec_prepare(struct linux_binprm *bprm)
{
	struct syscall_iface *iface = bprm->syscall_iface;
	struct syscall_iface *chosen = exec_chosen(bprm);

	if (!iface && !exec_is_32bit(bprm) &&
	    !memcmp(bprm->buf, ELFMAG, SELFMAG))
		iface = syscall_iface_match(SYSCALL_IFACE_BINFMT_ELF, bprm->buf);
	if (chosen) {
		if (iface)
			syscall_iface_put(iface);
		iface = chosen;
	}
	if (iface && iface->native) {
		syscall_iface_put(iface);
		iface = NULL;
	}
	bprm->syscall_iface = iface;
	if (iface && !syscall_iface_permitted(iface, bprm->cred)) {
		pr_info_ratelimited("%s[%d]: exec of %s refused: interface %s is restricted to CAP_SYS_ADMIN\n",
				    current->comm, task_pid_nr(current),
				    bprm->filename, syscall_iface_name(iface));
		syscall_iface_exec_free(bprm);
		return -EPERM;
	}
	return 0;
}

/**
 * syscall_iface_exec - give the new program the interface decided for it
 * @bprm: the exec, past its point of no return
 *
 * Never called for an exec that fails before the point of no return, so
 * such an exec leaves the caller's interface, and its choice for the
 * next exec.
 */
void syscall_iface_exec(struct linux_binprm *bprm)
{
	struct syscall_iface *iface = bprm->syscall_iface;

	bprm->syscall_iface = NULL;
	set_exec(current, NULL);
	current->syscall_iface.native_start = 0;
	current->syscall_iface.native_len = 0;
	bsd_lwps_drop(current, false);
	if (iface)
		this_cpu_inc(iface->stats->execs);
	else if (likely(syscall_iface_linux))	/* not before our initcall */
		this_cpu_inc(syscall_iface_linux->stats->execs);
	syscall_iface_set_task(current, iface);
}

/**
 * syscall_iface_exec_free - drop what an exec decided and did not use
 * @bprm: the exec, which failed, or is being freed
 */
void syscall_iface_exec_free(struct linux_binprm *bprm)
{
	if (bprm->syscall_iface) {
		syscall_iface_put(bprm->syscall_iface);
		bprm->syscall_iface = NULL;
	}
}

/* Whether the syscall_iface_dispatch tracepoint has users. */
bool syscall_iface_tracing;

/**
 * syscall_iface_trace_reg - the dispatch tracepoint gets its first user
 *
 * Foreign calls are reported from syscall exit work, which foreign tasks
 * skip otherwise, so that their calls stay cheap: give every task
 * SYSCALL_WORK_SYSCALL_IFACE_RETURN while the tracepoint is in use, as
 * the raw_syscalls tracepoints do with theirs.  Each task drops the bit
 * itself once it no longer needs it (syscall_iface_return()).
 *
 * Return: 0.
 */
int syscall_iface_trace_reg(void)
{
	struct task_struct *p, *t;

	read_lock(&tasklist_lock);
	WRITE_ONCE(syscall_iface_tracing, true);
	for_each_process_thread(p, t)
		set_task_syscall_work(t, SYSCALL_IFACE_RETURN);
	read_unlock(&tasklist_lock);
	return 0;
}

/**
 * syscall_iface_trace_unreg - the dispatch tracepoint lost its last user
 */
void syscall_iface_trace_unreg(void)
{
	WRITE_ONCE(syscall_iface_tracing, false);
}

/**
 * syscall_iface_fork - a new task inherits its parent's interface
 * @p: the child, past the last failure point of copy_process()
 *
 * The child's pointers and syscall-work flags were copied with the task;
 * take the references that go with them, but for the service hold and
 * the park state, which are the parent's alone, and a BSD LWP's record
 * (bsd_lwps_fork()).  A child that
 * syscall_iface_trace_reg() could not see yet gets the return work here
 * (both run under tasklist_lock), and so does the child of a BSD fork,
 * which has its event queues to drop.
 */
void syscall_iface_fork(struct task_struct *p)
{
	struct syscall_iface_task *st = &p->syscall_iface;

	st->service = NULL;	/* the parent's, made inside a service */
	atomic_set(&st->park, 0);	/* a new LWP or process has no wake pending */
	bsd_lwps_fork(p);
	if (READ_ONCE(syscall_iface_tracing) || st->fork_child)
		set_task_syscall_work(p, SYSCALL_IFACE_RETURN);
	if (st->iface) {
		config_group_get(&st->iface->group);
		atomic_long_inc(&st->iface->tasks);
	}
	if (st->platform)
		__module_get(st->platform->owner);
	if (st->exec)
		config_group_get(&st->exec->group);
}

/**
 * syscall_iface_exit - drop the interfaces of an exiting task
 * @tsk: current, in do_exit()
 */
void syscall_iface_exit(struct task_struct *tsk)
{
	syscall_iface_service_release(tsk);
	bsd_lwps_drop(tsk, true);
	set_exec(tsk, NULL);
	if (tsk->syscall_iface.iface)
		syscall_iface_set_task(tsk, NULL);
}

static long copy_name(struct syscall_iface *iface, char __user *buf,
		      unsigned long size)
{
	const char *name = iface ? iface->name : "linux";
	size_t len = strlen(name);

	if (buf && size) {
		size_t n = min_t(size_t, len, size - 1);

		if (copy_to_user(buf, name, n) || put_user('\0', buf + n))
			return -EFAULT;
	}
	return len;
}

/*
 * The interface a user names, with the permission check, as a counted
 * reference; NULL in *@native for "linux".
 */
static struct syscall_iface *chosen(const char __user *uname, bool *native,
				    long *err)
{
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	struct syscall_iface *iface;
	long len;

	len = strncpy_from_user(name, uname, sizeof(name));
	if (len < 0) {
		*err = len;
		return NULL;
	}
	if (len == sizeof(name)) {
		*err = -ENAMETOOLONG;
		return NULL;
	}
	iface = syscall_iface_get_by_name(name);
	if (!iface) {
		*err = -ENOENT;
		return NULL;
	}
	if (!syscall_iface_permitted(iface, current_cred())) {
		syscall_iface_put(iface);
		*err = -EPERM;
		return NULL;
	}
	*native = iface->native;
	return iface;
}

/*
 * Make the interface a user names @tsk's, "linux" meaning native: what
 * PR_SYSCALL_IFACE_SET does for current and PTRACE_SET_SYSCALL_IFACE for
 * a tracee.
 */
static long select_by_name(struct task_struct *tsk, const char __user *uname)
{
	struct syscall_iface *iface;
	bool native = false;
	long err = 0;

	iface = chosen(uname, &native, &err);
	if (!iface)
		return err;
	if (native) {
		syscall_iface_put(iface);
		iface = NULL;
	}
	syscall_iface_set_task(tsk, iface);
	return 0;
}

/*
 * PR_SYSCALL_IFACE_NATIVE_RANGE and PTRACE_SET_SYSCALL_IFACE_RANGE: as
 * Syscall User Dispatch checks its range, a range must not wrap; an
 * empty one clears it.
 */
static long set_native_range(struct task_struct *tsk, unsigned long start,
			     unsigned long len)
{
	struct syscall_iface_task *st = &tsk->syscall_iface;

	if ((!len && start) || (len && start + len <= start))
		return -EINVAL;
	st->native_start = start;
	st->native_len = len;
	return 0;
}

/* PTRACE_GET_SYSCALL_IFACE_RANGE and PTRACE_SET_SYSCALL_IFACE_RANGE */
static long ptrace_range(struct task_struct *child, bool set,
			 unsigned long size, void __user *data)
{
	struct syscall_iface_task *st = &child->syscall_iface;
	struct ptrace_syscall_iface_range r;

	if (size != sizeof(r))
		return -EINVAL;
	if (!set) {
		r.start = st->native_start;
		r.len = st->native_len;
		return copy_to_user(data, &r, sizeof(r)) ? -EFAULT : 0;
	}
	if (copy_from_user(&r, data, sizeof(r)))
		return -EFAULT;
	return set_native_range(child, r.start, r.len);
}

/**
 * syscall_iface_prctl - PR_SYSCALL_IFACE
 * @op: PR_SYSCALL_IFACE_GET, _SET, _SET_EXEC, _NATIVE or _NATIVE_RANGE
 * @arg3: buffer (GET), name (SET, SET_EXEC) or start (NATIVE_RANGE)
 * @arg4: buffer size (GET) or length (NATIVE_RANGE)
 * @arg5: must be 0
 *
 * The selection applies to the calling task (thread) only; tasks it
 * creates afterwards inherit it, as they inherit an interface chosen for
 * the next exec.
 *
 * Return: the name's length (GET), 0, or -EINVAL, -EFAULT, -ENOENT,
 * -EPERM, -ENAMETOOLONG.
 */
long syscall_iface_prctl(unsigned long op, unsigned long arg3,
			 unsigned long arg4, unsigned long arg5)
{
	struct syscall_iface *iface = NULL;
	bool native;
	long err = 0;

	if (arg5)
		return -EINVAL;
	switch (op) {
	case PR_SYSCALL_IFACE_GET:
		return copy_name(current->syscall_iface.iface,
				 (char __user *)arg3, arg4);
	case PR_SYSCALL_IFACE_SET:
		if (arg4)
			return -EINVAL;
		err = select_by_name(current, (const char __user *)arg3);
		if (!err)
			syscall_iface_trampoline_map();
		return err;
	case PR_SYSCALL_IFACE_SET_EXEC:
		if (arg4)
			return -EINVAL;
		if (arg3) {
			iface = chosen((const char __user *)arg3, &native, &err);
			if (!iface)
				return err;
		}
		set_exec(current, iface);
		return 0;
	case PR_SYSCALL_IFACE_NATIVE:
		if (arg3 || arg4)
			return -EINVAL;
		syscall_iface_set_task(current, NULL);
		return 0;
	case PR_SYSCALL_IFACE_NATIVE_RANGE:
		return set_native_range(current, arg3, arg4);
	}
	return -EINVAL;
}

/**
 * syscall_iface_ptrace - PTRACE_{GET,SET}_SYSCALL_IFACE{,_RANGE}
 * @child: the tracee, stopped and frozen by ptrace_check_attach()
 * @request: the request
 * @addr: buffer size (GET), 0 (SET), the struct's size (the ranges)
 * @data: buffer (GET), name (SET) or struct ptrace_syscall_iface_range,
 *        in the tracer's memory
 *
 * So that debuggers and checkpoint/restore tools can inject native calls
 * into a foreign task and put its interface back, and save and restore
 * its native range.  Setting either is what the prctl would do in the
 * tracee, with the tracer's permission.  The frozen tracee cannot run,
 * not even to exit, while its pointers change.
 *
 * Return: the name's length (GET), 0, or -EINVAL, -EFAULT, -ENOENT,
 * -EPERM, -ENAMETOOLONG; -EIO for another request.
 */
long syscall_iface_ptrace(struct task_struct *child, long request,
			  unsigned long addr, void __user *data)
{
	switch (request) {
	case PTRACE_GET_SYSCALL_IFACE:
		return copy_name(child->syscall_iface.iface, data, addr);
	case PTRACE_SET_SYSCALL_IFACE:
		if (addr)
			return -EINVAL;
		return select_by_name(child, data);
	case PTRACE_GET_SYSCALL_IFACE_RANGE:
		return ptrace_range(child, false, addr, data);
	case PTRACE_SET_SYSCALL_IFACE_RANGE:
		return ptrace_range(child, true, addr, data);
	}
	return -EIO;
}

/**
 * syscall_iface_proc_status - the SyscallIface: line of /proc/PID/status
 * @m: the status file
 * @p: the task, which may be exiting or exec'ing meanwhile
 *
 * Interfaces are freed after an RCU grace period, so the name is safe to
 * read under rcu_read_lock() whatever @p does.
 */
void syscall_iface_proc_status(struct seq_file *m, struct task_struct *p)
{
	const struct syscall_iface_platform *platform;
	struct syscall_iface *iface;

	rcu_read_lock();
	iface = READ_ONCE(p->syscall_iface.iface);
	platform = READ_ONCE(p->syscall_iface.platform);
	seq_printf(m, "SyscallIface:\t%s\n", iface ? iface->name : "linux");
	if (platform)
		seq_printf(m, "SyscallPlatform:\t%s\n", platform->name);
	rcu_read_unlock();
}
