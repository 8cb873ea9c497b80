// SPDX-License-Identifier: GPL-2.0-only
/*
 * kern.proc2: the processes a NetBSD program's ps and top read, each as
 * a struct kinfo_proc2 (sys/sys/sysctl.h), from what bsd_proc_get()
 * says.  The name is kern.proc2.OP.ARG.SIZE.COUNT: which processes (all,
 * or those of a pid, group, session, terminal, user or group: NetBSD's
 * KERN_PROC_* are enum bsd_proc_by), then the
 * size of each entry the caller wants (as much of the struct as fits,
 * and then the next one) and how many at most.  The kernel's addresses
 * and the login name are left out (0).
 */

#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "netbsd.h"

/* sys/sys/sysctl.h */
#define KERN_PROCSLOP		5	/* entries of room to spare */
#define EPROC_CTTY		0x01
#define EPROC_SLEADER		0x02
#define P_CONTROLT		0x00002
#define P_INMEM			0x00004
#define P_SYSTEM		0x00200
#define P_TRACED		0x00800
#define P_WEXIT			0x02000
#define SACTIVE			2	/* p_stat; its SSTOP and SZOMB are l_stat's */
#define NODEV			(~0U)

struct nbsd_kinfo_proc2 {
	u64 kaddr[13];			/* p_forw to p_ru */
	s32 eflag, exitsig, flag;
	s32 pid, ppid, sid, pgid, tpgid;
	u32 uid, ruid, gid, rgid;
	u32 groups[16];
	s16 ngroups, jobc;
	u32 tdev;
	u32 estcpu, rtime_sec, rtime_usec;
	s32 cpticks;
	u32 pctcpu, swtime, slptime;
	s32 schedflags;
	u64 uticks, sticks, iticks, tracep;
	s32 traceflag, holdcnt;
	struct bsd_sigset siglist, sigmask, sigignore, sigcatch;
	s8 stat;
	u8 priority, usrpri, nice;
	u16 xstat, acflag;
	char comm[24], wmesg[8];
	u64 wchan;
	char login[24];
	s32 vm_rssize, vm_tsize, vm_dsize, vm_ssize;
	s64 uvalid;
	u32 ustart_sec, ustart_usec, uutime_sec, uutime_usec;
	u32 ustime_sec, ustime_usec;
	u64 uru[14];			/* maxrss to nivcsw, struct rusage's */
	u32 uctime_sec, uctime_usec;
	u64 cpuid, realflag, nlwps, nrlwps, realstat;
	u32 svuid, svgid;
	char ename[16];
	s64 vm_vsize, vm_msize;
};

static_assert(sizeof(struct nbsd_kinfo_proc2) == 680);

static void timeval32(u32 *sec, u32 *usec, u64 us)
{
	*sec = div_u64_rem(us, USEC_PER_SEC, usec);
}

