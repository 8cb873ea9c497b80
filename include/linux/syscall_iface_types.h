/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_SYSCALL_IFACE_TYPES_H
#define _LINUX_SYSCALL_IFACE_TYPES_H

#include <linux/types.h>

struct syscall_iface;
struct syscall_iface_platform;
struct syscall_iface_service_hold;
struct bsd_lwp;
struct bsd_lwps;

/**
 * struct syscall_iface_task - a task's system call interface
 * @iface: its interface (a counted reference), or NULL: native
 * @platform: the platform its interface had when the task took it (a
 *            reference on the platform's module), or NULL
 * @trampoline: where its platform's trampoline is mapped, or 0
 * @exec: the interface chosen for its next exec (counted), or NULL
 * @native_start: start of its native range: calls made from it (the
 *                instruction after the syscall lies within
 *                @native_start + @native_len) are not decoded
 * @native_len: the range's length, 0 for none
 * @nr: the foreign number of the call under way, or SYSCALL_IFACE_NR_NONE
 *      when the interface did not decode it
 * @convert: its result is to be returned the interface's way
 * @fork_child: set while a BSD fork runs (syscall_iface_bsd_fork()), so
 *              that the child, which copies it, drops its event queues
 * @service: what it holds while a service runs, or NULL (service.c)
 * @park: a platform's park state: an unpark pending, and whether it
 *        cancels, and whether the task is parked (NetBSD's _lwp_park,
 *        _lwp_unpark and _lwp_wakeup, FreeBSD's thr_suspend and
 *        thr_wake; bsd/park.c)
 * @lwps: the exited LWPs of its process that another may wait for
 *        (NetBSD's _lwp_wait), shared by its threads, or NULL
 * @lwp: its own record, which goes there when it exits, while another may
 *       wait for it; else NULL (a detached LWP)
 * @lwp_next: the record of the LWP it is creating, or NULL
 *
 * Empty without CONFIG_SYSCALL_IFACE, so that task_struct does not grow.
 */
struct syscall_iface_task {
#ifdef CONFIG_SYSCALL_IFACE
	struct syscall_iface *iface;
	const struct syscall_iface_platform *platform;
	unsigned long trampoline;
	struct syscall_iface *exec;
	unsigned long native_start;
	unsigned long native_len;
	unsigned long nr;
	bool convert;
	bool fork_child;
	struct syscall_iface_service_hold *service;
	atomic_t park;
	struct bsd_lwps *lwps;
	struct bsd_lwp *lwp;
	struct bsd_lwp *lwp_next;
#endif
};

#endif /* _LINUX_SYSCALL_IFACE_TYPES_H */
