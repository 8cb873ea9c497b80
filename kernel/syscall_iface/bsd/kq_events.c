// SPDX-License-Identifier: GPL-2.0-only
/*
 * The events a kqueue built on epoll keeps itself, as no descriptor
 * carries them: FreeBSD's EVFILT_USER, events a program triggers itself
 * (NOTE_TRIGGER), as Go 1.22 and later wake their netpoller from another
 * thread; EVFILT_TIMER, timers (an hrtimer each) that count their
 * expirations; EVFILT_PROC's NOTE_EXIT, a process's exit, seen as a
 * pidfd sees it (a wait entry on its pid's wait_pidfd); and EVFILT_SIGNAL,
 * which counts the signals sent to the process that added it, even
 * ignored ones (a watch of the core's, syscall_iface_signal_watch_add());
 * and EVFILT_VNODE, the changes to a descriptor's file, which an fsnotify
 * mark on its inode sees as inotify does.
 *
 * They live in a struct bsd_kq_events, found by the kqueue's epoll file
 * in a table.  The epoll set watches a readiness flag
 * (syscall_iface_ready_create()), which is set exactly while one of the
 * events is pending (a user event triggered, a timer expired, a
 * process exited, a signal sent, and enabled), so that any of them wakes
 * a thread waiting in kevent().  The flag has no descriptor: no thread
 * of the program can reach it, and it is added, by file, to the one set
 * it was made for, with epoll data KQ_EVENTS_DATA, which no
 * descriptor's registration has.  No kernel address leaves the kernel.
 *
 * The table holds no reference on the kqueue: an entry is live while
 * its flag is watched (f_ep), which is while its kqueue exists, since an
 * epoll set drops its watches when it is freed and nothing else watches
 * the flag.  A dead entry is dropped when an entry is added to its
 * bucket, when its user reaches the limit, and at module exit; its
 * timers stop at their next expiry.
 *
 * One user's kqueues hold at most max_user_events events, as
 * fs.epoll.max_user_watches bounds epoll's watches; the memory is
 * charged to the caller's memory cgroup.
 */

#include <uapi/linux/eventpoll.h>
#include <linux/cred.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fsnotify_backend.h>
#include <linux/hashtable.h>
#include <linux/hrtimer.h>
#include <linux/pid.h>
#include <linux/sched/signal.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/syscall_iface_core.h>
#include <linux/uaccess.h>
#include <linux/uidgid.h>
#include <linux/xarray.h>

#include "kqueue.h"
#include "bsd.h"

#undef MODULE_PARAM_PREFIX
#define MODULE_PARAM_PREFIX "syscall_iface."

static unsigned int max_user_events = 65536;
module_param(max_user_events, uint, 0644);
MODULE_PARM_DESC(max_user_events,
		 "EVFILT_USER, EVFILT_TIMER, EVFILT_PROC, EVFILT_SIGNAL and EVFILT_VNODE events one user's kqueues may hold (ENOMEM beyond)");

/* The flags an event keeps from its EV_ADD, and the flags a change may have */
#define FLAGS_KEPT	(BSD_EV_ONESHOT | BSD_EV_CLEAR | BSD_EV_DISPATCH)
#define FLAGS_TAKEN	(BSD_EV_ADD | BSD_EV_DELETE | BSD_EV_ENABLE | \
			 BSD_EV_DISABLE | BSD_EV_RECEIPT | FLAGS_KEPT)

/* FreeBSD's EVFILT_TIMER fflags: the unit of data, and absolute time */
#define BSD_NOTE_SECONDS	0x01
#define BSD_NOTE_MSECONDS	0x02
#define BSD_NOTE_USECONDS	0x04
#define BSD_NOTE_NSECONDS	0x08
#define BSD_NOTE_ABSTIME	0x10
#define BSD_NOTE_TIMER_UNITS	0x0f

/* FreeBSD's EVFILT_PROC fflags: the one the platform reports */
#define BSD_NOTE_EXIT		0x80000000

/* EVFILT_VNODE's fflags, FreeBSD's and NetBSD's alike */
#define BSD_NOTE_DELETE		0x0001
#define BSD_NOTE_WRITE		0x0002
#define BSD_NOTE_EXTEND		0x0004
#define BSD_NOTE_ATTRIB		0x0008
#define BSD_NOTE_LINK		0x0010
#define BSD_NOTE_RENAME		0x0020
#define BSD_NOTE_REVOKE		0x0040
#define BSD_NOTE_OPEN		0x0080
#define BSD_NOTE_CLOSE		0x0100
#define BSD_NOTE_CLOSE_WRITE	0x0200
#define BSD_NOTE_READ		0x0400

/* One EVFILT_USER registration, by ident. */
struct user_event {
	u64 udata;
	s64 data;
	u32 fflags;		/* the NOTE_FFLAGSMASK bits */
	u16 flags;		/* FLAGS_KEPT */
	bool triggered;
	bool disabled;
};

/*
 * What a timer and a signal event share: occurrences (expiries, signals
 * sent) counted since the last report, which kevent() returns in data
 * and clears, as FreeBSD sets EV_CLEAR on both.
 */
struct counted_event {
	u64 udata;
	u64 count;			/* since the last report: state_lock */
	u32 fflags;
	u16 flags;			/* FLAGS_KEPT */
	bool disabled;			/* state_lock */
};

/* One EVFILT_TIMER registration, by ident. */
struct timer_event {
	struct hrtimer timer;
	struct bsd_kq_events *ue;	/* cancelled before it goes */
	ktime_t period;			/* 0: once */
	struct counted_event c;		/* expiries */
};

/* One EVFILT_PROC registration, by pid. */
struct proc_event {
	struct wait_queue_entry wait;	/* on its pid's wait_pidfd */
	struct pid *pid;		/* a reference */
	struct bsd_kq_events *ue;	/* taken off the queue before it goes */
	u64 udata;
	u32 fflags;
	u16 flags;			/* FLAGS_KEPT */
	int status;			/* Linux's wait status: state_lock */
	bool exited;			/* state_lock */
	bool disabled;			/* state_lock */
};

/* One EVFILT_SIGNAL registration, by FreeBSD signal number. */
struct signal_event {
	struct syscall_iface_signal_watch *watch; /* NULL: a FreeBSD-only one */
	struct bsd_kq_events *ue;	/* outlives a grace period after */
	struct rcu_head rcu;
	int sig;			/* Linux's number */
	struct counted_event c;		/* signals sent */
};

/*
 * One EVFILT_VNODE registration, by descriptor: a mark on its inode.  Its
 * callbacks may run until fsnotify frees the mark, after the event is
 * deleted and its kqueue's events are gone: they reach those only
 * through @ue, which a deletion clears under @lock.
 */
struct vnode_event {
	struct fsnotify_mark mark;	/* freed with it: vnode_free_mark() */
	spinlock_t lock;		/* for ue */
	struct bsd_kq_events *ue;	/* NULL once deleted */
	const struct inode *inode;	/* the mark's; only compared */
	unsigned long ident;		/* its descriptor, its index in vnodes */
	u64 udata;
	u32 fflags;			/* the notes asked for */
	u16 flags;			/* FLAGS_KEPT */
	u32 notes;			/* seen, not yet reported: state_lock */
	bool disabled;			/* state_lock */
	loff_t size;			/* for NOTE_EXTEND: state_lock */
	unsigned int nlink;		/* for NOTE_LINK, _DELETE: state_lock */
};