static void fill(struct nbsd_kinfo_proc2 *k, struct bsd_proc *p)
{
	const struct rusage *ru = &p->ru, *ch = &p->ru_children;
	bool ctty = p->tdev != BSD_PROC_NODEV;
	int i;

	memset(k, 0, sizeof(*k));
	k->eflag = (ctty ? EPROC_CTTY : 0) |
		   (p->sid == p->pid ? EPROC_SLEADER : 0);
	k->flag = P_INMEM | (ctty ? P_CONTROLT : 0) |
		  (p->kthread ? P_SYSTEM : 0) | (p->tracer ? P_TRACED : 0) |
		  (p->exiting ? P_WEXIT : 0);
	k->realflag = k->flag;
	k->exitsig = SIGCHLD;
	k->pid = p->pid;
	k->ppid = p->ppid;
	k->sid = p->sid;
	k->pgid = p->pgid;
	k->tpgid = ctty ? p->tpgid : 0;
	k->uid = p->uid;
	k->ruid = p->ruid;
	k->gid = p->groups[0];
	k->rgid = p->rgid;
	k->ngroups = p->ngroups;
	for (i = 0; i < p->ngroups; i++)
		k->groups[i] = p->groups[i];
	k->tdev = ctty ? p->tdev : NODEV;
	timeval32(&k->rtime_sec, &k->rtime_usec,
		  ru->ru_utime.tv_sec * USEC_PER_SEC + ru->ru_utime.tv_usec +
		  ru->ru_stime.tv_sec * USEC_PER_SEC + ru->ru_stime.tv_usec);
	bsd_sigset_from_linux(&nbsd_signals, &p->pending, &k->siglist);
	bsd_sigset_from_linux(&nbsd_signals, &p->blocked, &k->sigmask);
	bsd_sigset_from_linux(&nbsd_signals, &p->ignored, &k->sigignore);
	bsd_sigset_from_linux(&nbsd_signals, &p->caught, &k->sigcatch);
	k->stat = p->stat;
	k->realstat = p->stat == BSD_SSTOP || p->stat == BSD_SZOMB ? p->stat :
								    SACTIVE;
	k->nice = p->nice + 20;		/* NetBSD's NZERO */
	strscpy(k->comm, p->comm, sizeof(k->comm));
	k->vm_rssize = p->rss;
	k->vm_tsize = p->text;
	k->vm_dsize = p->data;
	k->vm_ssize = p->stack;
	k->vm_vsize = p->vsize >> PAGE_SHIFT;
	k->vm_msize = k->vm_vsize - k->vm_ssize;
	k->uvalid = 1;
	k->ustart_sec = p->start.tv_sec;
	k->ustart_usec = p->start.tv_nsec / NSEC_PER_USEC;
	k->uutime_sec = ru->ru_utime.tv_sec;
	k->uutime_usec = ru->ru_utime.tv_usec;
	k->ustime_sec = ru->ru_stime.tv_sec;
	k->ustime_usec = ru->ru_stime.tv_usec;
	memcpy(k->uru, &ru->ru_maxrss, sizeof(k->uru));
	timeval32(&k->uctime_sec, &k->uctime_usec,
		  ch->ru_utime.tv_sec * USEC_PER_SEC + ch->ru_utime.tv_usec +
		  ch->ru_stime.tv_sec * USEC_PER_SEC + ch->ru_stime.tv_usec);
	k->cpuid = p->cpu;
	k->nlwps = p->threads;
	k->nrlwps = p->stat == BSD_SRUN;
	k->svuid = p->svuid;
	k->svgid = p->svgid;
	strscpy(k->ename, "netbsd", sizeof(k->ename));
}

/**
 * nbsd_kinfo_proc2 - kern.proc2.OP.ARG.SIZE.COUNT
 * @args: what follows kern.proc2 in the name
 * @n: how many numbers that is (4)
 * @old: where the entries go, or NULL to learn the room they take
 * @oldlenp: the room at @old, then the bytes written or needed
 *
 * Return: 0, -EINVAL for a bad name, -ENOMEM when not all fit (as many
 * as do are written), or -EFAULT.
 */
long nbsd_kinfo_proc2(const u32 *args, unsigned int n, void __user *old,
		      size_t __user *oldlenp)
{
	size_t room = 0, len = 0, needed = 0, size;
	struct nbsd_kinfo_proc2 *k;
	unsigned int i, nr, count;
	struct bsd_proc *p;
	long ret = 0;
	pid_t *pids;

	if (n != 4 || args[0] > BSD_PROC_RGID || !args[2] ||
	    (s32)args[3] < 0)
		return -EINVAL;
	if (!oldlenp)
		return 0;
	if (old && get_user(room, oldlenp))
		return -EFAULT;
	size = min_t(size_t, args[2], sizeof(*k));
	count = args[3];
	k = kmalloc(sizeof(*k), GFP_KERNEL);
	p = kmalloc(sizeof(*p), GFP_KERNEL);
	pids = bsd_proc_pids(&nr);
	if (!k || !p || !pids) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 0; i < nr && !ret; i++) {
		if (bsd_proc_get(pids[i], p) ||
		    !bsd_proc_selected(p, args[0], args[1]))
			continue;
		needed += args[2];
		if (!old || len + args[2] > room || !count)
			continue;
		fill(k, p);
		if (copy_to_user(old + len, k, size))
			ret = -EFAULT;
		len += args[2];
		count--;
	}
	if (!ret && !old)
		len = needed + KERN_PROCSLOP * args[2];
	else if (!ret && needed > len)
		ret = -ENOMEM;
	if (ret != -EFAULT && put_user(len, oldlenp))
		ret = -EFAULT;
out:
	kvfree(pids);
	kfree(p);
	kfree(k);
	return ret;
}
