/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The FreeBSD/amd64 user ABI, as far as the freebsd platform translates
 * it.  Values from FreeBSD's headers (sys/sys/signal.h, sys/sys/mman.h,
 * sys/sys/umtx.h, sys/sys/thr.h, sys/sys/time.h, sys/amd64/include/),
 * checked against Go's runtime/defs_freebsd_amd64.go.
 */
#ifndef _SYSCALL_IFACE_FREEBSD_H
#define _SYSCALL_IFACE_FREEBSD_H

#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <linux/types.h>
#include <asm/ptrace.h>

/* The release the platform claims: kern.osreldate, AT_OSRELDATE. */
#define FBSD_OSRELDATE		1400097	/* FreeBSD 14.0 */

/* Signals: numbers 1-128, sets of 128 bits. */
#define FBSD_NSIG		128
#define FBSD_SIGRTMIN		65

struct fbsd_sigset {
	u32 bits[4];
};

/* SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK */
#define FBSD_SIG_BLOCK		1
#define FBSD_SIG_UNBLOCK	2
#define FBSD_SIG_SETMASK	3

struct fbsd_sigaction {
	u64 handler;
	s32 flags;
	struct fbsd_sigset mask;
	u32 pad;
};

#define FBSD_SA_ONSTACK		0x0001
#define FBSD_SA_RESTART		0x0002
#define FBSD_SA_RESETHAND	0x0004
#define FBSD_SA_NOCLDSTOP	0x0008
#define FBSD_SA_NODEFER		0x0010
#define FBSD_SA_NOCLDWAIT	0x0020
#define FBSD_SA_SIGINFO		0x0040
#define FBSD_SA_ALL		0x007f

struct fbsd_stack {
	u64 sp;
	u64 size;
	s32 flags;
	u32 pad;
};

#define FBSD_SS_ONSTACK		0x0001
#define FBSD_SS_DISABLE		0x0004

/* sys/sys/thr.h */
struct fbsd_thr_param {
	u64 start_func;
	u64 arg;
	u64 stack_base;
	u64 stack_size;
	u64 tls_base;
	u64 tls_size;
	u64 child_tid;		/* long * */
	u64 parent_tid;		/* long * */
	s32 flags;
	u32 pad;
	u64 rtp;		/* struct rtprio * */
	u64 spare[3];
};

/* sys/sys/umtx.h */
#define FBSD_UMTX_OP_WAKE		3
#define FBSD_UMTX_OP_WAIT_UINT		11
#define FBSD_UMTX_OP_WAIT_UINT_PRIVATE	15
#define FBSD_UMTX_OP_WAKE_PRIVATE	16
#define FBSD_UMTX_ABSTIME		1

struct fbsd_umtx_time {
	struct __kernel_timespec timeout;
	u32 flags;
	u32 clockid;
};

/* sys/amd64/include/sysarch.h */
#define FBSD_AMD64_GET_FSBASE	128
#define FBSD_AMD64_SET_FSBASE	129
#define FBSD_AMD64_GET_GSBASE	130
#define FBSD_AMD64_SET_GSBASE	131

/* sys/sys/_clock_id.h */
#define FBSD_CLOCK_REALTIME	0
#define FBSD_CLOCK_MONOTONIC	4

/*
 * The seccomp and audit check of what a service does other than through
 * syscall_iface_native_call(): as native call @nr with the arguments
 * @a0 to @a3, the caller's as translated (syscall_iface_native_denied()).
 */
static inline bool fbsd_denied(const struct pt_regs *regs, unsigned int nr,
			       unsigned long a0, unsigned long a1,
			       unsigned long a2, unsigned long a3, long *ret)
{
	struct pt_regs r = *regs;

	r.di = a0;
	r.si = a1;
	r.dx = a2;
	r.r10 = a3;
	return syscall_iface_native_denied(&r, nr, ret);
}

int fbsd_sig_to_linux(unsigned long sig);
int fbsd_clock_to_linux(unsigned long clock);
int fbsd_sig_from_linux(int sig);
int fbsd_wait_status(int s);
void fbsd_sigset_to_linux(const struct fbsd_sigset *f, sigset_t *l);
void fbsd_sigset_from_linux(sigset_t *l, struct fbsd_sigset *f);

/* auxv.c: start-up */
int fbsd_auxv(unsigned long sp, unsigned long timekeep);

