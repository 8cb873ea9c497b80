// SPDX-License-Identifier: GPL-2.0-only
/*
 * wait6: FreeBSD's wait6(2), which Go's os.Process.Wait calls (P_PID,
 * WEXITED | WNOWAIT) to wait for a child without reaping it, as a
 * freestanding FreeBSD/amd64 program.  Lines "NAME CF R" (R is "pid"
 * for the child's pid), then what the call wrote:
 *
 *   nohang 0 0 0            WNOHANG, the child still running: 0, and
 *                           a siginfo of zeroes (si_signo 0)
 *   nowait 0 pid 1792       WNOWAIT once it was let exit 7: its pid and
 *                           status, and it is not reaped...
 *   exited 0 pid 1792 20 1 7 1
 *                           ...so a wait finds it again: status,
 *                           si_signo (SIGCHLD), si_code (CLD_EXITED),
 *                           si_status, and 1 if si_pid is the child
 *   rusage 1                its wru_self is written (timevals), and
 *                           wru_children is zero
 *   killed 0 pid 30 2 30    a child SIGUSR1 killed: FreeBSD's numbers in
 *                           the status and si_status (Linux's is 10)
 *   stopped 0 pid 4479 5 17 a child that stopped (WUNTRACED): SIGSTOP
 *                           in the status and in si_status
 *   continued 0 pid 19 6 19 ...and was continued (WCONTINUED): FreeBSD's
 *                           status of a continued child, SIGCONT
 *   pgid 0 pid              P_PGID, the caller's group: that child
 *   none 1 10               P_ALL with no child left: ECHILD
 *   idtype 1 22             P_SID, which is not offered: EINVAL
 *   options 1 22            no event to wait for: EINVAL
 *
 * A child that is to exit waits for a byte on a pipe, so that it is
 * still running when the parent says so, however slow the machine.
 *
 * FreeBSD's numbers: exit 1, read 3, getpid 20, kill 37, getpgrp 81,
 * pipe2 542, wait6 532; SIGUSR1 30, SIGSTOP 17, SIGCONT 19, SIGKILL 9.
 * ../netbsd/wait6.c builds it with NetBSD's (NBSD_WAIT6), whose continued
 * status is 65535.
 */

#include "fbsd.h"

#define READ		3
#define GETPID		20
#define KILL		37
#define GETPGRP		81
#define WNOHANG		1
#define WUNTRACED	2
#define SIGKILL		9
#define SIGSTOP		17
#define SIGCONT		19
#define SIGUSR1		30

#ifdef NBSD_WAIT6
#define PIPE2		453
#define WAIT6		481
#define P_ALL		0
#define P_PID		1
#define P_PGID		3
#define P_SID		4
#define WCONTINUED	0x10
#define WEXITED		0x20
#define WNOWAIT		0x10000

struct siginfo {
	int signo, code, errno, pad;
	int pid;
	unsigned int uid;
	int status;
	int rest[25];
};
#else
#define PIPE2		542
#define WAIT6		532
#define P_PID		0
#define P_PGID		2
#define P_SID		3
#define P_ALL		7
#define WCONTINUED	4
#define WNOWAIT		8
#define WEXITED		16

struct siginfo {
	int signo, errno, code, pid;
	unsigned int uid;
	int status;
	long addr, value, reason[5];
};
#endif

struct rusage {
	long utime[2], stime[2];
	long maxrss, rest[13];
};

static long child_pid;
static int go[2];		/* a pipe: a byte lets exit_7() exit */

static long wait6(long idtype, long id, int *status, long options,
		  struct rusage *wru, struct siginfo *si, bool *cf)
{
	return fbsd6(WAIT6, idtype, id, (long)status, options, (long)wru,
		     (long)si, cf);
}

/* "NAME CF R", R the child's pid as "pid". */
static void put_call(const char *name, long r, bool cf)
{
	put(name);
	put(cf ? " 1 " : " 0 ");
	if (!cf && r == child_pid)
		put("pid");
	else
		put_num(r);
}

