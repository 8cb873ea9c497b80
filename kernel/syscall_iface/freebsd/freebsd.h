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

#include "../bsd/bsd.h"

/* The release the platform claims: kern.osreldate, AT_OSRELDATE. */
#define FBSD_OSRELDATE		1400097	/* FreeBSD 14.0 */

/* Signals: numbers 1-128, sets of 128 bits. */
#define FBSD_NSIG		128
#define FBSD_SIGRTMIN		65

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

/* thr_param flags, which FreeBSD's kernel takes and ignores */
#define FBSD_THR_SUSPENDED	0x0001
#define FBSD_THR_SYSTEM_SCOPE	0x0002	/* libthr's default */

/* sys/sys/rtprio.h */
struct fbsd_rtprio {
	u16 type;
	u16 prio;
};

#define FBSD_RTP_PRIO_REALTIME	2
#define FBSD_RTP_PRIO_NORMAL	3
#define FBSD_RTP_PRIO_FIFO	10

/* sys/amd64/include/sysarch.h */
#define FBSD_AMD64_GET_FSBASE	128
#define FBSD_AMD64_SET_FSBASE	129
#define FBSD_AMD64_GET_GSBASE	130
#define FBSD_AMD64_SET_GSBASE	131

/* sys/sys/_clock_id.h */
#define FBSD_CLOCK_REALTIME	0
#define FBSD_CLOCK_MONOTONIC	4

extern const struct bsd_signals fbsd_signals;

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
void fbsd_put_siginfo(void *to, const kernel_siginfo_t *info);

/* sys/sys/signal.h's siginfo_t, on amd64 */
#define FBSD_SIGINFO_SIZE	80
long fbsd_sigreturn(struct pt_regs *regs);

/* The services, by file. */
long fbsd_sigaction(struct pt_regs *regs);

long fbsd_thr_new(struct pt_regs *regs);
long fbsd_thr_self(struct pt_regs *regs);
long fbsd_thr_exit(struct pt_regs *regs);
long fbsd_thr_suspend(struct pt_regs *regs);
long fbsd_thr_wake(struct pt_regs *regs);
long fbsd_umtx_op(struct pt_regs *regs);
long fbsd_sysarch(struct pt_regs *regs);

long fbsd_mmap(struct pt_regs *regs);
long fbsd_msync(struct pt_regs *regs);

long fbsd_mknodat(struct pt_regs *regs);
long fbsd_getcwd(struct pt_regs *regs);
long fbsd_utimensat(struct pt_regs *regs);
long fbsd_futimens(struct pt_regs *regs);
long fbsd_getdirentries(struct pt_regs *regs);
long fbsd_statfs(struct pt_regs *regs);
long fbsd_fstatfs(struct pt_regs *regs);
long fbsd_getfsstat(struct pt_regs *regs);
long fbsd_posix_openpt(struct pt_regs *regs);
long fbsd_ioctl(unsigned int fd, u32 request, unsigned long arg);
long fbsd_kinfo_proc(const u32 *args, unsigned int n, void __user *old,
		     size_t __user *oldlenp);

long fbsd_sysctl(struct pt_regs *regs);
long fbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp);
extern const struct bsd_rt_abi fbsd_rt;		/* route.c */
long fbsd_cpuset_getaffinity(struct pt_regs *regs);

long fbsd_procctl(struct pt_regs *regs);

/* Numbers for the shared calls: struct bsd_platform (freebsd.c). */
extern const struct bsd_flags fbsd_oflags;		/* file.c */
extern const struct bsd_flags fbsd_at_flags;		/* file.c */
extern const struct bsd_flags fbsd_poll_events;	/* file.c */
extern const struct bsd_fcntl fbsd_fcntl;		/* file.c */
extern const struct bsd_stat_layout fbsd_stat_layout;	/* file.c */
extern const struct bsd_dirent_layout fbsd_dirent_layout; /* file.c */
extern const struct bsd_ids fbsd_clocks;		/* time.c */
extern const struct bsd_ids fbsd_advice;		/* memory.c */
extern const struct bsd_flags fbsd_wait_options;	/* process.c */
extern const struct bsd_ids fbsd_idtypes;		/* process.c */
extern const struct bsd_flags fbsd_msg_flags;		/* socket.c */
extern const struct bsd_sockopts fbsd_sockopts;	/* socket.c */
#define FBSD_IP_RECVTTL		65	/* netinet/in.h */
long fbsd_put_peer(void *buf, const struct bsd_peer *peer, int type);

#endif /* _SYSCALL_IFACE_FREEBSD_H */