/* What one user's kqueues hold, by uid; freed with its last kqueue. */
struct user_quota {
	struct hlist_node node;		/* in quotas, by uid */
	kuid_t uid;
	unsigned int events;		/* against max_user_events */
	struct list_head kqueues;	/* its bsd_kq_events */
};

/* The user events of one kqueue. */
struct bsd_kq_events {
	struct hlist_node node;		/* in users, by kq */
	struct list_head owned;		/* in its quota's kqueues */
	struct rcu_head rcu;
	refcount_t ref;			/* the table's, and each finder's */
	struct file *kq;		/* the epoll file; no reference */
	struct file *ready;		/* the flag that kq watches */
	struct user_quota *quota;	/* the kqueue creator's */
	struct mutex lock;		/* for events, timers, their changes */
	struct xarray events;		/* struct user_event by ident */
	struct xarray timers;		/* struct timer_event by ident */
	struct xarray procs;		/* struct proc_event by pid */
	struct xarray signals;		/* struct signal_event by signal */
	struct xarray vnodes;		/* struct vnode_event by descriptor,
					 * VNODE_MAY_BE_PENDING marked
					 */
	spinlock_t state_lock;		/* for pending and ready */
	unsigned int pending;		/* events pending, of any filter */
	bool had_signals;		/* ever watched a signal: ue->lock */
	unsigned int count;		/* events charged to quota: users_lock */
};

/* For users, quotas, each quota's kqueues and the counts. */
static DEFINE_MUTEX(users_lock);
static DEFINE_HASHTABLE(users, 6);
static DEFINE_HASHTABLE(quotas, 4);

static bool is_pending(const struct user_event *e)
{
	return e->triggered && !e->disabled;
}

/* The flag the kqueue watches, after a change; under state_lock. */
static void update_ready(struct bsd_kq_events *ue)
{
	lockdep_assert_held(&ue->state_lock);
	syscall_iface_ready_set(ue->ready, ue->pending);
}

/* Set an event's state, and with it the flag the kqueue watches. */
static void set_state(struct bsd_kq_events *ue, struct user_event *e,
		      bool triggered, bool disabled)
{
	unsigned long flags;

	spin_lock_irqsave(&ue->state_lock, flags);
	ue->pending -= is_pending(e);
	e->triggered = triggered;
	e->disabled = disabled;
	ue->pending += is_pending(e);
	update_ready(ue);
	spin_unlock_irqrestore(&ue->state_lock, flags);
}

static bool counted_is_pending(const struct counted_event *c)
{
	return c->count && !c->disabled;
}

/* Set a counted event's state, and with it the flag; under state_lock. */
static void counted_set_state(struct bsd_kq_events *ue,
			      struct counted_event *c, u64 count,
			      bool disabled)
{
	lockdep_assert_held(&ue->state_lock);
	ue->pending -= counted_is_pending(c);
	c->count = count;
	c->disabled = disabled;
	ue->pending += counted_is_pending(c);
	update_ready(ue);
}

/* EV_ENABLE or EV_DISABLE of @c, if @ev asks; under ue->lock. */
static void counted_enable(struct bsd_kq_events *ue, struct counted_event *c,
			   const struct bsd_kevent *ev)
{
	unsigned long flags;

	if (!(ev->flags & (BSD_EV_ENABLE | BSD_EV_DISABLE)))
		return;
	spin_lock_irqsave(&ue->state_lock, flags);
	counted_set_state(ue, c, c->count, !(ev->flags & BSD_EV_ENABLE));
	spin_unlock_irqrestore(&ue->state_lock, flags);
}

/*
 * Write the pending counted events of @xa, each a struct counted_event
 * at @off, as kevents of @filter, after @out written of @room: the
 * number written then, or -EFAULT.  Each clears once reported;
 * EV_ONESHOT deletes one (@del), EV_DISPATCH disables it.  Under
 * ue->lock.
 */
static long report_counted(struct bsd_kq_events *ue, struct xarray *xa,
			   size_t off, s16 filter,
			   void (*del)(struct bsd_kq_events *ue, void *e,
				       u64 ident),
			   void __user *ubuf, unsigned int out,
			   unsigned int room, const struct bsd_kevent_abi *abi)
{
	struct bsd_kevent kev;
	struct counted_event *c;
	unsigned long ident, flags;
	u64 count;
	void *e;

	xa_for_each(xa, ident, e) {
		if (out == room)
			break;
		c = e + off;
		spin_lock_irqsave(&ue->state_lock, flags);
		count = counted_is_pending(c) ? c->count : 0;
		if (count)
			counted_set_state(ue, c, 0, c->disabled ||
					  (c->flags & BSD_EV_DISPATCH));
		spin_unlock_irqrestore(&ue->state_lock, flags);
		if (!count)
			continue;
		memset(&kev, 0, sizeof(kev));
		kev.ident = ident;
		kev.filter = filter;
		kev.flags = c->flags | BSD_EV_CLEAR;
		kev.fflags = c->fflags;
		kev.data = min_t(u64, count, S64_MAX);
		kev.udata = c->udata;
		if (bsd_kevent_put(abi, ubuf, out, &kev))
			return -EFAULT;
		out++;
		if (c->flags & BSD_EV_ONESHOT)
			del(ue, e, ident);
	}
	return out;
}

/* Whether @ue's kqueue still exists: its epoll set watches the flag. */
static bool is_live(const struct bsd_kq_events *ue)
{
	return READ_ONCE(ue->ready->f_ep);
}

/* Give back @n events of @ue's; under users_lock. */
static void uncharge(struct bsd_kq_events *ue, unsigned int n)
{
	lockdep_assert_held(&users_lock);
	ue->count -= n;
	ue->quota->events -= n;
}

static void vnode_detach(struct vnode_event *v);

static void free_events(struct bsd_kq_events *ue)
{
	struct signal_event *sig;
	struct vnode_event *v;
	struct proc_event *p;
	struct timer_event *t;
	struct user_event *e;
	unsigned long ident;

	xa_for_each(&ue->timers, ident, t) {
		hrtimer_cancel(&t->timer);
		kfree(t);
	}
	xa_destroy(&ue->timers);
	xa_for_each(&ue->procs, ident, p) {
		remove_wait_queue(&p->pid->wait_pidfd, &p->wait);
		put_pid(p->pid);
		kfree(p);
	}
	xa_destroy(&ue->procs);
	xa_for_each(&ue->signals, ident, sig) {
		if (sig->watch)
			syscall_iface_signal_watch_del(sig->watch);
		kfree_rcu(sig, rcu);
	}
	xa_destroy(&ue->signals);
	xa_for_each(&ue->vnodes, ident, v)
		vnode_detach(v);
	xa_destroy(&ue->vnodes);
	/* A watch's callback may still be setting the flag. */
	if (ue->had_signals)
		synchronize_rcu();
	xa_for_each(&ue->events, ident, e)
		kfree(e);
	xa_destroy(&ue->events);
	fput(ue->ready);
	kfree_rcu(ue, rcu);
}

void bsd_kq_events_put(struct bsd_kq_events *ue)
{
	if (refcount_dec_and_test(&ue->ref))
		free_events(ue);
}

