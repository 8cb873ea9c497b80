// SPDX-License-Identifier: GPL-2.0-only
/*
 * procctl: FreeBSD's procctl(2) for the parent-death signal, as a
 * freestanding FreeBSD/amd64 program.  A line per call: its name,
 * whether it failed (the carry flag), its result or FreeBSD errno, and
 * for a status what it read:
 *
 *   set 0 0                PROC_PDEATHSIG_CTL, SIGUSR1 (30), on itself
 *   status 0 0 30          PROC_PDEATHSIG_STATUS reads it back
 *   self 0 0               the same with its own pid as id
 *   clear 0 0              signal 0 clears it
 *   status 0 0 0
 *   idtype 1 22            P_PPID: EINVAL
 *   other 1 22             another process's pid (1): EINVAL
 *   badsig 1 22            signal 200: EINVAL
 *   cmd 1 22               a command the platform does not take: EINVAL
 *
 * and exits 0.  FreeBSD's numbers: procctl 544, getpid 20.
 */

#include "fbsd.h"

#define GETPID		20
#define PROCCTL		544
#define P_PID		0
#define P_PPID		1
#define CTL		11
#define STATUS		12

static void call(const char *name, long idtype, long id, long cmd, int arg)
{
	int data = arg;
	bool cf;
	long r = fbsd6(PROCCTL, idtype, id, cmd, (long)&data, 0, 0, &cf);

	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	if (cmd == STATUS && !cf) {
		put(" ");
		put_num(data);
	}
	put("\n");
}

void start(void);

void start(void)
{
	bool cf;
	long self = fbsd(GETPID, 0, 0, 0, &cf);

	call("set", P_PID, 0, CTL, 30);
	call("status", P_PID, 0, STATUS, -1);
	call("self", P_PID, self, CTL, 30);
	call("clear", P_PID, 0, CTL, 0);
	call("status", P_PID, 0, STATUS, -1);
	call("idtype", P_PPID, 0, CTL, 30);
	call("other", P_PID, 1, CTL, 30);
	call("badsig", P_PID, 0, CTL, 200);
	call("cmd", P_PID, 0, 99, 30);
	fbsd_exit(0);
}

FBSD_ENTRY;
