// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-vnode: EVFILT_VNODE through NetBSD's struct kevent, whose
 * filter is 3 and 32 bits wide, as a freestanding NetBSD/amd64 program
 * (../freebsd/kevent-vnode.c checks the notes themselves).  It watches
 * a new file f and prints, for a change, the events a kevent() that
 * does not wait returns and the first one's ident, filter and fflags:
 *
 *   write 1 FD 3 6       5 bytes appended: NOTE_WRITE | NOTE_EXTEND
 *   delete 1 FD 3 1      f removed: NOTE_DELETE
 *
 * NetBSD's numbers: write 4, open 5, unlink 10, kqueue 344, __kevent50
 * 435.
 */

#include "nbsd.h"

#define OPEN		5
#define UNLINK		10
#define KQUEUE		344
#define KEVENT		435
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define EVFILT_VNODE	3
#define NOTE_DELETE	0x0001
#define NOTE_WRITE	0x0002
#define NOTE_EXTEND	0x0004

struct nbsd_kevent {
	unsigned long ident;
	unsigned int filter, flags, fflags, pad;
	long data;
	unsigned long udata;
};

static void report(const char *name, long kq)
{
	long zero[2] = { 0, 0 };
	struct nbsd_kevent ev[2];
	bool cf;
	long n;

	n = fbsd6(KEVENT, kq, 0, 0, (long)ev, 2, (long)zero, &cf);
	put(name);
	put_val(cf ? -n : n);
	if (!cf && n > 0) {
		put_val(ev[0].ident);
		put_val(ev[0].filter);
		put_val(ev[0].fflags);
	}
	put("\n");
}

void start(void);

void start(void)
{
	struct nbsd_kevent ev = {
		.filter = EVFILT_VNODE, .flags = EV_ADD | EV_CLEAR,
		.fflags = NOTE_DELETE | NOTE_WRITE | NOTE_EXTEND,
	};
	long kq, fd;
	bool cf;

	fd = fbsd(OPEN, (long)"f", O_RDWR | O_CREAT, 0644, &cf);
	kq = fbsd(KQUEUE, 0, 0, 0, &cf);
	ev.ident = fd;
	fbsd6(KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);
	if (cf) {
		put("EV_ADD failed\n");
		fbsd_exit(1);
	}
	fbsd(FBSD_WRITE, fd, (long)"hello", 5, &cf);
	report("write", kq);
	fbsd(UNLINK, (long)"f", 0, 0, &cf);
	report("delete", kq);
	fbsd_exit(0);
}

NBSD_ENTRY;
