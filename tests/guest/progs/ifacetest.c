// SPDX-License-Identifier: GPL-2.0-only
/*
 * ifacetest: a glibc program for platforms that keep the native numbers
 * and add 1000 = iface_info, 1001 = getpid (see lx_platform in lib.sh).
 *
 *   ifacetest name              print the interface ("linux" if native)
 *   ifacetest fork              parent and child print theirs
 *   ifacetest thread            main thread and a new thread print theirs
 *   ifacetest exec PROG ARG...  exec; if that fails, say so and print ours
 *   ifacetest nonblock PROG ARG...  make stdin non-blocking (O_NONBLOCK),
 *                               then exec
 *   ifacetest call NR [ARG]     print the result of syscall NR(ARG) (-errno)
 *   ifacetest watch NR MS       call NR for MS ms (or until SIGUSR1); print
 *                               each change of result as it happens:
 *                               enosys, plus1 (pid + 1) or other
 *   ifacetest waitcall FILE NR  wait until FILE exists, then "call NR"
 *   ifacetest sleep MS          sleep, then print the interface
 *   ifacetest seccomp           deny native write(42, ...) by seccomp,
 *                               then try it natively and as foreign 1002
 *   ifacetest deny NR CALL      a seccomp filter fails native NR with
 *                               EPERM; then print the result of CALL
 *   ifacetest hammer N MS       N threads call foreign 2000 for MS ms (or
 *                               until SIGUSR1; "running" once all have
 *                               made a call) and count results: getpid,
 *                               -ENOSYS, other
 *   ifacetest sigsys NR         call NR with a SIGSYS handler; print the
 *                               result and what the handler saw
 *   ifacetest get               prctl GET: the interface name
 *   ifacetest set NAME          prctl SET NAME, then print GET and the
 *                               debug service's answer; then NATIVE and
 *                               print again
 *   ifacetest setexec NAME PROG ARG...  prctl SET_EXEC NAME, then exec
 *   ifacetest asuser UID PROG ARG...    drop to UID (and its gid), exec
 *   ifacetest keepcaps UID NAME PROG ARG...  become UID keeping the
 *                               permitted capabilities (PR_SET_KEEPCAPS),
 *                               prctl SET_EXEC NAME, then exec: the exec
 *                               drops the capabilities, without AT_SECURE
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/syscall_iface.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <grp.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NR_IFACE_INFO	1000

static const char *iface(void)
{
	static __thread char buf[64];
	long n = syscall(NR_IFACE_INFO, buf, sizeof(buf));

	if (n < 0)
		return errno == ENOSYS ? "linux" : "error";
	return buf;
}

static void *thread_fn(void *arg)
{
	(void)arg;
	printf("thread %s\n", iface());
	return NULL;
}

static void msleep(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

static long call(long nr, long arg)
{
	long r = syscall(nr, arg, 0, 0);

	return r < 0 ? -errno : r;
}

static volatile sig_atomic_t sigsys_seen;
static siginfo_t sigsys_info;

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	sigsys_info = *si;
	sigsys_seen++;
}

static int sigsys_test(long nr)
{
	struct sigaction sa = { .sa_sigaction = on_sigsys, .sa_flags = SA_SIGINFO };
	long r;

	sigaction(SIGSYS, &sa, NULL);
	r = syscall(nr, 0, 0, 0);
	printf("result %ld sigsys %d", r < 0 ? -errno : r, (int)sigsys_seen);
	if (sigsys_seen)
		printf(" si_syscall %d si_code %d si_arch %x addr %s",
		       sigsys_info.si_syscall, sigsys_info.si_code,
		       sigsys_info.si_arch,
		       sigsys_info.si_call_addr ? "set" : "null");
	printf("\n");
	return 0;
}

static const char *prctl_get(void)
{
	static char buf[64];

	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_GET, buf, sizeof(buf), 0) < 0)
		snprintf(buf, sizeof(buf), "error %d", -errno);
	return buf;
}

static long now_ms(void);

/* Set by SIGUSR1: watch and hammer end early. */
static volatile sig_atomic_t stop;

