// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's _umtx_op (sys/kern/kern_umtx.c) on Linux futexes: the waits
 * and wakes Go's runtime uses ("effectively the same as Linux's futex"),
 * and what libthr asks of the kernel when a pthread object is
 * contended: a mutex's wait and wake, a semaphore's, a read-write
 * lock's, pthread_join()'s wait on a thread id, the wake of many
 * condition variable waiters at once, and the kernel's condition
 * variables, which libthr uses when they are process-shared or their
 * mutex is a priority-inheriting one.
 *
 * FreeBSD keeps its sleepers in queues keyed by address; a futex is the
 * same, so each wait is a futex wait on the object's first word, and
 * each wake a futex wake.  What FreeBSD's kernel reads from its queues,
 * how many sleep on an object, a futex does not tell; where FreeBSD
 * uses that count to keep a lock word's waiters bit right, the bit is
 * kept set after a wake that woke someone, so that the next release
 * calls again, and cleared after one that woke no one.
 *
 * A priority-inheriting mutex is a Linux PI futex.  Priority-protecting
 * and robust mutexes are not here: those operations are EINVAL.
 */

#include <uapi/linux/futex.h>
#include <linux/minmax.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/syscall_iface_service.h>
#include <linux/uaccess.h>
#include <asm/futex.h>

#include "freebsd.h"

/* _umtx_op's operations (sys/sys/umtx.h) */
#define UMTX_OP_WAIT			2
#define UMTX_OP_WAKE			3
#define UMTX_OP_MUTEX_TRYLOCK		4
#define UMTX_OP_MUTEX_LOCK		5
#define UMTX_OP_MUTEX_UNLOCK		6
#define UMTX_OP_CV_WAIT			8
#define UMTX_OP_CV_SIGNAL		9
#define UMTX_OP_CV_BROADCAST		10
#define UMTX_OP_WAIT_UINT		11
#define UMTX_OP_RW_RDLOCK		12
#define UMTX_OP_RW_WRLOCK		13
#define UMTX_OP_RW_UNLOCK		14
#define UMTX_OP_WAIT_UINT_PRIVATE	15
#define UMTX_OP_WAKE_PRIVATE		16
#define UMTX_OP_MUTEX_WAIT		17
#define UMTX_OP_NWAKE_PRIVATE		21
#define UMTX_OP_MUTEX_WAKE2		22
#define UMTX_OP_SEM2_WAIT		23
#define UMTX_OP_SEM2_WAKE		24

#define UMTX_ABSTIME			0x01

/* UMTX_OP_CV_WAIT's flags */
#define CVWAIT_ABSTIME			0x02
#define CVWAIT_CLOCKID			0x04

/* The flags word of a struct umutex and of a struct _usem2 */
#define USYNC_PROCESS_SHARED		0x0001
#define UMUTEX_PRIO_INHERIT		0x0004
#define UMUTEX_PRIO_PROTECT		0x0008
#define UMUTEX_ROBUST			0x0010

/* struct umutex's m_owner: the owner's tid, and a waiters bit */
#define UMUTEX_CONTESTED		0x80000000U
#define UMUTEX_RB_OWNERDEAD		(UMUTEX_CONTESTED | 0x10)
#define UMUTEX_RB_NOTRECOV		(UMUTEX_CONTESTED | 0x11)

/* struct _usem2's _count: the count, and a waiters bit */
#define USEM_HAS_WAITERS		0x80000000U
#define USEM_MAX_COUNT			0x7fffffffU

/* struct urwlock's rw_state: a writer, waiters bits, and readers */
#define URWLOCK_WRITE_OWNER		0x80000000U
#define URWLOCK_WRITE_WAITERS		0x40000000U
#define URWLOCK_READ_WAITERS		0x20000000U
#define URWLOCK_MAX_READERS		0x1fffffffU
#define URWLOCK_PREFER_READER		0x0002	/* in rw_flags, or the call's */

