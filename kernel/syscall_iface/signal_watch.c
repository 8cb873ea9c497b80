// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: platforms' watches on the signals sent to a process,
 * for FreeBSD's kqueue EVFILT_SIGNAL, which counts each signal sent to
 * the process, even one it ignores: neither signalfd nor the pending set
 * sees those.
 *
 * The signal code calls syscall_iface_signal_sent() for each signal it
 * sends, before it decides whether the task ignores it; a static key
 * keeps the call out of the path while no watch exists.  Watches are in
 * a table by process (its tgid's struct pid, which a watch holds), read
 * under RCU from the signal code, changed under a spinlock, and freed a
 * grace period after they leave it.
 */

#include <linux/hashtable.h>
#include <linux/jump_label.h>
#include <linux/pid.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/syscall_iface.h>
#include <linux/syscall_iface_core.h>

struct syscall_iface_signal_watch {
	struct hlist_node node;		/* in watches, by tgid */
	struct rcu_head rcu;
	struct pid *tgid;		/* the process watched: a reference */
	int sig;
	void (*sent)(void *data, struct task_struct *t);
	void *data;
};

DEFINE_STATIC_KEY_FALSE(syscall_iface_signal_watches_on);

static DEFINE_HASHTABLE(watches, 6);
static DEFINE_SPINLOCK(watches_lock);

/**
 * syscall_iface_signal_watch_add - watch current's process for a signal
 * @sig: the Linux signal
 * @sent: called with @data and the thread for each @sig sent to a
 *        thread of the process, until syscall_iface_signal_watch_del()
 * @data: for @sent
 *
 * May sleep.
 *
 * Return: the watch, or NULL if out of memory.
 */
struct syscall_iface_signal_watch *
syscall_iface_signal_watch_add(int sig,
			       void (*sent)(void *data, struct task_struct *t),
			       void *data)
{
	struct syscall_iface_signal_watch *w;

	w = kzalloc(sizeof(*w), GFP_KERNEL_ACCOUNT);
	if (!w)
		return NULL;
	w->tgid = get_pid(task_tgid(current));
	w->sig = sig;
	w->sent = sent;
	w->data = data;
	static_branch_inc(&syscall_iface_signal_watches_on);
	spin_lock(&watches_lock);
	hash_add_rcu(watches, &w->node, (unsigned long)w->tgid);
	spin_unlock(&watches_lock);
	return w;
}
EXPORT_SYMBOL_GPL(syscall_iface_signal_watch_add);

static void watch_free(struct rcu_head *rcu)
{
	struct syscall_iface_signal_watch *w;

	w = container_of(rcu, struct syscall_iface_signal_watch, rcu);
	put_pid(w->tgid);
	kfree(w);
}

/**
 * syscall_iface_signal_watch_del - stop and free a watch
 * @w: what syscall_iface_signal_watch_add() returned
 *
 * Its @sent may still be running on another CPU: what it uses must
 * outlive an RCU grace period.  May sleep.
 */
void syscall_iface_signal_watch_del(struct syscall_iface_signal_watch *w)
{
	spin_lock(&watches_lock);
	hash_del_rcu(&w->node);
	spin_unlock(&watches_lock);
	static_branch_dec(&syscall_iface_signal_watches_on);
	call_rcu(&w->rcu, watch_free);
}
EXPORT_SYMBOL_GPL(syscall_iface_signal_watch_del);

void __syscall_iface_signal_sent(struct task_struct *t, int sig)
{
	struct syscall_iface_signal_watch *w;
	struct pid *tgid = task_tgid(t);

	rcu_read_lock();
	hash_for_each_possible_rcu(watches, w, node, (unsigned long)tgid)
		if (w->tgid == tgid && w->sig == sig)
			w->sent(w->data, t);
	rcu_read_unlock();
}
