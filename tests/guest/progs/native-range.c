// SPDX-License-Identifier: GPL-2.0-only
/*
 * native-range: PR_SYSCALL_IFACE_NATIVE_RANGE, the range from which a
 * foreign task's calls run native (an emulator inside a foreign process).
 * The scenario makes interface "nr": 500 = getppid, and write, exit and
 * exit_group under their native numbers, which libc and the harness need.
 * Calls through native_stub() come from its own section, the range; the
 * others from the program's text.
 */
#include <errno.h>
#include <linux/syscall_iface.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"

#define FOREIGN_GETPPID	500

/* native_stub(nr, a1, a2, a3): a syscall made from the range. */
long native_stub(long nr, long a1, long a2, long a3);
asm(".pushsection native_range_text, \"ax\", @progbits\n"
	".globl native_stub\n"
	"native_stub:\n"
	"	mov %rdi, %rax\n"
	"	mov %rsi, %rdi\n"
	"	mov %rdx, %rsi\n"
	"	mov %rcx, %rdx\n"
	"	syscall\n"
	"	ret\n"
	".popsection\n");
extern char __start_native_range_text[], __stop_native_range_text[];

/* A syscall made from the program's text, outside the range. */
static long outside(long nr)
{
	long ret;

	asm volatile("syscall" : "=a"(ret) : "a"(nr) : "rcx", "r11", "memory");
	return ret;
}

static int set_range(void)
{
	return prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_NATIVE_RANGE,
		     (unsigned long)__start_native_range_text,
		     __stop_native_range_text - __start_native_range_text, 0);
}

static int go_foreign(void)
{
	return prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, "nr", 0, 0);
}

TEST(calls_from_the_range_run_native)
{
	pid_t pid = getpid(), ppid = getppid();

	ASSERT_EQ(0, set_range());
	ASSERT_EQ(0, go_foreign());
	EXPECT_EQ(ppid, outside(FOREIGN_GETPPID));
	EXPECT_EQ(pid, native_stub(SYS_getpid, 0, 0, 0));
	EXPECT_EQ(-ENOSYS, outside(SYS_getpid));	/* decoded: unmapped */
}

TEST(an_empty_range_clears_it)
{
	ASSERT_EQ(0, set_range());
	ASSERT_EQ(0, prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_NATIVE_RANGE,
			   0, 0, 0));
	ASSERT_EQ(0, go_foreign());
	EXPECT_EQ(-ENOSYS, native_stub(SYS_getpid, 0, 0, 0));
}

TEST(bad_ranges_are_refused)
{
	EXPECT_EQ(-1, prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_NATIVE_RANGE,
			    4096, 0, 0));
	EXPECT_EQ(EINVAL, errno);
	EXPECT_EQ(-1, prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_NATIVE_RANGE,
			    -4096UL, 8192, 0));
	EXPECT_EQ(EINVAL, errno);
}

TEST(fork_keeps_the_range)
{
	long child;
	int status;

	ASSERT_EQ(0, set_range());
	ASSERT_EQ(0, go_foreign());
	child = native_stub(SYS_fork, 0, 0, 0);
	ASSERT_LE(0, child);
	if (!child) {
		long pid = native_stub(SYS_getpid, 0, 0, 0);

		native_stub(SYS_exit_group, pid > 0 ? 0 : 1, 0, 0);
	}
	ASSERT_EQ(child, native_stub(SYS_wait4, child, (long)&status, 0));
	EXPECT_EQ(0, status);
}

/* After exec: the same program, the same stub, but no range any more. */
static int after_exec(void)
{
	if (go_foreign())
		return 2;
	return native_stub(SYS_getpid, 0, 0, 0) == -ENOSYS ? 0 : 1;
}

TEST(exec_clears_the_range)
{
	char *argv[] = { "native-range", "--after-exec", NULL };
	pid_t child;
	int status;

	child = fork();
	ASSERT_LE(0, child);
	if (!child) {
		set_range();
		execv("/proc/self/exe", argv);
		_exit(3);
	}
	ASSERT_EQ(child, waitpid(child, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--after-exec"))
		return after_exec();
	return test_harness_run(argc, argv);
}
