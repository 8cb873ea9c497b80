// SPDX-License-Identifier: GPL-2.0-only
/*
 * restart: a freestanding program for the "rs" test platforms, which put
 * the syscall number in NR_REG (rax, or rbx with -DNR_RBX) and number
 * the calls their own way:
 *
 *   1 write  2 nanosleep  3 exit  4 rt_sigaction  5 rt_sigreturn
 *   6 read   7 getpid     10 open  11 clock_gettime
 *
 * Usage: restart FIFO [SECONDS].  It sleeps SECONDS (default 3) in
 * nanosleep, then blocks in open and read on FIFO, while the scenario
 * stops, continues and signals it.  A restart that decodes a wrong
 * number fails the call (-ENOSYS); one that runs the sleep again from
 * the start makes it last too long.  With -DNR_RBX it also checks that
 * rbx still holds the number after every call.
 *
 * Variants (Makefile): -DINT80, -DCARRY and -DEINTR=N; see fsys().
 */

#include <stdbool.h>

#define SIGUSR1		10
#define SA_RESTART	0x10000000
#define SA_RESTORER	0x04000000
#ifndef EINTR
#define EINTR		4	/* -DEINTR=N: the interface maps it to N */
#endif
#define SLEEP_S		3	/* default */

struct ksigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

struct ts {
	long sec;
	long nsec;
};

static long errors, handled;

/*
 * -DINT80 enters with int $0x80 instead of syscall; -DCARRY reads results
 * the BSD way (errno in rax and the carry flag set) and turns them back
 * into -errno, so that the rest of the program is the same.
 */
#ifdef INT80
#define ENTER "int $0x80"
#else
#define ENTER "syscall"
#endif

static long fsys(long nr, long a1, long a2, long a3, long a4)
{
	register long r10 asm("r10") = a4;
	long ret;
	bool cf;
#ifdef NR_RBX
	long bx = nr;

	asm volatile (ENTER
		      : "=a" (ret), "+b" (bx), "=@ccc" (cf)
		      : "0" (0xdeadL), "D" (a1), "S" (a2), "d" (a3), "r" (r10)
		      : "rcx", "r11", "memory");
	if (bx != nr)
		errors++;
#else
	asm volatile (ENTER
		      : "=a" (ret), "=@ccc" (cf)
		      : "0" (nr), "D" (a1), "S" (a2), "d" (a3), "r" (r10)
		      : "rcx", "r11", "memory");
#endif
#ifdef CARRY
	if (cf)
		ret = -ret;
	else if (ret < 0)
		errors++;	/* an error without the carry flag */
#else
	(void)cf;
#endif
	return ret;
}

void restorer(void);
#ifdef NR_RBX
asm(".text\nrestorer:\n\tmov $5, %rbx\n\t" ENTER "\n\tud2\n");
#else
asm(".text\nrestorer:\n\tmov $5, %eax\n\t" ENTER "\n\tud2\n");
#endif

static void out(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	fsys(1, 1, (long)s, n, 0);
}

static void out_num(long v)
{
	char buf[24], *p = buf + sizeof(buf) - 1;
	int neg = v < 0;

	*p = 0;
	if (neg)
		v = -v;
	do {
		*--p = '0' + v % 10;
		v /= 10;
	} while (v);
	if (neg)
		*--p = '-';
	out(p);
}

static void handler(int sig)
{
	(void)sig;
	handled++;
	if (fsys(7, 0, 0, 0, 0) <= 0)	/* a call from inside the handler */
		errors++;
}

static long now_ms(void)
{
	struct ts t;

	fsys(11, 1 /* CLOCK_MONOTONIC */, (long)&t, 0, 0);
	return t.sec * 1000 + t.nsec / 1000000;
}

static long to_num(const char *s)
{
	long v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

void cmain(long *sp);
void cmain(long *sp)
{
	struct ksigaction act = { handler, SA_RESTART | SA_RESTORER, restorer, 0 };
	const char *fifo = sp[0] > 1 ? (const char *)sp[2] : "/tmp/fifo";
	long r, fd, eintr = 0, t0, ms, secs = SLEEP_S;
	struct ts req, rem;
	char buf[16];

	if (sp[0] > 2)
		secs = to_num((const char *)sp[3]);
	req.sec = secs;
	req.nsec = 0;

	if (fsys(4, SIGUSR1, (long)&act, 0, 8)) {
		out("rt_sigaction failed\n");
		fsys(3, 2, 0, 0, 0);
	}
	out("ready\n");
	t0 = now_ms();
	while ((r = fsys(2, (long)&req, (long)&rem, 0, 0)) == -EINTR) {
		eintr++;
		req = rem;
	}
	ms = now_ms() - t0;
	out("sleep: ");
	out_num(r);
	out(", eintr ");
	out_num(eintr);
	out(ms < secs * 1400 ? ", on time\n" : ", too long\n");

	fd = fsys(10, (long)fifo, 0, 0, 0);
	r = fsys(6, fd, (long)buf, sizeof(buf) - 1, 0);
	out("read: ");
	out_num(r);
	if (r > 0) {
		buf[r] = 0;
		out(" ");
		out(buf);
	} else {
		out("\n");
	}
	out("handler ran ");
	out_num(handled);
	out(" times, errors ");
	out_num(errors);
	out("\n");
	fsys(3, errors ? 1 : 0, 0, 0, 0);
}

asm(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %rsp, %rdi\n"
    "\tand $-16, %rsp\n\tcall cmain\n\tud2\n");
