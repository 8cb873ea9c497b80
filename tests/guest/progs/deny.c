// SPDX-License-Identifier: GPL-2.0-only
/*
 * deny [-n NR]... [-x] [-k NR] [-t NR] [-s NR] PROG [ARG...]: run PROG
 * under a seccomp filter that fails each native call NR with EPERM, and
 * with -x an mmap or mprotect asking for memory both writable and
 * executable with EACCES (systemd's MemoryDenyWriteExecute); native
 * call NR kills the process with -k, the calling thread with -t, and
 * with -s sends it SIGSYS (SECCOMP_RET_TRAP).
 * For foreign programs, whose translated calls must meet the same filter
 * as the native calls they make.
 */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_RULES	16

static struct sock_filter filter[6 * MAX_RULES + 8];
static unsigned int len;

static void add(struct sock_filter f)
{
	filter[len++] = f;
}

/* Return @ret for native call @nr. */
static void rule(long nr, unsigned int ret)
{
	add((struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					 offsetof(struct seccomp_data, nr)));
	add((struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 1));
	add((struct sock_filter)BPF_STMT(BPF_RET | BPF_K, ret));
}

/* EACCES for @nr (mmap, mprotect) when its prot has PROT_WRITE|PROT_EXEC. */
static void rwx(long nr)
{
	add((struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					 offsetof(struct seccomp_data, nr)));
	add((struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 4));
	add((struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					 offsetof(struct seccomp_data, args[2])));
	add((struct sock_filter)BPF_STMT(BPF_ALU | BPF_AND | BPF_K,
					 PROT_WRITE | PROT_EXEC));
	add((struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
					 PROT_WRITE | PROT_EXEC, 0, 1));
	add((struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
					 SECCOMP_RET_ERRNO | EACCES));
}

int main(int argc, char **argv)
{
	struct sock_fprog prog;
	int opt, rules = 0;

	while ((opt = getopt(argc, argv, "+n:k:t:s:x")) != -1) {
		if (++rules > MAX_RULES) {
			fprintf(stderr, "deny: at most %d rules\n", MAX_RULES);
			return 2;
		}
		switch (opt) {
		case 'n':
			rule(atol(optarg), SECCOMP_RET_ERRNO | EPERM);
			break;
		case 'k':
			rule(atol(optarg), SECCOMP_RET_KILL_PROCESS);
			break;
		case 't':
			rule(atol(optarg), SECCOMP_RET_KILL_THREAD);
			break;
		case 's':
			rule(atol(optarg), SECCOMP_RET_TRAP);
			break;
		case 'x':
			rwx(SYS_mmap);
			rwx(SYS_mprotect);
			break;
		default:
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: deny [-n NR]... [-x] [-k NR] [-t NR] [-s NR] PROG [ARG...]\n");
		return 2;
	}
	add((struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
	prog.len = len;
	prog.filter = filter;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("deny: seccomp");
		return 2;
	}
	execvp(argv[optind], argv + optind);
	perror("deny: exec");
	return 127;
}