/* Take @ue out of the table and its quota; under users_lock. */
static void drop(struct bsd_kq_events *ue)
{
	struct user_quota *q = ue->quota;

	lockdep_assert_held(&users_lock);
	uncharge(ue, ue->count);
	hash_del_rcu(&ue->node);
	list_del(&ue->owned);
	if (list_empty(&q->kqueues)) {
		hash_del(&q->node);
		kfree(q);
	}
	bsd_kq_events_put(ue);
}

/* Drop the dead entries of @ue's user but @ue; under users_lock. */
static void sweep_quota(struct bsd_kq_events *ue)
{
	struct bsd_kq_events *old, *tmp;

	list_for_each_entry_safe(old, tmp, &ue->quota->kqueues, owned)
		if (old != ue && !is_live(old))
			drop(old);
}

/*
 * Charge one event to @ue's user: -ENOMEM at the limit, once the user's
 * dead kqueues are given back.  Under users_lock.
 */
static int charge(struct bsd_kq_events *ue)
{
	unsigned int max = READ_ONCE(max_user_events);

	lockdep_assert_held(&users_lock);
	if (ue->quota->events >= max)
		sweep_quota(ue);
	if (ue->quota->events >= max)
		return -ENOMEM;
	ue->count++;
	ue->quota->events++;
	return 0;
}

/* The quota of @uid, made if need be; under users_lock. */
static struct user_quota *quota_of(kuid_t uid)
{
	struct user_quota *q;

	hash_for_each_possible(quotas, q, node, __kuid_val(uid))
		if (uid_eq(q->uid, uid))
			return q;
	q = kzalloc(sizeof(*q), GFP_KERNEL_ACCOUNT);
	if (!q)
		return NULL;
	q->uid = uid;
	INIT_LIST_HEAD(&q->kqueues);
	hash_add(quotas, &q->node, __kuid_val(uid));
	return q;
}

/*
 * The live user events of @kq, with a reference, or NULL.  A dead entry
 * whose last reference this takes is freed outside the RCU read side,
 * as free_events() sleeps, and the search begins again.
 */
static struct bsd_kq_events *find(struct file *kq)
{
	struct bsd_kq_events *ue, *dead;

again:
	dead = NULL;
	rcu_read_lock();
	hash_for_each_possible_rcu(users, ue, node, (unsigned long)kq) {
		if (ue->kq != kq || !refcount_inc_not_zero(&ue->ref))
			continue;
		if (is_live(ue))
			break;
		if (!refcount_dec_not_one(&ue->ref)) {
			dead = ue;
			break;
		}
	}
	rcu_read_unlock();
	if (dead) {
		bsd_kq_events_put(dead);
		goto again;
	}
	return ue;
}

/*
 * Add @ue to the table for @kq, whose set starts watching its flag; drop
 * the bucket's dead entries first.  Under users_lock.
 */
static int add(struct bsd_kq_events *ue, struct file *kq)
{
	struct epoll_event ee = { .events = EPOLLIN, .data = KQ_EVENTS_DATA };
	struct bsd_kq_events *old;
	struct hlist_node *tmp;
	int ret;

	hash_for_each_possible_safe(users, old, tmp, node, (unsigned long)kq)
		if (!is_live(old))
			drop(old);
	ue->quota = quota_of(kq->f_cred->uid);
	if (!ue->quota)
		return -ENOMEM;
	ret = syscall_iface_epoll_ctl(kq, EPOLL_CTL_ADD, ue->ready, -1, &ee);
	if (ret) {
		if (list_empty(&ue->quota->kqueues)) {
			hash_del(&ue->quota->node);
			kfree(ue->quota);
		}
		return ret;
	}
	list_add(&ue->owned, &ue->quota->kqueues);
	hash_add_rcu(users, &ue->node, (unsigned long)kq);
	return 0;
}

/* The user events of @kq, created on the first EV_ADD; NULL or ERR_PTR. */
static struct bsd_kq_events *find_or_add(struct file *kq)
{
	struct bsd_kq_events *ue, *old;
	int ret;

	ue = find(kq);
	if (ue)
		return ue;
	ue = kzalloc(sizeof(*ue), GFP_KERNEL_ACCOUNT);
	if (!ue)
		return ERR_PTR(-ENOMEM);
	ue->ready = syscall_iface_ready_create();
	if (IS_ERR(ue->ready)) {
		ret = PTR_ERR(ue->ready);
		kfree(ue);
		return ERR_PTR(ret);
	}
	refcount_set(&ue->ref, 2);	/* the table's and ours */
	ue->kq = kq;
	mutex_init(&ue->lock);
	xa_init(&ue->events);
	xa_init(&ue->timers);
	xa_init(&ue->procs);
	xa_init(&ue->signals);
	xa_init(&ue->vnodes);
	spin_lock_init(&ue->state_lock);

	mutex_lock(&users_lock);
	old = find(kq);			/* another thread was first */
	ret = old ? 0 : add(ue, kq);
	mutex_unlock(&users_lock);
	if (old || ret) {
		fput(ue->ready);
		kfree(ue);
		return old ?: ERR_PTR(ret);
	}
	return ue;
}

/* Apply a change to an event, FreeBSD's filt_usertouch(). */
static void touch(struct bsd_kq_events *ue, struct user_event *e,
		  const struct bsd_kevent *ev, bool added)
{
	u32 ff = ev->fflags & BSD_NOTE_FFLAGSMASK;
	bool triggered = e->triggered, disabled = e->disabled;

	switch (ev->fflags & BSD_NOTE_FFCTRLMASK) {
	case BSD_NOTE_FFAND:
		e->fflags &= ff;
		break;
	case BSD_NOTE_FFOR:
		e->fflags |= ff;
		break;
	case BSD_NOTE_FFCOPY:
		e->fflags = ff;
		break;
	}
	e->data = ev->data;
	e->udata = ev->udata;
	if (ev->fflags & BSD_NOTE_TRIGGER)
		triggered = true;
	if (!added && (ev->flags & BSD_EV_CLEAR))
		triggered = false;
	if (ev->flags & BSD_EV_DISABLE)
		disabled = true;
	if (ev->flags & BSD_EV_ENABLE)
		disabled = false;
	set_state(ue, e, triggered, disabled);
}

/* Charge one event to the kqueue's user, or -ENOMEM. */
static int charge_one(struct bsd_kq_events *ue)
{
	int ret;

	mutex_lock(&users_lock);
	ret = charge(ue);
	mutex_unlock(&users_lock);
	return ret;
}

static void uncharge_one(struct bsd_kq_events *ue)
{
	mutex_lock(&users_lock);
	uncharge(ue, 1);
	mutex_unlock(&users_lock);
}

/*
 * Store a new zeroed event of @size bytes at @ident in @xa, charged to
 * the kqueue's user; under ue->lock.
 */
static void *new_in(struct bsd_kq_events *ue, struct xarray *xa, u64 ident,
		    size_t size)
{
	void *e;
	int ret;

	ret = charge_one(ue);
	if (ret)
		return ERR_PTR(ret);
	e = kzalloc(size, GFP_KERNEL_ACCOUNT);
	ret = e ? xa_err(xa_store(xa, ident, e, GFP_KERNEL_ACCOUNT)) : -ENOMEM;
	if (ret) {
		kfree(e);
		uncharge_one(ue);
		return ERR_PTR(ret);
	}
	return e;
}

