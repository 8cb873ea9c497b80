// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's kqueue (sys/sys/event.h): the shared kqueue on epoll
 * (bsd/kqueue.c), through NetBSD's struct kevent, whose filters count up
 * from 0 where FreeBSD's count down from -1, whose filter and flags are
 * 32 bits wide, and whose timers name their unit by number.
 */

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include "netbsd.h"
#include "../bsd/kqueue.h"

/* NetBSD 5's struct kevent (__kevent50) */
struct nbsd_kevent {
	u64 ident;
	u32 filter;
	u32 flags;
	u32 fflags;
	u32 pad;
	s64 data;
	u64 udata;
};

/* NetBSD's filters 0-8 in FreeBSD's numbering; 0: none. */
static const s16 filters[] = {
	BSD_EVFILT_READ, BSD_EVFILT_WRITE, -3 /* AIO */, -4 /* VNODE */,
	BSD_EVFILT_PROC, BSD_EVFILT_SIGNAL, BSD_EVFILT_TIMER, -9 /* FS */,
	BSD_EVFILT_USER,
};

/* EVFILT_TIMER's units: NetBSD's numbers (the low bits), FreeBSD's bits. */
#define NBSD_NOTE_TIMER_UNITMASK	0x3
static const u32 timer_units[] = {
	0x2,	/* NOTE_MSECONDS */
	0x1,	/* NOTE_SECONDS */
	0x4,	/* NOTE_USECONDS */
	0x8,	/* NOTE_NSECONDS */
};

static int get(const void *from, struct bsd_kevent *ev)
{
	const struct nbsd_kevent *n = from;

	if (n->filter >= ARRAY_SIZE(filters) || n->flags > U16_MAX)
		return -EINVAL;
	ev->ident = n->ident;
	ev->filter = filters[n->filter];
	ev->flags = n->flags;
	ev->fflags = n->fflags;
	if (ev->filter == BSD_EVFILT_TIMER)
		ev->fflags = (n->fflags & ~NBSD_NOTE_TIMER_UNITMASK) |
			     timer_units[n->fflags & NBSD_NOTE_TIMER_UNITMASK];
	ev->data = n->data;
	ev->udata = n->udata;
	return 0;
}

static void put(const struct bsd_kevent *ev, void *to)
{
	struct nbsd_kevent *n = to;
	unsigned int i;

	memset(n, 0, sizeof(*n));
	n->ident = ev->ident;
	for (i = 0; i < ARRAY_SIZE(filters); i++)
		if (filters[i] == ev->filter)
			n->filter = i;
	n->flags = ev->flags;
	n->fflags = ev->fflags;
	if (ev->filter == BSD_EVFILT_TIMER) {
		n->fflags &= ~(timer_units[0] | timer_units[1] |
			       timer_units[2] | timer_units[3]);
		for (i = 0; i < ARRAY_SIZE(timer_units); i++)
			if (ev->fflags & timer_units[i])
				n->fflags |= i;
	}
	n->data = ev->data;
	n->udata = ev->udata;
}

static const struct bsd_kevent_abi kevent50 = {
	.size = sizeof(struct nbsd_kevent),
	.signals = &nbsd_signals,
	.get = get,
	.put = put,
};

/* __kevent50(kq, changelist, nchanges, eventlist, nevents, timeout) */
SYSCALL_IFACE_DEFINE6(nbsd_kevent, int, fd, const void __user *, changes,
		      int, nchanges, void __user *, events, int, nevents,
		      const struct __kernel_timespec __user *, timeout)
{
	return bsd_kevent(&kevent50, fd, changes, nchanges, events, nevents,
			  timeout);
}
