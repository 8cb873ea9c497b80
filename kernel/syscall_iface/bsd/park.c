// SPDX-License-Identifier: GPL-2.0-only
/*
 * Park and unpark: a thread sleeps until another wakes it by its id,
 * and a wake that comes first makes the next sleep return at once
 * (NetBSD's _lwp_park and _lwp_unpark).  The token is the task's
 * (syscall_iface_task.unparked), waited for on the kernel's hashed
 * variable wait queues (wait_var_event's); a wake finds its thread by
 * id, which is why this is in the core.
 */

#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/pid.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/wait_bit.h>

#include "bsd.h"

/**
 * bsd_unpark - set a thread's token and wake it
 * @tid: the thread, which must be of the caller's process
 *
 * Return: 0, or -ESRCH.
 */
long bsd_unpark(pid_t tid)
{
	struct task_struct *t;

	rcu_read_lock();
	t = find_task_by_vpid(tid);
	if (t && same_thread_group(t, current))
		get_task_struct(t);
	else
		t = NULL;
	rcu_read_unlock();
	if (!t)
		return -ESRCH;
	xchg(&t->syscall_iface.unparked, 1);	/* a full barrier */
	wake_up_var(&t->syscall_iface.unparked);
	put_task_struct(t);
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_unpark);

/**
 * bsd_park - take the caller's token, waiting for it if need be
 * @expires: when to stop waiting, on @clock; NULL for no limit
 * @clock: CLOCK_MONOTONIC or CLOCK_REALTIME
 *
 * A signal ends the wait too.
 *
 * Return: 0, -ETIMEDOUT or -EINTR.
 */
long bsd_park(ktime_t *expires, clockid_t clock)
{
	unsigned int *token = &current->syscall_iface.unparked;
	struct wait_queue_head *wq = __var_waitqueue(token);
	struct wait_bit_queue_entry wbq;
	long ret;

	init_wait_var_entry(&wbq, token, 0);
	for (;;) {
		prepare_to_wait(wq, &wbq.wq_entry, TASK_INTERRUPTIBLE);
		if (xchg(token, 0)) {
			ret = 0;
			break;
		}
		if (signal_pending(current)) {
			ret = -EINTR;
			break;
		}
		if (!schedule_hrtimeout_range_clock(expires,
						    current->timer_slack_ns,
						    HRTIMER_MODE_ABS, clock)) {
			ret = -ETIMEDOUT;
			break;
		}
	}
	finish_wait(wq, &wbq.wq_entry);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_park);