/* A new event @ident; under ue->lock. */
static struct user_event *new_event(struct bsd_kq_events *ue, u64 ident)
{
	return new_in(ue, &ue->events, ident, sizeof(struct user_event));
}

/* Delete event @ident; under ue->lock. */
static void delete_event(struct bsd_kq_events *ue, struct user_event *e,
			 u64 ident)
{
	set_state(ue, e, false, false);
	xa_erase(&ue->events, ident);
	kfree(e);
	uncharge_one(ue);
}

/**
 * bsd_user_change - apply one EVFILT_USER change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change
 *
 * Return: 0, -ENOENT for an event that was never added, -EINVAL for
 * flags FreeBSD does not define, or -ENOMEM (also beyond
 * max_user_events).
 */
long bsd_user_change(struct file *kq, const struct bsd_kevent *ev)
{
	struct bsd_kq_events *ue;
	struct user_event *e;
	bool added = false;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN)
		return -EINVAL;
	ue = ev->flags & BSD_EV_ADD ? find_or_add(kq) : find(kq);
	if (IS_ERR(ue))
		return PTR_ERR(ue);
	if (!ue)
		return -ENOENT;

	mutex_lock(&ue->lock);
	e = xa_load(&ue->events, ev->ident);
	if (e && (ev->flags & BSD_EV_DELETE)) {
		delete_event(ue, e, ev->ident);
	} else if (!e && (ev->flags & BSD_EV_ADD) &&
		   !(ev->flags & BSD_EV_DELETE)) {
		e = new_event(ue, ev->ident);
		if (IS_ERR(e)) {
			ret = PTR_ERR(e);
			goto out;
		}
		e->flags = ev->flags & FLAGS_KEPT;
		e->fflags = ev->fflags & BSD_NOTE_FFLAGSMASK;
		added = true;
	} else if (!e) {
		ret = -ENOENT;
	}
	if (!ret && !(ev->flags & BSD_EV_DELETE))
		touch(ue, e, ev, added);
out:
	mutex_unlock(&ue->lock);
	bsd_kq_events_put(ue);
	return ret;
}

/* A timer expired: count it, and once more for each period missed. */
static enum hrtimer_restart timer_expired(struct hrtimer *timer)
{
	struct timer_event *t = container_of(timer, struct timer_event, timer);
	struct bsd_kq_events *ue = t->ue;
	enum hrtimer_restart restart = HRTIMER_NORESTART;
	unsigned long flags;
	u64 n = 1;

	if (!is_live(ue))
		return HRTIMER_NORESTART;	/* its kqueue is gone */
	if (t->period) {
		n = hrtimer_forward_now(timer, t->period);
		restart = HRTIMER_RESTART;
	}
	spin_lock_irqsave(&ue->state_lock, flags);
	counted_set_state(ue, &t->c, t->c.count + n, t->c.disabled);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	return restart;
}

/*
 * The time an EV_ADD of EVFILT_TIMER asks for, FreeBSD's
 * filt_timervalidate() and timer2sbintime(): data in the unit fflags
 * names (milliseconds by default), at least one unit for a periodic
 * timer; or -EINVAL.
 */
static int timer_duration(const struct bsd_kevent *ev, ktime_t *d)
{
	s64 data = ev->data;
	u64 unit;

	if (ev->fflags & ~(BSD_NOTE_TIMER_UNITS | BSD_NOTE_ABSTIME) ||
	    data < 0)
		return -EINVAL;
	switch (ev->fflags & BSD_NOTE_TIMER_UNITS) {
	case BSD_NOTE_SECONDS:
		unit = NSEC_PER_SEC;
		break;
	case 0:
	case BSD_NOTE_MSECONDS:
		unit = NSEC_PER_MSEC;
		break;
	case BSD_NOTE_USECONDS:
		unit = NSEC_PER_USEC;
		break;
	case BSD_NOTE_NSECONDS:
		unit = 1;
		break;
	default:
		return -EINVAL;
	}
	if (!data && !(ev->flags & BSD_EV_ONESHOT))
		data = 1;
	*d = data > KTIME_MAX / unit ? KTIME_MAX : data * unit;
	return 0;
}

/*
 * (Re)start @t for @d as @ev asks, with no expiry counted; under
 * ue->lock.  NOTE_ABSTIME is a time of day, and once.
 */
static void timer_arm(struct bsd_kq_events *ue, struct timer_event *t,
		      const struct bsd_kevent *ev, ktime_t d)
{
	bool abs = ev->fflags & BSD_NOTE_ABSTIME;
	enum hrtimer_mode mode = abs ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL;
	unsigned long flags;

	hrtimer_cancel(&t->timer);
	spin_lock_irqsave(&ue->state_lock, flags);
	counted_set_state(ue, &t->c, 0, t->c.disabled);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	t->ue = ue;
	t->period = abs || (ev->flags & BSD_EV_ONESHOT) ? 0 : d;
	t->c.fflags = ev->fflags;
	t->c.udata = ev->udata;
	t->c.flags = ev->flags & FLAGS_KEPT;
	hrtimer_init(&t->timer, abs ? CLOCK_REALTIME : CLOCK_MONOTONIC, mode);
	t->timer.function = timer_expired;
	hrtimer_start(&t->timer, d, mode);
}

/* Delete timer @ident, @e; under ue->lock. */
static void delete_timer(struct bsd_kq_events *ue, void *e, u64 ident)
{
	struct timer_event *t = e;
	unsigned long flags;

	hrtimer_cancel(&t->timer);
	spin_lock_irqsave(&ue->state_lock, flags);
	counted_set_state(ue, &t->c, 0, false);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	xa_erase(&ue->timers, ident);
	kfree(t);
	uncharge_one(ue);
}

/**
 * bsd_timer_change - apply one EVFILT_TIMER change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change
 *
 * EV_ADD starts a timer, or restarts one with what @ev says and no
 * expiry counted, as FreeBSD's filt_timertouch().
 *
 * Return: 0, -ENOENT for a timer that was never added, -EINVAL for
 * flags or a time FreeBSD refuses, or -ENOMEM (also beyond
 * max_user_events).
 */
long bsd_timer_change(struct file *kq, const struct bsd_kevent *ev)
{
	bool add = (ev->flags & (BSD_EV_ADD | BSD_EV_DELETE)) == BSD_EV_ADD;
	struct bsd_kq_events *ue;
	struct timer_event *t;
	ktime_t d = 0;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN)
		return -EINVAL;
	if (add) {
		ret = timer_duration(ev, &d);
		if (ret)
			return ret;
	}
	ue = add ? find_or_add(kq) : find(kq);
	if (IS_ERR(ue))
		return PTR_ERR(ue);
	if (!ue)
		return -ENOENT;

	mutex_lock(&ue->lock);
	t = xa_load(&ue->timers, ev->ident);
	if (t && (ev->flags & BSD_EV_DELETE)) {
		delete_timer(ue, t, ev->ident);
		goto out;
	}
	if (!t && add) {
		t = new_in(ue, &ue->timers, ev->ident, sizeof(*t));
		if (IS_ERR(t)) {
			ret = PTR_ERR(t);
			goto out;
		}
		hrtimer_init(&t->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	} else if (!t) {
		ret = -ENOENT;
		goto out;
	}
	if (add)
		timer_arm(ue, t, ev, d);
	counted_enable(ue, &t->c, ev);
out:
	mutex_unlock(&ue->lock);
	bsd_kq_events_put(ue);
	return ret;
}

