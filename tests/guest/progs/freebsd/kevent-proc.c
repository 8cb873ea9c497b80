// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-proc: FreeBSD's EVFILT_PROC with NOTE_EXIT (kevent(2)), as a
 * freestanding FreeBSD/amd64 program.  It prints one line per behaviour:
 *
 *   exit OK FILTER FLAGS FFLAGS DATA UDATA
 *                      a child that exits with 7 after 100 ms: the event
 *                      ends a wait with no timeout; OK is 1 when the
 *                      ident is the child's pid
 *   gone N             reported once (EV_ONESHOT): nothing more
 *   reaped PID         wait4 still reaps the child, with its status
 *   zombie N DATA      a child that exited before the EV_ADD: at once
 *   killed DATA        a child killed by SIGUSR1: FreeBSD's 30 in the
 *                      status
 *   deleted CF N       EV_DELETE before the exit: no event
 *   nosuch ERRNO       a pid no process has: ESRCH (3)
 *   fork ERRNO         NOTE_FORK, which the platform does not report:
 *                      EINVAL (22)
 *
 * and exits 0.  FreeBSD's numbers: fork 2, wait4 7, kill 37,
 * nanosleep 240, getpid 20.
 */

#include "fbsd.h"

#define WAIT4		7
#define GETPID		20
#define KILL		37
#define EVFILT_PROC	(-5)
#define NOTE_EXIT	0x80000000
#define NOTE_FORK	0x40000000
#define SIGUSR1		30

struct timespec {
	long sec, nsec;
};

static int kq;
static bool cf;

/* A child that sleeps @ms, then exits with @status. */
static long child(long ms, long status)
{
	long pid = fbsd_fork();

	if (!pid) {
		sleep_ms(ms);
		fbsd_exit(status);
	}
	return pid;
}

/* One change for process @pid; returns the errno, or 0. */
static long change(long pid, unsigned short flags, unsigned int fflags,
		   unsigned long udata)
{
	struct kevent ev = { pid, EVFILT_PROC, flags, fflags, 0, udata,
			     { 0 } };
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

static long wait(struct kevent *out, struct timespec *ts)
{
	return fbsd6(FBSD_KEVENT, kq, 0, 0, (long)out, 4, (long)ts, &cf);
}

void start(void);

void start(void)
{
	struct timespec zero = { 0, 0 }, ms100 = { 0, 100000000 };
	struct kevent ev[4];
	long pid, n;
	int status;

	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);

	pid = child(100, 7);
	change(pid, EV_ADD, NOTE_EXIT, 99);
	n = wait(ev, 0);
	put("exit");
	if (n == 1) {
		put_val(ev[0].ident == (unsigned long)pid);
		put_val(ev[0].filter);
		put_val(ev[0].flags);
		put_val(ev[0].fflags);
		put_val(ev[0].data);
		put_val(ev[0].udata);
	}
	put("\ngone");
	put_val(wait(ev, &ms100));
	put("\nreaped");
	put_val(fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf) == pid);
	put_val(status);

	pid = child(0, 3);
	sleep_ms(300);		/* long enough to be a zombie, even under KASAN */
	change(pid, EV_ADD, NOTE_EXIT, 0);
	n = wait(ev, &zero);
	put("\nzombie");
	put_val(n);
	put_val(n == 1 ? ev[0].data : -1);
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);

	pid = child(5000, 0);
	change(pid, EV_ADD, NOTE_EXIT, 0);
	fbsd(KILL, pid, SIGUSR1, 0, &cf);
	n = wait(ev, 0);
	put("\nkilled");
	put_val(n == 1 ? ev[0].data : -1);
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);

	pid = child(50, 0);
	change(pid, EV_ADD, NOTE_EXIT, 0);
	put("\ndeleted");
	put_val(change(pid, EV_DELETE, 0, 0));
	sleep_ms(100);
	put_val(wait(ev, &zero));
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);

	put("\nnosuch");
	put_val(change(pid, EV_ADD, NOTE_EXIT, 0));
	put("\nfork");
	put_val(change(fbsd(GETPID, 0, 0, 0, &cf), EV_ADD, NOTE_FORK, 0));
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
