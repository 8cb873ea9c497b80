// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD threads: thr_new, thr_self, thr_exit, thr_suspend and thr_wake,
 * and sysarch's TLS bases (_umtx_op is umtx.c).
 *
 * A FreeBSD thread is a Linux thread (CLONE_THREAD); its id is the
 * Linux tid.
 */

#include <uapi/linux/futex.h>
#include <linux/capability.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/*
 * thr_new's parameters, as sys_thr_new() and thread_create() take them:
 * a struct of at most its size, the rest zero; the flags FreeBSD
 * defines, which it ignores (libthr passes THR_SYSTEM_SCOPE); and a
 * priority of the time-sharing class only.  A real-time one needs
 * privilege on FreeBSD (EPERM without), and is not offered here (EINVAL).
 */
static int thr_param_get(const void __user *param, int size,
			 struct fbsd_thr_param *p)
{
	struct fbsd_rtprio rtp;

	if (size < 0 || (size_t)size > sizeof(*p))
		return -EINVAL;
	memset(p, 0, sizeof(*p));
	if (copy_from_user(p, param, size))
		return -EFAULT;
	if (p->flags & ~(FBSD_THR_SUSPENDED | FBSD_THR_SYSTEM_SCOPE))
		return -EINVAL;
	if (!p->rtp)
		return 0;
	if (copy_from_user(&rtp, (void __user *)p->rtp, sizeof(rtp)))
		return -EFAULT;
	if (rtp.type == FBSD_RTP_PRIO_NORMAL)
		return 0;
	if ((rtp.type == FBSD_RTP_PRIO_REALTIME ||
	     rtp.type == FBSD_RTP_PRIO_FIFO) && !capable(CAP_SYS_NICE))
		return -EPERM;
	return -EINVAL;
}

/*
 * thr_new(param, size), FreeBSD's kern_thr_new() and cpu_set_upcall():
 * the new thread starts at start_func(arg) on the stack given, as if
 * called (rsp 8 off a 16-byte boundary), with its fsbase at tls_base,
 * and its id is in *child_tid and *parent_tid before it runs.  Those are
 * longs, and clone stores the id's 32 bits in each (CLONE_CHILD_SETTID,
 * CLONE_PARENT_SETTID), before either thread goes on: they are zeroed
 * first, which also finds a bad pointer before a thread exists.
 */
SYSCALL_IFACE_DEFINE2(fbsd_thr_new, const void __user *, param, int, size)
{
	struct fbsd_thr_param p;
	struct bsd_thread_start t;
	int err;
	long tid;

	err = thr_param_get(param, size, &p);
	if (err)
		return err;
	if ((p.child_tid && put_user(0L, (long __user *)p.child_tid)) ||
	    (p.parent_tid && put_user(0L, (long __user *)p.parent_tid)))
		return -EFAULT;
	t = (struct bsd_thread_start){
		.tls = p.tls_base,
		.settls = true,
		.parent_tid = p.parent_tid,
		.child_tid = p.child_tid,
	};
	tid = bsd_thread_call(p.start_func, p.arg, p.stack_base + p.stack_size,
			      &t);
	return tid < 0 ? tid : 0;
}

SYSCALL_IFACE_DEFINE1(fbsd_thr_self, long __user *, id)
{
	return put_user((long)task_pid_vnr(current), id) ? -EFAULT : 0;
}

/*
 * thr_exit(state): *state = 1, wake its waiters, end the thread (once
 * the service has returned: syscall_iface_service_exits()).
 */
SYSCALL_IFACE_DEFINE1(fbsd_thr_exit, long __user *, state)
{
	if (state && !put_user(1L, state))
		syscall_iface_native(__NR_futex, state, FUTEX_WAKE, INT_MAX);
	syscall_iface_service_exits();
	return 0;
}

/*
 * thr_suspend(timeout): sleep until thr_wake() names the caller, for at
 * most the relative time given; a wake that came first ends it at once
 * (kern_thr_suspend()).  That is the shared park (bsd/park.c), whose
 * token FreeBSD's TDP_WAKEUP and TDF_THRWAKEUP both are.  A signal
 * restarts an untimed suspend, as msleep()'s ERESTART does, and ends a
 * timed one with EINTR.
 */
SYSCALL_IFACE_DEFINE1(fbsd_thr_suspend,
		      const struct __kernel_timespec __user *, uts)
{
	struct timespec64 ts;
	ktime_t expires;
	long ret;

	if (uts) {
		if (get_timespec64(&ts, uts))
			return -EFAULT;
		if (!timespec64_valid(&ts))
			return -EINVAL;
		expires = ktime_add_safe(ktime_get(), timespec64_to_ktime(ts));
	}
	ret = bsd_park(uts ? &expires : NULL, CLOCK_MONOTONIC);
	if (ret == -EALREADY)
		return 0;
	if (ret == -EINTR && !uts)
		return -ERESTARTSYS;
	return ret;
}

/*
 * thr_wake(id): end thread id's thr_suspend, or its next one.  For the
 * caller itself, FreeBSD's TDP_WAKEUP also ends the next interruptible
 * sleep of any call with EINTR, which libthr's deferred cancellation
 * asks for; Linux has no such one-shot interruption, so here it ends
 * only the next thr_suspend.
 */
SYSCALL_IFACE_DEFINE1(fbsd_thr_wake, long, id)
{
	if (id != (pid_t)id)
		return -ESRCH;
	return bsd_unpark(id);
}

/* sysarch(op, parms): the fs and gs bases. */
SYSCALL_IFACE_DEFINE2(fbsd_sysarch, unsigned int, op,
		      unsigned long __user *, parms)
{
	static const struct bsd_sysarch ops = {
		.get_fsbase = FBSD_AMD64_GET_FSBASE,
		.set_fsbase = FBSD_AMD64_SET_FSBASE,
		.get_gsbase = FBSD_AMD64_GET_GSBASE,
		.set_gsbase = FBSD_AMD64_SET_GSBASE,
	};

	return bsd_sysarch(op, parms, &ops);
}