static bool proc_is_pending(const struct proc_event *p)
{
	return p->exited && !p->disabled;
}

/* Set a process event's state, and with it the flag; under state_lock. */
static void proc_set_state(struct bsd_kq_events *ue, struct proc_event *p,
			   bool exited, bool disabled)
{
	lockdep_assert_held(&ue->state_lock);
	ue->pending -= proc_is_pending(p);
	p->exited = exited;
	p->disabled = disabled;
	ue->pending += proc_is_pending(p);
	update_ready(ue);
}

/*
 * Whether the process @pid names has exited, as pidfd_poll() judges it,
 * and then its wait status, as wait_task_zombie() reads it.
 */
static bool proc_exited(struct pid *pid, int *status)
{
	struct task_struct *task;
	bool exited = false;

	rcu_read_lock();
	task = pid_task(pid, PIDTYPE_TGID);
	if (task && task->exit_state && thread_group_empty(task)) {
		*status = task->signal->flags & SIGNAL_GROUP_EXIT ?
			  task->signal->group_exit_code : task->exit_code;
		exited = true;
	}
	rcu_read_unlock();
	return exited;
}

/* The process's pid was woken (do_notify_pidfd()): has it exited? */
static int proc_woken(struct wait_queue_entry *wait, unsigned int mode,
		      int sync, void *key)
{
	struct proc_event *p = container_of(wait, struct proc_event, wait);
	unsigned long flags;
	int status;

	if (!proc_exited(p->pid, &status))
		return 0;
	spin_lock_irqsave(&p->ue->state_lock, flags);
	p->status = status;
	proc_set_state(p->ue, p, true, p->disabled);
	spin_unlock_irqrestore(&p->ue->state_lock, flags);
	return 0;
}

/* Delete process event @ident; under ue->lock. */
static void delete_proc(struct bsd_kq_events *ue, struct proc_event *p,
			u64 ident)
{
	unsigned long flags;

	remove_wait_queue(&p->pid->wait_pidfd, &p->wait);
	spin_lock_irqsave(&ue->state_lock, flags);
	proc_set_state(ue, p, false, false);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	put_pid(p->pid);
	xa_erase(&ue->procs, ident);
	kfree(p);
	uncharge_one(ue);
}

/* A new process event for @pid, whose reference it takes; under ue->lock. */
static struct proc_event *new_proc(struct bsd_kq_events *ue, u64 ident,
				   struct pid *pid)
{
	struct proc_event *p;
	unsigned long flags;
	int status;

	p = new_in(ue, &ue->procs, ident, sizeof(*p));
	if (IS_ERR(p))
		return p;
	p->pid = pid;
	p->ue = ue;
	init_waitqueue_func_entry(&p->wait, proc_woken);
	add_wait_queue(&pid->wait_pidfd, &p->wait);
	/* On the queue first: an exit from now on wakes it. */
	if (proc_exited(pid, &status)) {
		spin_lock_irqsave(&ue->state_lock, flags);
		p->status = status;
		proc_set_state(ue, p, true, false);
		spin_unlock_irqrestore(&ue->state_lock, flags);
	}
	return p;
}

/**
 * bsd_proc_change - apply one EVFILT_PROC change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change: ident is a process id
 *
 * Of FreeBSD's notes, NOTE_EXIT: the exit is reported once (EV_EOF and
 * EV_ONESHOT set, as FreeBSD's filt_proc()), with the wait status in
 * data, whatever the fflags; NOTE_FORK, NOTE_EXEC and NOTE_TRACK are
 * refused.
 *
 * Return: 0, -ESRCH for no such process, -ENOENT for an event that was
 * never added, -EINVAL for flags the platform does not take, or -ENOMEM
 * (also beyond max_user_events).
 */
long bsd_proc_change(struct file *kq, const struct bsd_kevent *ev)
{
	bool add = (ev->flags & (BSD_EV_ADD | BSD_EV_DELETE)) == BSD_EV_ADD;
	struct bsd_kq_events *ue;
	struct proc_event *p;
	struct pid *pid = NULL;
	unsigned long flags;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN || (add && ev->fflags & ~BSD_NOTE_EXIT))
		return -EINVAL;
	if (add) {
		if (ev->ident > PID_MAX_LIMIT)
			return -ESRCH;
		pid = find_get_pid(ev->ident);
		if (!pid || !pid_has_task(pid, PIDTYPE_TGID)) {
			put_pid(pid);
			return -ESRCH;
		}
	}
	ue = add ? find_or_add(kq) : find(kq);
	if (IS_ERR_OR_NULL(ue)) {
		put_pid(pid);
		return ue ? PTR_ERR(ue) : -ENOENT;
	}

	mutex_lock(&ue->lock);
	p = xa_load(&ue->procs, ev->ident);
	if (p && (ev->flags & BSD_EV_DELETE)) {
		delete_proc(ue, p, ev->ident);
		goto out;
	}
	if (!p && add) {
		p = new_proc(ue, ev->ident, pid);
		if (IS_ERR(p)) {
			ret = PTR_ERR(p);
			goto out;
		}
		pid = NULL;
	} else if (!p) {
		ret = -ENOENT;
		goto out;
	}
	if (add) {
		p->udata = ev->udata;
		p->fflags = ev->fflags;
		p->flags = ev->flags & FLAGS_KEPT;
	}
	if (ev->flags & (BSD_EV_ENABLE | BSD_EV_DISABLE)) {
		spin_lock_irqsave(&ue->state_lock, flags);
		proc_set_state(ue, p, p->exited, !(ev->flags & BSD_EV_ENABLE));
		spin_unlock_irqrestore(&ue->state_lock, flags);
	}
out:
	mutex_unlock(&ue->lock);
	bsd_kq_events_put(ue);
	put_pid(pid);
	return ret;
}

/*
 * Write @ue's exited processes as kevents, after @out written of @room:
 * the number written then, or -EFAULT.  Each is reported once.  Under
 * ue->lock.
 */
static long report_procs(struct bsd_kq_events *ue, void __user *ubuf,
			 unsigned int out, unsigned int room,
			   const struct bsd_kevent_abi *abi)
{
	struct bsd_kevent kev;
	struct proc_event *p;
	unsigned long ident, flags;
	bool pending;
	int status;

	xa_for_each(&ue->procs, ident, p) {
		if (out == room)
			break;
		spin_lock_irqsave(&ue->state_lock, flags);
		pending = proc_is_pending(p);
		status = p->status;
		spin_unlock_irqrestore(&ue->state_lock, flags);
		if (!pending)
			continue;
		memset(&kev, 0, sizeof(kev));
		kev.ident = ident;
		kev.filter = BSD_EVFILT_PROC;
		kev.flags = p->flags | BSD_EV_EOF | BSD_EV_ONESHOT;
		kev.fflags = p->fflags & BSD_NOTE_EXIT;
		kev.data = bsd_wait_status(abi->signals, status);
		kev.udata = p->udata;
		if (bsd_kevent_put(abi, ubuf, out, &kev))
			return -EFAULT;
		out++;
		delete_proc(ue, p, ident);
	}
	return out;
}

