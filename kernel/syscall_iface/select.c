// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: selection by the process itself (prctl), after the
 * System Call Inheritance paper's set_syscall_table(), and the
 * SyscallIface: line of /proc/PID/status.
 *
 * Who may select what: any task may select, for itself, any interface
 * that is not marked restricted; a restricted one needs CAP_SYS_ADMIN
 * (syscall_iface_permitted(), the rule exec and ptrace apply too).
 * Selecting changes only how the task's own calls are numbered: every
 * call still passes the native permission checks, ptrace and seccomp
 * (which see the native call), so no_new_privs needs no special case.
 * An exec that changes credentials drops an interface chosen for it.
 *
 * A tracer may read and set a stopped tracee's interface
 * (PTRACE_GET_SYSCALL_IFACE, PTRACE_SET_SYSCALL_IFACE), so that debuggers
 * and checkpoint/restore tools can inject native calls and put the
 * interface back.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * syscall_iface_get_by_name - find a live interface by name
 * @name: its name; "linux" is the native interface
 *
 * Return: a counted reference, or NULL if there is none.
 */
struct syscall_iface *syscall_iface_get_by_name(const char *name)
{
	struct syscall_iface *iface, *found = NULL;

	mutex_lock(&syscall_iface_mutex);
	list_for_each_entry(iface, &syscall_iface_all, node) {
		if (!iface->deleted && !strcmp(iface->name, name)) {
			config_group_get(&iface->group);
			found = iface;
			break;
		}
	}
	mutex_unlock(&syscall_iface_mutex);
	return found;
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

/* The interface a user names, with the permission check. */
static struct syscall_iface *chosen(const char __user *uname, long *err)
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
	return iface;
}

/**
 * syscall_iface_prctl - PR_SYSCALL_IFACE
 * @op: PR_SYSCALL_IFACE_GET, _SET, _SET_EXEC or _NATIVE
 * @arg3: buffer (GET) or name (SET, SET_EXEC)
 * @arg4: buffer size (GET)
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
	struct syscall_iface *iface;
	long err = 0;

	if (arg5)
		return -EINVAL;
	switch (op) {
	case PR_SYSCALL_IFACE_GET:
		return copy_name(current->syscall_iface, (char __user *)arg3,
				 arg4);
	case PR_SYSCALL_IFACE_SET:
		if (arg4)
			return -EINVAL;
		iface = chosen((const char __user *)arg3, &err);
		if (!iface)
			return err;
		if (iface->native) {
			syscall_iface_put(iface);
			iface = NULL;
		}
		syscall_iface_set_current(iface);
		return 0;
	case PR_SYSCALL_IFACE_SET_EXEC:
		if (arg4)
			return -EINVAL;
		iface = NULL;
		if (arg3) {
			iface = chosen((const char __user *)arg3, &err);
			if (!iface)
				return err;
		}
		if (current->syscall_iface_exec)
			syscall_iface_put(current->syscall_iface_exec);
		current->syscall_iface_exec = iface;
		return 0;
	case PR_SYSCALL_IFACE_NATIVE:
		if (arg3 || arg4)
			return -EINVAL;
		syscall_iface_set_current(NULL);
		return 0;
	}
	return -EINVAL;
}

/**
 * syscall_iface_ptrace - PTRACE_GET_SYSCALL_IFACE and PTRACE_SET_SYSCALL_IFACE
 * @child: the tracee, stopped and frozen by ptrace_check_attach()
 * @request: the request
 * @addr: buffer size (GET), 0 (SET)
 * @data: buffer (GET) or name (SET), in the tracer's memory
 *
 * Setting the tracee's interface is what PR_SYSCALL_IFACE_SET would do in
 * the tracee, with the tracer's permission.  The frozen tracee cannot
 * run, not even to exit, while its pointers change.
 *
 * Return: the name's length (GET), 0, or -EINVAL, -EFAULT, -ENOENT,
 * -EPERM, -ENAMETOOLONG; -EIO for another request.
 */
long syscall_iface_ptrace(struct task_struct *child, long request,
			  unsigned long addr, void __user *data)
{
	struct syscall_iface *iface;
	long err = 0;

	switch (request) {
	case PTRACE_GET_SYSCALL_IFACE:
		return copy_name(child->syscall_iface, data, addr);
	case PTRACE_SET_SYSCALL_IFACE:
		if (addr)
			return -EINVAL;
		iface = chosen(data, &err);
		if (!iface)
			return err;
		if (iface->native) {
			syscall_iface_put(iface);
			iface = NULL;
		}
		syscall_iface_set_task(child, iface);
		return 0;
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
	struct syscall_iface *iface;

	rcu_read_lock();
	iface = READ_ONCE(p->syscall_iface);
	seq_printf(m, "SyscallIface:\t%s\n", iface ? iface->name : "linux");
	rcu_read_unlock();
}
