// SPDX-License-Identifier: GPL-2.0-only
/*
 * LWPs that another LWP waits for: NetBSD's _lwp_wait and _lwp_detach.
 *
 * Linux reaps a thread as it exits; an LWP created without LWP_DETACHED
 * stays until another LWP of its process waits for it.  Such an LWP
 * carries a record (struct bsd_lwp), made when it is created, so that
 * its exit allocates nothing: the exit moves the record to its process's
 * list of exited LWPs (struct bsd_lwps, which the process's threads
 * share), and a wait takes it from there.  The list is made at the
 * process's first _lwp_create and dropped at exec.
 */

#include <linux/export.h>
#include <linux/list.h>
#include <linux/pid.h>
#include <linux/refcount.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

#include "bsd.h"

/**
 * struct bsd_lwp - an LWP another may wait for
 * @node: in its process's list of exited LWPs, once it has exited
 * @lid: its id, set as it exits
 */
struct bsd_lwp {
	struct list_head node;
	pid_t lid;
};

/**
 * struct bsd_lwps - a process's exited LWPs, not yet waited for
 * @ref: one for each thread of the process that holds it
 * @lock: guards @exited, @waiting and every thread's syscall_iface_task.lwp
 * @exited: the records of the exited LWPs
 * @waiting: how many of its threads are in bsd_lwp_wait()
 * @wq: where waits wait for an exit
 */
struct bsd_lwps {
	refcount_t ref;
	spinlock_t lock;	/* @exited, @waiting, and every thread's lwp */
	struct list_head exited;
	unsigned int waiting;
	wait_queue_head_t wq;
};

static void lwps_put(struct bsd_lwps *lwps)
{
	struct bsd_lwp *l, *n;

	if (!refcount_dec_and_test(&lwps->ref))
		return;
	list_for_each_entry_safe(l, n, &lwps->exited, node)
		kfree(l);
	kfree(lwps);
}

/**
 * bsd_lwp_create_begin - before a native clone makes an LWP
 * @joinable: another LWP is to wait for it (no LWP_DETACHED)
 *
 * Makes the caller's process's list if it has none, with a record for
 * the caller, then its one thread: NetBSD's first LWP of a process is
 * not detached.  Makes the new LWP's record, which the clone hands to
 * the child (bsd_lwps_fork()).
 *
 * Return: 0 or -ENOMEM.
 */
int bsd_lwp_create_begin(bool joinable)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	struct bsd_lwps *lwps;

	if (!st->lwps) {
		lwps = kzalloc(sizeof(*lwps), GFP_KERNEL);
		st->lwp = kzalloc(sizeof(*st->lwp), GFP_KERNEL);
		if (!lwps || !st->lwp) {
			kfree(lwps);
			kfree(st->lwp);
			st->lwp = NULL;
			return -ENOMEM;
		}
		refcount_set(&lwps->ref, 1);
		spin_lock_init(&lwps->lock);
		INIT_LIST_HEAD(&lwps->exited);
		init_waitqueue_head(&lwps->wq);
		st->lwps = lwps;
	}
	if (joinable) {
		st->lwp_next = kzalloc(sizeof(*st->lwp_next), GFP_KERNEL);
		if (!st->lwp_next)
			return -ENOMEM;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_lwp_create_begin);

/**
 * bsd_lwp_create_end - after the clone
 * @ret: its result: the record is the child's unless it failed
 */
void bsd_lwp_create_end(long ret)
{
	struct syscall_iface_task *st = &current->syscall_iface;

	if (ret < 0)
		kfree(st->lwp_next);
	st->lwp_next = NULL;
}
EXPORT_SYMBOL_GPL(bsd_lwp_create_end);

/**
 * bsd_lwps_fork - a task is being made: share the list, or not
 * @p: the new task, a copy of current, before anyone can see it
 *
 * A thread of the process shares its list and takes the record made for
 * it, if any; a new process has neither.  Under tasklist_lock, past
 * copy_process()'s last failure.
 */
void bsd_lwps_fork(struct task_struct *p)
{
	struct syscall_iface_task *st = &p->syscall_iface;

	st->lwp = NULL;
	st->lwp_next = NULL;
	if (!st->lwps)
		return;
	if (p->signal != current->signal) {
		st->lwps = NULL;
		return;
	}
	refcount_inc(&st->lwps->ref);
	st->lwp = current->syscall_iface.lwp_next;
}

/**
 * bsd_lwps_drop - a task leaves its process's list
 * @tsk: current, exiting or past the point of no return of an exec
 * @exiting: its record, if any, goes to the list for a wait to take
 */
