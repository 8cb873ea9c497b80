// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD LWPs (sys/kern/sys_lwp.c): _lwp_create, _lwp_exit, _lwp_self,
 * _lwp_setprivate and sysarch's TLS bases; _lwp_park, _lwp_unpark and
 * _lwp_wakeup, on which NetBSD's threads sleep and wake; names, and
 * _lwp_ctl.
 *
 * An LWP is a Linux thread (CLONE_THREAD); its id is the Linux tid.  A
 * park waits for the LWP's unpark token (bsd/park.c).
 */

#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/prctl.h>

#include "netbsd.h"

/* _lwp_create's flags (sys/sys/lwp.h) */
#define NBSD_LWP_DETACHED	0x00000040

/* sysarch's operations on the TLS bases (sys/arch/x86/include/sysarch.h) */
#define NBSD_X86_GET_GSBASE	14
#define NBSD_X86_GET_FSBASE	15
#define NBSD_X86_SET_GSBASE	16
#define NBSD_X86_SET_FSBASE	17

/*
 * _lwp_create(ucp, flags, new_lwp): a thread that starts with the
 * ucontext's registers (_UC_CPU is required), signal mask and TLS base,
 * its id in *new_lwp before it runs.  The native clone copies the
 * caller's signal mask to the child, so for the length of the call it
 * holds the child's.  Without LWP_DETACHED, another LWP may wait for it
 * (_lwp_wait); a thread of its own is made detached, as Linux reaps it.
 */
SYSCALL_IFACE_DEFINE3(nbsd_lwp_create, const void __user *, ucp,
		      unsigned long, flags, s32 __user *, new_lwp)
{
	sigset_t blocked = current->blocked;
	struct bsd_thread_start t = {};
	struct nbsd_ucontext *uc;
	long ret;

	if (flags & ~NBSD_LWP_DETACHED)
		return -EINVAL;		/* no suspended start */
	uc = kmalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(uc, ucp, sizeof(*uc)) ||
	    (new_lwp && put_user(0, new_lwp)))
		goto out;
	ret = -EINVAL;
	if (!(uc->flags & NBSD_UC_CPU))
		goto out;
	ret = bsd_lwp_create_begin(!(flags & NBSD_LWP_DETACHED));
	if (ret)
		goto out;
	t.settls = uc->flags & NBSD_UC_TLSBASE;
	t.tls = uc->mcontext.tlsbase;
	t.parent_tid = (unsigned long)new_lwp;
	if (uc->flags & NBSD_UC_SIGMASK)
		bsd_sigmask_set(&nbsd_signals, &uc->sigmask);
	ret = bsd_thread_load(&nbsd_regmap, uc->mcontext.gregs, &t);
	bsd_lwp_create_end(ret);
	sigprocmask(SIG_SETMASK, &blocked, NULL);
	if (ret > 0)
		ret = 0;
out:
	kfree(uc);
	return ret;
}

/* _lwp_exit(): the thread ends once the service has returned. */
SYSCALL_IFACE_DEFINE0(nbsd_lwp_exit)
{
	syscall_iface_service_exits();
	return 0;
}

/*
 * _lwp_wait(wait_for, departed): wait for an LWP created without
 * LWP_DETACHED (any, for 0) to exit, and reap it (bsd_lwp_wait()).
 */
SYSCALL_IFACE_DEFINE2(nbsd_lwp_wait, s32, wait_for, s32 __user *, departed)
{
	pid_t lid;
	long ret;

	ret = bsd_lwp_wait(wait_for, &lid);
	if (ret || !departed)
		return ret;
	return put_user(lid, departed) ? -EFAULT : 0;
}

/* _lwp_detach(target): let no one wait for it (bsd_lwp_detach()). */
SYSCALL_IFACE_DEFINE1(nbsd_lwp_detach, s32, target)
{
	return bsd_lwp_detach(target);
}

/* _lwp_self() */
SYSCALL_IFACE_DEFINE0(nbsd_lwp_self)
{
	return task_pid_vnr(current);
}

/* _lwp_setprivate(ptr): amd64 NetBSD's TLS base is the fs base. */
SYSCALL_IFACE_DEFINE1(nbsd_lwp_setprivate, unsigned long, ptr)
{
	return syscall_iface_native(__NR_arch_prctl, ARCH_SET_FS, ptr);
}

/* sysarch(op, parms): the fs and gs bases. */
SYSCALL_IFACE_DEFINE2(nbsd_sysarch, unsigned int, op,
		      unsigned long __user *, parms)
{
	static const struct bsd_sysarch ops = {
		.get_fsbase = NBSD_X86_GET_FSBASE,
		.set_fsbase = NBSD_X86_SET_FSBASE,
		.get_gsbase = NBSD_X86_GET_GSBASE,
		.set_gsbase = NBSD_X86_SET_GSBASE,
	};

	return bsd_sysarch(op, parms, &ops);
}

/*
 * ___lwp_park60(clock, flags, ts, unpark, hint, unparkhint): unpark
 * LWP unpark (if not 0), then wait for the caller's token, for at most
 * the time ts gives (relative, or absolute with TIMER_ABSTIME).  The
 * hints are only hints.  A signal ends the wait with EINTR; a timed-out
 * one gives ETIMEDOUT.
 */
