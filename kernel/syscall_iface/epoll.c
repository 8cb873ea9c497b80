// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: what platforms whose event queues are built on epoll
 * (FreeBSD's kqueue) need of it: epoll_ctl() and epoll_wait() on files
 * the caller holds, and readiness flags.
 *
 * A service looks its queue up once and acts on that file: through the
 * descriptor number again, a concurrent dup2() could make it act on
 * another set than the one it checked.  A readiness flag is a file with
 * no descriptor, which polls readable while it is set; a queue watches
 * one to be woken by events that no descriptor carries (FreeBSD's user
 * events).  No thread of the program can reach it, and its code is the
 * core's, so an epoll set that outlives a platform's module polls no
 * code of the module.
 */

#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/anon_inodes.h>
#include <linux/eventpoll.h>
#include <linux/export.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/time64.h>
#include <linux/wait.h>

#include "internal.h"

/**
 * syscall_iface_epoll_ctl - epoll_ctl() on files, with the event in kernel memory
 * @ep: the epoll set
 * @op: EPOLL_CTL_ADD, _MOD or _DEL
 * @target: the file watched
 * @fd: the descriptor the set knows @target by (-1 for a file without one)
 * @event: the events and data, for ADD and MOD
 *
 * Return: 0 or what epoll_ctl() returns (-EINVAL if @ep is no epoll set).
 */
int syscall_iface_epoll_ctl(struct file *ep, int op, struct file *target,
			    int fd, struct epoll_event *event)
{
	return epoll_ctl_file(ep, op, target, fd, event, false);
}
EXPORT_SYMBOL_GPL(syscall_iface_epoll_ctl);

/**
 * syscall_iface_epoll_wait - epoll_pwait2() on a file, without a signal mask
 * @ep: the epoll set
 * @events: where the events go
 * @maxevents: how many fit
 * @timeout: a relative timeout, or NULL to wait until an event or a signal
 *
 * Return: the number of events, or what epoll_pwait2() returns.
 */
int syscall_iface_epoll_wait(struct file *ep, struct epoll_event __user *events,
			     int maxevents,
			     const struct __kernel_timespec __user *timeout)
{
	struct timespec64 ts, *to = NULL;

	if (timeout) {
		if (get_timespec64(&ts, timeout))
			return -EFAULT;
		to = &ts;
		if (poll_select_set_timeout(to, ts.tv_sec, ts.tv_nsec))
			return -EINVAL;
	}
	return epoll_wait_file(ep, events, maxevents, to);
}
EXPORT_SYMBOL_GPL(syscall_iface_epoll_wait);

struct ready_flag {
	wait_queue_head_t wq;
	bool set;
};

static __poll_t ready_poll(struct file *file, poll_table *wait)
{
	struct ready_flag *rf = file->private_data;

	poll_wait(file, &rf->wq, wait);
	return READ_ONCE(rf->set) ? EPOLLIN | EPOLLRDNORM : 0;
}

/* An epoll set lets go of a file (eventpoll_release()) before this. */
static int ready_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static const struct file_operations ready_fops = {
	.poll		= ready_poll,
	.release	= ready_release,
	.llseek		= noop_llseek,
};

/**
 * syscall_iface_ready_create - a readiness flag, clear
 *
 * Return: the flag's file, for syscall_iface_ready_set() and fput(), or
 * an ERR_PTR.
 */
struct file *syscall_iface_ready_create(void)
{
	struct ready_flag *rf = kzalloc(sizeof(*rf), GFP_KERNEL_ACCOUNT);
	struct file *file;

	if (!rf)
		return ERR_PTR(-ENOMEM);
	init_waitqueue_head(&rf->wq);
	file = anon_inode_getfile("[syscall_iface_ready]", &ready_fops, rf,
				  O_RDONLY);
	if (IS_ERR(file))
		kfree(rf);
	return file;
}
EXPORT_SYMBOL_GPL(syscall_iface_ready_create);

/**
 * syscall_iface_ready_set - set or clear a readiness flag
 * @file: the flag
 * @set: whether it polls readable from now on; setting it wakes its
 *       watchers
 *
 * Never blocks.  Callers serialise the changes of one flag.
 */
void syscall_iface_ready_set(struct file *file, bool set)
{
	struct ready_flag *rf = file->private_data;

	if (READ_ONCE(rf->set) == set)
		return;
	WRITE_ONCE(rf->set, set);
	if (set)
		wake_up_poll(&rf->wq, EPOLLIN | EPOLLRDNORM);
}
EXPORT_SYMBOL_GPL(syscall_iface_ready_set);
