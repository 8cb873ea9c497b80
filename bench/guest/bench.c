// SPDX-License-Identifier: GPL-2.0-only
/*
 * bench: the per-call cost of native, foreign and emulated syscalls.
 *
 *   bench ROW [ARG]
 *
 * Prints "ROW NS" with NS the median over RUNS runs of a calibrated loop,
 * in nanoseconds of guest time per call.  Under QEMU's -icount shift=0
 * a guest nanosecond is one instruction, so NS counts instructions.  The
 * clock is read through the vDSO: the loops make no syscall but the ones
 * measured.
 *
 * Rows:
 *   native         getppid, natively
 *   native6        futex(6 arguments, bad op): -ENOSYS after reading all six
 *   native80       ia32 getppid through int $0x80, natively
 *   enosys         native number 1000: -ENOSYS
 *   foreign IFACE  foreign 7 (getppid) through IFACE, number in its register
 *   foreign80 IFACE  the same through int $0x80 (IFACE has method int80)
 *   foreign6 IFACE foreign 8 (futex, as native6)
 *   unmapped IFACE foreign 9, unmapped: -ENOSYS
 *   sud            Syscall User Dispatch: foreign 1007 traps with SIGSYS, the
 *                  handler makes the native getppid call and sets rax
 *   seccomp        seccomp SECCOMP_RET_TRAP for 1007, the same handler
 *   sysemu         a ptrace tracer with PTRACE_SYSEMU emulates 1007
 *   exec PROG      fork, exec PROG (which exits at once), wait
 *   run PROG ARG...  fork, exec PROG with its arguments (its output to
 *                  /dev/null), wait: a whole program, per run
 *
 * The foreign rows run in a child that selects IFACE with prctl and from
 * then on enters the kernel only for the measured call (the number goes
 * in rax and rbx, so any register interface works); results come back in
 * shared memory.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <linux/syscall_iface.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH	59
#define PR_SYS_DISPATCH_ON		1
#define SYSCALL_DISPATCH_FILTER_BLOCK	1
#endif

#define RUNS		7
#define TARGET_NS	4000000L	/* one run: about 4M instructions */
#define NR_EMULATED	1007

static inline long sys0(long nr)
{
	long ret;

	asm volatile("syscall" : "=a"(ret) : "a"(nr), "b"(nr)
		     : "rcx", "r11", "memory");
	return ret;
}

static inline long sys0_int80(long nr)
{
	long ret;

	asm volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(nr) : "memory");
	return ret;
}

static inline long sys6(long nr, long a, long b, long c, long d, long e,
			long f)
{
	register long r10 asm("r10") = d;
	register long r8 asm("r8") = e;
	register long r9 asm("r9") = f;
	long ret;

	asm volatile("syscall" : "=a"(ret)
		     : "a"(nr), "b"(nr), "D"(a), "S"(b), "d"(c), "r"(r10),
		       "r"(r8), "r"(r9)
		     : "rcx", "r11", "memory");
	return ret;
}

static long now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);	/* vDSO: no syscall */
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

enum op { GETPPID, FUTEX6, ENOSYS_CALL, INT80_GETPPID, CLOCK, NR_OPS };
static long op_nr[NR_OPS];
/* CLOCK's clock id: Linux's CLOCK_MONOTONIC, or FreeBSD's (4). */
static long clock_id = CLOCK_MONOTONIC;

static void __attribute__((noinline)) one(enum op op)
{
	struct timespec ts;

	if (op == FUTEX6)
		sys6(op_nr[op], 0, 0x7f, 1, 2, 3, 4);	/* bad op: -ENOSYS */
	else if (op == CLOCK)
		sys6(op_nr[op], clock_id, (long)&ts, 0, 0, 0, 0);
	else if (op == INT80_GETPPID)
		sys0_int80(op_nr[op]);
	else
		sys0(op_nr[op]);
}

