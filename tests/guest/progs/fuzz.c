// SPDX-License-Identifier: GPL-2.0-only
/*
 * fuzz: boundary and random values in the number register, for every
 * register an interface may use, with random arguments, against a sparse
 * table; under each unmapped policy.
 *
 *   fuzz [CALLS_PER_REGISTER [SEED]]
 *
 * The program sets up interface "fuzz" in configfs itself.  For each
 * register and policy a child selects the interface (prctl SET) and from
 * then on makes only raw calls through fz_call(), which loads all fifteen
 * registers, so nothing but the fuzzed calls reaches the kernel; it ends
 * on ud2 (SIGILL).  Its findings go to shared memory.  The parent checks
 * every result: a mapped number gives its service's answer, an unmapped
 * one exactly the policy (-ENOSYS; SIGSYS with si_syscall, si_call_addr,
 * si_arch and si_code; death by SIGSYS), and the interface's calls and
 * unmapped counters moved by exactly what the child did.
 *
 * rcx and r11 are accepted as number registers, but the syscall
 * instruction overwrites them with the return address and the flags, so
 * there every call is unmapped; that is checked too.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/syscall_iface.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"

#define CFG		"/sys/kernel/config/syscall_iface/fuzz"
#define NR_SENTINEL	0x7ffffffeUL	/* becomes restart_syscall */

enum { RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14,
       R15, NREGS };
static const char *const reg_name[NREGS] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10",
	"r11", "r12", "r13", "r14", "r15",
};

/* long fz_call(const unsigned long regs[NREGS]): load them all, syscall. */
long fz_call(const unsigned long *regs);
extern char fz_ret[];
asm(".text\n"
    ".globl fz_call\n"
    ".type fz_call, @function\n"
    "fz_call:\n"
    "	push %rbx\n	push %rbp\n	push %r12\n"
    "	push %r13\n	push %r14\n	push %r15\n"
    "	mov 0(%rdi), %rax\n	mov 8(%rdi), %rbx\n	mov 16(%rdi), %rcx\n"
    "	mov 24(%rdi), %rdx\n	mov 32(%rdi), %rsi\n	mov 48(%rdi), %rbp\n"
    "	mov 56(%rdi), %r8\n	mov 64(%rdi), %r9\n	mov 72(%rdi), %r10\n"
    "	mov 80(%rdi), %r11\n	mov 88(%rdi), %r12\n	mov 96(%rdi), %r13\n"
    "	mov 104(%rdi), %r14\n	mov 112(%rdi), %r15\n	mov 40(%rdi), %rdi\n"
    "	syscall\n"
    ".globl fz_ret\n"
    "fz_ret:\n"
    "	pop %r15\n	pop %r14\n	pop %r13\n"
    "	pop %r12\n	pop %rbp\n	pop %rbx\n"
    "	ret\n");

/* What a mapped number must answer, whatever its arguments. */
enum kind { PID, PPID, ZERO, PGRP, ANY };
static const struct {
	unsigned long nr;
	const char *svc;
	enum kind kind;
} map[] = {
	{ 0, "getpid", PID },		{ 1, "getppid", PPID },
	{ 2, "gettid", PID },		{ 3, "uname", ANY },
	{ 4, "getpgid", ANY },		{ 5, "getpriority", ANY },
	{ 6, "umask", ANY },		{ 17, "getuid", ZERO },
	{ 255, "getpgrp", PGRP },	{ 4095, "getpid", PID },
	{ 4096, "getppid", PPID },	{ 31337, "sched_yield", ZERO },
	{ 65535, "gettid", PID },
};
#define NMAP (sizeof(map) / sizeof(map[0]))

/* Shared with the child. */
struct report {
	unsigned long calls, mapped, unmapped, sigsys, eintr, bad;
	int step;			/* kill policy: how far the child got */
	char why[200];
};

static struct report *rep;
static unsigned long rng;

static unsigned long rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int map_index(unsigned long nr)
{
	for (unsigned int i = 0; i < NMAP; i++)
		if (map[i].nr == nr)
			return i;
	return -1;
}

/* The i-th number to try: boundaries first, then random ones. */
static unsigned long number(unsigned long i)
{
	static const unsigned long edge[] = {
		0, 1, 2, 3, 6, 7, 16, 17, 18, 254, 255, 256, 4094, 4095, 4096,
		4097, 31336, 31337, 31338, 65534, 65535, 65536, 65537,
		0x7ffffffd, NR_SENTINEL, 0x7fffffff, 0x80000000, 0xfffffffe,
		0xffffffff, 0x100000000, 0x100000001, 0x1000000ff, 0x10000ffff,
		1UL << 63, (1UL << 63) | 1, (1UL << 63) | 65535, ~0UL >> 1,
		~0UL, ~0UL - 1, -38UL, -4095UL, -4096UL, -65535UL, -65536UL,
	};
	unsigned long r;

	if (i < sizeof(edge) / sizeof(edge[0]))
		return edge[i];
	r = rnd();
	switch (r & 7) {
	case 0:
		return map[(r >> 8) % NMAP].nr;
	case 1:
		return map[(r >> 8) % NMAP].nr | (1UL << (32 + (r >> 40) % 32));
	case 2:
		return (r >> 8) % 70000;
	case 3:
		return -((r >> 8) % 70000);
	default:
		return rnd();
	}
}