/*
 * The signal was sent to a thread of the process (the core's watch,
 * siglock held): count it, unless it is SIGCHLD and ignored, which
 * FreeBSD does not count.
 */
static void signal_sent(void *data, struct task_struct *t)
{
	struct signal_event *e = data;
	unsigned long flags;

	if (e->sig == SIGCHLD &&
	    rcu_dereference(t->sighand)->action[SIGCHLD - 1].sa.sa_handler ==
	    SIG_IGN)
		return;
	spin_lock_irqsave(&e->ue->state_lock, flags);
	counted_set_state(e->ue, &e->c, e->c.count + 1, e->c.disabled);
	spin_unlock_irqrestore(&e->ue->state_lock, flags);
}

/* Delete signal event @ident, @p; under ue->lock. */
static void delete_signal(struct bsd_kq_events *ue, void *p, u64 ident)
{
	struct signal_event *e = p;
	unsigned long flags;

	if (e->watch)
		syscall_iface_signal_watch_del(e->watch);
	spin_lock_irqsave(&ue->state_lock, flags);
	counted_set_state(ue, &e->c, 0, false);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	xa_erase(&ue->signals, ident);
	kfree_rcu(e, rcu);
	uncharge_one(ue);
}

/**
 * bsd_signal_change - apply one EVFILT_SIGNAL change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change: ident is a FreeBSD signal number
 *
 * The event counts the signals sent to the process that added it, even
 * those it ignores or handles (but an ignored SIGCHLD), from the EV_ADD
 * on; it clears once reported, as FreeBSD sets EV_CLEAR.  A FreeBSD
 * signal Linux lacks (SIGINFO, SIGTHR) is taken, and never sent.
 *
 * Return: 0, -ENOENT for an event that was never added, -EINVAL for no
 * signal or flags FreeBSD does not define, or -ENOMEM (also beyond
 * max_user_events).
 */
long bsd_signal_change(struct file *kq, const struct bsd_kevent *ev,
		       const struct bsd_signals *signals)
{
	bool add = (ev->flags & (BSD_EV_ADD | BSD_EV_DELETE)) == BSD_EV_ADD;
	int sig = bsd_sig_to_linux(signals, ev->ident);
	struct bsd_kq_events *ue;
	struct signal_event *e;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN || sig < 0)
		return -EINVAL;
	ue = add ? find_or_add(kq) : find(kq);
	if (IS_ERR_OR_NULL(ue))
		return ue ? PTR_ERR(ue) : -ENOENT;

	mutex_lock(&ue->lock);
	e = xa_load(&ue->signals, ev->ident);
	if (e && (ev->flags & BSD_EV_DELETE)) {
		delete_signal(ue, e, ev->ident);
		goto out;
	}
	if (!e && add) {
		e = new_in(ue, &ue->signals, ev->ident, sizeof(*e));
		if (IS_ERR(e)) {
			ret = PTR_ERR(e);
			goto out;
		}
		e->ue = ue;
		e->sig = sig;
		if (sig) {
			e->watch = syscall_iface_signal_watch_add(sig,
								  signal_sent,
								  e);
			if (!e->watch) {
				xa_erase(&ue->signals, ev->ident);
				kfree(e);
				uncharge_one(ue);
				ret = -ENOMEM;
				goto out;
			}
			ue->had_signals = true;
		}
	} else if (!e) {
		ret = -ENOENT;
		goto out;
	}
	if (add) {
		e->c.udata = ev->udata;
		e->c.flags = ev->flags & FLAGS_KEPT;
	}
	counted_enable(ue, &e->c, ev);
out:
	mutex_unlock(&ue->lock);
	bsd_kq_events_put(ue);
	return ret;
}

/*
 * EVFILT_VNODE.  One fsnotify group holds every kqueue's marks, several
 * on one inode if need be.  A mark's callback turns what fsnotify saw
 * into the notes FreeBSD's VOP post-hooks raise (sys/kern/vfs_subr.c):
 *  - a write (FS_MODIFY): NOTE_WRITE, and NOTE_EXTEND if the file grew;
 *    but a file that shrank was truncated, which changes an attribute,
 *    its size: NOTE_ATTRIB, as vop_setattr_post() and NetBSD's
 *    ufs_setattr() say;
 *  - FS_ATTRIB: NOTE_DELETE if the link count fell (an unlink, or a
 *    rename over the file: fsnotify_link_count()), NOTE_LINK if it
 *    rose, and otherwise NOTE_ATTRIB;
 *  - a name made, removed or moved in a directory: NOTE_WRITE, with
 *    NOTE_LINK for a subdirectory, whose ".." is a link;
 *  - the file moved or gone (FS_MOVE_SELF, FS_DELETE_SELF): NOTE_RENAME,
 *    NOTE_DELETE; its file system unmounted: NOTE_REVOKE, reported once
 *    with EV_EOF, as filt_vfsvnode() does;
 *  - opens, closes and reads: NOTE_OPEN, NOTE_CLOSE, NOTE_CLOSE_WRITE
 *    and NOTE_READ.
 * The notes asked for gather until reported; EV_CLEAR then clears them,
 * and without it they are reported again, as FreeBSD's are.
 *
 * Where Linux tells less: a truncate and a write are both FS_MODIFY, so
 * a truncate that lengthens a file is NOTE_WRITE and NOTE_EXTEND, where
 * the BSDs say NOTE_ATTRIB; and rmdir() changes no link count fsnotify
 * reports, so a directory removed while a descriptor holds it raises
 * NOTE_DELETE only once that descriptor is closed, as inotify's
 * IN_DELETE_SELF waits for it.
 *
 * FreeBSD deletes the event when its descriptor is closed.  The mark is
 * on the inode and sees no close: an event whose descriptor no longer
 * names its file is dropped when next found, as it is reported or
 * changed.  Watching a file needs read permission on it, as inotify
 * asks, which a descriptor opened O_PATH or for writing may lack.
 */
static struct fsnotify_group *vnode_group;

#define VNODE_DIRENT	(FS_CREATE | FS_DELETE | FS_MOVED_FROM | FS_MOVED_TO)

/* What fsnotify reports as one note whatever the file's state */
static const struct bsd_flag vnode_notes[] = {
	{ BSD_NOTE_RENAME, FS_MOVE_SELF },
	{ BSD_NOTE_DELETE, FS_DELETE_SELF },
	{ BSD_NOTE_REVOKE, FS_UNMOUNT },
	{ BSD_NOTE_OPEN, FS_OPEN },
	{ BSD_NOTE_CLOSE, FS_CLOSE_NOWRITE },
	{ BSD_NOTE_CLOSE_WRITE, FS_CLOSE_WRITE },
	{ BSD_NOTE_READ, FS_ACCESS },
};

#define VNODE_EVENTS	(FS_MODIFY | FS_ATTRIB | VNODE_DIRENT | FS_MOVE_SELF | \
			 FS_DELETE_SELF | FS_UNMOUNT | FS_OPEN | \
			 FS_CLOSE_NOWRITE | FS_CLOSE_WRITE | FS_ACCESS)

static bool vnode_is_pending(const struct vnode_event *v)
{
	return v->notes && !v->disabled;
}

