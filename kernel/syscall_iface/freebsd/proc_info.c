// SPDX-License-Identifier: GPL-2.0-only
/*
 * kern.proc: a process's struct kinfo_proc (sys/sys/user.h), or those of
 * the processes a name selects, as FreeBSD's fill_kinfo_proc() fills
 * it, from what bsd_proc_get() says.
 * The kernel's addresses, the login name, the jail and the emulation's
 * name are left out (0).
 */

#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/time64.h>

#include "freebsd.h"

/* sys/sys/proc.h, sys/sys/user.h, sys/sys/rtprio.h */
#define P_CONTROLT	0x00002
#define P_HADTHREADS	0x00080
#define P_SYSTEM	0x00200
#define P_TRACED	0x00800
#define P_WEXIT		0x02000
#define P_INMEM		0x10000000
#define KI_CTTY		0x1
#define KI_SLEADER	0x2
#define PRI_TIMESHARE	3
#define NOCPU		(-1)

struct fbsd_kinfo_proc {
	s32 structsize, layout;
	u64 kaddr[8];			/* ki_args to ki_wchan */
	s32 pid, ppid, pgid, tpgid, sid, tsid;
	s16 jobc, spare_short1;
	u32 tdev_freebsd11;
	struct bsd_sigset siglist, sigmask, sigignore, sigcatch;
	u32 uid, ruid, svuid, rgid, svgid;
	s16 ngroups, spare_short2;
	u32 groups[16];
	u64 size;
	s64 rssize, swrss, tsize, dsize, ssize;
	u16 xstat, acflag;
	u32 pctcpu, estcpu, slptime, swtime, cow;
	u64 runtime;
	s64 start[2], childtime[2];
	s64 flag, kiflag;
	s32 traceflag;
	s8 stat, nice, lock, rqindex;
	u8 oncpu_old, lastcpu_old;
	char tdname[17], wmesg[9], login[18], lockname[9], comm[20];
	char emul[17], loginclass[18], moretdname[4], sparestrings[46];
	s32 spareints[2];
	u64 tdev;
	s32 oncpu, lastcpu, tracer, flag2, fibnum;
	u32 cr_flags;
	s32 jid, numthreads, tid;
	u8 pri[4];			/* class, level, native, user */
	struct rusage rusage, rusage_ch;
	u64 kaddr2[5];			/* ki_pcb to ki_pd */
	u64 spareptrs[5];
	s64 sparelongs[12];
	s64 sflag, tdflags;
};

static_assert(sizeof(struct fbsd_kinfo_proc) == 1088);

/* A CPU time's microseconds */
static u64 usecs(const struct __kernel_old_timeval *tv)
{
	return tv->tv_sec * USEC_PER_SEC + tv->tv_usec;
}

static void fill(struct fbsd_kinfo_proc *k, struct bsd_proc *p)
{
	u32 rem;
	int i;

	k->structsize = sizeof(*k);
	k->pid = p->pid;
	k->ppid = p->ppid;
	k->pgid = p->pgid;
	k->tpgid = p->tpgid;
	k->sid = p->sid;
	k->tsid = p->tsid;
	k->tdev = p->tdev;
	k->tdev_freebsd11 = p->tdev;
	bsd_sigset_from_linux(&fbsd_signals, &p->pending, &k->siglist);
	bsd_sigset_from_linux(&fbsd_signals, &p->blocked, &k->sigmask);
	bsd_sigset_from_linux(&fbsd_signals, &p->ignored, &k->sigignore);
	bsd_sigset_from_linux(&fbsd_signals, &p->caught, &k->sigcatch);
	k->uid = p->uid;
	k->ruid = p->ruid;
	k->svuid = p->svuid;
	k->rgid = p->rgid;
	k->svgid = p->svgid;
	k->ngroups = p->ngroups;
	for (i = 0; i < p->ngroups; i++)
		k->groups[i] = p->groups[i];
	k->size = p->vsize;
	k->rssize = p->rss;
	k->tsize = p->text;
	k->dsize = p->data;
	k->ssize = p->stack;
	k->runtime = usecs(&p->ru.ru_utime) + usecs(&p->ru.ru_stime);
	k->start[0] = p->start.tv_sec;
	k->start[1] = p->start.tv_nsec / NSEC_PER_USEC;
	k->childtime[0] = div_u64_rem(usecs(&p->ru_children.ru_utime) +
				      usecs(&p->ru_children.ru_stime),
				      USEC_PER_SEC, &rem);
	k->childtime[1] = rem;
	k->flag = P_INMEM | (p->tdev != BSD_PROC_NODEV ? P_CONTROLT : 0) |
		  (p->threads > 1 ? P_HADTHREADS : 0) |
		  (p->kthread ? P_SYSTEM : 0) | (p->tracer ? P_TRACED : 0) |
		  (p->exiting ? P_WEXIT : 0);
	k->kiflag = (p->tdev != BSD_PROC_NODEV ? KI_CTTY : 0) |
		    (p->sid == p->pid ? KI_SLEADER : 0);
	k->stat = p->stat;
	k->nice = p->nice;
	k->oncpu_old = p->stat == BSD_SRUN ? p->cpu : 0xff;
	k->lastcpu_old = p->cpu;
	k->oncpu = p->stat == BSD_SRUN ? p->cpu : NOCPU;
	k->lastcpu = p->cpu;
	strscpy(k->tdname, p->comm, sizeof(k->tdname));
	strscpy(k->comm, p->comm, sizeof(k->comm));
	strscpy(k->loginclass, "default", sizeof(k->loginclass));
	k->tracer = p->tracer;
	k->numthreads = p->threads;
	k->tid = p->pid;		/* the first thread's, as thr_self says */
	k->pri[0] = PRI_TIMESHARE;
	k->rusage = p->ru;
	k->rusage_ch = p->ru_children;
}

