// SPDX-License-Identifier: GPL-2.0-only
/*
 * statfs: FreeBSD's statfs and fstatfs of the directory named by the
 * first argument, as a freestanding FreeBSD/amd64 program.  Lines:
 *   "statfs CF R", "fstatfs CF R"  the two calls
 *   "version N"   f_version, FreeBSD's STATFS_VERSION (not on NetBSD)
 *   "flags N"     the mount flags, in the platform's MNT_* numbering
 *   "bsize N", "blocks N", "namemax N"
 *   "type S", "on S", "from S"  the type's name, where it is mounted and
 *                 what was
 *   "same N"      1 when both calls said the same
 *   "missing CF R"  statfs of a path that does not exist (ENOENT)
 * ../netbsd/statfs.c builds it for NetBSD's statvfs1 (NetBSD 10's and
 * NetBSD 9's, "old ..." lines).
 */

#include "fbsd.h"

#ifndef STATFS
#define STATFS		555
#define FSTATFS		556
#define SIZE		2344
#define OFF_FLAGS	8
#define OFF_BSIZE	16	/* f_bsize, the fundamental size */
#define OFF_BLOCKS	32
#define OFF_NAMEMAX	184	/* 32 bits */
#define OFF_TYPE	280
#define OFF_FROM	296
#define OFF_ON		1320
#endif

#define OPEN		5

static unsigned char a[4096], b[4096];

static unsigned long u64(const unsigned char *p)
{
	return u32(p) | (unsigned long)u32(p + 4) << 32;
}

static void line(const char *name, unsigned long v)
{
	put(name);
	put_val(v);
	put("\n");
}

static void name(const char *what, const unsigned char *s)
{
	put(what);
	put(" ");
	put((const char *)s);
	put("\n");
}

static int same(const unsigned char *x, const unsigned char *y, long n)
{
	while (n--)
		if (*x++ != *y++)
			return 0;
	return 1;
}

void start(long *sp);

void start(long *sp)
{
	const char *dir = (const char *)sp[2];
	bool cf;
	long r, fd;

	r = fbsd(STATFS, (long)dir, (long)a, 1, &cf);
	put_result("statfs", r, cf);
	fd = fbsd(OPEN, (long)dir, 0, 0, &cf);
	r = fbsd(FSTATFS, fd, (long)b, 1, &cf);
	put_result("fstatfs", r, cf);
#ifndef NBSD_TEST_H
	line("version", u32(a));
#endif
	line("flags", u64(a + OFF_FLAGS));
	line("bsize", u64(a + OFF_BSIZE));
	line("blocks", u64(a + OFF_BLOCKS));
	line("namemax", u32(a + OFF_NAMEMAX));
	name("type", a + OFF_TYPE);
	name("on", a + OFF_ON);
	name("from", a + OFF_FROM);
	line("same", same(a, b, SIZE));
#ifdef OLD_STATFS
	r = fbsd(OLD_STATFS, (long)dir, (long)b, 1, &cf);
	put_result("old", r, cf);
	name("old type", b + OLD_OFF_TYPE);
	name("old on", b + OLD_OFF_ON);
	name("old from", b + OLD_OFF_FROM);
	line("old same", same(a, b, OLD_OFF_NAMES));
	r = fbsd(OLD_FSTATFS, fd, (long)a, 1, &cf);
	put_result("old fstatfs", r, cf);
	line("old fsame", same(a, b, OLD_SIZE));
#endif
	r = fbsd(STATFS, (long)"/nonexistent", (long)a, 1, &cf);
	put_result("missing", r, cf);
	fbsd_exit(0);
}

BSD_ENTRY;