/*
 * Set a vnode event's state, and with it the flag; under state_lock.
 * Return: whether it is pending now, to be marked (vnode_hint_pending()).
 */
static bool vnode_set_state(struct bsd_kq_events *ue, struct vnode_event *v,
			    u32 notes, bool disabled)
{
	lockdep_assert_held(&ue->state_lock);
	ue->pending -= vnode_is_pending(v);
	v->notes = notes;
	v->disabled = disabled;
	ue->pending += vnode_is_pending(v);
	update_ready(ue);
	return vnode_is_pending(v);
}

/*
 * Marks the vnode events of ue->vnodes that may be pending, so that a
 * report visits those alone, however many files a kqueue watches.  The
 * mark is set after the state it hints at and cleared before that state
 * is read, so a pending event is always marked.  It is not set under
 * state_lock, which a timer takes in hard interrupt context.
 */
#define VNODE_MAY_BE_PENDING	XA_MARK_0

/* Mark @v, which vnode_set_state() made pending; not under state_lock. */
static void vnode_hint_pending(struct bsd_kq_events *ue, struct vnode_event *v)
{
	xa_set_mark(&ue->vnodes, v->ident, VNODE_MAY_BE_PENDING);
}

/* The notes fsnotify's @mask on @inode raises; under state_lock. */
static u32 vnode_notes_of(struct vnode_event *v, u32 mask,
			  const struct inode *inode)
{
	u32 notes = bsd_flags_from_linux(vnode_notes, ARRAY_SIZE(vnode_notes),
					 mask);
	unsigned int nlink;
	loff_t size;

	if (mask & VNODE_DIRENT)	/* @inode is the name's */
		return notes | BSD_NOTE_WRITE |
		       (mask & FS_ISDIR ? BSD_NOTE_LINK : 0);
	size = i_size_read(inode);
	nlink = READ_ONCE(inode->i_nlink);
	if ((mask & FS_MODIFY) && size < v->size)	/* a truncate */
		notes |= BSD_NOTE_ATTRIB;
	else if (mask & FS_MODIFY)
		notes |= BSD_NOTE_WRITE | (size > v->size ? BSD_NOTE_EXTEND : 0);
	if ((mask & FS_ATTRIB) && nlink < v->nlink)
		notes |= BSD_NOTE_DELETE;
	else if ((mask & FS_ATTRIB) && nlink > v->nlink)
		notes |= BSD_NOTE_LINK;
	else if (mask & FS_ATTRIB)
		notes |= BSD_NOTE_ATTRIB;
	v->size = size;
	v->nlink = nlink;
	return notes;
}

/* fsnotify saw @mask on the marked inode (or a name in it). */
static int vnode_event_seen(struct fsnotify_mark *mark, u32 mask,
			    struct inode *inode, struct inode *dir,
			    const struct qstr *name, u32 cookie)
{
	struct vnode_event *v = container_of(mark, struct vnode_event, mark);
	bool pending = false;
	unsigned long flags;
	u32 notes;

	spin_lock(&v->lock);
	if (v->ue) {
		spin_lock_irqsave(&v->ue->state_lock, flags);
		notes = vnode_notes_of(v, mask, inode) & v->fflags;
		if (notes)
			pending = vnode_set_state(v->ue, v, v->notes | notes,
						  v->disabled);
		spin_unlock_irqrestore(&v->ue->state_lock, flags);
		if (pending)
			vnode_hint_pending(v->ue, v);
	}
	spin_unlock(&v->lock);
	return 0;
}

static void vnode_free_mark(struct fsnotify_mark *mark)
{
	kfree(container_of(mark, struct vnode_event, mark));
}

static const struct fsnotify_ops vnode_ops = {
	.handle_inode_event = vnode_event_seen,
	.free_mark = vnode_free_mark,
};

static int __init vnode_group_init(void)
{
	struct fsnotify_group *g;

	g = fsnotify_alloc_group(&vnode_ops, FSNOTIFY_GROUP_DUPS);
	if (IS_ERR(g))
		return PTR_ERR(g);
	vnode_group = g;
	return 0;
}
late_initcall(vnode_group_init);

/*
 * Cut @v off from its kqueue's events, no longer pending, then take its
 * mark off the inode and drop it: a callback still running leaves the
 * events alone.
 */
static void vnode_detach(struct vnode_event *v)
{
	unsigned long flags;

	spin_lock(&v->lock);
	spin_lock_irqsave(&v->ue->state_lock, flags);
	vnode_set_state(v->ue, v, 0, false);
	spin_unlock_irqrestore(&v->ue->state_lock, flags);
	v->ue = NULL;
	spin_unlock(&v->lock);
	fsnotify_destroy_mark(&v->mark, vnode_group);
	fsnotify_put_mark(&v->mark);
}

/* Delete vnode event @ident, @p; under ue->lock. */
static void delete_vnode(struct bsd_kq_events *ue, void *p, u64 ident)
{
	xa_erase(&ue->vnodes, ident);
	vnode_detach(p);
	uncharge_one(ue);
}

/* Whether descriptor @ident of the caller still names @inode. */
static bool vnode_fd_is(u64 ident, const struct inode *inode)
{
	struct file *f = ident <= INT_MAX ? fget_raw(ident) : NULL;
	bool same = f && file_inode(f) == inode;

	if (f)
		fput(f);
	return same;
}

/* A new vnode event on @inode, marked; under ue->lock. */
static struct vnode_event *new_vnode(struct bsd_kq_events *ue, u64 ident,
				     struct inode *inode)
{
	struct vnode_event *v;
	int ret;

	ret = charge_one(ue);
	if (ret)
		return ERR_PTR(ret);
	v = kzalloc(sizeof(*v), GFP_KERNEL_ACCOUNT);
	if (!v) {
		uncharge_one(ue);
		return ERR_PTR(-ENOMEM);
	}
	spin_lock_init(&v->lock);
	v->ue = ue;
	v->inode = inode;
	v->ident = ident;
	v->size = i_size_read(inode);
	v->nlink = READ_ONCE(inode->i_nlink);
	fsnotify_init_mark(&v->mark, vnode_group);
	v->mark.mask = VNODE_EVENTS;
	ret = xa_err(xa_store(&ue->vnodes, ident, v, GFP_KERNEL_ACCOUNT));
	if (!ret) {
		ret = fsnotify_add_inode_mark(&v->mark, inode, 0);
		if (ret)
			xa_erase(&ue->vnodes, ident);
	}
	if (ret) {
		fsnotify_put_mark(&v->mark);	/* never attached: freed */
		uncharge_one(ue);
		return ERR_PTR(ret);
	}
	return v;
}

/**
 * bsd_vnode_change - apply one EVFILT_VNODE change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change: ident is a descriptor of a file, a directory or a
 *      symbolic link (O_PATH), and fflags the NOTE_* to report
 *
 * Return: 0, -EBADF for a descriptor that is not open, -EINVAL for one
 * of another kind or flags FreeBSD does not define, -EACCES for a file
 * the caller may not read, -ENOENT for an event that was never added,
 * or -ENOMEM (also beyond max_user_events).
 */
