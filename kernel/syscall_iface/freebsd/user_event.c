// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's EVFILT_USER on a kqueue built on epoll: events a program
 * triggers itself (NOTE_TRIGGER), as Go 1.22 and later wake their
 * netpoller from another thread.
 *
 * A kqueue's user events live in a struct fbsd_user_events, found by the
 * kqueue's epoll file in a table.  The epoll set watches an eventfd, the
 * anchor, which is readable exactly while one of the events is pending
 * (triggered and enabled), so that a trigger wakes a thread waiting in
 * kevent().  The anchor's epoll data is the address of its
 * fbsd_user_events, and an event carrying such data is taken for the
 * anchor's only when the table agrees.
 *
 * epoll holds no reference to what it watches and tells nobody when it is
 * freed, so the table holds the anchor.  An entry is live while its
 * anchor is watched (f_ep): an epoll set drops its watches when it is
 * freed.  Dead entries are swept when an entry is added, and at module
 * exit.  The anchor is an eventfd rather than a file of this module's, so
 * an epoll set that outlives the module (a native program was given it)
 * polls no module code.
 */

#include <uapi/linux/eventpoll.h>
#include <linux/eventfd.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/hashtable.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/xarray.h>
#include <asm/ptrace.h>

#include "event.h"

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

/* The user events of one kqueue. */
struct fbsd_user_events {
	struct hlist_node node;		/* in users, by kq */
	struct rcu_head rcu;
	refcount_t ref;			/* the table's, and each finder's */
	struct file *kq;		/* the epoll file; no reference */
	struct file *anchor;		/* the eventfd that kq watches */
	struct eventfd_ctx *ctx;
	struct mutex lock;		/* for events, pending and signalled */
	struct xarray events;		/* struct user_event by ident */
	unsigned int pending;		/* events triggered and enabled */
	bool signalled;			/* the anchor is readable */
};

static DEFINE_HASHTABLE(users, 6);
static DEFINE_MUTEX(users_lock);	/* adds to and removes from users */

static bool is_pending(const struct user_event *e)
{
	return e->triggered && !e->disabled;
}

/* Set an event's state, and with it the count of pending events. */
static void set_state(struct fbsd_user_events *ue, struct user_event *e,
		      bool triggered, bool disabled)
{
	ue->pending -= is_pending(e);
	e->triggered = triggered;
	e->disabled = disabled;
	ue->pending += is_pending(e);
}

/* Make the anchor readable exactly while an event is pending. */
static void signal_anchor(struct fbsd_user_events *ue)
{
	loff_t pos = 0;
	u64 count;

	if (ue->pending && !ue->signalled)
		eventfd_signal(ue->ctx);
	else if (!ue->pending && ue->signalled)
		kernel_read(ue->anchor, &count, sizeof(count), &pos);
	ue->signalled = ue->pending;
}

static void free_events(struct fbsd_user_events *ue)
{
	struct user_event *e;
	unsigned long ident;

	xa_for_each(&ue->events, ident, e)
		kfree(e);
	xa_destroy(&ue->events);
	eventfd_ctx_put(ue->ctx);
	fput(ue->anchor);
	kfree_rcu(ue, rcu);
}

void fbsd_user_put(struct fbsd_user_events *ue)
{
	if (refcount_dec_and_test(&ue->ref))
		free_events(ue);
}

/* Whether @ue's kqueue still exists: its epoll set watches the anchor. */
static bool is_live(const struct fbsd_user_events *ue)
{
	return READ_ONCE(ue->anchor->f_ep);
}

