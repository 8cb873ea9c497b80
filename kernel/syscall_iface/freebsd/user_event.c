// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's EVFILT_USER on a kqueue built on epoll: events a program
 * triggers itself (NOTE_TRIGGER), as Go 1.22 and later wake their
 * netpoller from another thread.
 *
 * A kqueue's user events live in a struct fbsd_user_events, found by the
 * kqueue's epoll file in a table.  The epoll set watches a readiness
 * flag (syscall_iface_ready_create()), which is set exactly while one of
 * the events is pending (triggered and enabled), so that a trigger wakes
 * a thread waiting in kevent().  The flag has no descriptor: no thread
 * of the program can reach it, and it is added, by file, to the one set
 * it was made for, with epoll data USER_EVENTS_DATA, which no
 * descriptor's registration has.  No kernel address leaves the kernel.
 *
 * The table holds no reference on the kqueue: an entry is live while
 * its flag is watched (f_ep), which is while its kqueue exists, since an
 * epoll set drops its watches when it is freed and nothing else watches
 * the flag.  A dead entry is dropped when an entry is added to its
 * bucket, when its user reaches the limit, and at module exit.
 *
 * One user's kqueues hold at most max_user_events user events, as
 * fs.epoll.max_user_watches bounds epoll's watches; the memory is
 * charged to the caller's memory cgroup.
 */

#include <uapi/linux/eventpoll.h>
#include <linux/cred.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/hashtable.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/syscall_iface_core.h>
#include <linux/uaccess.h>
#include <linux/uidgid.h>
#include <linux/xarray.h>

#include "event.h"

static unsigned int max_user_events = 65536;
module_param(max_user_events, uint, 0644);
MODULE_PARM_DESC(max_user_events,
		 "EVFILT_USER events one user's kqueues may hold (ENOMEM beyond)");

/* The flags an event keeps from its EV_ADD, and the flags a change may have */
#define FLAGS_KEPT	(FBSD_EV_ONESHOT | FBSD_EV_CLEAR | FBSD_EV_DISPATCH)
#define FLAGS_TAKEN	(FBSD_EV_ADD | FBSD_EV_DELETE | FBSD_EV_ENABLE | \
			 FBSD_EV_DISABLE | FBSD_EV_RECEIPT | FLAGS_KEPT)

/* One EVFILT_USER registration, by ident. */
struct user_event {
	u64 udata;
	s64 data;
	u32 fflags;		/* the NOTE_FFLAGSMASK bits */
	u16 flags;		/* FLAGS_KEPT */
	bool triggered;
	bool disabled;
};

/* What one user's kqueues hold, by uid; freed with its last kqueue. */
struct user_quota {
	struct hlist_node node;		/* in quotas, by uid */
	kuid_t uid;
	unsigned int events;		/* against max_user_events */
	struct list_head kqueues;	/* its fbsd_user_events */
};

/* The user events of one kqueue. */
struct fbsd_user_events {
	struct hlist_node node;		/* in users, by kq */
	struct list_head owned;		/* in its quota's kqueues */
	struct rcu_head rcu;
	refcount_t ref;			/* the table's, and each finder's */
	struct file *kq;		/* the epoll file; no reference */
	struct file *ready;		/* the flag that kq watches */
	struct user_quota *quota;	/* the kqueue creator's */
	struct mutex lock;		/* for events and pending */
	struct xarray events;		/* struct user_event by ident */
	unsigned int pending;		/* events triggered and enabled */
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

/* Set an event's state, and with it the flag the kqueue watches. */
static void set_state(struct fbsd_user_events *ue, struct user_event *e,
		      bool triggered, bool disabled)
{
	ue->pending -= is_pending(e);
	e->triggered = triggered;
	e->disabled = disabled;
	ue->pending += is_pending(e);
	syscall_iface_ready_set(ue->ready, ue->pending);
}

/* Whether @ue's kqueue still exists: its epoll set watches the flag. */
static bool is_live(const struct fbsd_user_events *ue)
{
	return READ_ONCE(ue->ready->f_ep);
}

/* Give back @n events of @ue's; under users_lock. */
static void uncharge(struct fbsd_user_events *ue, unsigned int n)
{
	lockdep_assert_held(&users_lock);
	ue->count -= n;
	ue->quota->events -= n;
}

static void free_events(struct fbsd_user_events *ue)
{
	struct user_event *e;
	unsigned long ident;

	xa_for_each(&ue->events, ident, e)
		kfree(e);
	xa_destroy(&ue->events);
	fput(ue->ready);
	kfree_rcu(ue, rcu);
}

void fbsd_user_put(struct fbsd_user_events *ue)
{
	if (refcount_dec_and_test(&ue->ref))
		free_events(ue);
}

/* Take @ue out of the table and its quota; under users_lock. */
static void drop(struct fbsd_user_events *ue)
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
	fbsd_user_put(ue);
}

