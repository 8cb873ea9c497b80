// SPDX-License-Identifier: GPL-2.0-only
/*
 * lwp: the netbsd platform's own calls, as a freestanding NetBSD/amd64
 * program (NetBSD's syscall convention is FreeBSD's: an error sets the
 * carry flag, with a positive errno in rax).  A line per check: its
 * name, whether the call failed and its result or NetBSD errno.
 *
 *   park-pending 1 37     _lwp_unpark(self), then ___lwp_park60 returns
 *                         at once, EALREADY: the token was kept
 *   park-timeout 1 60     no token: a 20 ms relative park, ETIMEDOUT
 *   fork-token 1 60       a child forked while its parent's token is set
 *                         has none of its own: its park times out
 *   park-clock 1 22       CLOCK_VIRTUAL: EINVAL
 *   park-flags 1 22       a flag besides TIMER_ABSTIME: EINVAL
 *   unpark-none 1 3       an LWP that does not exist: ESRCH
 *   tramp-none 1 22       a handler without a trampoline: EINVAL
 *   tramp-version 1 22    a trampoline of version 0 (sigcontext): EINVAL
 *   create-nocpu 1 22     _lwp_create from a ucontext without _UC_CPU
 *   create-suspended 1 22 LWP_SUSPENDED: EINVAL
 *   mmap-pos 0 1          mmap's offset, its seventh argument, comes from
 *                         the stack: page 1 of a file, which holds 1s
 *   mmap-aligned 1 22     MAP_ALIGNED(24): EINVAL
 *   getfl 0 4             F_SETFL O_NONBLOCK (4), F_GETFL reads 4 back
 *   timer 0 1 6 0 1       an EVFILT_TIMER (6) of 20 NOTE_MSECONDS (0):
 *                         one event, its filter and unit NetBSD's
 *   filter-bad 1 22       filter 9, which NetBSD does not have: EINVAL
 */

#include "nbsd.h"

#define OPEN		5
#define WRITE		4
#define FCNTL		92
#define WAIT4		449
#define LWP_CREATE	309
#define LWP_SELF	311
#define LWP_UNPARK	321
#define SIGACTION	340
#define KQUEUE		344
#define KEVENT		435
#define PIPE2		453
#define LWP_PARK	478

#define O_RDWR		0x2
#define O_CREAT		0x200
#define MAP_SHARED	0x1
#define MAP_ANON	0x1000
#define PROT_READ	0x1
#define SIGUSR1		30
#define CLOCK_VIRTUAL	1
#define CLOCK_MONOTONIC	3
#define LWP_SUSPENDED	0x80
#define F_GETFL		3
#define F_SETFL		4
#define EVFILT_TIMER	6
#define EV_ONESHOT	0x10

struct nbsd_kevent {
	unsigned long ident;
	unsigned int filter, flags, fflags, pad;
	long data;
	unsigned long udata;
};

static void check(const char *name, long r, bool cf)
{
	put_result(name, r, cf);
}

static void tramp(void)
{
}

static char page[4096];

void start(void)
{
	struct nbsd_kevent ev = {}, out = {};
	unsigned long sa[4] = {};	/* handler, mask[2], flags */
	unsigned int uc[200] = {};	/* a ucontext, flags 0 */
	long ts[2] = { 0, 20000000 };
	int fds[2], i;
	long r, fd, kq;
	bool cf;

	r = fbsd(LWP_SELF, 0, 0, 0, &cf);
	fbsd(LWP_UNPARK, r, 0, 0, &cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, 0, 0, 0, 0, &cf);
	check("park-pending", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
	check("park-timeout", r, cf);
	fbsd(LWP_UNPARK, fbsd(LWP_SELF, 0, 0, 0, &cf), 0, 0, &cf);
	if (!fbsd_fork()) {
		r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, (long)ts, 0, 0, 0, &cf);
		check("fork-token", r, cf);
		fbsd_exit(0);
	}
	fbsd6(WAIT4, -1, 0, 0, 0, 0, 0, &cf);
	fbsd6(LWP_PARK, CLOCK_MONOTONIC, 0, 0, 0, 0, 0, &cf);	/* take it */
	r = fbsd6(LWP_PARK, CLOCK_VIRTUAL, 0, (long)ts, 0, 0, 0, &cf);
	check("park-clock", r, cf);
	r = fbsd6(LWP_PARK, CLOCK_MONOTONIC, 2, (long)ts, 0, 0, 0, &cf);
	check("park-flags", r, cf);
	r = fbsd(LWP_UNPARK, 0x3fffffff, 0, 0, &cf);
	check("unpark-none", r, cf);

	sa[0] = (unsigned long)tramp;
	r = fbsd6(SIGACTION, SIGUSR1, (long)sa, 0, 0, 2, 0, &cf);
	check("tramp-none", r, cf);
	r = fbsd6(SIGACTION, SIGUSR1, (long)sa, 0, (long)tramp, 0, 0, &cf);
	check("tramp-version", r, cf);

	r = fbsd(LWP_CREATE, (long)uc, 0, 0, &cf);
	check("create-nocpu", r, cf);
	r = fbsd(LWP_CREATE, (long)uc, LWP_SUSPENDED, 0, &cf);
	check("create-suspended", r, cf);

	fd = fbsd(OPEN, (long)"mmap-file", O_RDWR | O_CREAT, 0600, &cf);
	for (i = 0; i < 4096; i++)
		page[i] = 0;
	fbsd(WRITE, fd, (long)page, sizeof(page), &cf);
	for (i = 0; i < 4096; i++)
		page[i] = 1;
	fbsd(WRITE, fd, (long)page, sizeof(page), &cf);
	r = mmap7(4096, PROT_READ, MAP_SHARED, fd, 4096, &cf);
	check("mmap-pos", cf ? r : *(char *)r, cf);
	r = mmap7(4096, PROT_READ, MAP_ANON | MAP_SHARED | (24L << 24), -1, 0,
		  &cf);
	check("mmap-aligned", r, cf);

	fbsd(PIPE2, (long)fds, 0, 0, &cf);
	fbsd(FCNTL, fds[0], F_SETFL, 4, &cf);
	r = fbsd(FCNTL, fds[0], F_GETFL, 0, &cf);
	check("getfl", r, cf);

	kq = fbsd(KQUEUE, 0, 0, 0, &cf);
	ev.ident = 1;
	ev.filter = EVFILT_TIMER;
	ev.flags = 0x1 | EV_ONESHOT;		/* EV_ADD */
	ev.data = 20;
	r = fbsd6(KEVENT, kq, (long)&ev, 1, (long)&out, 1, 0, &cf);
	put("timer");
	put_val(cf);
	put_val(r);
	put_val(out.filter);
	put_val(out.fflags);
	put_val(out.data);
	put("\n");
	ev.filter = 9;
	r = fbsd6(KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);
	check("filter-bad", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
