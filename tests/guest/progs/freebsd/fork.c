// SPDX-License-Identifier: GPL-2.0-only
/*
 * fork: what FreeBSD's fork and vfork return besides the pid, and what
 * the child inherits, as a freestanding FreeBSD/amd64 program.  Each call
 * is made with rdx 85; FreeBSD returns 1 there in the child and 0 in the
 * parent, and a failed call leaves it alone.  A kqueue stays with the
 * parent: fdcopy() copies no kqueue into the child.  Lines, in order:
 *
 *   child CF RAX RDX       fork, in the child: 0 0 1
 *   child-kqueue CF R      fcntl(F_GETFD) of the kqueue there: 1 9 (EBADF)
 *   child-pipe CF R        and of a pipe: 0 0, as it is inherited
 *   parent CF RDX          fork, in the parent: 0 0
 *   parent-kqueue CF R     the kqueue, still the parent's: 0 0
 *   vfork-child STATUS     the vfork child exits with its rdx: 256 (1)
 *   vfork-parent CF RDX    vfork, in the parent: 0 0
 *   nproc CF R             setrlimit(RLIMIT_NPROC) to 0: 0 0
 *   refused CF R RDX       fork over the limit, as uid 1000: 1 35
 *                          (EAGAIN), rdx still 85
 *
 * FreeBSD's numbers: fork 2, vfork 66, wait4 7, fcntl 92, pipe2 542,
 * setrlimit 195 (RLIMIT_NPROC 7), kqueue 362, exit 1.
 */

#include "fbsd.h"

#define FORK		2
#define WAIT4		7
#define VFORK		66
#define FCNTL		92
#define SETRLIMIT	195
#define PIPE2		542
#define RLIMIT_NPROC	7
#define F_GETFD		1
#define MARK		85

/* fork or vfork, @nr, called with rdx MARK; what rdx holds after it. */
static long forking(long nr, long *rdx, bool *cf)
{
	long ret;

	asm volatile("syscall; setc %1"
		     : "=a"(ret), "=r"(*cf), "=d"(*rdx)
		     : "a"(nr), "d"(MARK)
		     : "rcx", "r11", "memory");
	return ret;
}

/* fcntl(@fd, F_GETFD)'s line. */
static void getfd(const char *name, long fd)
{
	long r;
	bool cf;

	r = fbsd(FCNTL, fd, F_GETFD, 0, &cf);
	put_result(name, r, cf);
}

static void put_line(const char *name, bool cf, long a, long b)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(a);
	put(" ");
	put_num(b);
	put("\n");
}

static int reap(long pid)
{
	int status = -1;
	bool cf;

	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);
	return status;
}

void start(long *sp);

void start(long *sp)
{
	unsigned long lim[2] = { 0, 0 };
	int fds[2];
	long kq, pid, rdx, r;
	bool cf;

	(void)sp;
	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
	fbsd(PIPE2, (long)fds, 0, 0, &cf);

	pid = forking(FORK, &rdx, &cf);
	if (pid == 0) {
		put_line("child", cf, pid, rdx);
		getfd("child-kqueue", kq);
		getfd("child-pipe", fds[0]);
		fbsd_exit(0);
	}
	reap(pid);
	put_result("parent", rdx, cf);
	getfd("parent-kqueue", kq);

	/* The child runs in our memory until it exits: registers only. */
	pid = forking(VFORK, &rdx, &cf);
	if (pid == 0)
		fbsd(FBSD_EXIT, rdx, 0, 0, &cf);
	put("vfork-child ");
	put_num(reap(pid));
	put("\n");
	put_result("vfork-parent", rdx, cf);

	r = fbsd(SETRLIMIT, RLIMIT_NPROC, (long)lim, 0, &cf);
	put_result("nproc", r, cf);
	r = forking(FORK, &rdx, &cf);
	if (r == 0)
		fbsd_exit(0);
	put_line("refused", cf, r, rdx);
	fbsd_exit(0);
}

FBSD_ENTRY;