/* Nanoseconds per call of @op over @iters calls. */
static double loop(enum op op, long iters)
{
	long t0 = now();

	for (long i = 0; i < iters; i++)
		one(op);
	return (double)(now() - t0) / iters;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The median of RUNS calibrated runs; no syscalls but the measured ones. */
static double measure(enum op op)
{
	double r[RUNS], per = loop(op, 200);
	long iters = per > 0 ? (long)(TARGET_NS / per) + 1 : 1000;

	loop(op, iters / 10 + 1);			/* warm up */
	for (int i = 0; i < RUNS; i++)
		r[i] = loop(op, iters);
	qsort(r, RUNS, sizeof(r[0]), cmp_double);
	return r[RUNS / 2];
}

/* Foreign rows: measure in a child that runs IFACE. */
static double foreign(const char *iface, enum op op, long nr)
{
	double *res = mmap(NULL, sizeof(*res), PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int status;
	pid_t pid;

	*res = -1;
	pid = fork();
	if (!pid) {
		if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, iface, 0, 0))
			_exit(1);
		op_nr[op] = nr;
		*res = measure(op);
		__builtin_trap();	/* no exit call the table may not map */
	}
	waitpid(pid, &status, 0);
	if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGILL || *res < 0) {
		fprintf(stderr, "bench: foreign child failed (%#x)\n", status);
		exit(1);
	}
	return *res;
}

/* The emulation's work: the native call, its result into rax. */
static void on_sigsys(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	if (si->si_syscall == NR_EMULATED)
		uc->uc_mcontext.gregs[REG_RAX] = syscall(SYS_getppid);
}

/*
 * Syscall User Dispatch: every syscall outside [sud_start, sud_end)
 * raises SIGSYS, so the handler's own calls go through sud_syscall(),
 * and it returns through sud_restorer(), both inside that range.
 */
long sud_syscall(long nr);
void sud_restorer(void);
extern char sud_start[], sud_end[];
asm(".text\n"
    "sud_start:\n"
    ".globl sud_syscall\n"
    "sud_syscall:\n"
    "	mov %rdi, %rax\n"
    "	syscall\n"
    "	ret\n"
    ".globl sud_restorer\n"
    "sud_restorer:\n"
    "	mov $15, %eax\n"	/* rt_sigreturn */
    "	syscall\n"
    "	nop\n"		/* the kernel checks the address after syscall */
    "sud_end:\n");

static void on_sigsys_sud(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	if (si->si_syscall == NR_EMULATED)
		uc->uc_mcontext.gregs[REG_RAX] = sud_syscall(SYS_getppid);
}

struct kernel_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

static double sud(void)
{
	struct kernel_sigaction ka = {
		.handler = on_sigsys_sud,
		.flags = SA_SIGINFO | 0x04000000 /* SA_RESTORER */,
		.restorer = sud_restorer,
	};
	static volatile char selector = SYSCALL_DISPATCH_FILTER_BLOCK;

	if (syscall(SYS_rt_sigaction, SIGSYS, &ka, NULL, 8) ||
	    prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON,
		  (unsigned long)sud_start, sud_end - sud_start, &selector)) {
		perror("bench: sud");
		exit(1);
	}
	double ns;

	op_nr[GETPPID] = NR_EMULATED;
	ns = measure(GETPPID);
	selector = 0;		/* SYSCALL_DISPATCH_FILTER_ALLOW: printf may write */
	return ns;
}

static double seccomp_trap(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NR_EMULATED, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = 4, .filter = f };
	struct sigaction sa = { .sa_sigaction = on_sigsys,
				.sa_flags = SA_SIGINFO };

	if (sigaction(SIGSYS, &sa, NULL) ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("bench: seccomp");
		exit(1);
	}
	op_nr[GETPPID] = NR_EMULATED;
	return measure(GETPPID);
}