/* sys/sys/sysctl.h: what follows kern.proc */
#define KERN_PROC_ALL		0
#define KERN_PROC_RUID		6
#define KERN_PROC_ARGS		7
#define KERN_PROC_PROC		8
#define KERN_PROC_RGID		10
#define KERN_PROC_PATHNAME	12
#define KERN_PROC_GID		11
#define KERN_PROC_INC_THREAD	0x10

/* kern.proc.pid.PID: one process's struct */
static long one(pid_t pid, struct fbsd_kinfo_proc *k, struct bsd_proc *p,
		void __user *old, size_t __user *oldlenp)
{
	long ret = bsd_proc_get(pid, p);

	if (ret)
		return ret;
	fill(k, p);
	return bsd_sysctl_copy(k, sizeof(*k), old, oldlenp);
}

/*
 * The processes @by and @arg select (kern.proc.proc, .all, .uid, ...):
 * each one's struct, as many as fit (-ENOMEM for the rest), or with no
 * buffer the room they take.
 */
static long all(enum bsd_proc_by by, u32 arg, struct fbsd_kinfo_proc *k,
		struct bsd_proc *p, void __user *old, size_t __user *oldlenp)
{
	size_t room = 0, len = 0;
	unsigned int i, n;
	long ret = 0;
	pid_t *pids;

	if (!oldlenp)
		return 0;
	if (old && get_user(room, oldlenp))
		return -EFAULT;
	pids = bsd_proc_pids(&n);
	if (!pids)
		return -ENOMEM;
	for (i = 0; i < n && !ret; i++) {
		if (bsd_proc_get(pids[i], p) || !bsd_proc_selected(p, by, arg))
			continue;	/* gone since, or not selected */
		if (old && len + sizeof(*k) > room) {
			ret = -ENOMEM;
			break;
		}
		memset(k, 0, sizeof(*k));
		fill(k, p);
		if (old && copy_to_user(old + len, k, sizeof(*k)))
			ret = -EFAULT;
		len += sizeof(*k);
	}
	kvfree(pids);
	if (ret != -EFAULT && put_user(len, oldlenp))
		ret = -EFAULT;
	return ret;
}

/*
 * What FreeBSD's KERN_PROC_* selects by (its first ones are 4.4BSD's,
 * its groups' its own), or -ENOENT for a name not built.
 */
static int proc_by(u32 op)
{
	switch (op) {
	case KERN_PROC_ALL ... KERN_PROC_RUID:
		return op;
	case KERN_PROC_PROC:
		return BSD_PROC_ALL;
	case KERN_PROC_RGID:
		return BSD_PROC_RGID;
	case KERN_PROC_GID:
		return BSD_PROC_GID;
	}
	return -ENOENT;
}

/**
 * fbsd_kinfo_proc - what kern.proc tells: processes and their arguments
 * @args: what follows kern.proc in the name: what selects, and by what
 * @n: how many numbers that is
 * @old: where the structs go, or NULL for their size
 * @oldlenp: the room at @old, then the size
 *
 * kern.proc.proc and kern.proc.all list every process; kern.proc.pgrp,
 * .session, .tty, .uid, .ruid, .gid and .rgid those they name.  With
 * KERN_PROC_INC_THREAD a process is still one entry, not one per thread.
 * kern.proc.args.PID is a process's arguments (bsd_sysctl_proc_args()),
 * kern.proc.pathname.PID its executable (bsd_sysctl_proc_exe()).
 *
 * Return: 0, -EINVAL for a name with the wrong numbers after it, -ESRCH
 * for a pid the caller does not see, -ENOENT for a name below kern.proc
 * not built, or as bsd_sysctl_copy().
 */
long fbsd_kinfo_proc(const u32 *args, unsigned int n, void __user *old,
		     size_t __user *oldlenp)
{
	int by = proc_by(args[0] & ~KERN_PROC_INC_THREAD);
	bool bare = by == BSD_PROC_ALL;
	struct fbsd_kinfo_proc *k;
	struct bsd_proc *p;
	long ret;

	if ((args[0] == KERN_PROC_ARGS || args[0] == KERN_PROC_PATHNAME) &&
	    n != 2)
		return -EINVAL;
	if (args[0] == KERN_PROC_ARGS)
		return bsd_sysctl_proc_args(args[1], false, old, oldlenp);
	if (args[0] == KERN_PROC_PATHNAME)
		return bsd_sysctl_proc_exe(args[1], old, oldlenp);
	if (by < 0)
		return by;
	if (n != (bare ? 1 : 2))
		return -EINVAL;
	k = kzalloc(sizeof(*k), GFP_KERNEL);
	p = kmalloc(sizeof(*p), GFP_KERNEL);
	ret = -ENOMEM;
	if (k && p)
		ret = by == BSD_PROC_PID ? one(args[1], k, p, old, oldlenp) :
		      all(by, bare ? 0 : args[1], k, p, old, oldlenp);
	kfree(p);
	kfree(k);
	return ret;
}
