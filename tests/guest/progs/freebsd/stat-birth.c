// SPDX-License-Identifier: GPL-2.0-only
/*
 * stat-birth: the birth time, st_birthtim, that FreeBSD's fstatat and
 * fstat give for the file named by the first argument, as a freestanding
 * FreeBSD/amd64 program.  Lines:
 *   "fstatat CF R", "fstat CF R"  the two calls
 *   "birth unknown"           fstatat's st_birthtim.tv_sec is -1
 *   "birth before|at|after mtime"  otherwise, how it compares with
 *                             st_mtim
 *   "same N"                  1 when fstat gave the same birth time
 * ../netbsd/stat-birth.c builds it for NetBSD's fstatat and __fstat50,
 * whose struct stat has its times at the same offsets.
 */

#include "fbsd.h"

#ifndef FSTATAT
#define FSTATAT		552
#define FSTAT		551
#define SIZE		224
#endif

#define OPEN		5
#define AT_FDCWD	(-100)
#define OFF_MTIM	64
#define OFF_BIRTHTIM	96

static long a[SIZE / 8], b[SIZE / 8];

void start(long *sp);

void start(long *sp)
{
	const char *path = (const char *)sp[2];
	long *mt = &a[OFF_MTIM / 8], *bt = &a[OFF_BIRTHTIM / 8];
	bool cf;
	long r, fd;

	r = fbsd6(FSTATAT, AT_FDCWD, (long)path, (long)a, 0, 0, 0, &cf);
	put_result("fstatat", r, cf);
	fd = fbsd(OPEN, (long)path, 0, 0, &cf);
	r = fbsd(FSTAT, fd, (long)b, 0, &cf);
	put_result("fstat", r, cf);
	if (bt[0] == -1)
		put("birth unknown\n");
	else if (bt[0] < mt[0] || (bt[0] == mt[0] && bt[1] < mt[1]))
		put("birth before mtime\n");
	else if (bt[0] == mt[0] && bt[1] == mt[1])
		put("birth at mtime\n");
	else
		put("birth after mtime\n");
	put("same");
	put_val(bt[0] == b[OFF_BIRTHTIM / 8] &&
		bt[1] == b[OFF_BIRTHTIM / 8 + 1]);
	put("\n");
	fbsd_exit(0);
}

BSD_ENTRY;
