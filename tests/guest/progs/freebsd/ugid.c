// SPDX-License-Identifier: GPL-2.0-only
/*
 * ugid: issetugid() as a freestanding FreeBSD/amd64 program: one line,
 * "issetugid CF R".  1 when the program was started set-user-ID (or with
 * privileges it did not inherit), 0 otherwise.  FreeBSD's number is 253;
 * ../netbsd/ugid.c builds it with NetBSD's.
 */

#include "fbsd.h"

#ifndef ISSETUGID
#define ISSETUGID	253
#endif

void start(void);

void start(void)
{
	bool cf;
	long r;

	r = fbsd(ISSETUGID, 0, 0, 0, &cf);
	put_result("issetugid", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
