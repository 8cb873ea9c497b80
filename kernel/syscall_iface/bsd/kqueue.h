/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kqueue for the BSD platforms: kqueue on epoll (kqueue.c) and the events
 * it keeps itself, user events, timers, process exits, signals and
 * changes to files (kq_events.c).  Both work on FreeBSD's struct kevent and numbers
 * (sys/sys/event.h); a platform whose kevent differs gives its layout
 * and numbers as a struct bsd_kevent_abi that converts.
 */
#ifndef _SYSCALL_IFACE_BSD_KQUEUE_H
#define _SYSCALL_IFACE_BSD_KQUEUE_H

#include <linux/types.h>

struct bsd_signals;
struct pt_regs;

#define BSD_EVFILT_READ	(-1)
#define BSD_EVFILT_WRITE	(-2)
#define BSD_EVFILT_VNODE	(-4)
#define BSD_EVFILT_PROC	(-5)
#define BSD_EVFILT_SIGNAL	(-6)
#define BSD_EVFILT_TIMER	(-7)
#define BSD_EVFILT_USER	(-11)

#define BSD_EV_ADD		0x0001
#define BSD_EV_DELETE		0x0002
#define BSD_EV_ENABLE		0x0004
#define BSD_EV_DISABLE		0x0008
#define BSD_EV_ONESHOT		0x0010
#define BSD_EV_CLEAR		0x0020
#define BSD_EV_RECEIPT		0x0040
#define BSD_EV_DISPATCH	0x0080
#define BSD_EV_ERROR		0x4000
#define BSD_EV_EOF		0x8000

/* EVFILT_USER's fflags: a trigger, and how the low 24 bits are merged */
#define BSD_NOTE_FFLAGSMASK	0x00ffffff
#define BSD_NOTE_TRIGGER	0x01000000
#define BSD_NOTE_FFAND		0x40000000
#define BSD_NOTE_FFOR		0x80000000
#define BSD_NOTE_FFCOPY	0xc0000000
#define BSD_NOTE_FFCTRLMASK	0xc0000000

/* FreeBSD 11's struct kevent (syscall 363); FreeBSD 12's (560) adds ext. */
struct bsd_kevent {
	u64 ident;
	s16 filter;
	u16 flags;
	u32 fflags;
	s64 data;
	u64 udata;
	u64 ext[4];
};

#define KEVENT11_SIZE	offsetof(struct bsd_kevent, ext)

/**
 * struct bsd_kevent_abi - a platform's struct kevent
 * @size: the size of one, at most sizeof(struct bsd_kevent)
 * @signals: its signal numbers (EVFILT_SIGNAL's idents, EVFILT_PROC's
 *           wait statuses)
 * @get: turns one read from the program (@size bytes) into FreeBSD's
 *       layout and numbers, 0 or -EINVAL for what has no FreeBSD
 *       meaning; NULL for FreeBSD's own
 * @put: the reverse, for the events reported; NULL for FreeBSD's own
 */
struct bsd_kevent_abi {
	size_t size;
	const struct bsd_signals *signals;
	int (*get)(const void *from, struct bsd_kevent *ev);
	void (*put)(const struct bsd_kevent *ev, void *to);
};

long bsd_kqueue(struct pt_regs *regs);
long bsd_kevent(const struct bsd_kevent_abi *abi, int kqfd,
		const void __user *uchanges, int nchanges, void __user *uevents,
		int nevents, const struct __kernel_timespec __user *timeout);
int bsd_kevent_put(const struct bsd_kevent_abi *abi, void __user *ubuf,
		   unsigned int i, const struct bsd_kevent *ev);

/*
 * The epoll data of the events a kqueue keeps (its readiness flag): no
 * descriptor's registration has it, as a udata of 0 is stored as the
 * ident (event.c).
 */
#define KQ_EVENTS_DATA	0

struct file;
struct bsd_kq_events;

long bsd_user_change(struct file *kq, const struct bsd_kevent *ev);
long bsd_timer_change(struct file *kq, const struct bsd_kevent *ev);
long bsd_proc_change(struct file *kq, const struct bsd_kevent *ev);
long bsd_signal_change(struct file *kq, const struct bsd_kevent *ev,
		       const struct bsd_signals *signals);
long bsd_vnode_change(struct file *kq, const struct bsd_kevent *ev);
struct bsd_kq_events *bsd_kq_events_find(struct file *kq);
long bsd_kq_events_report(struct bsd_kq_events *ue, void __user *ubuf,
			  unsigned int room, const struct bsd_kevent_abi *abi);
void bsd_kq_events_put(struct bsd_kq_events *ue);

#endif /* _SYSCALL_IFACE_BSD_KQUEUE_H */
