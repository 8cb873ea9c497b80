/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the freestanding FreeBSD/amd64 test programs share: FreeBSD's
 * syscall convention (an error sets the carry flag, with a positive
 * errno in rax) and writing strings and numbers with FreeBSD's write.
 */
#ifndef FBSD_TEST_H
#define FBSD_TEST_H

#include <stdbool.h>

#define FBSD_EXIT	1
#define FBSD_WRITE	4

static inline long fbsd(long nr, long a1, long a2, long a3, bool *cf)
{
	long ret;

	asm volatile("syscall; setc %1"
		     : "=a"(ret), "=r"(*cf)
		     : "a"(nr), "D"(a1), "S"(a2), "d"(a3)
		     : "rcx", "r11", "memory");
	return ret;
}

/* The same with six arguments; the fourth goes in r10. */
static inline long fbsd6(long nr, long a1, long a2, long a3, long a4, long a5,
			 long a6, bool *cf)
{
	register long r10 asm("r10") = a4;
	register long r8 asm("r8") = a5;
	register long r9 asm("r9") = a6;
	long ret;

	asm volatile("syscall; setc %1"
		     : "=a"(ret), "=r"(*cf), "+r"(r10), "+r"(r8), "+r"(r9)
		     : "a"(nr), "D"(a1), "S"(a2), "d"(a3)
		     : "rcx", "r11", "memory");
	return ret;
}

static inline unsigned long len(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n;
}

static inline void put(const char *s)
{
	bool cf;

	fbsd(FBSD_WRITE, 1, (long)s, len(s), &cf);
}

static inline void put_num(unsigned long v)
{
	char buf[24];
	int i = sizeof(buf) - 1;

	buf[i] = '\0';
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	put(buf + i);
}

#endif