/* timekeep.c: the clocks without a system call */
unsigned long fbsd_timekeep_map(void);
int fbsd_timekeep_init(void);
void fbsd_timekeep_exit(void);

/* frame.c: signal delivery */
extern const void *fbsd_sigcode;
extern const unsigned int fbsd_sigcode_size;
int fbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs);
long fbsd_sigreturn(struct pt_regs *regs);

/* The services, by file. */
long fbsd_sigaction(struct pt_regs *regs);
long fbsd_sigprocmask(struct pt_regs *regs);
long fbsd_sigaltstack(struct pt_regs *regs);
long fbsd_kill(struct pt_regs *regs);
long fbsd_thr_kill(struct pt_regs *regs);

long fbsd_thr_new(struct pt_regs *regs);
long fbsd_thr_self(struct pt_regs *regs);
long fbsd_thr_exit(struct pt_regs *regs);
long fbsd_umtx_op(struct pt_regs *regs);
long fbsd_sysarch(struct pt_regs *regs);

long fbsd_mmap(struct pt_regs *regs);
long fbsd_madvise(struct pt_regs *regs);
long fbsd_clock_gettime(struct pt_regs *regs);
long fbsd_clock_getres(struct pt_regs *regs);

long fbsd_open(struct pt_regs *regs);
long fbsd_openat(struct pt_regs *regs);
long fbsd_pipe2(struct pt_regs *regs);
long fbsd_unlinkat(struct pt_regs *regs);
long fbsd_faccessat(struct pt_regs *regs);
long fbsd_fchmodat(struct pt_regs *regs);
long fbsd_fchownat(struct pt_regs *regs);
long fbsd_linkat(struct pt_regs *regs);
long fbsd_mkfifo(struct pt_regs *regs);
long fbsd_mkfifoat(struct pt_regs *regs);
long fbsd_mknodat(struct pt_regs *regs);
long fbsd_getcwd(struct pt_regs *regs);
long fbsd_utimensat(struct pt_regs *regs);
long fbsd_futimens(struct pt_regs *regs);
long fbsd_fcntl(struct pt_regs *regs);
long fbsd_ioctl(struct pt_regs *regs);
long fbsd_fstat(struct pt_regs *regs);
long fbsd_fstatat(struct pt_regs *regs);
long fbsd_getrlimit(struct pt_regs *regs);
long fbsd_setrlimit(struct pt_regs *regs);
long fbsd_getdirentries(struct pt_regs *regs);
long fbsd_issetugid(struct pt_regs *regs);

long fbsd_kqueue(struct pt_regs *regs);
long fbsd_kevent11(struct pt_regs *regs);
long fbsd_kevent(struct pt_regs *regs);

long fbsd_sysctl(struct pt_regs *regs);
long fbsd_sysctl_copy(const void *val, size_t size, void __user *old,
		      size_t __user *oldlenp);
long fbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp);
long fbsd_cpuset_getaffinity(struct pt_regs *regs);

long fbsd_poll(struct pt_regs *regs);
long fbsd_ppoll(struct pt_regs *regs);
long fbsd_select(struct pt_regs *regs);
long fbsd_pselect(struct pt_regs *regs);
long fbsd_fork(struct pt_regs *regs);
long fbsd_vfork(struct pt_regs *regs);
long fbsd_wait4(struct pt_regs *regs);
long fbsd_procctl(struct pt_regs *regs);
long fbsd_ptrace(struct pt_regs *regs);

long fbsd_socket(struct pt_regs *regs);
long fbsd_socketpair(struct pt_regs *regs);
long fbsd_accept(struct pt_regs *regs);
long fbsd_accept4(struct pt_regs *regs);
long fbsd_bind(struct pt_regs *regs);
long fbsd_connect(struct pt_regs *regs);
long fbsd_getsockname(struct pt_regs *regs);
long fbsd_getpeername(struct pt_regs *regs);
long fbsd_sendto(struct pt_regs *regs);
long fbsd_recvfrom(struct pt_regs *regs);
long fbsd_sendmsg(struct pt_regs *regs);
long fbsd_recvmsg(struct pt_regs *regs);
long fbsd_setsockopt(struct pt_regs *regs);
long fbsd_getsockopt(struct pt_regs *regs);

#endif /* _SYSCALL_IFACE_FREEBSD_H */
