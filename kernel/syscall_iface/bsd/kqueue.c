// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' kqueue and kevent on Linux's epoll, for the read, write,
 * user, timer, process, signal and vnode filters (FreeBSD's sys/sys/event.h,
 * into whose layout and numbers a platform's kevents are read, and out
 * of which they are written: struct bsd_kevent_abi): what event loops
 * such as Go's netpoller use.
 *
 * A kqueue is an epoll descriptor.  A change registers its descriptor
 * for input (EVFILT_READ), output (EVFILT_WRITE) or both when one call
 * lists both; EV_CLEAR is edge triggering, EV_ONESHOT one-shot.  epoll
 * keeps one 64-bit word per descriptor, which holds the udata, or for a
 * registration without udata the descriptor with the top bit set: an
 * event reports its ident only then (else ident is -1), and both filters
 * of a descriptor share its udata.  EVFILT_USER, EVFILT_TIMER,
 * EVFILT_PROC, EVFILT_SIGNAL and EVFILT_VNODE, which epoll does not
 * carry, are in kq_events.c.
 * EV_ENABLE with EV_ADD is what EV_ADD does alone; other filters, and
 * EV_ENABLE without EV_ADD, EV_DISABLE and EV_DISPATCH on descriptors,
 * are refused with EINVAL.
 */

#include <uapi/linux/eventpoll.h>
#include <linux/file.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "kqueue.h"
#include "bsd.h"

#define IDENT_ONLY	BIT_ULL(63)	/* epoll data holding an ident */

SYSCALL_IFACE_DEFINE0(bsd_kqueue)
{
	return syscall_iface_native(__NR_epoll_create1, 0);
}
EXPORT_SYMBOL_GPL(bsd_kqueue);

/* Read kevent @i of the platform's list at @ubuf into @ev: 0, -EFAULT or -EINVAL. */
static int get_kevent(const struct bsd_kevent_abi *abi,
		      const void __user *ubuf, unsigned int i,
		      struct bsd_kevent *ev)
{
	u8 raw[sizeof(*ev)];

	memset(ev, 0, sizeof(*ev));
	if (copy_from_user(raw, ubuf + i * abi->size, abi->size))
		return -EFAULT;
	if (abi->get)
		return abi->get(raw, ev);
	memcpy(ev, raw, abi->size);
	return 0;
}

/**
 * bsd_kevent_put - write a kevent in the platform's layout
 * @abi: the platform's struct kevent
 * @ubuf: the event list
 * @i: the index to write
 * @ev: the event
 *
 * Return: 0 or -EFAULT.
 */
int bsd_kevent_put(const struct bsd_kevent_abi *abi, void __user *ubuf,
		   unsigned int i, const struct bsd_kevent *ev)
{
	u8 raw[sizeof(*ev)] = {};

	if (abi->put)
		abi->put(ev, raw);
	else
		memcpy(raw, ev, abi->size);
	return copy_to_user(ubuf + i * abi->size, raw, abi->size) ? -EFAULT : 0;
}

/* Whether a descriptor's change is one its epoll registration can make. */
static bool fd_change_ok(const struct bsd_kevent *ev)
{
	if (ev->filter != BSD_EVFILT_READ && ev->filter != BSD_EVFILT_WRITE)
		return false;
	if (ev->flags & ~(BSD_EV_ADD | BSD_EV_DELETE | BSD_EV_ONESHOT |
			  BSD_EV_CLEAR | BSD_EV_RECEIPT | BSD_EV_ENABLE))
		return false;
	/* EV_ENABLE only where it is EV_ADD's default */
	return !(ev->flags & BSD_EV_ENABLE) || (ev->flags & BSD_EV_ADD);
}

/*
 * Apply one change, or two for the same descriptor, to the epoll set
 * @kq: the file the caller looked up, and the file the ident names.
 */
static long change(int kqfd, struct file *kq,
		   const struct bsd_kevent *ev, unsigned int n)
{
	struct epoll_event ee = {};
	unsigned int i;
	long ret;
	int op;

	for (i = 0; i < n; i++) {
		if (!fd_change_ok(&ev[i]))
			return -EINVAL;
		ee.events |= ev[i].filter == BSD_EVFILT_READ ?
			     EPOLLIN | EPOLLRDHUP : EPOLLOUT;
		if (ev[i].flags & BSD_EV_CLEAR)
			ee.events |= EPOLLET;
		if (ev[i].flags & BSD_EV_ONESHOT)
			ee.events |= EPOLLONESHOT;
	}
	if (ev[0].flags & BSD_EV_DELETE)
		op = EPOLL_CTL_DEL;
	else if (ev[0].flags & BSD_EV_ADD)
		op = EPOLL_CTL_ADD;
	else
		return -EINVAL;
	if (ev[0].ident > INT_MAX)
		return -EBADF;
	if (syscall_iface_denied(&ret, __NR_epoll_ctl, kqfd, op, ev[0].ident))
		return ret;
	CLASS(fd, target)(ev[0].ident);
	if (fd_empty(target))
		return -EBADF;
	ee.data = ev[0].udata ?: ev[0].ident | IDENT_ONLY;
	ret = syscall_iface_epoll_ctl(kq, op, fd_file(target), ev[0].ident,
				      &ee);
	if (ret == -EEXIST) {
		/* The other filter was registered before: keep both. */
		ee.events |= EPOLLIN | EPOLLRDHUP | EPOLLOUT;
		ret = syscall_iface_epoll_ctl(kq, EPOLL_CTL_MOD,
					      fd_file(target), ev[0].ident, &ee);
	}
	syscall_iface_native_done(ret);
	return ret;
}

