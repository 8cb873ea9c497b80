// SPDX-License-Identifier: GPL-2.0-only
/*
 * fsstat: FreeBSD's getfsstat, as a freestanding FreeBSD/amd64 program,
 * given a mount point as its argument.  Lines:
 *   "count CF N"   getfsstat(NULL, 0, MNT_NOWAIT): how many mounts
 *   "fill CF N"    the same with room for 16 structs: how many it wrote
 *   "first S"      the first one's mount point
 *   "mnt S S"      the type's name and the source of the argument's mount
 *   "one CF N"     room for one struct and a little more
 *   "small CF N"   room for less than one
 *   "fault CF R"   room for one at an address not mapped (EFAULT)
 * and FreeBSD's argument checks, each EINVAL:
 *   "mode CF R"    a mode neither MNT_WAIT nor MNT_NOWAIT
 *   "negative CF R"  a negative size
 * ../netbsd/fsstat.c builds it for NetBSD's getvfsstat (NetBSD 10's and
 * NetBSD 9's, "old N": how many mounts the old call counts).
 */

#include "fbsd.h"

#ifndef GETFSSTAT
#define GETFSSTAT	557
#define SIZE		2344
#define OFF_TYPE	280
#define OFF_FROM	296
#define OFF_ON		1320
#define MODE		2	/* MNT_NOWAIT */
#endif

#define ROOM		16

static unsigned char a[ROOM * SIZE];

static int streq(const char *x, const char *y)
{
	while (*x && *x == *y)
		x++, y++;
	return *x == *y;
}

static void name(const char *what, const unsigned char *s)
{
	put(what);
	put((const char *)s);
}

void start(long *sp);

void start(long *sp)
{
	const char *dir = (const char *)sp[2];
	bool cf;
	long r, i;

	r = fbsd(GETFSSTAT, 0, 0, MODE, &cf);
	put_result("count", r, cf);
	r = fbsd(GETFSSTAT, (long)a, sizeof(a), MODE, &cf);
	put_result("fill", r, cf);
	name("first ", a + OFF_ON);
	put("\n");
	for (i = 0; !cf && i < r; i++) {
		if (streq((const char *)a + i * SIZE + OFF_ON, dir)) {
			name("mnt ", a + i * SIZE + OFF_TYPE);
			name(" ", a + i * SIZE + OFF_FROM);
			put("\n");
		}
	}
	r = fbsd(GETFSSTAT, (long)a, SIZE + 100, MODE, &cf);
	put_result("one", r, cf);
	r = fbsd(GETFSSTAT, (long)a, SIZE - 1, MODE, &cf);
	put_result("small", r, cf);
	r = fbsd(GETFSSTAT, 4096, SIZE, MODE, &cf);
	put_result("fault", r, cf);
#ifdef OLD_GETFSSTAT
	r = fbsd(OLD_GETFSSTAT, 0, 0, MODE, &cf);
	put_result("old", r, cf);
#else
	r = fbsd(GETFSSTAT, 0, 0, 0, &cf);
	put_result("mode", r, cf);
	r = fbsd(GETFSSTAT, (long)a, -1, MODE, &cf);
	put_result("negative", r, cf);
#endif
	fbsd_exit(0);
}

BSD_ENTRY;