void bsd_lwps_drop(struct task_struct *tsk, bool exiting)
{
	struct syscall_iface_task *st = &tsk->syscall_iface;
	struct bsd_lwps *lwps = st->lwps;
	struct bsd_lwp *lwp;

	if (!lwps)
		return;
	spin_lock(&lwps->lock);
	lwp = st->lwp;
	st->lwp = NULL;
	if (lwp && exiting) {
		lwp->lid = task_pid_vnr(tsk);
		list_add_tail(&lwp->node, &lwps->exited);
		lwp = NULL;
	}
	spin_unlock(&lwps->lock);
	kfree(lwp);
	wake_up_all(&lwps->wq);
	st->lwps = NULL;
	lwps_put(lwps);
}

/* How many threads of the caller's process may yet be waited for. */
static unsigned int live_joinable(void)
{
	struct task_struct *t;
	unsigned int n = 0;

	for_each_thread(current, t)
		n += !!t->syscall_iface.lwp;
	return n;
}

/*
 * The record of exited LWP @lid (any, for 0), taken off @lwps's list;
 * else an ERR_PTR: -EAGAIN while the LWP may still be waited for,
 * -EDEADLK if so but every LWP that may yet exit, or has, is waiting
 * too (NetBSD's lwp_wait()), -EINVAL for a detached LWP, -ESRCH for
 * none.
 */
static struct bsd_lwp *take_exited(struct bsd_lwps *lwps, pid_t lid)
{
	struct bsd_lwp *l, *found = ERR_PTR(-ESRCH);
	struct task_struct *t;
	unsigned int live;

	spin_lock(&lwps->lock);
	list_for_each_entry(l, &lwps->exited, node) {
		if (!lid || l->lid == lid) {
			list_del(&l->node);
			found = l;
			goto out;
		}
	}
	rcu_read_lock();
	live = live_joinable();
	if (!lid) {
		if (live > !!current->syscall_iface.lwp)
			found = ERR_PTR(-EAGAIN);
	} else {
		t = bsd_thread_find(lid);
		if (t)
			found = ERR_PTR(t->syscall_iface.lwp ? -EAGAIN : -EINVAL);
	}
	rcu_read_unlock();
	if (found == ERR_PTR(-EAGAIN) &&
	    live + list_count_nodes(&lwps->exited) <= lwps->waiting)
		found = ERR_PTR(-EDEADLK);
out:
	spin_unlock(&lwps->lock);
	return found;
}

/**
 * bsd_lwp_wait - wait for an LWP of the caller's process to exit
 * @lid: the LWP, or 0 for any
 * @departed: set to the id of the one that exited
 *
 * NetBSD's lwp_wait(): an LWP created without LWP_DETACHED, once, after
 * it has exited or as it exits.  A signal ends the wait, which restarts
 * under SA_RESTART.
 *
 * Return: 0; -EDEADLK for the caller itself, or when the LWPs that may
 * yet be waited for are all waiting; -EINVAL for a detached LWP, -ESRCH
 * for none, or -ERESTARTSYS.
 */
long bsd_lwp_wait(pid_t lid, pid_t *departed)
{
	struct bsd_lwps *lwps = current->syscall_iface.lwps;
	struct bsd_lwp *l;
	int ret;

	if (lid && lid == task_pid_vnr(current))
		return -EDEADLK;
	if (!lwps)
		return -ESRCH;
	spin_lock(&lwps->lock);
	lwps->waiting++;
	spin_unlock(&lwps->lock);
	ret = wait_event_interruptible(lwps->wq,
				       (l = take_exited(lwps, lid)) !=
				       ERR_PTR(-EAGAIN));
	spin_lock(&lwps->lock);
	lwps->waiting--;
	spin_unlock(&lwps->lock);
	if (ret)
		return ret;
	if (IS_ERR(l))
		return PTR_ERR(l);
	*departed = l->lid;
	kfree(l);
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_lwp_wait);

/**
 * bsd_lwp_detach - let no one wait for an LWP of the caller's process
 * @lid: the LWP, which may be the caller
 *
 * An exited LWP is reaped; a running one will be as it exits.
 *
 * Return: 0; -EINVAL if it is detached already, or -ESRCH for none.
 */
long bsd_lwp_detach(pid_t lid)
{
	struct bsd_lwps *lwps = current->syscall_iface.lwps;
	struct bsd_lwp *l, *found = NULL;
	struct task_struct *t;
	long ret = -ESRCH;

	if (!lwps)
		return -ESRCH;
	spin_lock(&lwps->lock);
	list_for_each_entry(l, &lwps->exited, node) {
		if (l->lid == lid) {
			list_del(&l->node);
			found = l;
			ret = 0;
			goto out;
		}
	}
	rcu_read_lock();
	t = bsd_thread_find(lid);
	if (t) {
		found = t->syscall_iface.lwp;
		t->syscall_iface.lwp = NULL;
		ret = found ? 0 : -EINVAL;
	}
	rcu_read_unlock();
out:
	spin_unlock(&lwps->lock);
	kfree(found);
	if (!ret)
		wake_up_all(&lwps->wq);	/* its waits end, and may a wait for any */
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_lwp_detach);
