// SPDX-License-Identifier: GPL-2.0-only
/*
 * paths: the *at() calls and getrusage that NetBSD's table maps straight
 * to Linux's, as a freestanding NetBSD/amd64 program run in an empty
 * directory.  A line per call: its name, whether it failed (the carry
 * flag) and its result or NetBSD errno.
 *
 *   mkdirat CF R        d, 0700
 *   symlinkat CF R      "target" as s
 *   readlinkat CF R     s: 6, then the line "link target"
 *   renameat CF R       d to e
 *   renameat-gone CF R  d again: ENOENT (2)
 *   getrusage CF R      RUSAGE_SELF, then "rusage OK" when the user and
 *                       system times' tv_usec are below a million with
 *                       their padding clear, and ru_maxrss is set
 *
 * NetBSD's numbers: mkdirat 461, symlinkat 470, readlinkat 469,
 * renameat 458, __getrusage50 445 (its struct timeval: a 64-bit tv_sec,
 * a 32-bit tv_usec and 4 bytes of padding).
 */

#include "nbsd.h"

#define MKDIRAT		461
#define SYMLINKAT	470
#define READLINKAT	469
#define RENAMEAT	458
#define GETRUSAGE	445

#define AT_FDCWD	(-100)

struct nbsd_rusage {
	struct { long sec; int usec; int pad; } utime, stime;
	long maxrss;
	long more[13];
};

/* A time's microseconds are below a million, its padding clear. */
static bool tv_ok(int usec, int pad)
{
	return usec >= 0 && usec < 1000000 && pad == 0;
}

void start(void);

void start(void)
{
	struct nbsd_rusage ru;
	char buf[64];
	bool cf;
	long r;

	r = fbsd(MKDIRAT, AT_FDCWD, (long)"d", 0700, &cf);
	put_result("mkdirat", r, cf);
	r = fbsd(SYMLINKAT, (long)"target", AT_FDCWD, (long)"s", &cf);
	put_result("symlinkat", r, cf);
	r = fbsd6(READLINKAT, AT_FDCWD, (long)"s", (long)buf, sizeof(buf) - 1,
		  0, 0, &cf);
	put_result("readlinkat", r, cf);
	if (!cf && r >= 0 && r < (long)sizeof(buf)) {
		buf[r] = '\0';
		put("link ");
		put(buf);
		put("\n");
	}
	r = fbsd6(RENAMEAT, AT_FDCWD, (long)"d", AT_FDCWD, (long)"e", 0, 0,
		  &cf);
	put_result("renameat", r, cf);
	r = fbsd6(RENAMEAT, AT_FDCWD, (long)"d", AT_FDCWD, (long)"f", 0, 0,
		  &cf);
	put_result("renameat-gone", r, cf);

	/* Padding the kernel must clear, not leave as it was. */
	__builtin_memset(&ru, 0xff, sizeof(ru));
	r = fbsd(GETRUSAGE, 0, (long)&ru, 0, &cf);
	put_result("getrusage", r, cf);
	if (tv_ok(ru.utime.usec, ru.utime.pad) &&
	    tv_ok(ru.stime.usec, ru.stime.pad) && ru.maxrss > 0)
		put("rusage OK\n");
	fbsd_exit(0);
}

NBSD_ENTRY;
