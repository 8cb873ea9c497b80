/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * FreeBSD's struct kevent and its constants (sys/sys/event.h), shared by
 * kqueue on epoll (event.c) and the events it keeps itself, user events,
 * timers, process exits and signals (kq_events.c).
 */
#ifndef _SYSCALL_IFACE_FREEBSD_EVENT_H
#define _SYSCALL_IFACE_FREEBSD_EVENT_H

#include <linux/types.h>

#define FBSD_EVFILT_READ	(-1)
#define FBSD_EVFILT_WRITE	(-2)
#define FBSD_EVFILT_PROC	(-5)
#define FBSD_EVFILT_SIGNAL	(-6)
#define FBSD_EVFILT_TIMER	(-7)
#define FBSD_EVFILT_USER	(-11)

#define FBSD_EV_ADD		0x0001
#define FBSD_EV_DELETE		0x0002
#define FBSD_EV_ENABLE		0x0004
#define FBSD_EV_DISABLE		0x0008
#define FBSD_EV_ONESHOT		0x0010
#define FBSD_EV_CLEAR		0x0020
#define FBSD_EV_RECEIPT		0x0040
#define FBSD_EV_DISPATCH	0x0080
#define FBSD_EV_ERROR		0x4000
#define FBSD_EV_EOF		0x8000

/* EVFILT_USER's fflags: a trigger, and how the low 24 bits are merged */
#define FBSD_NOTE_FFLAGSMASK	0x00ffffff
#define FBSD_NOTE_TRIGGER	0x01000000
#define FBSD_NOTE_FFAND		0x40000000
#define FBSD_NOTE_FFOR		0x80000000
#define FBSD_NOTE_FFCOPY	0xc0000000
#define FBSD_NOTE_FFCTRLMASK	0xc0000000

/* FreeBSD 11's struct kevent (syscall 363); FreeBSD 12's (560) adds ext. */
struct fbsd_kevent {
	u64 ident;
	s16 filter;
	u16 flags;
	u32 fflags;
	s64 data;
	u64 udata;
	u64 ext[4];
};

#define KEVENT11_SIZE	offsetof(struct fbsd_kevent, ext)

/*
 * The epoll data of the events a kqueue keeps (its readiness flag): no
 * descriptor's registration has it, as a udata of 0 is stored as the
 * ident (event.c).
 */
#define KQ_EVENTS_DATA	0

struct file;
struct fbsd_kq_events;

long fbsd_user_change(struct file *kq, const struct fbsd_kevent *ev);
long fbsd_timer_change(struct file *kq, const struct fbsd_kevent *ev);
long fbsd_proc_change(struct file *kq, const struct fbsd_kevent *ev);
long fbsd_signal_change(struct file *kq, const struct fbsd_kevent *ev);
struct fbsd_kq_events *fbsd_kq_events_find(struct file *kq);
long fbsd_kq_events_report(struct fbsd_kq_events *ue, void __user *ubuf,
			   unsigned int room, size_t size);
void fbsd_kq_events_put(struct fbsd_kq_events *ue);
void fbsd_kq_events_exit(void);

#endif /* _SYSCALL_IFACE_FREEBSD_EVENT_H */
