// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-timer: FreeBSD's EVFILT_TIMER (kevent(2)), as a freestanding
 * FreeBSD/amd64 program.  It prints one line per behaviour:
 *
 *   add CF                 EV_ADD of timer 1, every 20 ms, udata 77
 *   first IDENT FILTER FLAGS FFLAGS DATA UDATA
 *                          the first expiry, waited for: EV_CLEAR set
 *   counted N DATA         after 210 ms unread, one event counting 10 or
 *                          so expiries
 *   cleared N              read, its count starts again: the expiries
 *                          since (0, or 1 or 2 on a slow kernel)
 *   disabled N enabled N   EV_DISABLE hides its expiries, EV_ENABLE shows
 *   oneshot N DATA N ERRNO EV_ONESHOT of 10 ms: once, then gone (ENOENT)
 *   units N N N            NOTE_SECONDS 0, NOTE_USECONDS 5000 and
 *                          NOTE_NSECONDS 1000000 one-shots all expire
 *   abstime N              NOTE_ABSTIME in the past: at once
 *   restart N N            EV_ADD again with 10 s: no expiry counted
 *                          or coming
 *   bad ERRNO ERRNO ERRNO  data -1, two units, an unknown fflag: EINVAL
 *   unknown ERRNO          EV_DELETE of a timer never added: ENOENT
 *   delete CF N            EV_DELETE of a 5 ms timer: no expiry after
 *   wake N IDENT           a 100 ms timer ends a kevent() wait with no
 *                          timeout
 *
 * and exits 0.  FreeBSD's numbers: kqueue 362, kevent 560, nanosleep 240,
 * close 6.
 */

#include "fbsd.h"

#define CLOSE		6
#define EVFILT_TIMER	(-7)
#define EV_ONESHOT	0x0010
#define NOTE_SECONDS	0x01
#define NOTE_USECONDS	0x04
#define NOTE_NSECONDS	0x08
#define NOTE_ABSTIME	0x10

struct timespec {
	long sec, nsec;
};

static int kq;
static bool cf;
static struct timespec zero;

/* One change to timer @ident; returns the errno, or 0. */
static long change(unsigned long ident, unsigned short flags,
		   unsigned int fflags, long data, unsigned long udata)
{
	struct kevent ev = { ident, EVFILT_TIMER, flags, fflags, data, udata,
			     { 0 } };
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

/* Wait for up to @n events into @out, for at most @ts (NULL: no limit). */
static long wait(struct kevent *out, int n, struct timespec *ts)
{
	return fbsd6(FBSD_KEVENT, kq, 0, 0, (long)out, n, (long)ts, &cf);
}

void start(void);

void start(void)
{
	struct timespec second = { 1, 0 }, ms50 = { 0, 50000000 };
	struct kevent ev[4];
	long n;

	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);

	put("add");
	put_val(change(1, EV_ADD, 0, 20, 77));
	n = wait(ev, 4, &second);
	put("\nfirst");
	if (n == 1) {
		put_val(ev[0].ident);
		put_val(ev[0].filter);
		put_val(ev[0].flags);
		put_val(ev[0].fflags);
		put_val(ev[0].data);
		put_val(ev[0].udata);
	}
	sleep_ms(210);
	n = wait(ev, 4, &zero);
	put("\ncounted");
	put_val(n);
	put_val(n == 1 ? ev[0].data : -1);
	n = wait(ev, 4, &zero);
	put("\ncleared");
	put_val(n == 1 ? ev[0].data : n);

	change(1, EV_DISABLE, 0, 0, 0);
	sleep_ms(50);
	put("\ndisabled");
	put_val(wait(ev, 4, &zero));
	change(1, EV_ENABLE, 0, 0, 0);
	put(" enabled");
	put_val(wait(ev, 4, &zero));

	change(1, EV_DELETE, 0, 0, 0);
	change(2, EV_ADD | EV_ONESHOT, 0, 10, 0);
	n = wait(ev, 4, &ms50);
	put("\noneshot");
	put_val(n);
	put_val(n == 1 ? ev[0].data : -1);
	sleep_ms(30);
	n = wait(ev, 4, &zero);
	put_val(n == 1 && ev[0].ident == 2);
	put_val(change(2, EV_DELETE, 0, 0, 0));

	change(3, EV_ADD | EV_ONESHOT, NOTE_SECONDS, 0, 0);
	change(4, EV_ADD | EV_ONESHOT, NOTE_USECONDS, 5000, 0);
	change(5, EV_ADD | EV_ONESHOT, NOTE_NSECONDS, 1000000, 0);
	sleep_ms(30);
	n = wait(ev, 4, &zero);
	put("\nunits");
	for (int i = 0; i < 3; i++)
		put_val(n == 3 ? ev[i].ident : 0);

	change(6, EV_ADD, NOTE_ABSTIME | NOTE_SECONDS, 1, 0);
	n = wait(ev, 4, &ms50);
	put("\nabstime");
	put_val(n == 1 && ev[0].ident == 6 ? n : -1);
	change(6, EV_DELETE, 0, 0, 0);

	change(7, EV_ADD, 0, 10, 0);
	sleep_ms(30);
	change(7, EV_ADD, NOTE_SECONDS, 10, 0);
	put("\nrestart");
	put_val(wait(ev, 4, &zero));
	put_val(wait(ev, 4, &ms50));
	change(7, EV_DELETE, 0, 0, 0);

	put("\nbad");
	put_val(change(8, EV_ADD, 0, -1, 0));
	put_val(change(8, EV_ADD, NOTE_SECONDS | NOTE_USECONDS, 1, 0));
	put_val(change(8, EV_ADD, 0x20, 1, 0));
	put("\nunknown");
	put_val(change(8, EV_DELETE, 0, 0, 0));

	change(9, EV_ADD, 0, 5, 0);
	sleep_ms(20);
	put("\ndelete");
	put_val(change(9, EV_DELETE, 0, 0, 0));
	put_val(wait(ev, 4, &ms50));

	change(10, EV_ADD | EV_ONESHOT, 0, 100, 0);
	n = wait(ev, 4, 0);
	put("\nwake");
	put_val(n);
	put_val(n == 1 ? ev[0].ident : 0);
	put("\n");

	/* Closed with a periodic timer running: the kernel lets it go. */
	change(11, EV_ADD, 0, 1, 0);
	fbsd(CLOSE, kq, 0, 0, &cf);
	sleep_ms(20);
	fbsd_exit(0);
}

FBSD_ENTRY;
