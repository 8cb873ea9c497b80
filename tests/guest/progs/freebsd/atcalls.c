// SPDX-License-Identifier: GPL-2.0-only
/*
 * atcalls: FreeBSD's *at() flags through faccessat, fchmodat, fchownat
 * and linkat, as a freestanding FreeBSD/amd64 program run in a directory
 * with a regular file f and a symbolic link d to nothing.  FreeBSD's
 * AT_SYMLINK_NOFOLLOW is 0x200, Linux's AT_EACCESS; its AT_SYMLINK_FOLLOW
 * is 0x400.  A line per call: its name, whether it failed (the carry
 * flag) and its result or FreeBSD errno.
 *
 *   faccessat CF R   d, F_OK, AT_SYMLINK_NOFOLLOW: the link exists
 *   fchmodat CF R    f, 0600, AT_SYMLINK_NOFOLLOW
 *   fchownat CF R    d, -1, -1, AT_SYMLINK_NOFOLLOW: the link itself
 *   linkat CF R      d to l, no flag: a second link to the symlink
 *   linkat-follow CF R  d to m, AT_SYMLINK_FOLLOW: ENOENT (2)
 *
 * FreeBSD's numbers: faccessat 489, fchmodat 490, fchownat 491,
 * linkat 495.
 */

#include "fbsd.h"

#ifndef FACCESSAT	/* NetBSD's are others (../netbsd/atcalls.c) */
#define FACCESSAT	489
#define FCHMODAT	490
#define FCHOWNAT	491
#define LINKAT		495
#endif

#define AT_FDCWD		(-100)
#define AT_SYMLINK_NOFOLLOW	0x200
#define AT_SYMLINK_FOLLOW	0x400

void start(void);

void start(void)
{
	bool cf;
	long r;

	r = fbsd6(FACCESSAT, AT_FDCWD, (long)"d", 0, AT_SYMLINK_NOFOLLOW, 0, 0,
		  &cf);
	put_result("faccessat", r, cf);
	r = fbsd6(FCHMODAT, AT_FDCWD, (long)"f", 0600, AT_SYMLINK_NOFOLLOW, 0,
		  0, &cf);
	put_result("fchmodat", r, cf);
	r = fbsd6(FCHOWNAT, AT_FDCWD, (long)"d", -1, -1, AT_SYMLINK_NOFOLLOW, 0,
		  &cf);
	put_result("fchownat", r, cf);
	r = fbsd6(LINKAT, AT_FDCWD, (long)"d", AT_FDCWD, (long)"l", 0, 0, &cf);
	put_result("linkat", r, cf);
	r = fbsd6(LINKAT, AT_FDCWD, (long)"d", AT_FDCWD, (long)"m",
		  AT_SYMLINK_FOLLOW, 0, &cf);
	put_result("linkat-follow", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