/* struct _umtx_time */
struct umtx_time {
	struct __kernel_timespec timeout;
	u32 flags;
	u32 clockid;
};

/**
 * struct umtx_timeout - how long a wait may last
 * @ts: a timespec, or NULL for no limit
 * @abs: @ts is a time on @clock, not a length
 * @clock: FUTEX_CLOCK_REALTIME, or 0 for the monotonic clock
 */
struct umtx_timeout {
	const struct __kernel_timespec __user *ts;
	bool abs;
	int clock;
};

/*
 * The futex clock of FreeBSD clock @clockid: a realtime one, or a
 * monotonic one (the uptime clocks too, which count the same while the
 * machine runs); others are EINVAL.
 */
static int umtx_clock(u32 clockid, struct umtx_timeout *t)
{
	switch (bsd_clock_to_linux(clockid)) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		t->clock = FUTEX_CLOCK_REALTIME;
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
		t->clock = 0;
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * A wait's timeout, as umtx_copyin_umtx_time() reads it: none without
 * @uaddr2; a relative timespec for a @size up to a timespec's; else a
 * struct _umtx_time, which may be absolute on its clock, a realtime or
 * a monotonic one.  Its timespec, which is first, where a futex wait
 * reads it, must be a valid interval (EINVAL).
 */
static int umtx_timeout_get(unsigned long size, const void __user *uaddr2,
			    struct umtx_timeout *t)
{
	bool relative = size <= sizeof(struct __kernel_timespec);
	struct umtx_time ut = {};

	*t = (struct umtx_timeout){ .ts = uaddr2 };
	if (!uaddr2)
		return 0;
	if (copy_from_user(&ut, uaddr2,
			   relative ? sizeof(ut.timeout) : sizeof(ut)))
		return -EFAULT;
	if (ut.timeout.tv_sec < 0 ||
	    (unsigned long)ut.timeout.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if (relative)
		return 0;
	t->abs = ut.flags & UMTX_ABSTIME;
	return umtx_clock(ut.clockid, t);
}

/* A native futex call on @uaddr. */
static long futex(const void __user *uaddr, int op, u32 val,
		  const void __user *timeout, u32 val3)
{
	return syscall_iface_native(__NR_futex, uaddr, op, val, timeout, 0,
				    val3);
}

/*
 * Sleep while *@uaddr is @val, until a wake or the timeout, as FreeBSD's
 * umtxq_sleep(): 0 for a wake or a word that had changed, -ETIMEDOUT,
 * and for a signal a restart, but -EINTR for a relative timeout, which
 * FreeBSD does not restart.
 */
static long futex_wait(u32 __user *uaddr, u32 val, bool shared,
		       const struct umtx_timeout *t)
{
	int op = shared ? 0 : FUTEX_PRIVATE_FLAG;
	long ret;

	if (t->abs)
		ret = futex(uaddr, FUTEX_WAIT_BITSET | op | t->clock, val,
			    t->ts, FUTEX_BITSET_MATCH_ANY);
	else
		ret = futex(uaddr, FUTEX_WAIT | op, val, t->ts, 0);
	if (ret == -EAGAIN)
		return 0;
	if (ret == -ERESTART_RESTARTBLOCK)
		return -EINTR;
	return ret;
}

/*
 * The same for the waits a signal ends with EINTR, never restarted: a
 * read-write lock's and a condition variable's (do_rw_rdlock(),
 * do_cv_wait()).
 */
static long futex_wait_intr(u32 __user *uaddr, u32 val, bool shared,
			    const struct umtx_timeout *t)
{
	long ret = futex_wait(uaddr, val, shared, t);

	return ret == -ERESTARTSYS ? -EINTR : ret;
}

/* Wake at most @n sleepers on @uaddr: how many woke, or an error. */
static long futex_wake(u32 __user *uaddr, int n, bool shared)
{
	return futex(uaddr, FUTEX_WAKE | (shared ? 0 : FUTEX_PRIVATE_FLAG), n,
		     NULL, 0);
}

/*
 * *@uaddr = @new if it is @old, atomically; *@cur is what it was.  As
 * the futex code does it: without page faults, faulting the page in
 * between tries.
 */
static int cmpxchg_user(u32 __user *uaddr, u32 old, u32 new, u32 *cur)
{
	int ret;

	if (!IS_ALIGNED((unsigned long)uaddr, sizeof(u32)))
		return -EINVAL;
	for (;;) {
		pagefault_disable();
		ret = futex_atomic_cmpxchg_inatomic(cur, uaddr, old, new);
		pagefault_enable();
		if (ret != -EFAULT)
			return ret;
		if (fault_in_safe_writeable((const char __user *)uaddr,
					    sizeof(u32)))
			return -EFAULT;
	}
}

/* Set @bits in *@uaddr, whose value was @val. */
static int set_bits_user(u32 __user *uaddr, u32 val, u32 bits)
{
	u32 cur;
	int ret;

	while ((val & bits) != bits) {
		ret = cmpxchg_user(uaddr, val, val | bits, &cur);
		if (ret || cur == val)
			return ret;
		val = cur;
	}
	return 0;
}

/*
 * UMTX_OP_WAIT, UMTX_OP_WAIT_UINT(_PRIVATE): sleep while the word at
 * @obj, a long or a u32, is @val.  A long is compared whole and waited
 * for on its low half: a wake of its address ends the wait either way.
 */
static long umtx_wait(void __user *obj, unsigned long val, bool is_long,
		      bool shared, unsigned long size, const void __user *uaddr2)
{
	struct umtx_timeout t;
	unsigned long cur;
	u32 cur32;
	int ret;

	ret = umtx_timeout_get(size, uaddr2, &t);
	if (ret)
		return ret;
	if (is_long ? get_user(cur, (unsigned long __user *)obj) :
		      get_user(cur32, (u32 __user *)obj))
		return -EFAULT;
	if (!is_long)
		cur = cur32;
	if (cur != val)
		return 0;
	return futex_wait(obj, val, shared, &t);
}

/*
 * A mutex of a priority protocol, inheriting or protecting, which libthr
 * takes and releases through the kernel when contended
 * (UMTX_OP_MUTEX_LOCK, _UNLOCK), not with MUTEX_WAIT and MUTEX_WAKE2.
 */
static bool umutex_has_protocol(u32 flags)
{
	return flags & (UMUTEX_PRIO_INHERIT | UMUTEX_PRIO_PROTECT);
}

/*
 * UMTX_OP_MUTEX_WAIT: libthr's wait for a contended normal mutex,
 * which it then tries to take again.  Mark the owner word contested,
 * so that the owner's unlock calls UMTX_OP_MUTEX_WAKE2, and sleep
 * until then; return at once if the mutex is free (or its owner died:
 * libthr sees to that).
 */
static long umutex_wait(u32 __user *m)
{
	struct umtx_timeout t = {};
	u32 owner, flags;
	int ret;

	if (get_user(owner, m) || get_user(flags, m + 1))
		return -EFAULT;
	if (umutex_has_protocol(flags))
		return -EINVAL;
	if (!(owner & ~UMUTEX_CONTESTED) || owner == UMUTEX_RB_OWNERDEAD ||
	    owner == UMUTEX_RB_NOTRECOV)
		return 0;
	ret = set_bits_user(m, owner, UMUTEX_CONTESTED);
	if (ret)
		return ret;
	return futex_wait(m, owner | UMUTEX_CONTESTED,
			  flags & USYNC_PROCESS_SHARED, &t);
}

/*
 * UMTX_OP_MUTEX_WAKE2(m, flags): libthr's unlock of a contested mutex,
 * which has just released it: wake one waiter.  If one woke, others may
 * sleep yet, so the word is marked contested again (FreeBSD repairs the
 * bit from its count of sleepers).
 */
static long umutex_wake(u32 __user *m, u32 flags)
{
	long woken;
	u32 owner;

	if (umutex_has_protocol(flags))
		return -EINVAL;
	woken = futex_wake(m, 1, flags & USYNC_PROCESS_SHARED);
	if (woken <= 0)
		return woken;
	if (get_user(owner, m))
		return -EFAULT;
	return set_bits_user(m, owner, UMUTEX_CONTESTED);
}

/*
 * UMTX_OP_MUTEX_LOCK, _TRYLOCK and _UNLOCK for a priority-inheriting
 * mutex (do_lock_pi(), do_unlock_pi()).  Its owner word is a Linux PI
 * futex's: the owner's tid, which is the Linux tid, and a waiters bit
 * where Linux has FUTEX_WAITERS; libthr's user-space paths are the same
 * compare-and-exchanges of 0 and the tid.  So these are FUTEX_LOCK_PI2,
 * which takes the absolute time libthr's pthread_mutex_timedlock()
 * gives, on either clock (a relative one is EINVAL), FUTEX_TRYLOCK_PI
 * (EBUSY for a held mutex) and FUTEX_UNLOCK_PI.  A priority-protecting
 * mutex, which Linux has not, and a robust one, whose owner's death
 * Linux marks otherwise, are EINVAL, as is a normal mutex here: libthr
 * locks one itself (its unlock is umutex_unlock()).
 */
static long umutex_pi(u32 __user *m, int op, unsigned long size,
		      const void __user *uaddr2)
{
	struct umtx_timeout t;
	u32 flags;
	int pf;
	long ret;

	if (get_user(flags, m + 1))
		return -EFAULT;
	if ((flags & (UMUTEX_PRIO_INHERIT | UMUTEX_PRIO_PROTECT |
		      UMUTEX_ROBUST)) != UMUTEX_PRIO_INHERIT)
		return -EINVAL;
	pf = flags & USYNC_PROCESS_SHARED ? 0 : FUTEX_PRIVATE_FLAG;
	switch (op) {
	case UMTX_OP_MUTEX_LOCK:
		ret = umtx_timeout_get(size, uaddr2, &t);
		if (ret)
			return ret;
		if (t.ts && !t.abs)
			return -EINVAL;
		return futex(m, FUTEX_LOCK_PI2 | pf | t.clock, 0, t.ts, 0);
	case UMTX_OP_MUTEX_TRYLOCK:
		ret = futex(m, FUTEX_TRYLOCK_PI | pf, 0, NULL, 0);
		return ret == -EAGAIN ? -EBUSY : ret;
	default:
		return futex(m, FUTEX_UNLOCK_PI | pf, 0, NULL, 0);
	}
}

/*
 * UMTX_OP_MUTEX_UNLOCK, and a condition variable wait's release of its
 * mutex (do_unlock_umutex()): a priority-inheriting mutex as above; a
 * normal one by its owner only (EPERM), whose word goes to 0 and whose
 * waiters, if it had any, one wakes, as UMTX_OP_MUTEX_WAKE2 does.
 */
static long umutex_unlock(u32 __user *m)
{
	u32 owner, flags, cur, id = task_pid_vnr(current);
	int ret;

	if (get_user(owner, m) || get_user(flags, m + 1))
		return -EFAULT;
	if (umutex_has_protocol(flags))
		return umutex_pi(m, UMTX_OP_MUTEX_UNLOCK, 0, NULL);
	for (;;) {
		if ((owner & ~UMUTEX_CONTESTED) != id)
			return -EPERM;
		ret = cmpxchg_user(m, owner, 0, &cur);
		if (ret)
			return ret;
		if (cur == owner)
			break;
		owner = cur;
	}
	return owner & UMUTEX_CONTESTED ? umutex_wake(m, flags) : 0;
}

/*
 * UMTX_OP_CV_WAIT(cv, wflags, m, timeout): libthr's wait on a
 * process-shared condition variable, or with a priority mutex
 * (do_cv_wait()).  Say so in c_has_waiters, release the mutex, and sleep
 * on that word until a signal or a broadcast, or the timeout: relative,
 * or absolute with CVWAIT_ABSTIME, on c_clockid with CVWAIT_CLOCKID,
 * else on the realtime clock.  The caller takes the mutex again.  A
 * signal ends the wait (EINTR), and a wake may be spurious, as POSIX
 * allows.
 */
static long ucond_wait(u32 __user *cv, u32 wflags, u32 __user *m,
		       const struct __kernel_timespec __user *uts)
{
	struct umtx_timeout t = { .ts = uts };
	u32 cflags, clockid = 0;	/* FreeBSD's CLOCK_REALTIME */
	struct timespec64 ts;
	int ret;

	if (get_user(cflags, cv + 1) ||
	    ((wflags & CVWAIT_CLOCKID) && get_user(clockid, cv + 2)))
		return -EFAULT;
	if (uts) {
		if (get_timespec64(&ts, uts))
			return -EFAULT;
		if (!timespec64_valid(&ts))
			return -EINVAL;
		t.abs = wflags & CVWAIT_ABSTIME;
		ret = umtx_clock(clockid, &t);
		if (ret)
			return ret;
	}
	if (put_user(1, cv))
		return -EFAULT;
	ret = umutex_unlock(m);
	if (ret)
		return ret;
	return futex_wait_intr(cv, 1, cflags & USYNC_PROCESS_SHARED, &t);
}

/*
 * UMTX_OP_CV_SIGNAL and UMTX_OP_CV_BROADCAST: wake one waiter, or all.
 * FreeBSD clears c_has_waiters when its queue empties; a futex does not
 * say when that is, so a signal leaves the word set (a later signal
 * calls again), and a broadcast clears it before it wakes, so that a
 * waiter not yet asleep finds the word changed and returns.
 */
static long ucond_wake(u32 __user *cv, bool all)
{
	u32 cflags;
	long ret;

	if (get_user(cflags, cv + 1) || (all && put_user(0, cv)))
		return -EFAULT;
	ret = futex_wake(cv, all ? INT_MAX : 1, cflags & USYNC_PROCESS_SHARED);
	return ret < 0 ? ret : 0;
}

/*
 * UMTX_OP_SEM2_WAIT: sem_wait()'s sleep on a struct _usem2 whose count
 * was 0, which libthr then tries to take again.  Mark the count as
 * having waiters, so that sem_post() calls UMTX_OP_SEM2_WAKE, and sleep.
 * A relative wait a signal ends leaves the time that was left just past
 * its struct _umtx_time, if the caller gave room for it (@size), as
 * sem_clockwait_np() asks (__umtx_op_sem2_wait()).
 */
static long usem_wait(u32 __user *sem, unsigned long size,
		      const void __user *uaddr2)
{
	struct __kernel_timespec __user *left = (void __user *)uaddr2 +
						 sizeof(struct umtx_time);
	struct timespec64 ts;
	struct umtx_timeout t;
	u32 count, flags, cur;
	bool tell_left;
	ktime_t start;
	long ret;

	if (get_user(count, sem) || get_user(flags, sem + 1))
		return -EFAULT;
	ret = umtx_timeout_get(size, uaddr2, &t);
	if (ret)
		return ret;
	tell_left = t.ts && !t.abs &&
		    size >= sizeof(struct umtx_time) + sizeof(*left);
	if (tell_left && get_timespec64(&ts, t.ts))
		return -EFAULT;
	while (count != USEM_HAS_WAITERS) {
		if (count & USEM_MAX_COUNT)
			return 0;
		ret = cmpxchg_user(sem, 0, USEM_HAS_WAITERS, &cur);
		if (ret)
			return ret;
		count = cur ?: USEM_HAS_WAITERS;
	}
	start = ktime_get();
	ret = futex_wait(sem, USEM_HAS_WAITERS, flags & USYNC_PROCESS_SHARED,
			 &t);
	if (ret != -EINTR || !tell_left)
		return ret;
	ts = ktime_to_timespec64(max(ktime_sub(timespec64_to_ktime(ts),
					       ktime_sub(ktime_get(), start)),
				     0));
	return put_timespec64(&ts, left) ? -EFAULT : -EINTR;
}

/*
 * UMTX_OP_SEM2_WAKE: sem_post()'s, after it raised a count that had
 * waiters: wake one.  If none woke, none sleeps, and the waiters bit
 * goes.
 */
static long usem_wake(u32 __user *sem)
{
	u32 count, flags, cur;
	long woken;
	int ret;

	if (get_user(flags, sem + 1))
		return -EFAULT;
	woken = futex_wake(sem, 1, flags & USYNC_PROCESS_SHARED);
	if (woken)
		return woken < 0 ? woken : 0;
	if (get_user(count, sem))
		return -EFAULT;
	while (count & USEM_HAS_WAITERS) {
		ret = cmpxchg_user(sem, count, count & ~USEM_HAS_WAITERS, &cur);
		if (ret || cur == count)
			return ret;
		count = cur;
	}
	return 0;
}

/*
 * UMTX_OP_RW_RDLOCK(rw, fflag) and UMTX_OP_RW_WRLOCK(rw): take a
 * contended struct urwlock as do_rw_rdlock() and do_rw_wrlock() do,
 * sleeping with the readers' or the writers' waiters bit set until an
 * unlock that frees it.  A reader waits for a waiting writer too, unless
 * the lock or the call prefers readers.  A signal ends the wait (EINTR),
 * as on FreeBSD; libthr then tries again.  The counts of blocked
 * readers and writers FreeBSD keeps in the lock are not kept.
 */
static long urwlock_lock(u32 __user *rw, bool write, u32 fflag,
			 unsigned long size, const void __user *uaddr2)
{
	struct umtx_timeout t;
	u32 state, flags, busy, bit, cur;
	long ret;

	if (get_user(flags, rw + 1))
		return -EFAULT;
	ret = umtx_timeout_get(size, uaddr2, &t);
	if (ret)
		return ret;
	busy = URWLOCK_WRITE_OWNER;
	if (write)
		busy |= URWLOCK_MAX_READERS;
	else if (!((fflag | flags) & URWLOCK_PREFER_READER))
		busy |= URWLOCK_WRITE_WAITERS;
	bit = write ? URWLOCK_WRITE_WAITERS : URWLOCK_READ_WAITERS;
	if (get_user(state, rw))
		return -EFAULT;
	for (;;) {
		if (!(state & busy)) {
			if (!write && (state & URWLOCK_MAX_READERS) ==
				      URWLOCK_MAX_READERS)
				return -EAGAIN;
			ret = cmpxchg_user(rw, state, write ?
					   state | URWLOCK_WRITE_OWNER :
					   state + 1, &cur);
			if (ret || cur == state)
				return ret;
		} else if (!(state & bit)) {
			ret = cmpxchg_user(rw, state, state | bit, &cur);
			if (ret)
				return ret;
			if (cur == state)
				cur |= bit;
		} else {
			ret = futex_wait_intr(rw, state,
					      flags & USYNC_PROCESS_SHARED, &t);
			if (ret)
				return ret;
			if (get_user(cur, rw))
				return -EFAULT;
		}
		state = cur;
	}
}

/*
 * UMTX_OP_RW_UNLOCK(rw): release a struct urwlock that has waiters.  If
 * it is then free, both waiters bits go and every waiter wakes to try
 * again: one whose wait timed out may have left a bit behind, and only a
 * wake of all keeps no one asleep on a free lock.
 */
static long urwlock_unlock(u32 __user *rw)
{
	const u32 waiters = URWLOCK_WRITE_WAITERS | URWLOCK_READ_WAITERS;
	u32 state, flags, new, cur;
	bool freed;
	int ret;

	if (get_user(flags, rw + 1) || get_user(state, rw))
		return -EFAULT;
	for (;;) {
		if (state & URWLOCK_WRITE_OWNER)
			new = state & ~URWLOCK_WRITE_OWNER;
		else if (state & URWLOCK_MAX_READERS)
			new = state - 1;
		else
			return -EPERM;
		freed = !(new & (URWLOCK_WRITE_OWNER | URWLOCK_MAX_READERS));
		if (freed)
			new &= ~waiters;
		ret = cmpxchg_user(rw, state, new, &cur);
		if (ret)
			return ret;
		if (cur == state)
			break;
		state = cur;
	}
	if (freed && (state & waiters))
		futex_wake(rw, INT_MAX, flags & USYNC_PROCESS_SHARED);
	return 0;
}

/*
 * UMTX_OP_NWAKE_PRIVATE(addrs, n): wake every sleeper on each of the n
 * words the array names: pthread_cond_broadcast()'s, for the waiters
 * libthr keeps in its own queues.
 */
static long umtx_nwake(u32 __user *const __user *addrs, int n)
{
	u32 __user *batch[32];
	int i, pos, count;

	for (pos = 0; pos < n; pos += count) {
		count = min_t(int, n - pos, ARRAY_SIZE(batch));
		if (copy_from_user(batch, addrs + pos,
				   count * sizeof(batch[0])))
			return -EFAULT;
		for (i = 0; i < count; i++)
			futex_wake(batch[i], INT_MAX, false);
		cond_resched();
	}
	return 0;
}

/**
 * fbsd_umtx_op - _umtx_op(obj, op, val, uaddr1, uaddr2)
 *
 * The operations above; a wait's uaddr1 is the size of the timeout
 * uaddr2 points to.  Wakes return 0, however many woke.
 *
 * Return: as each operation; -EINVAL for one that is not here.
 */
SYSCALL_IFACE_DEFINE5(fbsd_umtx_op, void __user *, obj, int, op,
		      unsigned long, val, unsigned long, size,
		      const void __user *, uaddr2)
{
	long ret;

	switch (op) {
	case UMTX_OP_WAIT:
		return umtx_wait(obj, val, true, true, size, uaddr2);
	case UMTX_OP_WAIT_UINT:
	case UMTX_OP_WAIT_UINT_PRIVATE:
		return umtx_wait(obj, val, false, op == UMTX_OP_WAIT_UINT, size,
				 uaddr2);
	case UMTX_OP_WAKE:
	case UMTX_OP_WAKE_PRIVATE:
		ret = futex_wake(obj, min_t(unsigned long, val, INT_MAX),
				 op == UMTX_OP_WAKE);
		return ret < 0 ? ret : 0;
	case UMTX_OP_NWAKE_PRIVATE:
		return umtx_nwake(obj, (int)val);
	case UMTX_OP_MUTEX_WAIT:
		return umutex_wait(obj);
	case UMTX_OP_MUTEX_WAKE2:
		return umutex_wake(obj, val);
	case UMTX_OP_MUTEX_TRYLOCK:
	case UMTX_OP_MUTEX_LOCK:
		return umutex_pi(obj, op, size, uaddr2);
	case UMTX_OP_MUTEX_UNLOCK:
		return umutex_unlock(obj);
	case UMTX_OP_CV_WAIT:
		return ucond_wait(obj, val, (u32 __user *)size, uaddr2);
	case UMTX_OP_CV_SIGNAL:
	case UMTX_OP_CV_BROADCAST:
		return ucond_wake(obj, op == UMTX_OP_CV_BROADCAST);
	case UMTX_OP_SEM2_WAIT:
		return usem_wait(obj, size, uaddr2);
	case UMTX_OP_SEM2_WAKE:
		return usem_wake(obj);
	case UMTX_OP_RW_RDLOCK:
	case UMTX_OP_RW_WRLOCK:
		return urwlock_lock(obj, op == UMTX_OP_RW_WRLOCK, val, size,
				    uaddr2);
	case UMTX_OP_RW_UNLOCK:
		return urwlock_unlock(obj);
	default:
		return -EINVAL;
	}
}
