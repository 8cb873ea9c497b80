// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' poll, ppoll (NetBSD's pollts), select and pselect.
 *
 * struct pollfd is Linux's, and so are the low eight event bits (POLLIN
 * to POLLRDBAND); POLLWRNORM is POLLOUT, and the other bits are the
 * platform's (struct bsd_platform's poll_events: POLLWRBAND on both,
 * FreeBSD's POLLRDHUP, and its POLLINIGNEOF, which FreeBSD supports on
 * sockets only, has no Linux twin and asks for POLLIN; sys/sys/poll.h).
 * Linux's poll reads the events from the caller's array, so an entry
 * whose events differ is rewritten there in Linux's bits for the call
 * and put back after it, with revents in the platform's.
 *
 * fd_set and the timeouts are Linux's, but a BSD leaves a timeout as it
 * was, where Linux writes the time left into it: the caller's is put
 * back.  NetBSD's timeval has a 32-bit tv_usec and padding, which is
 * cleared in the caller's copy for the call.  The masks of ppoll and
 * pselect are the platform's sigset_t, set for the call by
 * syscall_iface_sigmask_begin().
 */

#include <linux/export.h>
#include <linux/poll.h>
#include <linux/time.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "bsd.h"

#define SAME_BITS		0x00ff	/* POLLIN to POLLRDBAND */

/* The platform's events in Linux's bits; those it does not map go. */
static u16 events_to_linux(u16 e)
{
	const struct bsd_flags *map = bsd_platform()->poll_events;
	u16 l = e & SAME_BITS;
	unsigned int i;

	for (i = 0; i < map->n; i++)
		if (e & map->map[i].foreign)
			l |= map->map[i].native;
	return l;
}

/* POLLWRNORM comes only with POLLOUT, the BSDs' POLLWRNORM. */
static u16 events_from_linux(u16 l)
{
	const struct bsd_flags *map = bsd_platform()->poll_events;
	u16 e = l & SAME_BITS;

	if (l & POLLWRNORM)
		e |= POLLOUT;
	return e | bsd_flags_from_linux(map->map, map->n,
					l & ~(SAME_BITS | POLLWRNORM));
}

/*
 * Give the first @n entries back their own @events (those that were
 * rewritten), and their revents in the platform's bits if the call reported
 * some (@ret > 0).
 */
static long put_back(struct pollfd __user *ufds, unsigned int n,
		     const u16 *events, long ret)
{
	unsigned int i;
	u16 r;

	for (i = 0; i < n; i++) {
		if (events && events_to_linux(events[i]) != events[i] &&
		    put_user(events[i], &ufds[i].events))
			return -EFAULT;
		if (ret <= 0)
			continue;
		if (get_user(r, &ufds[i].revents))
			return -EFAULT;
		if (events_from_linux(r) != r &&
		    put_user(events_from_linux(r), &ufds[i].revents))
			return -EFAULT;
	}
	return ret;
}

/*
 * The events of @nfds entries, if any needs rewriting, in a new array
 * (NULL if none does), which the caller frees; or an ERR_PTR().
 */
static u16 *rewrite(struct pollfd __user *ufds, unsigned int nfds)
{
	unsigned int i, n;
	u16 *events, e;

	for (i = 0; i < nfds; i++) {
		if (get_user(e, &ufds[i].events))
			return ERR_PTR(-EFAULT);
		if (events_to_linux(e) != e)
			break;
	}
	if (i == nfds)
		return NULL;
	events = kvmalloc_array(nfds, sizeof(*events), GFP_KERNEL_ACCOUNT);
	if (!events)
		return ERR_PTR(-ENOMEM);
	for (n = 0; n < nfds; n++) {
		if (get_user(events[n], &ufds[n].events) ||
		    put_user(events_to_linux(events[n]), &ufds[n].events)) {
			put_back(ufds, n, events, 0);
			kvfree(events);
			return ERR_PTR(-EFAULT);
		}
	}
	return events;
}

/* A call's timeout, to put back after it, and its mask. */
struct wait_args {
	void __user *ut;
	size_t size;
	bool timeval;		/* select's, not a timespec of the same size */
	union {
		struct __kernel_old_timeval tv;
		struct __kernel_timespec ts;
	} t;
	const struct bsd_sigset __user *uset;
};

/*
 * Read the timeout, and set the mask, if any.  A call with a mask has a
 * timespec, checked first as the native call checks it: no mask is set
 * for a call that would fail before its wait, which restores it.
 */
