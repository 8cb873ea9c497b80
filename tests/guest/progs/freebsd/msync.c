// SPDX-License-Identifier: GPL-2.0-only
/*
 * msync: msync's flags on a page of anonymous memory, as a freestanding
 * FreeBSD/amd64 program, a line each, "NAME CF R": "sync" (0, FreeBSD's
 * MS_SYNC), "async" (MS_ASYNC), "invalidate" (MS_INVALIDATE), "both"
 * (MS_ASYNC | MS_INVALIDATE, EINVAL on FreeBSD), "bad" (an unknown
 * flag, EINVAL), "none" (no flag) and "unmapped" (ENOMEM).  ../netbsd/msync.c builds it
 * for NetBSD, where MS_SYNC is 4 and no flag at all is EINVAL.
 */

#ifdef NBSD_MSYNC
#include "../netbsd/nbsd.h"
#define MSYNC		NBSD_MSYNC
#define MS_SYNC		4
#define map_page(cf)	mmap7(4096, 3, 0x1002, -1, 0, cf)
#else
#include "fbsd.h"
#define MSYNC		65
#define MS_SYNC		0
/* mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0) */
#define map_page(cf)	fbsd6(477, 0, 4096, 3, 0x1002, -1, 0, cf)
#endif

void start(void);

static void try(const char *name, long addr, long flags)
{
	bool cf;
	long r = fbsd(MSYNC, addr, 4096, flags, &cf);

	put_result(name, r, cf);
}

void start(void)
{
	bool cf;
	long p = map_page(&cf);

	if (cf)
		put_result("mmap", p, cf);
	*(volatile char *)p = 1;
	try("sync", p, MS_SYNC);
	try("async", p, 1);
	try("invalidate", p, 2);
	try("both", p, 3);
	try("bad", p, 0x100);
	try("none", p, 0);
	fbsd6(73, p, 4096, 0, 0, 0, 0, &cf);	/* munmap */
	try("unmapped", p, 1);
	fbsd_exit(0);
}

FBSD_ENTRY;