/* Drop the dead entries of @ue's user but @ue; under users_lock. */
static void sweep_quota(struct fbsd_user_events *ue)
{
	struct fbsd_user_events *old, *tmp;

	list_for_each_entry_safe(old, tmp, &ue->quota->kqueues, owned)
		if (old != ue && !is_live(old))
			drop(old);
}

/*
 * Charge one event to @ue's user: -ENOMEM at the limit, once the user's
 * dead kqueues are given back.  Under users_lock.
 */
static int charge(struct fbsd_user_events *ue)
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

/* The live user events of @kq, with a reference, or NULL. */
static struct fbsd_user_events *find(struct file *kq)
{
	struct fbsd_user_events *ue;

	rcu_read_lock();
	hash_for_each_possible_rcu(users, ue, node, (unsigned long)kq) {
		if (ue->kq != kq || !refcount_inc_not_zero(&ue->ref))
			continue;
		if (is_live(ue))
			break;
		fbsd_user_put(ue);
	}
	rcu_read_unlock();
	return ue;
}

/*
 * Add @ue to the table for @kq, whose set starts watching its flag; drop
 * the bucket's dead entries first.  Under users_lock.
 */
static int add(struct fbsd_user_events *ue, struct file *kq)
{
	struct epoll_event ee = { .events = EPOLLIN, .data = USER_EVENTS_DATA };
	struct fbsd_user_events *old;
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
static struct fbsd_user_events *find_or_add(struct file *kq)
{
	struct fbsd_user_events *ue, *old;
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
static void touch(struct fbsd_user_events *ue, struct user_event *e,
		  const struct fbsd_kevent *ev, bool added)
{
	u32 ff = ev->fflags & FBSD_NOTE_FFLAGSMASK;
	bool triggered = e->triggered, disabled = e->disabled;

	switch (ev->fflags & FBSD_NOTE_FFCTRLMASK) {
	case FBSD_NOTE_FFAND:
		e->fflags &= ff;
		break;
	case FBSD_NOTE_FFOR:
		e->fflags |= ff;
		break;
	case FBSD_NOTE_FFCOPY:
		e->fflags = ff;
		break;
	}
	e->data = ev->data;
	e->udata = ev->udata;
	if (ev->fflags & FBSD_NOTE_TRIGGER)
		triggered = true;
	if (!added && (ev->flags & FBSD_EV_CLEAR))
		triggered = false;
	if (ev->flags & FBSD_EV_DISABLE)
		disabled = true;
	if (ev->flags & FBSD_EV_ENABLE)
		disabled = false;
	set_state(ue, e, triggered, disabled);
}

/* A new event @ident, charged to the kqueue's user; under ue->lock. */
static struct user_event *new_event(struct fbsd_user_events *ue, u64 ident)
{
	struct user_event *e;
	int ret;

	mutex_lock(&users_lock);
	ret = charge(ue);
	mutex_unlock(&users_lock);
	if (ret)
		return ERR_PTR(ret);
	e = kzalloc(sizeof(*e), GFP_KERNEL_ACCOUNT);
	ret = e ? xa_err(xa_store(&ue->events, ident, e, GFP_KERNEL_ACCOUNT)) :
		  -ENOMEM;
	if (ret) {
		kfree(e);
		mutex_lock(&users_lock);
		uncharge(ue, 1);
		mutex_unlock(&users_lock);
		return ERR_PTR(ret);
	}
	return e;
}

/* Delete event @ident; under ue->lock. */
static void delete_event(struct fbsd_user_events *ue, struct user_event *e,
			 u64 ident)
{
	set_state(ue, e, false, false);
	xa_erase(&ue->events, ident);
	kfree(e);
	mutex_lock(&users_lock);
	uncharge(ue, 1);
	mutex_unlock(&users_lock);
}

/**
 * fbsd_user_change - apply one EVFILT_USER change to a kqueue
 * @kq: the kqueue's epoll file
 * @ev: the change
 *
 * Return: 0, -ENOENT for an event that was never added, -EINVAL for
 * flags FreeBSD does not define, or -ENOMEM (also beyond
 * max_user_events).
 */
long fbsd_user_change(struct file *kq, const struct fbsd_kevent *ev)
{
	struct fbsd_user_events *ue;
	struct user_event *e;
	bool added = false;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN)
		return -EINVAL;
	ue = ev->flags & FBSD_EV_ADD ? find_or_add(kq) : find(kq);
	if (IS_ERR(ue))
		return PTR_ERR(ue);
	if (!ue)
		return -ENOENT;

	mutex_lock(&ue->lock);
	e = xa_load(&ue->events, ev->ident);
	if (e && (ev->flags & FBSD_EV_DELETE)) {
		delete_event(ue, e, ev->ident);
	} else if (!e && (ev->flags & FBSD_EV_ADD) &&
		   !(ev->flags & FBSD_EV_DELETE)) {
		e = new_event(ue, ev->ident);
		if (IS_ERR(e)) {
			ret = PTR_ERR(e);
			goto out;
		}
		e->flags = ev->flags & FLAGS_KEPT;
		e->fflags = ev->fflags & FBSD_NOTE_FFLAGSMASK;
		added = true;
	} else if (!e) {
		ret = -ENOENT;
	}
	if (!ret && !(ev->flags & FBSD_EV_DELETE))
		touch(ue, e, ev, added);
out:
	mutex_unlock(&ue->lock);
	fbsd_user_put(ue);
	return ret;
}

/**
 * fbsd_user_find - the user events of a kqueue, for an event of its flag
 * @kq: the kqueue's epoll file
 *
 * Return: the user events, with a reference for fbsd_user_put(), or NULL
 * when @kq has none (the event was a native program's registration with
 * USER_EVENTS_DATA).
 */
struct fbsd_user_events *fbsd_user_find(struct file *kq)
{
	return find(kq);
}

/**
 * fbsd_user_report - write the pending user events as kevents
 * @ue: the user events
 * @ubuf: where the kevents go
 * @room: how many fit
 * @size: the size of one kevent (FreeBSD 11's or 12's)
 *
 * EV_CLEAR resets an event once reported, EV_ONESHOT deletes it and
 * EV_DISPATCH disables it; without them it stays pending.
 *
 * Return: the number of kevents written, or -EFAULT.
 */
long fbsd_user_report(struct fbsd_user_events *ue, void __user *ubuf,
		      unsigned int room, size_t size)
{
	struct fbsd_kevent kev;
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
		kev.filter = FBSD_EVFILT_USER;
		kev.flags = e->flags;
		kev.fflags = e->fflags;
		kev.data = e->data;
		kev.udata = e->udata;
		if (copy_to_user(ubuf + out * size, &kev, size)) {
			ret = -EFAULT;
			break;
		}
		out++;
		if (e->flags & FBSD_EV_ONESHOT)
			delete_event(ue, e, ident);
		else
			set_state(ue, e, !(e->flags & FBSD_EV_CLEAR),
				  e->flags & FBSD_EV_DISPATCH);
	}
	mutex_unlock(&ue->lock);
	return ret ?: out;
}

/* At module exit: drop every kqueue's user events. */
void fbsd_user_exit(void)
{
	struct fbsd_user_events *ue;
	struct hlist_node *tmp;
	unsigned int bkt;

	mutex_lock(&users_lock);
	hash_for_each_safe(users, bkt, tmp, ue, node)
		drop(ue);
	mutex_unlock(&users_lock);
}
