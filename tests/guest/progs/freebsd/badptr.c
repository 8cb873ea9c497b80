// SPDX-License-Identifier: GPL-2.0-only
/*
 * badptr: a freestanding FreeBSD/amd64 program that hands the calls the
 * freebsd platform translates an address nothing is mapped at, and asks
 * __sysctl for a name no kernel has.  Each line is "CALL ERRNO", the
 * errno being FreeBSD's: EFAULT 14, ENOENT 2; "CALL ok" if a call did
 * not fail, which would be a bug.
 */

#include <stdbool.h>

#define BAD	8L		/* nothing is ever mapped at page 0 */

static long fbsd(long nr, long a1, long a2, long a3, long a4, long a5,
		 bool *cf)
{
	register long r10 asm("r10") = a4;
	register long r8 asm("r8") = a5;
	long ret;

	asm volatile("syscall; setc %1"
		     : "=a"(ret), "=r"(*cf)
		     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
		     : "rcx", "r11", "memory");
	return ret;
}

static void put(const char *s)
{
	unsigned long n = 0;
	bool cf;

	while (s[n])
		n++;
	fbsd(4, 1, (long)s, n, 0, 0, &cf);
}

static void report(const char *name, long nr, long a1, long a2, long a3,
		   long a4, long a5)
{
	char num[8];
	bool cf;
	long r = fbsd(nr, a1, a2, a3, a4, a5, &cf);
	int i = sizeof(num) - 1;

	put(name);
	put(" ");
	if (!cf) {
		put("ok\n");
		return;
	}
	num[i] = '\0';
	do {
		num[--i] = '0' + r % 10;
		r /= 10;
	} while (r && i);
	put(num + i);
	put("\n");
}

void start(void);

void start(void)
{
	static const int unknown[] = { 1, 9999 };
	bool cf;
	long kq, dir;

	report("sigaction", 416, 30, BAD, 0, 0, 0);
	report("sigprocmask", 340, 1, BAD, 0, 0, 0);
	report("sigaltstack", 53, BAD, 0, 0, 0, 0);
	report("sigreturn", 417, BAD, 0, 0, 0, 0);
	report("thr_self", 432, BAD, 0, 0, 0, 0);
	report("thr_new", 455, BAD, 104, 0, 0, 0);
	report("umtx_op", 454, BAD, 15, 0, 0, 0);
	report("sysarch", 165, 129, BAD, 0, 0, 0);
	report("clock_gettime", 232, 4, BAD, 0, 0, 0);
	report("fstat", 551, 1, BAD, 0, 0, 0);
	report("fstatat", 552, -100, (long)"/", BAD, 0, 0);
	report("getrlimit", 194, 8, BAD, 0, 0, 0);
	report("cpuset_getaffinity", 487, 3, 2, -1, 32, BAD);
	report("sysctl", 202, BAD, 2, 0, 0, 0);
	report("sysctl_unknown", 202, (long)unknown, 2, 0, 0, 0);
	kq = fbsd(362, 0, 0, 0, 0, 0, &cf);
	report("kevent", 363, kq, BAD, 1, 0, 0);
	dir = fbsd(5, (long)"/", 0x20000, 0, 0, 0, &cf);	/* O_DIRECTORY */
	report("getdirentries", 554, dir, BAD, 4096, 0, 0);
	fbsd(1, 0, 0, 0, 0, 0, &cf);
	for (;;)
		;
}

asm(".globl _start\n"
	"_start:\n"
	"	and $-16, %rsp\n"
	"	call start\n");
