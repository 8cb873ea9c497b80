// SPDX-License-Identifier: GPL-2.0-only
/*
 * fuzz CALLS NUMBERS RESULT: the BSD fuzzer (../bsd-fuzz.h) as a
 * freestanding FreeBSD/amd64 program.  The writer is a second thread of
 * each child (thr_new), which rewrites the buffer while the child's
 * calls read it.
 *
 * FreeBSD's numbers used here: exit 1, fork 2, read 3, close 6, wait4 7,
 * getpid 20, kill 37, execve 59, vfork 66, dup2 90, nanosleep 240,
 * sigaction 416, thr_exit 431, thr_new 455, mmap 477, openat 499.
 */

#include "fbsd.h"

#define EXIT		1
#define FORK		2
#define READ		3
#define CLOSE		6
#define WAIT4		7
#define GETPID		20
#define KILL		37
#define EXECVE		59
#define VFORK		66
#define DUP2		90
#define NANOSLEEP	240
#define SIGACTION	416
#define MMAP		477
#define OPENAT		499

static void *map_shared(long size);
static void start_writer(unsigned long seed);
static bool left_out(long nr);

#include "../bsd-fuzz.h"

static char stack[16384] __attribute__((aligned(16)));

static void *map_shared(long size)
{
	bool cf;
	long p = fbsd6(MMAP, 0, size, PROT_RW, MAP_SHARED | MAP_ANON, -1, 0,
		       &cf);

	return cf ? (void *)0 : (void *)p;
}

static void writer(void *arg)
{
	rewrite((unsigned long)arg, 0);
}

static void start_writer(unsigned long seed)
{
	start_thread(writer, (void *)seed, stack, sizeof(stack));
}

static bool left_out(long nr)
{
	return nr == FORK || nr == EXECVE || nr == VFORK ||
	       nr == FBSD_THR_EXIT;
}

FBSD_ENTRY;
