// SPDX-License-Identifier: GPL-2.0-only
/*
 * utimens: FreeBSD's special times, UTIME_NOW (-1) and UTIME_OMIT (-2),
 * through utimensat and futimens, as a freestanding FreeBSD/amd64
 * program run in an empty directory.  It makes file f and prints a line
 * per call: its name, whether it failed (the carry flag) and its result
 * or FreeBSD errno.
 *
 *   omit-atime CF R   utimensat(f): atime omitted, mtime 1000000000
 *   omit-mtime CF R   futimens(f): atime 2000000000, mtime omitted
 *   linux-now CF R    utimensat(f) with Linux's UTIME_NOW, no special
 *                     value on FreeBSD: EINVAL (22)
 *   no-path CF R      utimensat with no path: EFAULT (14)
 *
 * FreeBSD's numbers: openat 499, futimens 546, utimensat 547.
 */

#include "fbsd.h"

#define OPENAT		499
#define FUTIMENS	546
#define UTIMENSAT	547

#define AT_FDCWD	(-100)
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define UTIME_OMIT	(-2L)
#define LINUX_UTIME_NOW	((1L << 30) - 1)

void start(void);

void start(void)
{
	long omit_a[4] = { 0, UTIME_OMIT, 1000000000, 0 };
	long omit_m[4] = { 2000000000, 0, 0, UTIME_OMIT };
	long linux_now[4] = { 0, LINUX_UTIME_NOW, 0, 0 };
	bool cf;
	long fd, r;

	fd = fbsd6(OPENAT, AT_FDCWD, (long)"f", O_RDWR | O_CREAT, 0644, 0, 0,
		   &cf);
	if (cf) {
		put("openat failed\n");
		fbsd(FBSD_EXIT, 1, 0, 0, &cf);
	}
	r = fbsd6(UTIMENSAT, AT_FDCWD, (long)"f", (long)omit_a, 0, 0, 0, &cf);
	put_result("omit-atime", r, cf);
	r = fbsd(FUTIMENS, fd, (long)omit_m, 0, &cf);
	put_result("omit-mtime", r, cf);
	r = fbsd6(UTIMENSAT, AT_FDCWD, (long)"f", (long)linux_now, 0, 0, 0,
		  &cf);
	put_result("linux-now", r, cf);
	r = fbsd6(UTIMENSAT, AT_FDCWD, 0, (long)omit_a, 0, 0, 0, &cf);
	put_result("no-path", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
