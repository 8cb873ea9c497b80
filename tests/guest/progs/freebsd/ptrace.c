// SPDX-License-Identifier: GPL-2.0-only
/*
 * ptrace: FreeBSD's ptrace(PT_TRACE_ME) before an exec, as Go's
 * SysProcAttr.Ptrace makes it, as a freestanding FreeBSD/amd64 program.
 * A child asks to be traced and execs /bin/true (native); the parent
 * prints:
 *
 *   stopped STATUS         wait4's status: stopped by SIGTRAP (5), 1407
 *   attach CF ERRNO        PT_ATTACH, a tracer's request: EINVAL (22)
 *   killed STATUS          the child, killed with SIGKILL (9): 9
 *
 * and exits 0.  FreeBSD's numbers: fork 2, wait4 7, ptrace 26, kill 37,
 * execve 59.
 */

#include "fbsd.h"

#define FORK		2
#define WAIT4		7
#define PTRACE		26
#define KILL		37
#define EXECVE		59
#define PT_TRACE_ME	0
#define PT_ATTACH	10

void start(void);

void start(void)
{
	char *argv[] = { "/bin/true", 0 }, *envp[] = { 0 };
	long pid, rdx, r;
	int status = 0;
	bool cf;

	asm volatile("syscall; setc %1"
		     : "=a"(pid), "=r"(cf), "=d"(rdx)
		     : "a"(FORK)
		     : "rcx", "r11", "memory");
	if (rdx) {
		if (fbsd(PTRACE, PT_TRACE_ME, 0, 0, &cf) || cf)
			fbsd_exit(3);
		fbsd(EXECVE, (long)argv[0], (long)argv, (long)envp, &cf);
		fbsd_exit(4);
	}
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);
	put("stopped ");
	put_num(status);
	r = fbsd6(PTRACE, PT_ATTACH, pid, 0, 0, 0, 0, &cf);
	put_result("\nattach", r, cf);
	fbsd(KILL, pid, 9, 0, &cf);
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);
	put("killed ");
	put_num(status);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