static void put_child(const char *name, long r, bool cf, int status,
		      const struct siginfo *si)
{
	put_call(name, r, cf);
	put_val(status);
	put_val(si->code);
	put_val(si->status);
	put("\n");
}

/* A child that runs @fn, which does not return. */
static long child(void (*fn)(void))
{
	long pid = fbsd_fork();

	if (pid == 0)
		fn();
	child_pid = pid;
	return pid;
}

/* Exit 7 once the parent writes to the pipe. */
static void exit_7(void)
{
	char c;
	bool cf;

	fbsd(READ, go[0], (long)&c, 1, &cf);
	fbsd_exit(7);
}

static void die_of_usr1(void)
{
	bool cf;

	fbsd(KILL, fbsd(GETPID, 0, 0, 0, &cf), SIGUSR1, 0, &cf);
	fbsd_exit(1);
}

static void stop(void)
{
	bool cf;

	fbsd(KILL, fbsd(GETPID, 0, 0, 0, &cf), SIGSTOP, 0, &cf);
	for (;;)
		sleep_ms(1000);
}

void start(void);

void start(void)
{
	struct rusage wru[2];
	struct siginfo si;
	bool cf, ok;
	int status;
	long pid, r;
	int i;

	fbsd(PIPE2, (long)go, 0, 0, &cf);
	pid = child(exit_7);
	si.signo = -1;
	r = wait6(P_PID, pid, &status, WEXITED | WNOHANG, 0, &si, &cf);
	put_call("nohang", r, cf);
	put_val(si.signo);
	put("\n");
	fbsd(FBSD_WRITE, go[1], (long)"x", 1, &cf);
	status = -1;
	r = wait6(P_PID, pid, &status, WEXITED | WNOWAIT, 0, 0, &cf);
	put_call("nowait", r, cf);
	put_val(status);
	put("\n");
	for (i = 0; i < 32; i++)
		((long *)wru)[i] = -1;
	r = wait6(P_PID, pid, &status, WEXITED, wru, &si, &cf);
	put_call("exited", r, cf);
	put_val(status);
	put_val(si.signo);
	put_val(si.code);
	put_val(si.status);
	put_val(si.pid == pid);
	put("\n");
	ok = wru[0].utime[1] >= 0 && wru[0].utime[1] < 1000000 &&
	     wru[0].stime[1] >= 0 && wru[0].stime[1] < 1000000;
	for (i = 0; i < 16; i++)
		ok = ok && ((long *)&wru[1])[i] == 0;
	put("rusage");
	put_val(ok);
	put("\n");

	pid = child(die_of_usr1);
	r = wait6(P_PID, pid, &status, WEXITED, 0, &si, &cf);
	put_child("killed", r, cf, status, &si);

	pid = child(stop);
	r = wait6(P_PID, pid, &status, WUNTRACED, 0, &si, &cf);
	put_child("stopped", r, cf, status, &si);
	fbsd(KILL, pid, SIGCONT, 0, &cf);
	r = wait6(P_PID, pid, &status, WCONTINUED, 0, &si, &cf);
	put_child("continued", r, cf, status, &si);
	fbsd(KILL, pid, SIGKILL, 0, &cf);
	r = wait6(P_PGID, fbsd(GETPGRP, 0, 0, 0, &cf), &status, WEXITED, 0, 0,
		  &cf);
	put_call("pgid", r, cf);
	put("\n");

	r = wait6(P_ALL, 0, &status, WEXITED, 0, 0, &cf);
	put_call("none", r, cf);
	put("\n");

	r = wait6(P_SID, 0, &status, WEXITED, 0, 0, &cf);
	put_call("idtype", r, cf);
	put("\n");
	r = wait6(P_ALL, 0, &status, WNOHANG, 0, 0, &cf);
	put_call("options", r, cf);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