static void on_usr1(int sig)
{
	(void)sig;
	stop = 1;
}

static void stop_on_usr1(void)
{
	signal(SIGUSR1, on_usr1);
}

/* Call nr for ms milliseconds and report each change of result at once. */
static int watch(long nr, long ms)
{
	long end = now_ms() + ms, pid = getpid();
	const char *last = "", *what;

	stop_on_usr1();
	setvbuf(stdout, NULL, _IOLBF, 0);
	while (!stop && now_ms() < end) {
		long r = call(nr, 0);

		what = r == -ENOSYS ? "enosys" : r == pid + 1 ? "plus1" : "other";
		if (strcmp(what, last))
			puts(what);
		last = what;
	}
	return 0;
}

static int select_test(const char *name)
{
	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, name, 0, 0) < 0) {
		printf("set: %d\n", -errno);
		return 0;
	}
	printf("now %s %s\n", prctl_get(), iface());
	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_NATIVE, 0, 0, 0) < 0)
		printf("native: %d\n", -errno);
	printf("then %s %s\n", prctl_get(), iface());
	return 0;
}

static long hammer_ms, hammer_pid;
static long hammer_counts[64][3];
static int hammer_started;

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* One thread: every call must use the old mapping or the new one. */
static void *hammer_fn(void *arg)
{
	long *c = arg, end = now_ms() + hammer_ms;
	int first = 1;

	while (!stop && now_ms() < end) {
		int i;

		for (i = 0; i < 1000; i++) {
			long r = syscall(2000, 0, 0, 0);

			if (r == hammer_pid)
				c[0]++;
			else if (r < 0 && errno == ENOSYS)
				c[1]++;
			else
				c[2]++;
			if (first)
				__atomic_add_fetch(&hammer_started, 1,
						   __ATOMIC_SEQ_CST);
			first = 0;
		}
	}
	return NULL;
}

static int hammer(int n, long ms)
{
	pthread_t t[64];
	long sum[3] = { 0 };
	long end;
	int i, j;

	if (n < 1 || n > 64)
		return 2;
	stop_on_usr1();
	hammer_ms = ms;
	hammer_pid = getpid();
	for (i = 0; i < n; i++) {
		int rc = pthread_create(&t[i], NULL, hammer_fn, hammer_counts[i]);

		if (rc) {
			fprintf(stderr, "pthread_create: %s\n", strerror(rc));
			return 1;
		}
	}
	/*
	 * "running" once every thread has made a call; but wait no longer
	 * than the threads run, since one may never get there (its time ran
	 * out first, or under a changed table its call meant exit).
	 */
	end = now_ms() + ms;
	while (!stop && now_ms() < end &&
	       __atomic_load_n(&hammer_started, __ATOMIC_SEQ_CST) < n)
		msleep(1);
	if (__atomic_load_n(&hammer_started, __ATOMIC_SEQ_CST) == n) {
		printf("running\n");
		fflush(stdout);
	}
	for (i = 0; i < n; i++) {
		pthread_join(t[i], NULL);
		for (j = 0; j < 3; j++)
			sum[j] += hammer_counts[i][j];
	}
	printf("getpid %ld enosys %ld other %ld\n", sum[0], sum[1], sum[2]);
	return 0;
}

static int seccomp_test(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_write, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, args[0])),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 42, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };
	long r;

	if (dup2(1, 42) < 0 ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("seccomp setup");
		return 1;
	}
	r = syscall(__NR_write, 42, "native\n", 7);
	printf("native write(42): %ld\n", r < 0 ? -errno : r);
	r = syscall(1002, 42, "foreign\n", 8);
	printf("foreign write(42): %ld\n", r < 0 ? -errno : r);
	fflush(stdout);
	r = syscall(1002, 1, "foreign write(1) passes\n", 24);
	return r == 24 ? 0 : 1;
}

