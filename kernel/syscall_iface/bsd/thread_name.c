// SPDX-License-Identifier: GPL-2.0-only
/*
 * Thread names: FreeBSD's thr_set_name and NetBSD's _lwp_setname and
 * _lwp_getname.  A thread's name is its Linux comm, which ps, top and
 * /proc/PID/task/TID/comm show, as prctl(PR_SET_NAME) sets it for the
 * caller and a write to comm for a thread of the writer's process.  So
 * a name keeps its first TASK_COMM_LEN - 1 bytes, where NetBSD keeps
 * MAXCOMLEN - 1 (the same) and FreeBSD MAXCOMLEN (19); longer names are
 * cut, not refused, on all three.
 */

#include <linux/export.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "bsd.h"

/**
 * bsd_thread_name_set - name a thread of the caller's process
 * @tid: the thread
 * @uname: the name; NULL for an empty one
 *
 * Return: 0, -EFAULT or -ESRCH.
 */
long bsd_thread_name_set(pid_t tid, const char __user *uname)
{
	char name[TASK_COMM_LEN] = "";
	struct task_struct *t;
	long len;

	if (uname) {
		len = strncpy_from_user(name, uname, sizeof(name) - 1);
		if (len < 0)
			return len;
		name[len] = '\0';
	}
	t = bsd_thread_get(tid);
	if (!t)
		return -ESRCH;
	__set_task_comm(t, name, false);
	put_task_struct(t);
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_thread_name_set);

/**
 * bsd_thread_name_get - a thread's name, as a string of at most @len bytes
 * @tid: the thread, of the caller's process
 * @uname: where the string goes
 * @len: its room
 *
 * Return: 0; -ENAMETOOLONG for a name that did not fit, of which the
 * first @len bytes are copied; -EFAULT or -ESRCH.
 */
long bsd_thread_name_get(pid_t tid, char __user *uname, size_t len)
{
	char name[TASK_COMM_LEN];
	struct task_struct *t;
	size_t n;

	rcu_read_lock();
	t = bsd_thread_find(tid);
	if (t)
		__get_task_comm(name, sizeof(name), t);
	rcu_read_unlock();
	if (!t)
		return -ESRCH;
	n = strlen(name) + 1;
	if (copy_to_user(uname, name, min(n, len)))
		return -EFAULT;
	return n > len ? -ENAMETOOLONG : 0;
}
EXPORT_SYMBOL_GPL(bsd_thread_name_get);

/* thr_set_name(id, name): FreeBSD's, where a NULL name empties it. */
SYSCALL_IFACE_DEFINE2(bsd_thr_set_name, pid_t, id, const char __user *, name)
{
	return bsd_thread_name_set(id, name);
}
EXPORT_SYMBOL_GPL(bsd_thr_set_name);