long bsd_vnode_change(struct file *kq, const struct bsd_kevent *ev)
{
	bool add = (ev->flags & (BSD_EV_ADD | BSD_EV_DELETE)) == BSD_EV_ADD;
	struct bsd_kq_events *ue;
	struct vnode_event *v;
	struct inode *inode;
	unsigned long flags;
	bool pending;
	struct file *f;
	long ret;

	if (ev->flags & ~FLAGS_TAKEN)
		return -EINVAL;
	f = ev->ident <= INT_MAX ? fget_raw(ev->ident) : NULL;
	if (!f)
		return -EBADF;
	inode = file_inode(f);
	ret = -EINVAL;
	if (!S_ISREG(inode->i_mode) && !S_ISDIR(inode->i_mode) &&
	    !S_ISLNK(inode->i_mode))
		goto out_file;
	if (add) {
		ret = inode_permission(file_mnt_idmap(f), inode, MAY_READ);
		if (ret)
			goto out_file;
	}
	ue = add ? find_or_add(kq) : find(kq);
	ret = IS_ERR_OR_NULL(ue) ? (ue ? PTR_ERR(ue) : -ENOENT) : 0;
	if (ret)
		goto out_file;

	mutex_lock(&ue->lock);
	v = xa_load(&ue->vnodes, ev->ident);
	if (v && v->inode != inode) {	/* its descriptor was closed */
		delete_vnode(ue, v, ev->ident);
		v = NULL;
	}
	if (v && (ev->flags & BSD_EV_DELETE)) {
		delete_vnode(ue, v, ev->ident);
		goto out;
	}
	if (!v && add) {
		ret = vnode_group ? 0 : -ENOMEM;
		v = ret ? ERR_PTR(ret) : new_vnode(ue, ev->ident, inode);
		if (IS_ERR(v)) {
			ret = PTR_ERR(v);
			goto out;
		}
	} else if (!v) {
		ret = -ENOENT;
		goto out;
	}
	spin_lock_irqsave(&ue->state_lock, flags);
	if (add) {
		v->udata = ev->udata;
		v->fflags = ev->fflags;
		v->flags = ev->flags & FLAGS_KEPT;
	}
	pending = vnode_set_state(ue, v, v->notes & v->fflags,
				  ev->flags & (BSD_EV_ENABLE | BSD_EV_DISABLE) ?
				  !(ev->flags & BSD_EV_ENABLE) : v->disabled);
	spin_unlock_irqrestore(&ue->state_lock, flags);
	if (pending)
		vnode_hint_pending(ue, v);
out:
	mutex_unlock(&ue->lock);
	bsd_kq_events_put(ue);
out_file:
	fput(f);
	return ret;
}

/*
 * Write @ue's pending vnode events as kevents, after @out written of
 * @room: the number written then, or -EFAULT.  Only marked events are
 * visited, each unmarked before its state is read.  One whose descriptor
 * no longer names its file is deleted instead.  Under ue->lock.
 */
static long report_vnodes(struct bsd_kq_events *ue, void __user *ubuf,
			  unsigned int out, unsigned int room,
			  const struct bsd_kevent_abi *abi)
{
	struct bsd_kevent kev;
	struct vnode_event *v;
	unsigned long ident, flags;
	bool pending;
	u32 notes;

	xa_for_each_marked(&ue->vnodes, ident, v, VNODE_MAY_BE_PENDING) {
		if (out == room)
			break;
		xa_clear_mark(&ue->vnodes, ident, VNODE_MAY_BE_PENDING);
		if (!vnode_fd_is(ident, v->inode)) {
			delete_vnode(ue, v, ident);
			continue;
		}
		spin_lock_irqsave(&ue->state_lock, flags);
		notes = vnode_is_pending(v) ? v->notes : 0;
		pending = notes &&
			  vnode_set_state(ue, v,
					  v->flags & BSD_EV_CLEAR ? 0 : notes,
					  v->disabled ||
					  (v->flags & BSD_EV_DISPATCH));
		spin_unlock_irqrestore(&ue->state_lock, flags);
		if (!notes)
			continue;
		if (pending)	/* level-triggered: reported again */
			vnode_hint_pending(ue, v);
		memset(&kev, 0, sizeof(kev));
		kev.ident = ident;
		kev.filter = BSD_EVFILT_VNODE;
		kev.flags = v->flags;
		kev.fflags = notes;
		kev.udata = v->udata;
		if (notes & BSD_NOTE_REVOKE)
			kev.flags |= BSD_EV_EOF | BSD_EV_ONESHOT;
		if (bsd_kevent_put(abi, ubuf, out, &kev))
			return -EFAULT;
		out++;
		if (kev.flags & BSD_EV_ONESHOT)
			delete_vnode(ue, v, ident);
	}
	return out;
}

/**
 * bsd_kq_events_find - the events a kqueue keeps, for an event of its flag
 * @kq: the kqueue's epoll file
 *
 * Return: the events, with a reference for bsd_kq_events_put(), or NULL
 * when @kq has none (the event was a native program's registration with
 * KQ_EVENTS_DATA).
 */
struct bsd_kq_events *bsd_kq_events_find(struct file *kq)
{
	return find(kq);
}

/**
 * bsd_kq_events_report - write the pending events a kqueue keeps as kevents
 * @ue: the events
 * @ubuf: where the kevents go
 * @room: how many fit
 * @abi: the platform's struct kevent
 *
 * User events first, then timers, processes (report_procs()),
 * signals (report_counted()) and files (report_vnodes()).  EV_CLEAR resets a
 * user event once reported, EV_ONESHOT deletes it and EV_DISPATCH
 * disables it; without them it stays pending.
 *
 * Return: the number of kevents written, or -EFAULT.
 */
long bsd_kq_events_report(struct bsd_kq_events *ue, void __user *ubuf,
			  unsigned int room, const struct bsd_kevent_abi *abi)
{
	struct bsd_kevent kev;
	struct user_event *e;
	unsigned long ident;
	unsigned int out = 0;
	long ret = 0;

	mutex_lock(&ue->lock);
	xa_for_each(&ue->events, ident, e) {
		if (out == room)
			break;
		if (!is_pending(e))
			continue;
		memset(&kev, 0, sizeof(kev));
		kev.ident = ident;
		kev.filter = BSD_EVFILT_USER;
		kev.flags = e->flags;
		kev.fflags = e->fflags;
		kev.data = e->data;
		kev.udata = e->udata;
		if (bsd_kevent_put(abi, ubuf, out, &kev)) {
			ret = -EFAULT;
			break;
		}
		out++;
		if (e->flags & BSD_EV_ONESHOT)
			delete_event(ue, e, ident);
		else
			set_state(ue, e, !(e->flags & BSD_EV_CLEAR),
				  e->flags & BSD_EV_DISPATCH);
	}
	if (!ret)
		ret = report_counted(ue, &ue->timers,
				     offsetof(struct timer_event, c),
				     BSD_EVFILT_TIMER, delete_timer, ubuf, out,
				     room, abi);
	if (ret >= 0)
		ret = report_procs(ue, ubuf, ret, room, abi);
	if (ret >= 0)
		ret = report_counted(ue, &ue->signals,
				     offsetof(struct signal_event, c),
				     BSD_EVFILT_SIGNAL, delete_signal, ubuf, ret,
				     room, abi);
	if (ret >= 0)
		ret = report_vnodes(ue, ubuf, ret, room, abi);
	mutex_unlock(&ue->lock);
	return ret;
}