/* Deny native number nr with EPERM, then make foreign call @call. */
static int deny_test(long nr, long callnr)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("seccomp setup");
		return 1;
	}
	printf("%ld\n", call(callnr, 0));
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "name";
	pthread_t t;
	pid_t pid;
	int status;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(cmd, "name")) {
		puts(iface());
	} else if (!strcmp(cmd, "fork")) {
		pid = fork();
		if (pid == 0) {
			printf("child %s\n", iface());
			msleep(argc > 2 ? atol(argv[2]) : 0);
			return 0;
		}
		waitpid(pid, &status, 0);
		printf("parent %s\n", iface());
	} else if (!strcmp(cmd, "thread")) {
		pthread_create(&t, NULL, thread_fn, NULL);
		pthread_join(t, NULL);
		printf("main %s\n", iface());
	} else if (!strcmp(cmd, "exec") && argc > 2) {
		execv(argv[2], argv + 2);
		printf("exec %s failed: %s\n", argv[2], strerror(errno));
		printf("still %s\n", iface());
	} else if (!strcmp(cmd, "nonblock") && argc > 2) {
		if (fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK)) {
			perror("nonblock");
			return 1;
		}
		execv(argv[2], argv + 2);
		perror("nonblock: exec");
		return 1;
	} else if (!strcmp(cmd, "call") && argc > 2) {
		printf("%ld\n", call(atol(argv[2]), argc > 3 ? atol(argv[3]) : 0));
	} else if (!strcmp(cmd, "waitcall") && argc > 3) {
		while (access(argv[2], F_OK))
			msleep(10);
		printf("%ld\n", call(atol(argv[3]), 0));
	} else if (!strcmp(cmd, "sleep") && argc > 2) {
		msleep(atol(argv[2]));
		puts(iface());
	} else if (!strcmp(cmd, "deny") && argc > 3) {
		return deny_test(atol(argv[2]), atol(argv[3]));
	} else if (!strcmp(cmd, "seccomp")) {
		return seccomp_test();
	} else if (!strcmp(cmd, "get")) {
		puts(prctl_get());
	} else if (!strcmp(cmd, "set") && argc > 2) {
		return select_test(argv[2]);
	} else if (!strcmp(cmd, "setexec") && argc > 3) {
		if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET_EXEC,
			  strcmp(argv[2], "-") ? argv[2] : NULL, 0, 0) < 0) {
			printf("setexec: %d\n", -errno);
			return 0;
		}
		execv(argv[3], argv + 3);
		printf("exec %s failed: %s\n", argv[3], strerror(errno));
		return 1;
	} else if (!strcmp(cmd, "asuser") && argc > 3) {
		gid_t gid = atoi(argv[2]);

		if (setgroups(0, NULL) || setgid(gid) || setuid(atoi(argv[2]))) {
			perror("asuser");
			return 1;
		}
		execv(argv[3], argv + 3);
		perror("asuser: exec");
		return 1;
	} else if (!strcmp(cmd, "keepcaps") && argc > 4) {
		uid_t uid = atoi(argv[2]);

		if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) || setgroups(0, NULL) ||
		    setresgid(uid, uid, uid) || setresuid(uid, uid, uid) ||
		    prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET_EXEC, argv[3],
			  0, 0)) {
			perror("keepcaps");
			return 1;
		}
		execv(argv[4], argv + 4);
		perror("keepcaps: exec");
		return 1;
	} else if (!strcmp(cmd, "watch") && argc > 3) {
		return watch(atol(argv[2]), atol(argv[3]));
	} else if (!strcmp(cmd, "sigsys") && argc > 2) {
		return sigsys_test(atol(argv[2]));
	} else if (!strcmp(cmd, "hammer") && argc > 3) {
		return hammer(atoi(argv[2]), atol(argv[3]));
	} else {
		fprintf(stderr, "ifacetest: bad command\n");
		return 2;
	}
	return 0;
}