SYSCALL_IFACE_DEFINE6(nbsd_lwp_park, clockid_t, clock_id, int, flags,
		      struct __kernel_timespec __user *, uts, s32, unpark,
		      const void __user *, hint,
		      const void __user *, unparkhint)
{
	struct timespec64 ts;
	ktime_t expires;
	int clock;
	long ret;

	clock = bsd_clock_to_linux(clock_id);
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return -EINVAL;
	if (flags & ~NBSD_TIMER_ABSTIME)
		return -EINVAL;
	if (uts) {
		if (get_timespec64(&ts, uts))
			return -EFAULT;
		if (!timespec64_valid(&ts))
			return -EINVAL;
		expires = timespec64_to_ktime(ts);
		if (!(flags & NBSD_TIMER_ABSTIME)) {
			clock = CLOCK_MONOTONIC;
			expires = ktime_add_safe(ktime_get(), expires);
		}
	}
	if (unpark) {
		ret = bsd_unpark(unpark);
		if (ret)
			return ret;
	}
	return bsd_park(uts ? &expires : NULL, clock);
}

/* _lwp_unpark(lwp, hint) */
SYSCALL_IFACE_DEFINE2(nbsd_lwp_unpark, s32, lwp, const void __user *, hint)
{
	return bsd_unpark(lwp);
}

/*
 * _lwp_wakeup(target): pthread_cancel()'s, which ends the target's park
 * with EINTR, or, if it is not parked, says ENODEV and ends its next
 * park at once (bsd_park_cancel()).
 */
SYSCALL_IFACE_DEFINE1(nbsd_lwp_wakeup, s32, target)
{
	return bsd_park_cancel(target);
}

/*
 * _lwp_setname(target, name) and _lwp_getname(target, name, len): the
 * LWP's name (bsd/thread_name.c); target 0 is the caller.
 */
SYSCALL_IFACE_DEFINE2(nbsd_lwp_setname, s32, target, const char __user *, name)
{
	if (!name)
		return -EFAULT;		/* NetBSD copies in any pointer */
	return bsd_thread_name_set(target ?: task_pid_vnr(current), name);
}

SYSCALL_IFACE_DEFINE3(nbsd_lwp_getname, s32, target, char __user *, name,
		      size_t, len)
{
	return bsd_thread_name_get(target ?: task_pid_vnr(current), name, len);
}

/* sys/sys/lwp.h: the most LWPs one _lwp_unpark_all takes */
#define NBSD_LWP_UNPARK_MAX	1024

/*
 * _lwp_unpark_all(targets, ntargets, hint): _lwp_unpark for each LWP of
 * the list, as NetBSD's lwp_unpark(): one that is not there gives ESRCH
 * once the others are unparked.  Without a list, the longest one taken,
 * which libpthread asks for as it starts, giving up if the call fails;
 * pthread_cond_broadcast() then unparks its waiters in such lists.
 */
SYSCALL_IFACE_DEFINE3(nbsd_lwp_unpark_all, const s32 __user *, targets,
		      size_t, ntargets, const void __user *, hint)
{
	long ret = 0;
	size_t i;
	s32 *lids;

	if (!targets)
		return NBSD_LWP_UNPARK_MAX;
	if (!ntargets || ntargets > NBSD_LWP_UNPARK_MAX)
		return -EINVAL;
	lids = memdup_array_user(targets, ntargets, sizeof(*lids));
	if (IS_ERR(lids))
		return PTR_ERR(lids);
	for (i = 0; i < ntargets; i++)
		if (bsd_unpark(lids[i]))
			ret = -ESRCH;
	kfree(lids);
	return ret;
}

/* sys/sys/lwpctl.h */
#define NBSD_LWPCTL_FEATURE_CURCPU	0x00000001
#define NBSD_LWPCTL_FEATURE_PCTR	0x00000002
#define NBSD_LWPCTL_CPU_NONE		(-1)

struct nbsd_lwpctl {
	s32 curcpu;
	s32 pctr;
};

static const struct vm_special_mapping *lwpctl_map;

/*
 * _lwp_ctl(features, address): where the LWP finds its struct lwpctl,
 * which NetBSD's kernel keeps up to date: the CPU the LWP runs on and a
 * count of its preemptions.  libpthread reads other LWPs' lc_curcpu, to
 * spin on a mutex only while its owner runs and to see that an LWP has
 * exited, and gives up if the call fails.  Here every LWP of a process
 * shares one read-only lwpctl, which says that none is running
 * (LWPCTL_CPU_NONE) nor was preempted: a waiter sleeps rather than
 * spins, and an exited LWP is found by _lwp_kill(lid, 0), as libpthread
 * also checks.
 */
SYSCALL_IFACE_DEFINE2(nbsd_lwp_ctl, unsigned int, features,
		      u64 __user *, address)
{
	unsigned long addr;

	if (features &
	    ~(NBSD_LWPCTL_FEATURE_CURCPU | NBSD_LWPCTL_FEATURE_PCTR))
		return -ENODEV;
	addr = syscall_iface_map_page(lwpctl_map);
	if (IS_ERR_VALUE(addr))
		return addr;
	return put_user(addr, address) ? -EFAULT : 0;
}

/**
 * nbsd_lwpctl_init - the page of the lwpctl every LWP shares
 *
 * Return: 0 or -ENOMEM.
 */
int nbsd_lwpctl_init(void)
{
	struct nbsd_lwpctl *ctl;

	lwpctl_map = syscall_iface_data_page("[lwpctl]");
	if (!lwpctl_map)
		return -ENOMEM;
	ctl = page_address(lwpctl_map->pages[0]);
	ctl->curcpu = NBSD_LWPCTL_CPU_NONE;
	ctl->pctr = 0;
	return 0;
}