static void bad(const char *fmt, unsigned long a, unsigned long b)
{
	if (!rep->bad++)
		snprintf(rep->why, sizeof(rep->why), fmt, a, b);
}

static sigjmp_buf jb;
static volatile siginfo_t seen;
static volatile int got;

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	seen = *si;
	got = 1;
	siglongjmp(jb, 1);	/* no syscalls: the mask was not saved */
}

static long expect_of(int m, pid_t pid, pid_t ppid, pid_t pgrp)
{
	switch (map[m].kind) {
	case PID:
		return pid;
	case PPID:
		return ppid;
	case PGRP:
		return pgrp;
	default:
		return 0;
	}
}

/* The child: CALLS fuzzed calls with the number in REG. */
static void __attribute__((noreturn))
worker(int reg, const char *policy, unsigned long calls, pid_t ppid)
{
	pid_t pid = getpid(), pgrp = getpgrp();
	unsigned long regs[NREGS];
	/* rcx and r11 hold the return address and flags, whatever we load. */
	bool fixed = reg == RCX || reg == R11;

	if (!strcmp(policy, "sigsys")) {
		struct sigaction sa = { .sa_sigaction = on_sigsys,
					.sa_flags = SA_SIGINFO | SA_NODEFER };
		sigaction(SIGSYS, &sa, NULL);
	}
	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, "fuzz", 0, 0))
		_exit(2);

	/* From here on, no libc calls that enter the kernel. */
	for (volatile unsigned long i = 0; i < calls; i++) {
		volatile unsigned long nr = number(i);
		volatile long want = 0;
		long ret;
		volatile int m;

		for (int r = 0; r < NREGS; r++)
			regs[r] = rnd();
		regs[reg] = nr;
		if (reg == RCX)
			nr = (unsigned long)fz_ret;
		m = fixed ? -1 : map_index(nr);
		if (m >= 0)
			want = expect_of(m, pid, ppid, pgrp);

		got = 0;
		rep->calls++;
		if (sigsetjmp(jb, 0)) {
			/* SIGSYS: only for an unmapped number. */
			rep->sigsys++;
			rep->unmapped++;
			if (m >= 0 || (nr == NR_SENTINEL && !fixed))
				bad("SIGSYS for mapped number %#lx (call %lu)", nr, i);
			else if (seen.si_code != 2 /* SYS_USER_DISPATCH */ ||
				 seen.si_arch != AUDIT_ARCH_X86_64 ||
				 seen.si_call_addr != fz_ret)
				bad("SIGSYS for %#lx: wrong siginfo, code %lu", nr,
				    seen.si_code);
			else if (reg != R11 && seen.si_syscall != (int)nr)
				bad("SIGSYS for %#lx: si_syscall %#lx", nr,
				    (unsigned int)seen.si_syscall);
			continue;
		}
		ret = fz_call(regs);
		if (nr == NR_SENTINEL && !fixed) {
			rep->eintr++;
			if (ret != -EINTR)
				bad("sentinel %#lx returned %ld", nr, ret);
		} else if (m < 0) {
			rep->unmapped++;
			if (ret != -ENOSYS || strcmp(policy, "enosys"))
				bad("unmapped %#lx returned %ld", nr, ret);
		} else {
			rep->mapped++;
			if (map[m].kind == ANY ?
			    (ret == -ENOSYS || ret < -4095) : ret != want)
				bad("mapped %#lx returned %ld", nr, ret);
		}
	}
	__builtin_trap();
}