/* Write the events of one descriptor, which epoll reported as @ee. */
static long report_fd(const struct epoll_event *ee, void __user *ubuf,
		      unsigned int room, const struct bsd_kevent_abi *abi)
{
	bool rd = ee->events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR);
	bool wr = ee->events & (EPOLLOUT | EPOLLERR);
	struct bsd_kevent kev = {};
	unsigned int out = 0;
	u64 data = ee->data;

	kev.ident = data & IDENT_ONLY ? data & ~IDENT_ONLY : ~0ULL;
	kev.udata = data & IDENT_ONLY ? 0 : data;
	if (ee->events & (EPOLLHUP | EPOLLRDHUP))
		kev.flags |= BSD_EV_EOF;
	if (rd) {
		kev.filter = BSD_EVFILT_READ;
		if (bsd_kevent_put(abi, ubuf, out++, &kev))
			return -EFAULT;
	}
	if (wr && out < room) {
		kev.filter = BSD_EVFILT_WRITE;
		if (bsd_kevent_put(abi, ubuf, out++, &kev))
			return -EFAULT;
	}
	return out;
}

/*
 * Turn the @n epoll events of @kq at @ubuf into at most @max kevents
 * there, in place: a descriptor's, or those the kqueue keeps (kq_events.c).
 */
static long report(struct file *kq, void __user *ubuf, long n,
		   unsigned int max, const struct bsd_kevent_abi *abi)
{
	struct bsd_kq_events *ue;
	struct epoll_event *ee;
	unsigned int out = 0;
	long i, ret = 0;

	ee = kmalloc_array(n, sizeof(*ee), GFP_KERNEL);
	if (!ee)
		return -ENOMEM;
	if (copy_from_user(ee, ubuf, n * sizeof(*ee)))
		ret = -EFAULT;
	for (i = 0; i < n && out < max && !ret; i++) {
		if (ee[i].data == KQ_EVENTS_DATA) {
			ue = bsd_kq_events_find(kq);
			if (!ue)
				continue;
			ret = bsd_kq_events_report(ue, ubuf + out * abi->size,
						   max - out, abi);
			bsd_kq_events_put(ue);
		} else {
			ret = report_fd(&ee[i], ubuf + out * abi->size,
					max - out, abi);
		}
		if (ret >= 0) {
			out += ret;
			ret = 0;
		}
	}
	kfree(ee);
	return ret ?: out;
}

/*
 * kevent(kq, changelist, nchanges, eventlist, nevents, timeout): the
 * changes, then a wait for events, on the kqueue looked up once.
 * epoll_pwait2() writes its events (12 bytes each) into the event list,
 * which holds kevents of 32 or 64 bytes, and they are rewritten there:
 * it is asked for at most half as many, as one descriptor may give a
 * read and a write event.  A wait without a timeout whose events all
 * went (kept events another thread took first) waits again, unless a
 * signal is pending.
 */
long bsd_kevent(const struct bsd_kevent_abi *abi, int kqfd,
		const void __user *uchanges, int nchanges, void __user *uevents,
		int nevents, const struct __kernel_timespec __user *timeout)
{
	struct bsd_kevent ev[2];
	unsigned int i, n;
	long ret;

	CLASS(fd, kq)(kqfd);
	if (fd_empty(kq))
		return -EBADF;
	if (nchanges < 0 || nevents < 0)
		return -EINVAL;
	for (i = 0; i < nchanges; i += n) {
		n = nchanges - i >= 2 ? 2 : 1;
		ret = get_kevent(abi, uchanges, i, &ev[0]);
		if (!ret && n == 2)
			ret = get_kevent(abi, uchanges, i + 1, &ev[1]);
		if (ret)
			return ret;
		if (ev[0].filter == BSD_EVFILT_USER) {
			ret = bsd_user_change(fd_file(kq), &ev[0]);
			n = 1;
		} else if (ev[0].filter == BSD_EVFILT_TIMER) {
			ret = bsd_timer_change(fd_file(kq), &ev[0]);
			n = 1;
		} else if (ev[0].filter == BSD_EVFILT_PROC) {
			ret = bsd_proc_change(fd_file(kq), &ev[0]);
			n = 1;
		} else if (ev[0].filter == BSD_EVFILT_SIGNAL) {
			ret = bsd_signal_change(fd_file(kq), &ev[0],
						abi->signals);
			n = 1;
		} else if (ev[0].filter == BSD_EVFILT_VNODE) {
			ret = bsd_vnode_change(fd_file(kq), &ev[0]);
			n = 1;
		} else {
			if (n == 2 && (ev[1].ident != ev[0].ident ||
				       ev[1].flags != ev[0].flags ||
				       (ev[1].filter != BSD_EVFILT_READ &&
					ev[1].filter != BSD_EVFILT_WRITE)))
				n = 1;	/* not a read-and-write pair */
			ret = change(kqfd, fd_file(kq), ev, n);
		}
		if (ret)
			return ret;
	}
	if (!nevents)
		return 0;
	n = max(nevents / 2, 1);
	if (syscall_iface_denied(&ret, __NR_epoll_pwait2, kqfd, uevents, n,
				 timeout))
		return ret;
	for (;;) {
		ret = syscall_iface_epoll_wait(fd_file(kq), uevents, n, timeout);
		if (ret > 0)
			ret = report(fd_file(kq), uevents, ret, nevents, abi);
		if (ret || timeout)
			return ret;
		if (signal_pending(current))
			return -EINTR;
	}
}
EXPORT_SYMBOL_GPL(bsd_kevent);
