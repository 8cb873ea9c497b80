// SPDX-License-Identifier: GPL-2.0-only
/*
 * utimes: a BSD's timevals through utimes, lutimes, futimes and
 * setitimer, as a freestanding FreeBSD/amd64 program run in a directory
 * with regular files f and g and a symbolic link s to f.  A line per
 * call: its name, whether it failed (the carry flag) and its result or
 * errno.
 *
 *   utimes CF R         f: atime 1000000000.25, mtime 1500000000.5
 *   lutimes CF R        s itself: mtime 1600000000
 *   futimes CF R        g, open: mtime 1700000000
 *   utimes-usec CF R    a tv_usec of a million: EINVAL (22)
 *   futimes-cwd CF R    AT_FDCWD is no descriptor: EBADF (9)
 *   setitimer CF R      ITIMER_REAL in 100 s
 *   getitimer CF R      then "left OK" if 0 < it_value < 100 s
 *   setitimer-same CF R disarmed, with the old value written over the
 *                       new one (oitv at itv), then "old OK" if it is
 *                       the timer's remaining time
 *
 * With USEC32 (NetBSD's timeval: a 32-bit tv_usec, then padding), the
 * padding of every timeval given is left set, as a program may leave it.
 * FreeBSD's numbers: utimes 138, futimes 206, lutimes 276, setitimer 83,
 * getitimer 86; ../netbsd/utimes.c has NetBSD's.
 */

#include "fbsd.h"

#ifndef UTIMES
#define UTIMES		138
#define FUTIMES		206
#define LUTIMES		276
#define SETITIMER	83
#define GETITIMER	86
#endif
#define OPEN		5
#define AT_FDCWD	(-100)

struct tv {
	long sec;
	long usec;
};

/* A timeval of @sec and @usec, with the padding set under USEC32. */
static struct tv tv(long sec, long usec)
{
#ifdef USEC32
	usec |= 0x5a5a5a5aL << 32;
#endif
	return (struct tv){ sec, usec };
}

static bool in_100s(const struct tv *t)
{
	return t->usec >= 0 && t->usec < 1000000 &&
	       ((t->sec > 0 && t->sec < 100) || (t->sec == 0 && t->usec > 0));
}

void start(void);

void start(void)
{
	struct tv t[2], it[2];
	bool cf;
	long r, fd;

	t[0] = tv(1000000000, 250000);
	t[1] = tv(1500000000, 500000);
	r = fbsd(UTIMES, (long)"f", (long)t, 0, &cf);
	put_result("utimes", r, cf);
	t[0] = tv(1600000000, 0);
	t[1] = tv(1600000000, 0);
	r = fbsd(LUTIMES, (long)"s", (long)t, 0, &cf);
	put_result("lutimes", r, cf);
	fd = fbsd(OPEN, (long)"g", 0, 0, &cf);
	t[0] = tv(1700000000, 0);
	t[1] = tv(1700000000, 0);
	r = fbsd(FUTIMES, fd, (long)t, 0, &cf);
	put_result("futimes", r, cf);
	t[1] = (struct tv){ 1, 1000000 };
	r = fbsd(UTIMES, (long)"f", (long)t, 0, &cf);
	put_result("utimes-usec", r, cf);
	r = fbsd(FUTIMES, AT_FDCWD, (long)t, 0, &cf);
	put_result("futimes-cwd", r, cf);

	it[0] = tv(0, 0);
	it[1] = tv(100, 0);
	r = fbsd(SETITIMER, 0, (long)it, 0, &cf);
	put_result("setitimer", r, cf);
	r = fbsd(GETITIMER, 0, (long)it, 0, &cf);
	put_result("getitimer", r, cf);
	if (in_100s(&it[1]))
		put("left OK\n");
	it[0] = tv(0, 0);
	it[1] = tv(0, 0);
	r = fbsd(SETITIMER, 0, (long)it, (long)it, &cf);
	put_result("setitimer-same", r, cf);
	if (in_100s(&it[1]))
		put("old OK\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