/* Take @ue out of the table; under users_lock. */
static void drop(struct fbsd_user_events *ue)
{
	hash_del_rcu(&ue->node);
	fbsd_user_put(ue);
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
 * Watch a new anchor from the epoll set @kqfd (the file @kq).  The
 * anchor is made through a descriptor, which epoll_ctl() needs, and the
 * descriptor is closed at once: the table keeps the file.
 */
static int add_anchor(struct fbsd_user_events *ue, struct file *kq, int kqfd)
{
	struct epoll_event ee = { .events = EPOLLIN };
	struct pt_regs r = {};
	struct file *file;
	long fd;
	int ret;

	r.si = EFD_CLOEXEC | EFD_NONBLOCK;
	fd = syscall_iface_native_call(&r, __NR_eventfd2);
	if (fd < 0)
		return fd;
	ret = -EBADF;
	ue->anchor = fget(fd);
	if (!ue->anchor)
		goto close;
	ue->ctx = eventfd_ctx_fileget(ue->anchor);
	ret = PTR_ERR_OR_ZERO(ue->ctx);
	if (ret) {
		ue->ctx = NULL;
		goto close;
	}
	ee.data = (unsigned long)ue;
	ret = syscall_iface_epoll_ctl(kqfd, EPOLL_CTL_ADD, fd, &ee);
close:
	file = file_close_fd(fd);
	if (file)
		fput(file);
	return ret;
}

/* The user events of @kq, created on the first EV_ADD; NULL or ERR_PTR. */
static struct fbsd_user_events *find_or_add(struct file *kq, int kqfd)
{
	struct fbsd_user_events *ue, *old;
	struct hlist_node *tmp;
	unsigned int bkt;
	int ret;

	ue = find(kq);
	if (ue)
		return ue;
	ue = kzalloc(sizeof(*ue), GFP_KERNEL_ACCOUNT);
	if (!ue)
		return ERR_PTR(-ENOMEM);
	refcount_set(&ue->ref, 2);	/* the table's and ours */
	ue->kq = kq;
	mutex_init(&ue->lock);
	xa_init(&ue->events);

	mutex_lock(&users_lock);
	hash_for_each_safe(users, bkt, tmp, old, node)
		if (!is_live(old))
			drop(old);
	old = find(kq);		/* another thread was first */
	ret = old ? 0 : add_anchor(ue, kq, kqfd);
	if (!old && !ret)
		hash_add_rcu(users, &ue->node, (unsigned long)kq);
	mutex_unlock(&users_lock);

	if (old || ret) {
		if (ue->ctx)
			eventfd_ctx_put(ue->ctx);
		if (ue->anchor)
			fput(ue->anchor);
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

/**
 * fbsd_user_change - apply one EVFILT_USER change to a kqueue
 * @kq: the kqueue's epoll file
 * @kqfd: its descriptor
 * @ev: the change
 *
 * Return: 0, -ENOENT for an event that was never added, -EINVAL for
 * flags FreeBSD does not define, or -ENOMEM.
 */
long fbsd_user_change(struct file *kq, int kqfd, const struct fbsd_kevent *ev)
{
	struct fbsd_user_events *ue;
	struct user_event *e;
	bool added = false;
	long ret = 0;

	if (ev->flags & ~FLAGS_TAKEN)
		return -EINVAL;
	ue = ev->flags & FBSD_EV_ADD ? find_or_add(kq, kqfd) : find(kq);
	if (IS_ERR(ue))
		return PTR_ERR(ue);
	if (!ue)
		return -ENOENT;

	mutex_lock(&ue->lock);
	e = xa_load(&ue->events, ev->ident);
	if (e && (ev->flags & FBSD_EV_DELETE)) {
		set_state(ue, e, false, false);
		xa_erase(&ue->events, ev->ident);
		kfree(e);
	} else if (!e && (ev->flags & FBSD_EV_ADD) &&
		   !(ev->flags & FBSD_EV_DELETE)) {
		e = kzalloc(sizeof(*e), GFP_KERNEL_ACCOUNT);
		ret = e ? xa_err(xa_store(&ue->events, ev->ident, e,
					  GFP_KERNEL_ACCOUNT)) : -ENOMEM;
		if (ret) {
			kfree(e);
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
	signal_anchor(ue);
	mutex_unlock(&ue->lock);
	fbsd_user_put(ue);
	return ret;
}

/**
 * fbsd_user_find - the user events whose anchor reported @data
 * @kq: the kqueue's epoll file
 * @data: the epoll data of an event from @kq
 *
 * Return: the user events, with a reference for fbsd_user_put(), or NULL
 * when @data is a descriptor's registration.
 */
struct fbsd_user_events *fbsd_user_find(struct file *kq, u64 data)
{
	struct fbsd_user_events *ue;

	if (data < PAGE_OFFSET)		/* no kernel address: udata */
		return NULL;
	ue = find(kq);
	if (ue && (unsigned long)ue != data) {
		fbsd_user_put(ue);
		ue = NULL;
	}
	return ue;
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
		if (e->flags & FBSD_EV_ONESHOT) {
			set_state(ue, e, false, false);
			xa_erase(&ue->events, ident);
			kfree(e);
			continue;
		}
		set_state(ue, e, !(e->flags & FBSD_EV_CLEAR),
			  e->flags & FBSD_EV_DISPATCH);
	}
	signal_anchor(ue);
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
