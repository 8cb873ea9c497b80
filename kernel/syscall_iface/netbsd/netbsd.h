/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The NetBSD/amd64 user ABI, as far as the netbsd platform translates
 * it.  Values from NetBSD's headers (sys/sys/signal.h, sys/sys/siginfo.h,
 * sys/sys/ucontext.h, sys/arch/amd64/include/mcontext.h, sys/sys/stat.h,
 * sys/sys/fcntl.h, sys/sys/mman.h), checked against Go's
 * runtime/defs*_netbsd_amd64.go and syscall/ztypes_netbsd_amd64.go.
 * What NetBSD shares with FreeBSD is in ../bsd/.
 */
#ifndef _SYSCALL_IFACE_NETBSD_H
#define _SYSCALL_IFACE_NETBSD_H

#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <linux/types.h>
#include <asm/ptrace.h>

#include "../bsd/bsd.h"

/* The release the platform claims: kern.osrev. */
#define NBSD_OSREV		1000000000	/* NetBSD 10.0 */

/* Signals: 1-63, SIGPWR 32, real-time from 33; sets of 128 bits. */
#define NBSD_NSIG		63
#define NBSD_SIGRTMIN		33

extern const struct bsd_signals nbsd_signals;

/* Numbers for the shared calls: struct bsd_platform (netbsd.c). */
extern const struct bsd_flags nbsd_oflags;		/* file.c */
extern const struct bsd_flags nbsd_at_flags;		/* file.c */
extern const struct bsd_flags nbsd_poll_events;	/* file.c */
extern const struct bsd_fcntl nbsd_fcntl;		/* file.c */
extern const struct bsd_stat_layout nbsd_stat_layout;	/* file.c */
extern const struct bsd_dirent_layout nbsd_dirent_layout; /* file.c */
extern const struct bsd_ids nbsd_clocks;		/* time.c */
extern const struct bsd_ids nbsd_advice;		/* memory.c */
extern const struct bsd_flags nbsd_wait_options;	/* process.c */
extern const struct bsd_ids nbsd_idtypes;		/* process.c */
extern const struct bsd_flags nbsd_msg_flags;		/* socket.c */
extern const struct bsd_sockopts nbsd_sockopts;	/* socket.c */
#define NBSD_IP_RECVTTL		23	/* netinet/in.h */
long nbsd_put_peer(void *buf, const struct bsd_peer *peer, int type);

/* sys/sys/ucontext.h: what a ucontext's flags say it holds */
#define NBSD_UC_SIGMASK		0x00000001
#define NBSD_UC_STACK		0x00000002
#define NBSD_UC_CPU		0x00000004
#define NBSD_UC_FPU		0x00000008
#define NBSD_UC_TLSBASE		0x00080000
#define NBSD_UC_SETSTACK	0x00010000
#define NBSD_UC_CLRSTACK	0x00020000

/* sys/arch/amd64/include/mcontext.h: __gregs[] holds 26 registers. */
#define NBSD_NGREG		26

struct nbsd_mcontext {
	u64 gregs[NBSD_NGREG];
	u64 tlsbase;
	u8 fpregs[BSD_FXSAVE_SIZE];
};

struct nbsd_ucontext {
	u32 flags;
	u32 pad;
	u64 link;
	struct bsd_sigset sigmask;
	struct bsd_stack stack;
	struct nbsd_mcontext mcontext;
};

/* sys/sys/time.h's clocks and timer flags */
#define NBSD_CLOCK_REALTIME	0
#define NBSD_CLOCK_MONOTONIC	3
#define NBSD_TIMER_ABSTIME	1

/* frame.c: signal delivery and contexts */
int nbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs);
void nbsd_put_siginfo(void *to, const kernel_siginfo_t *info);

/* sys/sys/siginfo.h's siginfo_t, on LP64 */
#define NBSD_SIGINFO_SIZE	128
extern const struct bsd_regmap nbsd_regmap;	/* __gregs[] */

/* The services, by file. */
long nbsd_sigaction_sigtramp(struct pt_regs *regs);
long nbsd_getcontext(struct pt_regs *regs);
long nbsd_setcontext(struct pt_regs *regs);

long nbsd_lwp_create(struct pt_regs *regs);
long nbsd_lwp_exit(struct pt_regs *regs);
long nbsd_lwp_wait(struct pt_regs *regs);
long nbsd_lwp_detach(struct pt_regs *regs);
long nbsd_lwp_self(struct pt_regs *regs);
long nbsd_lwp_setprivate(struct pt_regs *regs);
long nbsd_sysarch(struct pt_regs *regs);
long nbsd_lwp_park(struct pt_regs *regs);
long nbsd_lwp_unpark(struct pt_regs *regs);
long nbsd_lwp_wakeup(struct pt_regs *regs);
long nbsd_lwp_setname(struct pt_regs *regs);
long nbsd_lwp_getname(struct pt_regs *regs);
long nbsd_lwp_unpark_all(struct pt_regs *regs);
long nbsd_lwp_ctl(struct pt_regs *regs);
int nbsd_lwpctl_init(void);

long nbsd_mmap(struct pt_regs *regs);
long nbsd_msync(struct pt_regs *regs);
long nbsd_sysctl(struct pt_regs *regs);
long nbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp);
extern const struct bsd_rt_abi nbsd_rt;		/* route.c */

long nbsd_lseek(struct pt_regs *regs);
long nbsd_pread(struct pt_regs *regs);
long nbsd_pwrite(struct pt_regs *regs);
long nbsd_statvfs1(struct pt_regs *regs);
long nbsd_fstatvfs1(struct pt_regs *regs);
long nbsd_statvfs1_90(struct pt_regs *regs);
long nbsd_fstatvfs1_90(struct pt_regs *regs);
long nbsd_getvfsstat(struct pt_regs *regs);
long nbsd_getvfsstat_90(struct pt_regs *regs);
long nbsd_ioctl(unsigned int fd, u32 request, unsigned long arg);
long nbsd_kinfo_proc2(const u32 *args, unsigned int n, void __user *old,
		      size_t __user *oldlenp);
long nbsd_ftruncate(struct pt_regs *regs);
long nbsd_utimensat(struct pt_regs *regs);
long nbsd_readlink(struct pt_regs *regs);
long nbsd_truncate(struct pt_regs *regs);
long nbsd_kevent(struct pt_regs *regs);

#endif /* _SYSCALL_IFACE_NETBSD_H */