static long wait_begin(struct wait_args *w)
{
	struct bsd_sigset fs;
	struct timespec64 ts;
	sigset_t set;

	if (w->ut && copy_from_user(&w->t, w->ut, w->size))
		return -EFAULT;
	if (w->ut && w->timeval &&
	    bsd_timeval_clear_pad(w->ut, &w->t.tv) < 0)
		return -EFAULT;
	if (!w->uset)
		return 0;
	if (w->ut) {
		ts.tv_sec = w->t.ts.tv_sec;
		ts.tv_nsec = w->t.ts.tv_nsec;
		if (!timespec64_valid(&ts))
			return -EINVAL;
	}
	if (copy_from_user(&fs, w->uset, sizeof(fs)))
		return -EFAULT;
	bsd_sigset_to_linux(bsd_platform()->signals, &fs, &set);
	syscall_iface_sigmask_begin(&set);
	return 0;
}

static void wait_end(struct wait_args *w, long ret)
{
	if (w->uset)
		syscall_iface_sigmask_end(ret);
	if (w->ut && copy_to_user(w->ut, &w->t, w->size))
		return;	/* read-only: Linux could not write it either */
}

/*
 * poll and ppoll, with @w's timeout and mask: native @nr on @ufds and
 * @nfds, with @timeout (poll's milliseconds, ppoll's timespec).
 */
static long poll_call(struct pollfd __user *ufds, unsigned int nfds,
		      unsigned long timeout, unsigned int nr,
		      struct wait_args *w)
{
	u16 *events;
	long ret;

	if (nfds > rlimit(RLIMIT_NOFILE))
		return -EINVAL;
	events = rewrite(ufds, nfds);
	if (IS_ERR(events))
		return PTR_ERR(events);
	ret = wait_begin(w);
	if (!ret) {
		/* No Linux mask: @w has the caller's. */
		ret = syscall_iface_native(nr, ufds, nfds, timeout);
		wait_end(w, ret);
	}
	/* The BSDs restart no poll; Linux's restarts where no handler ran. */
	if (ret == -ERESTART_RESTARTBLOCK) {
		syscall_iface_forget_restart();
		ret = -ERESTARTNOHAND;
	}
	ret = put_back(ufds, nfds, events, ret);
	kvfree(events);
	return ret;
}

SYSCALL_IFACE_DEFINE3(bsd_poll, struct pollfd __user *, fds,
		      unsigned int, nfds, int, timeout)
{
	struct wait_args w = {};

	return poll_call(fds, nfds, timeout, __NR_poll, &w);
}
EXPORT_SYMBOL_GPL(bsd_poll);

/* ppoll(fds, nfds, ts, set), NetBSD's __pollts50 */
SYSCALL_IFACE_DEFINE4(bsd_ppoll, struct pollfd __user *, fds,
		      unsigned int, nfds, void __user *, ts,
		      const void __user *, set)
{
	struct wait_args w = {
		.ut = ts,
		.size = sizeof(struct __kernel_timespec),
		.uset = set,
	};

	return poll_call(fds, nfds, (unsigned long)ts, __NR_ppoll, &w);
}
EXPORT_SYMBOL_GPL(bsd_ppoll);

/*
 * select and pselect, with @w's timeout and mask: native @nr on the
 * sets, with @t (select's timeval, pselect's timespec).
 */
static long select_call(int nd, void __user *in, void __user *ou,
			void __user *ex, void __user *t, unsigned int nr,
			struct wait_args *w)
{
	long ret = wait_begin(w);

	if (ret)
		return ret;
	/* No Linux mask: @w has the caller's. */
	ret = syscall_iface_native(nr, nd, in, ou, ex, t);
	wait_end(w, ret);
	return ret;
}

SYSCALL_IFACE_DEFINE5(bsd_select, int, nd, void __user *, in,
		      void __user *, ou, void __user *, ex, void __user *, tv)
{
	struct wait_args w = {
		.ut = tv,
		.size = sizeof(struct __kernel_old_timeval),
		.timeval = true,
	};

	return select_call(nd, in, ou, ex, tv, __NR_select, &w);
}
EXPORT_SYMBOL_GPL(bsd_select);

SYSCALL_IFACE_DEFINE6(bsd_pselect, int, nd, void __user *, in,
		      void __user *, ou, void __user *, ex, void __user *, ts,
		      const void __user *, sm)
{
	struct wait_args w = {
		.ut = ts,
		.size = sizeof(struct __kernel_timespec),
		.uset = sm,
	};

	return select_call(nd, in, ou, ex, ts, __NR_pselect6, &w);
}
EXPORT_SYMBOL_GPL(bsd_pselect);
