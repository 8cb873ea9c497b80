// SPDX-License-Identifier: GPL-2.0-only
/*
 * Park and unpark: a thread sleeps until another wakes it by its id,
 * and a wake that comes first makes the next sleep return at once, with
 * EALREADY: NetBSD's _lwp_park and _lwp_unpark (sys/kern/sys_lwp.c), and
 * FreeBSD's thr_suspend and thr_wake (sys/kern/kern_thr.c).  NetBSD's
 * _lwp_wakeup, by which pthread_cancel() reaches a thread, is an unpark
 * that also cancels: the park it ends returns EINTR.
 *
 * The state is the task's (syscall_iface_task.park), in BSD_PARK_* bits,
 * waited for on the kernel's hashed variable wait queues
 * (wait_var_event's).  A wake finds its thread by id, which is why this
 * is in the core.
 */

#include <linux/atomic.h>
#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/wait_bit.h>

#include "bsd.h"

#define BSD_PARK_TOKEN		BIT(0)	/* an unpark is pending */
#define BSD_PARK_CANCEL		BIT(1)	/* and it was a wakeup */
#define BSD_PARK_SLEEPING	BIT(2)	/* the task is parked */

/**
 * bsd_thread_get - a thread of the caller's process, by id, referenced
 * @tid: its id
 *
 * Return: the task, for put_task_struct(), or NULL.
 */
struct task_struct *bsd_thread_get(pid_t tid)
{
	struct task_struct *t;

	rcu_read_lock();
	t = bsd_thread_find(tid);
	if (t)
		get_task_struct(t);
	rcu_read_unlock();
	return t;
}

/* Set @bits in thread @tid's park state and wake it; its old state. */
static int park_wake(pid_t tid, int bits)
{
	struct task_struct *t = bsd_thread_get(tid);
	int old;

	if (!t)
		return -ESRCH;
	old = atomic_fetch_or(bits, &t->syscall_iface.park); /* a full barrier */
	wake_up_var(&t->syscall_iface.park);
	put_task_struct(t);
	return old;
}

/**
 * bsd_unpark - end a thread's park, or the next one it begins
 * @tid: the thread, which must be of the caller's process
 *
 * Return: 0, or -ESRCH.
 */
long bsd_unpark(pid_t tid)
{
	int old = park_wake(tid, BSD_PARK_TOKEN);

	return old < 0 ? old : 0;
}
EXPORT_SYMBOL_GPL(bsd_unpark);

/**
 * bsd_park_cancel - end a thread's park with EINTR (NetBSD's _lwp_wakeup)
 * @tid: the thread, which must be of the caller's process
 *
 * A thread that is not parked finds the token at its next park, which
 * returns EALREADY.  Only a park is ended: Linux cannot end another
 * thread's interruptible sleep without a signal, so a thread asleep in
 * any other call is not woken, as NetBSD leaves one that is not asleep.
 *
 * Return: 0 if the thread was parked; -ENODEV if not; -ESRCH.
 */
long bsd_park_cancel(pid_t tid)
{
	int old = park_wake(tid, BSD_PARK_TOKEN | BSD_PARK_CANCEL);

	if (old < 0)
		return old;
	return old & BSD_PARK_SLEEPING ? 0 : -ENODEV;
}
EXPORT_SYMBOL_GPL(bsd_park_cancel);

/**
 * bsd_park - take the caller's token, waiting for it if need be
 * @expires: when to stop waiting, on @clock; NULL for no limit
 * @clock: CLOCK_MONOTONIC or CLOCK_REALTIME
 *
 * A signal ends the wait too.  Taking a token that is there, or saying
 * that the task is parked, is one change of the state, so that a wake
 * sees the task either parked, and ends this park, or not, and ends the
 * next one.
 *
 * Return: 0 for a token that came during the wait; -EALREADY for one
 * that was there before it; -EINTR for a signal or a cancel;
 * -ETIMEDOUT.
 */
long bsd_park(ktime_t *expires, clockid_t clock)
{
	atomic_t *park = &current->syscall_iface.park;
	struct wait_queue_head *wq = __var_waitqueue(park);
	struct wait_bit_queue_entry wbq;
	int old, new;
	long ret;

	old = atomic_read(park);
	do {
		new = old & BSD_PARK_TOKEN ? 0 : old | BSD_PARK_SLEEPING;
	} while (!atomic_try_cmpxchg(park, &old, new));
	if (old & BSD_PARK_TOKEN)
		return -EALREADY;

	init_wait_var_entry(&wbq, park, 0);
	for (;;) {
		prepare_to_wait(wq, &wbq.wq_entry, TASK_INTERRUPTIBLE);
		if (atomic_read(park) & BSD_PARK_TOKEN) {
			old = atomic_xchg(park, 0);
			ret = old & BSD_PARK_CANCEL ? -EINTR : 0;
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
	atomic_andnot(BSD_PARK_SLEEPING, park);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_park);
