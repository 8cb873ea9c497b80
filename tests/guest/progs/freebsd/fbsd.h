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

/* sys/sys/thr.h */
#define FBSD_THR_EXIT	431
#define FBSD_THR_NEW	455

struct thr_param {
	void (*start_func)(void *);
	void *arg;
	char *stack_base;
	unsigned long stack_size;
	char *tls_base;
	unsigned long tls_size;
	long *child_tid;
	long *parent_tid;
	int flags;
	void *rtp;
	void *spare[3];
};

/* Run @fn(@arg) on a new thread with the stack @stack of @size bytes. */
static inline bool start_thread(void (*fn)(void *), void *arg, char *stack,
				unsigned long size)
{
	struct thr_param tp = {
		.start_func = fn, .arg = arg, .stack_base = stack,
		.stack_size = size,
	};
	bool cf;

	fbsd(FBSD_THR_NEW, (long)&tp, sizeof(tp), 0, &cf);
	return !cf;
}

/* sys/sys/event.h: FreeBSD 12's struct kevent, and what the tests use */
#define FBSD_KQUEUE	362
#define FBSD_KEVENT	560
#define EVFILT_READ	(-1)
#define EVFILT_USER	(-11)
#define EV_ADD		0x0001
#define EV_DELETE	0x0002
#define EV_ENABLE	0x0004
#define EV_DISABLE	0x0008
#define EV_CLEAR	0x0020
#define NOTE_TRIGGER	0x01000000

struct kevent {
	unsigned long ident;
	short filter;
	unsigned short flags;
	unsigned int fflags;
	long data;
	unsigned long udata;
	unsigned long ext[4];
};

/* struct iovec and struct msghdr, the same on both BSDs */
struct iovec {
	void *base;
	unsigned long len;
};

struct msghdr {
	void *name;
	unsigned int namelen;
	struct iovec *iov;
	int iovlen;
	void *control;
	unsigned int controllen;
	int flags;
};

/* exit(@status): FreeBSD's exit does not return. */
static inline __attribute__((noreturn)) void fbsd_exit(long status)
{
	bool cf;

	fbsd(FBSD_EXIT, status, 0, 0, &cf);
	for (;;)
		;
}

/*
 * The program's entry: _start aligns the stack and calls start(), whose
 * argument is rdi, the address of argc as FreeBSD passes it.
 */
#define FBSD_ENTRY					\
	asm(".globl _start\n"				\
	    "_start:\n"					\
	    "	and $-16, %rsp\n"			\
	    "	call start\n")

/*
 * The entry of a program both platforms build from one source: NetBSD's
 * (../netbsd/nbsd.h) when the NetBSD build included that first.
 */
#ifdef NBSD_TEST_H
#define BSD_ENTRY	NBSD_ENTRY
#else
#define BSD_ENTRY	FBSD_ENTRY
#endif

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

/* The first @n bytes at @s, to standard output. */
static inline void put_n(const char *s, long n)
{
	bool cf;

	fbsd(FBSD_WRITE, 1, (long)s, n, &cf);
}

/*
 * The number argv[1] gives, or @dflt without one: @sp is what FreeBSD
 * passes a program in rdi, the address of its argument count.
 */
static inline long arg_num(const long *sp, long dflt)
{
	const char *s;
	long n = 0;

	if (sp[0] < 2)
		return dflt;
	for (s = (const char *)sp[2]; *s >= '0' && *s <= '9'; s++)
		n = n * 10 + *s - '0';
	return n;
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

/* " N" for a value that may be negative. */
static inline void put_val(long v)
{
	put(" ");
	if (v < 0) {
		put("-");
		v = -v;
	}
	put_num(v);
}

/* FreeBSD's nanosleep (240) for @ms milliseconds. */
static inline void sleep_ms(long ms)
{
	long ts[2] = { ms / 1000, ms % 1000 * 1000000 };
	bool cf;

	fbsd(240, (long)ts, 0, 0, &cf);
}

/* FreeBSD's fork (2): the child's pid in the parent, 0 in the child. */
static inline long fbsd_fork(void)
{
	long ret, rdx;
	bool cf;

	asm volatile("syscall; setc %1"
		     : "=a"(ret), "=r"(cf), "=d"(rdx)
		     : "a"(2)
		     : "rcx", "r11", "memory");
	return rdx ? 0 : ret;
}

/* A call's line: NAME, whether it failed (the carry flag), its result. */
static inline void put_result(const char *name, long r, bool cf)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put("\n");
}

/*
 * Up to @n - 1 bytes of the file at @path, with open (5), read (3) and
 * close (6), whose numbers both BSDs share; NUL-terminated, "?\n" if it
 * cannot be read.
 */
static inline void read_file(const char *path, char *buf, long n)
{
	bool cf;
	long fd, r;

	fd = fbsd(5, (long)path, 0, 0, &cf);
	r = cf ? -1 : fbsd(3, fd, (long)buf, n - 1, &cf);
	if (cf || r < 0) {
		buf[0] = '?';
		buf[1] = '\n';
		r = 2;
	}
	buf[r] = '\0';
	fbsd(6, fd, 0, 0, &cf);
}

/*
 * Return once thread @tid of this process sleeps (state S in
 * /proc/self/task/TID/stat), so that a signal or a wake sent then finds
 * it in the call it was about to make, however slow the machine.
 */
static inline void await_asleep(long tid)
{
	char path[48] = "/proc/self/task/", num[24], buf[128];
	int i = sizeof(num) - 1, n = 16;
	const char *p;

	num[i] = '\0';
	do {
		num[--i] = '0' + tid % 10;
		tid /= 10;
	} while (tid);
	while (num[i])
		path[n++] = num[i++];
	for (p = "/stat"; *p; p++)
		path[n++] = *p;
	path[n] = '\0';
	for (;;) {
		read_file(path, buf, sizeof(buf));
		for (p = buf; *p && !(p[0] == ')' && p[1] == ' '); p++)
			;
		if (*p && p[2] == 'S')
			return;
		sleep_ms(5);
	}
}

/* Little-endian 16- and 32-bit values in a buffer the kernel filled. */
static inline unsigned short u16(const unsigned char *p)
{
	return p[0] | p[1] << 8;
}

static inline unsigned int u32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (unsigned int)p[3] << 24;
}

/* A sockaddr_in's address, dotted, after a space. */
static inline void put_in(const unsigned char *sa)
{
	put(" ");
	for (int i = 4; i < 8; i++) {
		put_num(sa[i]);
		if (i < 7)
			put(".");
	}
}

#endif