static unsigned long stat_of(const char *field)
{
	char buf[4096], *p;
	unsigned long v = ~0UL;
	int fd = open(CFG "/stats", O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return v;
	buf[n] = 0;
	p = strstr(buf, field);
	if (p)
		v = strtoul(p + strlen(field) + 2, NULL, 10);
	return v;
}

static int put(const char *attr, const char *val)
{
	char path[128];
	int fd, ok;

	snprintf(path, sizeof(path), CFG "/%s", attr);
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return -1;
	ok = write(fd, val, strlen(val)) == (ssize_t)strlen(val);
	return close(fd) || !ok ? -1 : 0;
}

static unsigned long per_reg = 7000;
static unsigned long total;	/* in this test's process */

FIXTURE(fz) {};

FIXTURE_SETUP(fz)
{
	char table[1024] = "";
	const char *seed = getenv("FUZZ_SEED");

	rng = seed ? strtoul(seed, NULL, 0) : 0x2545f4914f6cdd1dUL;
	rmdir(CFG);
	ASSERT_EQ(0, mkdir(CFG, 0755));
	for (unsigned int i = 0; i < NMAP; i++)
		snprintf(table + strlen(table), sizeof(table) - strlen(table),
			 "%lu %s\n", map[i].nr, map[i].svc);
	ASSERT_EQ(0, put("table", table));
	rep = mmap(NULL, sizeof(*rep), PROT_READ | PROT_WRITE,
		   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, rep);
}

FIXTURE_TEARDOWN(fz)
{
	rmdir(CFG);
}

/* One child per register; CALLS calls each. */
static void run_policy(struct __test_metadata *_metadata, const char *policy,
		       unsigned long calls)
{
	ASSERT_EQ(0, put("unmapped", policy));
	for (int reg = 0; reg < NREGS; reg++) {
		unsigned long c0, u0;
		int status;
		pid_t pid;

		ASSERT_EQ(0, put("nr_reg", reg_name[reg]));
		memset(rep, 0, sizeof(*rep));
		c0 = stat_of("syscalls");
		u0 = stat_of("unmapped");
		pid = fork();
		ASSERT_LE(0, pid);
		if (!pid)
			worker(reg, policy, calls, getppid());
		ASSERT_EQ(pid, waitpid(pid, &status, 0));
		TH_LOG("%s %s: %lu calls, %lu mapped, %lu unmapped (%lu SIGSYS), %lu sentinel",
		       policy, reg_name[reg], rep->calls, rep->mapped,
		       rep->unmapped, rep->sigsys, rep->eintr);
		EXPECT_EQ(0UL, rep->bad) TH_LOG("%s: %s", reg_name[reg], rep->why);
		ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGILL)
			TH_LOG("%s: child status %#x", reg_name[reg], status);
		EXPECT_EQ(calls, rep->calls);
		/* A sentinel call continues an earlier one: not counted. */
		EXPECT_EQ(c0 + rep->calls - rep->eintr, stat_of("syscalls"));
		EXPECT_EQ(u0 + rep->unmapped, stat_of("unmapped"));
		if (reg == RCX || reg == R11) {
			EXPECT_EQ(calls, rep->unmapped);
		} else {
			EXPECT_LT(calls / 20, rep->mapped);
		}
		total += rep->calls;
	}
}

TEST_F_TIMEOUT(fz, enosys, 600)
{
	run_policy(_metadata, "enosys", per_reg);
	TH_LOG("fuzzed calls: %lu", total);
}

TEST_F_TIMEOUT(fz, sigsys, 600)
{
	run_policy(_metadata, "sigsys", per_reg / 3);
	TH_LOG("fuzzed calls: %lu", total);
}

/* kill: a mapped call returns, the first unmapped one kills with SIGSYS. */
TEST_F_TIMEOUT(fz, kill, 600)
{
	unsigned long kills = 0;

	ASSERT_EQ(0, put("unmapped", "kill"));
	for (int reg = 0; reg < NREGS; reg++) {
		ASSERT_EQ(0, put("nr_reg", reg_name[reg]));
		for (int n = 0; n < 20; n++) {
			unsigned long regs[NREGS], nr;
			int status;
			pid_t pid;

			do
				nr = number(100 + rnd() % 1000);
			while (map_index(nr) >= 0 || nr == NR_SENTINEL);
			for (int r = 0; r < NREGS; r++)
				regs[r] = rnd();
			memset(rep, 0, sizeof(*rep));
			pid = fork();
			ASSERT_LE(0, pid);
			if (!pid) {
				long me = getpid();

				if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET,
					  "fuzz", 0, 0))
					_exit(2);
				if (reg != RCX && reg != R11) {
					regs[reg] = 0;	/* getpid */
					if (fz_call(regs) == me)
						rep->step = 1;
				}
				regs[reg] = nr;
				fz_call(regs);
				rep->step = 2;
				__builtin_trap();
			}
			ASSERT_EQ(pid, waitpid(pid, &status, 0));
			ASSERT_TRUE(WIFSIGNALED(status) &&
				    WTERMSIG(status) == SIGSYS)
				TH_LOG("%s %#lx: status %#x", reg_name[reg], nr,
				       status);
			ASSERT_EQ(reg == RCX || reg == R11 ? 0 : 1, rep->step);
			kills++;
		}
	}
	TH_LOG("fuzzed calls: %lu (children killed by their first unmapped call)", kills);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		per_reg = strtoul(argv[1], NULL, 0);
	return test_harness_run(1, argv);
}
