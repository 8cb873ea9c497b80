// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-fd-flags: the flags a descriptor's EVFILT_READ takes, as a
 * freestanding FreeBSD/amd64 program.  A pipe's read end is added with
 * EV_ADD|EV_ENABLE|EV_ONESHOT, as fsnotify's kqueue watcher adds its
 * own pipe; a byte is written, and the queue polled twice.  Then
 * EV_ENABLE and EV_DISABLE alone are asked of it.  It prints
 *
 *   add CF ERRNO        the EV_ADD|EV_ENABLE|EV_ONESHOT change
 *   events N N U        events found by each poll; the first one's udata
 *   enable CF ERRNO     EV_ENABLE without EV_ADD
 *   disable CF ERRNO    EV_DISABLE
 *
 * and exits 0.  FreeBSD's numbers: kqueue 362, kevent 560, pipe2 542.
 */

#include "fbsd.h"

#define PIPE2		542

#define EV_ONESHOT	0x0010

static int kq, fds[2];
static long zero[2];

/* One change to the pipe's read event, then "NAME CF ERRNO". */
static void change(const char *name, unsigned short flags)
{
	struct kevent ev = { fds[0], EVFILT_READ, flags, 0, 0, 0x77, { 0 } };
	bool cf;
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(cf ? r : 0);
	put("\n");
}

FBSD_ENTRY;

void start(void);

void start(void)
{
	struct kevent ev[2];
	long n1, n2;
	bool cf;

	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	fbsd(PIPE2, (long)fds, 0, 0, &cf);
	change("add", EV_ADD | EV_ENABLE | EV_ONESHOT);
	fbsd(FBSD_WRITE, fds[1], (long)"x", 1, &cf);
	n1 = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)ev, 2, (long)zero, &cf);
	put("events ");
	put_num(n1);
	n2 = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)&ev[1], 1, (long)zero, &cf);
	put(" ");
	put_num(n2);
	put(" ");
	put_num(n1 == 1 ? ev[0].udata : 0);
	put("\n");
	change("enable", EV_ENABLE);
	change("disable", EV_DISABLE);
	fbsd_exit(0);
}
