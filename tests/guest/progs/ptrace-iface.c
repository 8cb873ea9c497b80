// SPDX-License-Identifier: GPL-2.0-only
/*
 * ptrace-iface: PTRACE_GET_SYSCALL_IFACE and PTRACE_SET_SYSCALL_IFACE, the
 * way a debugger uses them to inject a native call into a foreign tracee,
 * and PTRACE_{GET,SET}_SYSCALL_IFACE_RANGE, the way a checkpoint saves
 * and restores the tracee's native range.
 *
 * The scenario creates interface "pt" first: the native numbers of
 * getpid, kill, exit_group and tgkill map to themselves, and getppid is
 * not mapped, so the tracee cannot make a native getppid while it runs
 * under "pt".
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/capability.h>
#include <linux/syscall_iface.h>

#include "kselftest_harness.h"

/* A syscall instruction, then a breakpoint to stop after it. */
void inject_site(void);
asm(".text\n.globl inject_site\ninject_site:\n\tsyscall\n\tint3\n");

/* A tracee that runs under @iface (NULL: native) and stops itself. */
static pid_t start_tracee(struct __test_metadata *_metadata, const char *iface)
{
	int status;
	pid_t pid = fork();

	ASSERT_GE(pid, 0);
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL))
			_exit(10);
		if (iface && syscall(SYS_prctl, PR_SYSCALL_IFACE,
				     PR_SYSCALL_IFACE_SET, iface, 0, 0))
			_exit(11);
		/* Under "pt" these numbers mean what they mean natively. */
		syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
		syscall(SYS_exit_group, 7);
	}
	ASSERT_EQ(waitpid(pid, &status, 0), pid);
	ASSERT_TRUE(WIFSTOPPED(status)) TH_LOG("tracee status %#x", status);
	ASSERT_EQ(WSTOPSIG(status), SIGSTOP);
	return pid;
}

/* Let the tracee finish: it exits with 7. */
static void finish(struct __test_metadata *_metadata, pid_t pid)
{
	int status;

	ASSERT_EQ(ptrace(PTRACE_CONT, pid, NULL, NULL), 0);
	ASSERT_EQ(waitpid(pid, &status, 0), pid);
	ASSERT_TRUE(WIFEXITED(status)) TH_LOG("tracee status %#x", status);
	ASSERT_EQ(WEXITSTATUS(status), 7);
}

static long get_iface(pid_t pid, char *buf, size_t size)
{
	return ptrace(PTRACE_GET_SYSCALL_IFACE, pid, (void *)size, buf);
}

static long set_iface(pid_t pid, const char *name)
{
	return ptrace(PTRACE_SET_SYSCALL_IFACE, pid, NULL, (void *)name);
}

/* Run native-numbered call @nr in the stopped tracee; return its rax. */
static long inject(struct __test_metadata *_metadata, pid_t pid, long nr)
{
	struct user_regs_struct saved, regs;
	int status;

	ASSERT_EQ(ptrace(PTRACE_GETREGS, pid, NULL, &saved), 0);
	regs = saved;
	regs.rip = (unsigned long)inject_site;
	regs.rax = nr;
	ASSERT_EQ(ptrace(PTRACE_SETREGS, pid, NULL, &regs), 0);
	ASSERT_EQ(ptrace(PTRACE_CONT, pid, NULL, NULL), 0);
	ASSERT_EQ(waitpid(pid, &status, 0), pid);
	ASSERT_TRUE(WIFSTOPPED(status)) TH_LOG("tracee status %#x", status);
	ASSERT_EQ(WSTOPSIG(status), SIGTRAP);
	ASSERT_EQ(ptrace(PTRACE_GETREGS, pid, NULL, &regs), 0);
	ASSERT_EQ(ptrace(PTRACE_SETREGS, pid, NULL, &saved), 0);
	return regs.rax;
}

TEST(get_native)
{
	char buf[64] = "";
	pid_t pid = start_tracee(_metadata, NULL);

	EXPECT_EQ(get_iface(pid, buf, sizeof(buf)), 5);
	EXPECT_STREQ(buf, "linux");
	finish(_metadata, pid);
}

TEST(get_foreign_truncated)
{
	char buf[64] = "";
	pid_t pid = start_tracee(_metadata, "pt");

	EXPECT_EQ(get_iface(pid, buf, sizeof(buf)), 2);
	EXPECT_STREQ(buf, "pt");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(get_iface(pid, buf, 2), 2);
	EXPECT_STREQ(buf, "p");
	finish(_metadata, pid);
}

/* Without switching, the injected native call is decoded by "pt". */
TEST(inject_is_decoded)
{
	pid_t pid = start_tracee(_metadata, "pt");

	EXPECT_EQ(inject(_metadata, pid, SYS_getppid), -ENOSYS);
	finish(_metadata, pid);
}

/* gdb's "call": switch to native, inject, switch back. */
TEST(inject_native)
{
	char buf[64] = "";
	pid_t pid = start_tracee(_metadata, "pt");

	ASSERT_EQ(set_iface(pid, "linux"), 0);
	EXPECT_EQ(get_iface(pid, buf, sizeof(buf)), 5);
	EXPECT_EQ(inject(_metadata, pid, SYS_getppid), getpid());
	ASSERT_EQ(set_iface(pid, "pt"), 0);
	EXPECT_EQ(get_iface(pid, buf, sizeof(buf)), 2);
	EXPECT_STREQ(buf, "pt");
	EXPECT_EQ(inject(_metadata, pid, SYS_getppid), -ENOSYS);
	finish(_metadata, pid);
}

