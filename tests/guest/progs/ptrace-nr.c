// SPDX-License-Identifier: GPL-2.0-only
/*
 * ptrace-nr [-x] PROG [ARG...]: run PROG under ptrace and print, for each
 * syscall-entry stop, orig_ax (the number tracers see) and rbx, on stderr;
 * with -x, for each syscall-exit stop too, rax (the result tracers see)
 * and whether the carry flag is set.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct user_regs_struct regs;
	int status, entry = 0, exits = 0;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "-x")) {
		exits = 1;
		argv++;
		argc--;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: ptrace-nr [-x] PROG [ARG...]\n");
		return 2;
	}
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		raise(SIGSTOP);
		execv(argv[1], argv + 1);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	ptrace(PTRACE_SETOPTIONS, pid, NULL,
	       (void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));
	for (;;) {
		ptrace(PTRACE_SYSCALL, pid, NULL, NULL);
		if (waitpid(pid, &status, 0) < 0 || WIFEXITED(status))
			break;
		if (!WIFSTOPPED(status) || WSTOPSIG(status) != (SIGTRAP | 0x80))
			continue;
		entry = !entry;
		ptrace(PTRACE_GETREGS, pid, NULL, &regs);
		if (!entry) {
			if (exits)
				fprintf(stderr, "exit rax=%lld cf=%d\n",
					(long long)regs.rax, (int)(regs.eflags & 1));
			continue;
		}
		fprintf(stderr, "orig_ax=%lld rbx=%lld\n", (long long)regs.orig_rax,
			(long long)regs.rbx);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}