/* A tracer emulates NR_EMULATED with PTRACE_SYSEMU; the tracee measures. */
static double sysemu(void)
{
	double *res = mmap(NULL, sizeof(*res), PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct user_regs_struct regs;
	int status;
	pid_t pid;

	*res = -1;
	pid = fork();
	if (!pid) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		op_nr[GETPPID] = NR_EMULATED;
		*res = measure(GETPPID);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	for (;;) {
		ptrace(PTRACE_SYSEMU, pid, 0, 0);
		if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
			break;
		if (WSTOPSIG(status) != (SIGTRAP | 0x80))
			continue;
		ptrace(PTRACE_GETREGS, pid, 0, &regs);
		if (regs.orig_rax != NR_EMULATED) {
			/* The tracee is done (exit_group). */
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			break;
		}
		regs.rax = syscall(SYS_getpid);	/* the tracee's parent */
		ptrace(PTRACE_SETREGS, pid, 0, &regs);
	}
	if (*res < 0) {
		fprintf(stderr, "bench: sysemu tracee failed\n");
		exit(1);
	}
	return *res;
}

/* fork + exec PROG + wait, per cycle. */
static double exec_cycle(char *prog)
{
	double r[RUNS];
	int iters = 40;

	for (int run = -1; run < RUNS; run++) {
		long t0 = now();

		for (int i = 0; i < iters; i++) {
			int status;
			pid_t pid = fork();

			if (!pid) {
				execl(prog, prog, (char *)NULL);
				_exit(127);
			}
			waitpid(pid, &status, 0);
			if (!WIFEXITED(status) || WEXITSTATUS(status)) {
				fprintf(stderr, "bench: %s: status %#x\n", prog,
					status);
				exit(1);
			}
		}
		if (run >= 0)
			r[run] = (double)(now() - t0) / iters;
	}
	qsort(r, RUNS, sizeof(r[0]), cmp_double);
	return r[RUNS / 2];
}

/* fork + exec ARGV (output to /dev/null) + wait, per run. */
static double command(char **argv)
{
	double r[RUNS];

	for (int run = -1; run < RUNS; run++) {
		long t0 = now();
		int status;
		pid_t pid = fork();

		if (!pid) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 1);
			dup2(fd, 2);
			execv(argv[0], argv);
			_exit(127);
		}
		waitpid(pid, &status, 0);
		if (!WIFEXITED(status) || WEXITSTATUS(status)) {
			fprintf(stderr, "bench: %s: status %#x\n", argv[0],
				status);
			exit(1);
		}
		if (run >= 0)
			r[run] = now() - t0;
	}
	qsort(r, RUNS, sizeof(r[0]), cmp_double);
	return r[RUNS / 2];
}

int main(int argc, char **argv)
{
	const char *row = argc > 1 ? argv[1] : "";
	char *arg = argc > 2 ? argv[2] : NULL;
	double ns;

	op_nr[GETPPID] = SYS_getppid;
	op_nr[FUTEX6] = SYS_futex;
	op_nr[ENOSYS_CALL] = 1000;
	op_nr[INT80_GETPPID] = 64;	/* ia32 getppid */
	op_nr[CLOCK] = SYS_clock_gettime;

	if (!strcmp(row, "native"))
		ns = measure(GETPPID);
	else if (!strcmp(row, "native6"))
		ns = measure(FUTEX6);
	else if (!strcmp(row, "enosys"))
		ns = measure(ENOSYS_CALL);
	else if (!strcmp(row, "native80"))
		ns = measure(INT80_GETPPID);
	else if (!strcmp(row, "clock"))
		ns = measure(CLOCK);	/* the syscall, not the vDSO */
	else if (!strcmp(row, "foreign") && arg)
		ns = foreign(arg, GETPPID, 7);
	else if (!strcmp(row, "foreign80") && arg)
		ns = foreign(arg, INT80_GETPPID, 7);
	else if (!strcmp(row, "foreign6") && arg)
		ns = foreign(arg, FUTEX6, 8);
	else if (!strcmp(row, "unmapped") && arg)
		ns = foreign(arg, ENOSYS_CALL, 9);
	else if (!strcmp(row, "freebsd") && arg)	/* getppid is 39 */
		ns = foreign(arg, GETPPID, 39);
	else if (!strcmp(row, "freebsd_clock") && arg) {
		clock_id = 4;		/* FreeBSD's CLOCK_MONOTONIC */
		ns = foreign(arg, CLOCK, 232);
	}
	else if (!strcmp(row, "sud"))
		ns = sud();
	else if (!strcmp(row, "seccomp"))
		ns = seccomp_trap();
	else if (!strcmp(row, "sysemu"))
		ns = sysemu();
	else if (!strcmp(row, "exec") && arg)
		ns = exec_cycle(arg);
	else if (!strcmp(row, "run") && arg)
		ns = command(argv + 2);
	else {
		fprintf(stderr, "usage: bench ROW [ARG] (see the source)\n");
		return 2;
	}
	printf("%s %.1f\n", row, ns);
	return 0;
}
