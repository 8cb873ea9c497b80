// SPDX-License-Identifier: GPL-2.0-only
/*
 * seccomp: FreeBSD calls that the platform translates, run under
 * whatever seccomp filter the program was started with, as a
 * freestanding FreeBSD/amd64 program.  Each line is a call, whether it
 * failed (the carry flag) and its result or FreeBSD errno:
 *
 *   unlinkat CF R      unlinkat(AT_FDCWD, "victim", 0)
 *   mmap_rwx CF R      an anonymous mapping, writable and executable
 *   mmap_rw CF         the same, writable only (R is an address)
 *   sigaction CF R     SIGUSR1's action read and set again
 *   kill CF R          kill(getpid(), 0)
 *   getdirentries CF R the directory "." opened (openat) and read once; R is
 *                      1 if it listed something, else the errno
 *
 * With an argument, a second thread sleeps meanwhile, so that a filter
 * that kills the calling thread leaves the process.  FreeBSD starts a
 * program with its argument count's address in rdi: start()'s argument.
 *
 * FreeBSD's numbers: unlinkat 503, mmap 477, sigaction 416, kill 37,
 * getpid 20, thr_new 455, nanosleep 240, openat 499, getdirentries 554.
 */

#include "fbsd.h"

#define GETPID		20
#define KILL		37
#define SIGACTION	416
#define MMAP		477
#define UNLINKAT	503
#define NANOSLEEP	240
#define OPENAT		499
#define GETDIRENTRIES	554

#define AT_FDCWD	(-100)
#define PROT_RWX	7
#define PROT_RW		3
#define MAP_PRIVATE	0x0002
#define MAP_ANON	0x1000
#define SIGUSR1		30
#define O_DIRECTORY	0x20000

static char stack[16384] __attribute__((aligned(16)));
static char dirbuf[4096];

static void sleeper(void *arg)
{
	long ts[2] = { 1000, 0 };
	bool cf;

	(void)arg;
	for (;;)
		fbsd(NANOSLEEP, (long)ts, 0, 0, &cf);
}

struct sigaction {
	unsigned long handler;
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

static void line(const char *name, long r, bool cf, bool value)
{
	put(name);
	put(cf ? " 1" : " 0");
	if (value) {
		put(" ");
		put_num(r);
	}
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	struct sigaction sa = { 0 };
	bool cf;
	long r;

	if (sp[0] > 1) {	/* argc */
		start_thread(sleeper, 0, stack, sizeof(stack));
	}
	r = fbsd(UNLINKAT, AT_FDCWD, (long)"victim", 0, &cf);
	line("unlinkat", r, cf, true);
	r = fbsd6(MMAP, 0, 4096, PROT_RWX, MAP_PRIVATE | MAP_ANON, -1, 0, &cf);
	line("mmap_rwx", r, cf, cf);
	r = fbsd6(MMAP, 0, 4096, PROT_RW, MAP_PRIVATE | MAP_ANON, -1, 0, &cf);
	line("mmap_rw", r, cf, false);
	r = fbsd(SIGACTION, SIGUSR1, 0, (long)&sa, &cf);
	if (!cf)
		r = fbsd(SIGACTION, SIGUSR1, (long)&sa, 0, &cf);
	line("sigaction", r, cf, true);
	r = fbsd(KILL, fbsd(GETPID, 0, 0, 0, &cf), 0, 0, &cf);
	line("kill", r, cf, true);
	r = fbsd(OPENAT, AT_FDCWD, (long)".", O_DIRECTORY, &cf);
	if (!cf) {
		long base;

		r = fbsd6(GETDIRENTRIES, r, (long)dirbuf, sizeof(dirbuf),
			  (long)&base, 0, 0, &cf);
	}
	line("getdirentries", !cf ? r > 0 : r, cf, true);
	fbsd_exit(0);
}

FBSD_ENTRY;
