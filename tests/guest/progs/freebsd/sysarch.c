// SPDX-License-Identifier: GPL-2.0-only
/*
 * sysarch: the fs and gs bases through sysarch(op, parms), as a
 * freestanding FreeBSD/amd64 program; ../netbsd/sysarch.c builds it with
 * NetBSD's operations.  Lines "NAME CF R", and "fs-word W" for the word
 * at %fs:0 once the fs base is set.  Both BSDs refuse a base above user
 * memory and an unknown operation with EINVAL (22), and a bad pointer
 * with EFAULT (14).  sysarch is 165 on both.
 */

#include "fbsd.h"

#define SYSARCH		165
#ifdef NETBSD
#define GET_GSBASE	14	/* X86_GET_GSBASE */
#define GET_FSBASE	15
#define SET_GSBASE	16
#define SET_FSBASE	17
#else
#define GET_FSBASE	128	/* AMD64_GET_FSBASE */
#define SET_FSBASE	129
#define GET_GSBASE	130
#define SET_GSBASE	131
#endif

static volatile long cell = 4660;

void start(void);

static long call(const char *name, long op, long parms)
{
	bool cf;
	long r;

	r = fbsd(SYSARCH, op, parms, 0, &cf);
	put_result(name, r, cf);
	return r;
}

void start(void)
{
	long base = (long)&cell, got = 0, word;

	call("set-fs", SET_FSBASE, (long)&base);
	asm volatile("mov %%fs:0, %0" : "=r"(word));
	put("fs-word");
	put_val(word);
	put("\n");
	call("get-fs", GET_FSBASE, (long)&got);
	put(got == base ? "fs-same 1\n" : "fs-same 0\n");
	got = 0;
	call("set-gs", SET_GSBASE, (long)&base);
	call("get-gs", GET_GSBASE, (long)&got);
	put(got == base ? "gs-same 1\n" : "gs-same 0\n");
	base = 1L << 47;
	call("high", SET_FSBASE, (long)&base);
	call("bad-op", 99, (long)&base);
	call("bad-ptr", SET_FSBASE, 8);
	fbsd_exit(0);
}

FBSD_ENTRY;