TEST(set_refused)
{
	pid_t pid = start_tracee(_metadata, NULL);

	EXPECT_EQ(set_iface(pid, "nosuch"), -1);
	EXPECT_EQ(errno, ENOENT);
	EXPECT_EQ(ptrace(PTRACE_SET_SYSCALL_IFACE, pid, (void *)1, "pt"), -1);
	EXPECT_EQ(errno, EINVAL);
	EXPECT_EQ(set_iface(pid, (const char *)8), -1);
	EXPECT_EQ(errno, EFAULT);
	finish(_metadata, pid);
}

/* Drop CAP_SYS_ADMIN from this process's effective and permitted sets. */
static void drop_sys_admin(struct __test_metadata *_metadata)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2] = {};

	ASSERT_EQ(syscall(SYS_capget, &hdr, data), 0);
	data[0].effective &= ~(1u << CAP_SYS_ADMIN);
	data[0].permitted &= ~(1u << CAP_SYS_ADMIN);
	ASSERT_EQ(syscall(SYS_capset, &hdr, data), 0);
}

/* A restricted interface needs CAP_SYS_ADMIN in the tracer. */
TEST(set_restricted)
{
	pid_t pid = start_tracee(_metadata, NULL);
	char buf[64] = "";

	ASSERT_EQ(set_iface(pid, "ptr"), 0);
	ASSERT_EQ(set_iface(pid, "linux"), 0);
	drop_sys_admin(_metadata);
	EXPECT_EQ(set_iface(pid, "ptr"), -1);
	EXPECT_EQ(errno, EPERM);
	EXPECT_EQ(get_iface(pid, buf, sizeof(buf)), 5);
	finish(_metadata, pid);
}

static long range(pid_t pid, long request, struct ptrace_syscall_iface_range *r)
{
	return ptrace(request, pid, (void *)sizeof(*r), r);
}

/*
 * CRIU's save and restore of the native range: a range set by the tracer
 * reads back, and a native call injected from within it runs undecoded.
 */
TEST(range_set_get)
{
	struct ptrace_syscall_iface_range r = { 1, 1 };
	pid_t pid = start_tracee(_metadata, "pt");

	ASSERT_EQ(range(pid, PTRACE_GET_SYSCALL_IFACE_RANGE, &r), 0);
	EXPECT_EQ(r.start, 0);
	EXPECT_EQ(r.len, 0);
	/* The address after inject_site's syscall instruction. */
	r.start = (unsigned long)inject_site + 2;
	r.len = 1;
	ASSERT_EQ(range(pid, PTRACE_SET_SYSCALL_IFACE_RANGE, &r), 0);
	memset(&r, 0, sizeof(r));
	ASSERT_EQ(range(pid, PTRACE_GET_SYSCALL_IFACE_RANGE, &r), 0);
	EXPECT_EQ(r.start, (unsigned long)inject_site + 2);
	EXPECT_EQ(r.len, 1);
	EXPECT_EQ(inject(_metadata, pid, SYS_getppid), getpid());
	/* Cleared: decoded by "pt" again. */
	memset(&r, 0, sizeof(r));
	ASSERT_EQ(range(pid, PTRACE_SET_SYSCALL_IFACE_RANGE, &r), 0);
	EXPECT_EQ(inject(_metadata, pid, SYS_getppid), -ENOSYS);
	finish(_metadata, pid);
}

/* The prctl's checks, and the size of the struct, bind the tracer too. */
TEST(range_refused)
{
	struct ptrace_syscall_iface_range r = { ~0ULL - 1, 4 };
	pid_t pid = start_tracee(_metadata, "pt");

	EXPECT_EQ(range(pid, PTRACE_SET_SYSCALL_IFACE_RANGE, &r), -1);
	EXPECT_EQ(errno, EINVAL);
	r.start = 4096;
	r.len = 0;
	EXPECT_EQ(range(pid, PTRACE_SET_SYSCALL_IFACE_RANGE, &r), -1);
	EXPECT_EQ(errno, EINVAL);
	r.len = 4096;
	EXPECT_EQ(ptrace(PTRACE_SET_SYSCALL_IFACE_RANGE, pid,
			 (void *)(sizeof(r) - 1), &r), -1);
	EXPECT_EQ(errno, EINVAL);
	EXPECT_EQ(ptrace(PTRACE_GET_SYSCALL_IFACE_RANGE, pid,
			 (void *)sizeof(r), (void *)8), -1);
	EXPECT_EQ(errno, EFAULT);
	/* Nothing of it took. */
	ASSERT_EQ(range(pid, PTRACE_GET_SYSCALL_IFACE_RANGE, &r), 0);
	EXPECT_EQ(r.start, 0);
	EXPECT_EQ(r.len, 0);
	finish(_metadata, pid);
}

/* Not a tracee, or not stopped: ESRCH, as for every ptrace request. */
TEST(not_traced)
{
	char buf[64];

	EXPECT_EQ(get_iface(getppid(), buf, sizeof(buf)), -1);
	EXPECT_EQ(errno, ESRCH);
}

TEST_HARNESS_MAIN
