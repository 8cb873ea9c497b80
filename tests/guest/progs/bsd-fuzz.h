/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * fuzz CALLS NUMBERS RESULT: a fuzzer of a BSD platform, built as a
 * freestanding program of each (freebsd/fuzz.c, netbsd/fuzz.c, which
 * give their numbers, what calls are left out, how to map shared memory
 * and how to start the writer).  NUMBERS is a file with a number a line
 * (the interface's table).  Children, one at a time, make calls until
 * CALLS were made in all: four in five with a number from the file, the
 * rest with any number (unmapped ones, the restart number, huge ones).
 * The arguments are chosen at random among zero, small numbers, -1,
 * pointers into a buffer that a writer keeps rewriting while the calls
 * read it, bad pointers (NULL+1, the top of user space, kernel
 * addresses), huge lengths and random words.  A child that a call kills
 * or blocks (after 3 s) is replaced.  Calls that would end the fuzzer's
 * own work are left out (exit, fork, vfork, execve, a thread's exit);
 * kill goes to the child itself.  Children make their calls with
 * descriptors 0 to 2 on /dev/null; once they are done, the fuzzer writes
 *
 *   calls N restarts N children N signalled N stuck N
 *
 * to the file RESULT, which no child had open, and exits 0.  The
 * interface counts every call but those with the restart number.
 *
 * The constants below (flags, signals, wait options) are the same on
 * FreeBSD and NetBSD.
 */
#ifndef BSD_FUZZ_H
#define BSD_FUZZ_H

#define NR_RESTART	0x7ffffffe

#define AT_FDCWD	(-100)
#define O_RDWR		0x0002
#define O_WRONLY	0x0001
#define O_CREAT		0x0200
#define O_TRUNC		0x0400
#define WNOHANG		1
#define SIGKILL		9
#define PROT_RW		3
#define MAP_SHARED	0x0001
#define MAP_ANON	0x1000

#define MAX_NUMBERS	1024
#define CHILD_CALLS	2000
#define BUF_SIZE	65536

/* Big enough for either BSD's struct sigaction, the handler first. */
struct sigaction {
	unsigned long handler;
	unsigned long rest[4];
};

/* What the children count, in memory they share with the parent. */
struct shared {
	volatile long calls;
	volatile long restarts;	/* of them, the restart number's (not counted) */
};

static long numbers[MAX_NUMBERS];
static unsigned int nnumbers;
static char *buf;		/* shared with the writer (start_writer()) */
static unsigned long state;

static unsigned long rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static long sys(long nr, long a1, long a2, long a3, long a4, long a5,
		long a6)
{
	bool cf;

	return fbsd6(nr, a1, a2, a3, a4, a5, a6, &cf);
}

/* Rewrite bytes of the buffer at random, @n times (forever if 0). */
static void rewrite(unsigned long x, unsigned long n)
{
	do {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		buf[x % BUF_SIZE] = x >> 32;
		*(unsigned short *)(buf + (x >> 16) % (BUF_SIZE - 2)) = x >> 48;
	} while (--n);
}

static long argument(void)
{
	static const unsigned long bad[] = {
		1, 0xfff, 0x10000000, 0x7ffffffff000, 0x800000000000,
		0xffff888000000000, 0xffffffff81000000, ~0UL,
	};
	static const unsigned long huge[] = {
		0x7fffffff, 0x80000000, 0xffffffff, 1UL << 40, ~0UL >> 1,
	};

	switch (rnd() % 8) {
	case 0:
		return 0;
	case 1:
		return rnd() % 64;
	case 2:
		return -1;
	case 3:
	case 4:
		return (long)(buf + rnd() % BUF_SIZE);
	case 5:
		return bad[rnd() % (sizeof(bad) / sizeof(bad[0]))];
	case 6:
		return huge[rnd() % (sizeof(huge) / sizeof(huge[0]))];
	default:
		return rnd();
	}
}

static long number(void)
{
	switch (rnd() % 10) {
	case 0:
		return rnd() % 1024;
	case 1:
		return rnd() % 3 ? NR_RESTART : (long)rnd();
	default:
		return numbers[rnd() % nnumbers];
	}
}


static void child(struct shared *sh, unsigned long seed)
{
	struct sigaction ign = { .handler = 1 };	/* SIG_IGN */
	long a[6], nr, fd, self = sys(GETPID, 0, 0, 0, 0, 0, 0);
	int i, j;

	state = seed | 1;
	/* What calls write to descriptors 0 to 2 goes nowhere. */
	fd = sys(OPENAT, AT_FDCWD, (long)"/dev/null", O_RDWR, 0, 0, 0);
	for (j = 0; j < 3; j++)
		sys(DUP2, fd, j, 0, 0, 0, 0);
	/* SIGSYS, SIGPIPE, SIGALRM, SIGXFSZ (the same numbers on both BSDs):
	 * what calls raise most.
	 */
	sys(SIGACTION, 12, (long)&ign, 0, 0, 0, 0);
	sys(SIGACTION, 13, (long)&ign, 0, 0, 0, 0);
	sys(SIGACTION, 14, (long)&ign, 0, 0, 0, 0);
	sys(SIGACTION, 25, (long)&ign, 0, 0, 0, 0);
	start_writer(seed * 7 + 1);
	for (i = 0; i < CHILD_CALLS; i++) {
		do {
			nr = number();
		} while (nr == EXIT || left_out(nr));
		for (j = 0; j < 6; j++)
			a[j] = argument();
		if (nr == KILL)
			a[0] = self;
		sh->calls++;
		sh->restarts += nr == NR_RESTART;
		sys(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	}
	sys(EXIT, 0, 0, 0, 0, 0, 0);
}

/* The numbers file: one decimal number a line. */
static void read_numbers(const char *path)
{
	long fd = sys(OPENAT, AT_FDCWD, (long)path, 0, 0, 0, 0), n, i;
	long v = -1;

	n = fd >= 0 ? sys(READ, fd, (long)buf, sizeof(buf), 0, 0, 0) : 0;
	for (i = 0; i < n && nnumbers < MAX_NUMBERS; i++) {
		if (buf[i] >= '0' && buf[i] <= '9') {
			v = (v < 0 ? 0 : v * 10) + buf[i] - '0';
		} else if (v >= 0) {
			numbers[nnumbers++] = v;
			v = -1;
		}
	}
	sys(CLOSE, fd, 0, 0, 0, 0, 0);
}

static long parse(const char *s)
{
	long v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

static void line(const char *name, long v)
{
	put(name);
	put(" ");
	put_num(v);
}

void start(long *sp);

void start(long *sp)
{
	long calls = sp[0] == 4 ? parse((char *)sp[2]) : 0;
	long children = 0, signalled = 0, stuck = 0, pid, waited;
	struct timespec_ { long s, ns; } tick = { 0, 20000000 };
	struct shared *sh;
	int status;
	bool cf;
	long fd;

	if (!calls) {
		put("usage: fuzz CALLS NUMBERS RESULT\n");
		fbsd(EXIT, 2, 0, 0, &cf);
	}
	/*
	 * One mapping, the counts below the buffer: out of reach of calls
	 * that write past the buffer's end.
	 */
	sh = map_shared(4096 + BUF_SIZE);
	buf = (char *)sh + 4096;
	if (!sh) {
		put("fuzz: no memory\n");
		fbsd(EXIT, 2, 0, 0, &cf);
	}
	read_numbers((char *)sp[3]);
	if (!nnumbers) {
		put("fuzz: no numbers\n");
		fbsd(EXIT, 2, 0, 0, &cf);
	}
	while (sh->calls < calls) {
		pid = sys(FORK, 0, 0, 0, 0, 0, 0);
		if (pid == 0)
			child(sh, 0x9e3779b97f4a7c15UL * (children + 1));
		if (pid < 0)
			break;
		children++;
		for (waited = 0; ; waited += 20) {
			if (sys(WAIT4, pid, (long)&status, WNOHANG, 0, 0, 0) == pid)
				break;
			if (waited >= 3000) {
				sys(KILL, pid, SIGKILL, 0, 0, 0, 0);
				sys(WAIT4, pid, (long)&status, 0, 0, 0, 0);
				stuck++;
				break;
			}
			sys(NANOSLEEP, (long)&tick, 0, 0, 0, 0, 0);
		}
		signalled += (status & 0x7f) != 0;
	}
	fd = sys(OPENAT, AT_FDCWD, sp[4], O_WRONLY | O_CREAT | O_TRUNC, 0644, 0,
		 0);
	if (fd < 0 || sys(DUP2, fd, 1, 0, 0, 0, 0) < 0)
		fbsd(EXIT, 2, 0, 0, &cf);
	line("calls", sh->calls);
	line(" restarts", sh->restarts);
	line(" children", children);
	line(" signalled", signalled);
	line(" stuck", stuck);
	put("\n");
	fbsd(EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

#endif
