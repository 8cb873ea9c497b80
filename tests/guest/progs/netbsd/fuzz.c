// SPDX-License-Identifier: GPL-2.0-only
/*
 * fuzz CALLS NUMBERS RESULT: the BSD fuzzer (../bsd-fuzz.h) as a
 * freestanding NetBSD/amd64 program.  The writer is a process each
 * child forks, which rewrites the buffer (shared memory) while the
 * child's calls read it, and exits once the child is gone.
 *
 * NetBSD's numbers used here: exit 1, fork 2, read 3, close 6, getpid
 * 20, kill 37, getppid 39, execve 59, vfork 66, dup2 90, mmap 197,
 * __vfork14 282, _lwp_exit 310, __sigaction_sigtramp 340 (no trampoline
 * is needed to ignore a signal), __nanosleep50 430, __wait450 449,
 * openat 468.
 */

#include "nbsd.h"

#define EXIT		1
#define FORK		2
#define READ		3
#define CLOSE		6
#define GETPID		20
#define KILL		37
#define GETPPID		39
#define EXECVE		59
#define VFORK		66
#define DUP2		90
#define VFORK14		282
#define LWP_EXIT	310
#define SIGACTION	340
#define NANOSLEEP	430
#define WAIT4		449
#define OPENAT		468

static void *map_shared(long size);
static void start_writer(unsigned long seed);
static bool left_out(long nr);

#include "../bsd-fuzz.h"

static void *map_shared(long size)
{
	bool cf;
	long p = mmap7(size, PROT_RW, MAP_SHARED | MAP_ANON, -1, 0, &cf);

	return cf ? (void *)0 : (void *)p;
}

static void start_writer(unsigned long seed)
{
	long parent = sys(GETPID, 0, 0, 0, 0, 0, 0);

	if (sys(FORK, 0, 0, 0, 0, 0, 0))
		return;
	while (sys(GETPPID, 0, 0, 0, 0, 0, 0) == parent)
		rewrite(seed++, 1 << 16);
	sys(EXIT, 0, 0, 0, 0, 0, 0);
}

static bool left_out(long nr)
{
	return nr == FORK || nr == EXECVE || nr == VFORK || nr == VFORK14 ||
	       nr == LWP_EXIT;
}

NBSD_ENTRY;
