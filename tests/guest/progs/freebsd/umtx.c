// SPDX-License-Identifier: GPL-2.0-only
/*
 * umtx: the _umtx_op (454) operations libthr uses when a pthread object
 * is contended, as a freestanding FreeBSD/amd64 program that does what
 * libthr does with them.  Lines "NAME CF R", or counts:
 *
 *   changed 0 0          UMTX_OP_WAIT on a long that is not the value
 *   high 0 0             ...nor one that differs in its high half only
 *   timeout 1 60         WAIT_UINT_PRIVATE, a relative 10 ms: ETIMEDOUT
 *   timeout-abs 1 60     ...an absolute struct _umtx_time, in the 40
 *                        bytes sem_timedwait() gives: ETIMEDOUT
 *   bad-time 1 22        ...a timespec with 2e9 ns: EINVAL
 *   join 0 0 1           pthread_join()'s UMTX_OP_WAIT on a thread's
 *                        state word until thr_exit() sets it (to 1)
 *   mutex 4000 0         4 threads each take a contended mutex 1000
 *                        times (MUTEX_WAIT, MUTEX_WAKE2): the count,
 *                        and the calls that failed
 *   cv-timeout 1 60      CV_WAIT on a process-shared condition variable
 *                        for 10 ms: ETIMEDOUT...
 *   cv-released 1        ...with its mutex released
 *   cv-eperm 1 1         CV_WAIT with a mutex the caller does not hold
 *   cv-signal 1 0        a waiter CV_SIGNAL wakes: the woken, and the
 *                        calls that failed
 *   cv-broadcast 2 0     two that CV_BROADCAST wakes
 *   pi-deadlock 1 11     MUTEX_LOCK of a priority-inheriting mutex the
 *                        caller holds: EDEADLK
 *   pi-trylock 1 16      MUTEX_TRYLOCK of one another holds: EBUSY
 *   pi-timeout 1 60      MUTEX_LOCK of it until an absolute time: ETIMEDOUT
 *   pi-unlock-free 1 1   MUTEX_UNLOCK of a free one: EPERM
 *   pi-mutex 4000 0      as "mutex", with priority inheritance
 *   rwlock 1000 0 0      2 threads write two words together 500 times
 *                        each, 2 read them (RW_WRLOCK, RW_RDLOCK,
 *                        RW_UNLOCK): the count, the reads that saw
 *                        them differ, and the calls that failed
 *   sem 300 0            sem_wait() 300 times on what another thread
 *                        sem_post()s (SEM2_WAIT, SEM2_WAKE): the count
 *                        taken, and the calls that failed
 *   nwake 0 0            NWAKE_PRIVATE wakes two sleepers at once...
 *   nwoken 0 0           ...whose 5 s waits returned 0, woken
 *   bad-op 1 22          an operation that is not there: EINVAL
 *
 * FreeBSD's numbers: _umtx_op 454, clock_gettime 232, sched_yield 331.
 */

#include "fbsd.h"

#define UMTX_OP		454
#define CLOCK_GETTIME	232
#define SCHED_YIELD	331
#define CLOCK_MONOTONIC	4
#define CLOCK_REALTIME	0
#define THR_SELF	432

#define UMTX_OP_WAIT			2
#define UMTX_OP_WAIT_UINT_PRIVATE	15
#define UMTX_OP_MUTEX_TRYLOCK		4
#define UMTX_OP_CV_WAIT			8
#define UMTX_OP_CV_SIGNAL		9
#define UMTX_OP_CV_BROADCAST		10
#define USYNC_PROCESS_SHARED		0x0001
#define UMTX_OP_MUTEX_LOCK		5
#define UMTX_OP_MUTEX_UNLOCK		6
#define UMUTEX_PRIO_INHERIT		0x0004
#define UMTX_OP_MUTEX_WAIT		17
#define UMTX_OP_NWAKE_PRIVATE		21
#define UMTX_OP_MUTEX_WAKE2		22
#define UMTX_OP_SEM2_WAIT		23
#define UMTX_OP_SEM2_WAKE		24
#define UMTX_OP_RW_RDLOCK		12
#define UMTX_OP_RW_WRLOCK		13
#define UMTX_OP_RW_UNLOCK		14
#define UMTX_ABSTIME			1

#define UMUTEX_CONTESTED	0x80000000U
#define USEM_HAS_WAITERS	0x80000000U
#define URWLOCK_WRITE_OWNER	0x80000000U
#define URWLOCK_WAITERS		0x60000000U
#define URWLOCK_WRITE_WAITERS	0x40000000U
#define URWLOCK_MAX_READERS	0x1fffffffU

#define THREADS		4
#define LOCKS		1000
#define POSTS		300
#define RWLOCKS		500

struct umutex {
	unsigned int owner, flags, ceilings[2];
	unsigned long rb_lnk;
	unsigned int spare[2];
};

struct usem2 {
	unsigned int count, flags;
};

struct urwlock {
	unsigned int state, flags, blocked_readers, blocked_writers;
	unsigned int spare[4];
};

struct umtx_time {
	long ts[2];
	unsigned int flags, clockid;
};

static char stacks[THREADS][16384] __attribute__((aligned(16)));
static long state[THREADS];
static struct umutex mutex;
static struct usem2 sem;
static struct urwlock rwlock;
static struct umutex cvmutex = { .flags = USYNC_PROCESS_SHARED };
static struct ucond {
	unsigned int has_waiters, flags, clockid, spare;
} cond = { .flags = USYNC_PROCESS_SHARED };
static volatile unsigned int cv_go, cv_entered, cv_woken;
static struct umutex pimutex = { .flags = UMUTEX_PRIO_INHERIT };
static unsigned int picounter;
static long pi_ret[2];
static bool pi_cf[2];
static volatile unsigned int rw_a, rw_b;
static long torn;
static unsigned int counter, words[2], ready;
static long fails, nwait_ret[2];

void start(void);
static void start_all(void (*fn)(void *), int n);
static void join_all(int n);

static long umtx(void *obj, long op, unsigned long val, long size, void *t,
		 bool *cf)
{
	return fbsd6(UMTX_OP, (long)obj, op, val, size, (long)t, 0, cf);
}

static bool cas(unsigned int *p, unsigned int old, unsigned int new)
{
	return __atomic_compare_exchange_n(p, &old, new, false,
					   __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* libthr's _thr_umutex_lock() and _thr_umutex_unlock2(), for @id. */
static void lock(struct umutex *m, unsigned int id)
{
	unsigned int owner;
	bool cf;

	for (;;) {
		owner = __atomic_load_n(&m->owner, __ATOMIC_SEQ_CST);
		if (!(owner & ~UMUTEX_CONTESTED) &&
		    cas(&m->owner, owner, id | owner))
			return;
		umtx(m, UMTX_OP_MUTEX_WAIT, 0, 0, 0, &cf);
		if (cf)
			__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	}
}

static void unlock(struct umutex *m, unsigned int id)
{
	unsigned int owner;
	bool cf;

	do
		owner = __atomic_load_n(&m->owner, __ATOMIC_SEQ_CST);
	while (!cas(&m->owner, owner, 0));
	if ((owner & ~UMUTEX_CONTESTED) != id)
		__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	if (owner & UMUTEX_CONTESTED) {
		umtx(m, UMTX_OP_MUTEX_WAKE2, m->flags, 0, 0, &cf);
		if (cf)
			__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	}
}

static void locker(void *arg)
{
	unsigned int id = 100 + (long)arg;
	bool cf;
	int i;

	for (i = 0; i < LOCKS; i++) {
		lock(&mutex, id);
		counter++;
		if (!(i % 8))
			fbsd(SCHED_YIELD, 0, 0, 0, &cf);
		unlock(&mutex, id);
	}
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/* libthr's sem_post() and sem_wait(). */
static void poster(void *arg)
{
	unsigned int count;
	bool cf;
	int i;

	for (i = 0; i < POSTS; i++) {
		count = __atomic_fetch_add(&sem.count, 1, __ATOMIC_SEQ_CST);
		if (count & USEM_HAS_WAITERS) {
			umtx(&sem, UMTX_OP_SEM2_WAKE, 0, 0, 0, &cf);
			if (cf)
				__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
		}
		if (!(i % 16))
			fbsd(SCHED_YIELD, 0, 0, 0, &cf);
	}
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

static void sem_wait(void)
{
	unsigned int count;
	bool cf;

	for (;;) {
		count = __atomic_load_n(&sem.count, __ATOMIC_SEQ_CST);
		while (count & ~USEM_HAS_WAITERS) {
			if (cas(&sem.count, count, count - 1))
				return;
			count = __atomic_load_n(&sem.count, __ATOMIC_SEQ_CST);
		}
		umtx(&sem, UMTX_OP_SEM2_WAIT, 0, 0, 0, &cf);
		if (cf)
			__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	}
}

/* libthr's pthread_rwlock fast paths (thr_umtx.h), writer-preferring. */
static bool tryrdlock(void)
{
	unsigned int state = __atomic_load_n(&rwlock.state, __ATOMIC_SEQ_CST);

	while (!(state & (URWLOCK_WRITE_OWNER | URWLOCK_WRITE_WAITERS))) {
		if (cas(&rwlock.state, state, state + 1))
			return true;
		state = __atomic_load_n(&rwlock.state, __ATOMIC_SEQ_CST);
	}
	return false;
}

static bool trywrlock(void)
{
	unsigned int state = __atomic_load_n(&rwlock.state, __ATOMIC_SEQ_CST);

	while (!(state & (URWLOCK_WRITE_OWNER | URWLOCK_MAX_READERS))) {
		if (cas(&rwlock.state, state, state | URWLOCK_WRITE_OWNER))
			return true;
		state = __atomic_load_n(&rwlock.state, __ATOMIC_SEQ_CST);
	}
	return false;
}

/* An operation on the lock: 0, or its errno, counted unless EINTR. */
static long rw_call(long op, unsigned long val)
{
	bool cf;
	long r;

	r = umtx(&rwlock, op, val, 0, 0, &cf);
	if (!cf)
		return 0;
	if (r != 4)	/* EINTR: libthr tries again */
		__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	return r;
}

/* libthr's rwlock_rdlock_common() and rwlock_wrlock_common(). */
static void rw_lock(bool write)
{
	if (write ? trywrlock() : tryrdlock())
		return;
	while (rw_call(write ? UMTX_OP_RW_WRLOCK : UMTX_OP_RW_RDLOCK, 0) ==
	       4)
		if (write ? trywrlock() : tryrdlock())
			return;
}

static void rw_unlock(void)
{
	unsigned int state = __atomic_load_n(&rwlock.state, __ATOMIC_SEQ_CST);

	if (state & URWLOCK_WRITE_OWNER) {
		if (cas(&rwlock.state, URWLOCK_WRITE_OWNER, 0))
			return;
	} else {
		while (!((state & URWLOCK_WAITERS) &&
			 (state & URWLOCK_MAX_READERS) == 1)) {
			if (cas(&rwlock.state, state, state - 1))
				return;
			state = __atomic_load_n(&rwlock.state,
						__ATOMIC_SEQ_CST);
		}
	}
	rw_call(UMTX_OP_RW_UNLOCK, 0);
}

/* Threads 0 and 1 write a and b together; 2 and 3 read them. */
static void rw_user(void *arg)
{
	bool write = (long)arg < 2, cf;
	int i;

	for (i = 0; i < RWLOCKS; i++) {
		rw_lock(write);
		if (write)
			rw_a++;
		if (!(i % 8))
			fbsd(SCHED_YIELD, 0, 0, 0, &cf);
		if (write)
			rw_b++;
		else if (rw_a != rw_b)
			__atomic_add_fetch(&torn, 1, __ATOMIC_SEQ_CST);
		rw_unlock();
	}
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/* libthr's lock and unlock of a priority-inheriting mutex, by @tid. */
static void pi_lock(unsigned int tid)
{
	bool cf;

	if (cas(&pimutex.owner, 0, tid))
		return;
	umtx(&pimutex, UMTX_OP_MUTEX_LOCK, 0, 0, 0, &cf);
	if (cf)
		__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
}

static void pi_unlock(unsigned int tid)
{
	bool cf;

	if (cas(&pimutex.owner, tid, 0))
		return;
	umtx(&pimutex, UMTX_OP_MUTEX_UNLOCK, 0, 0, 0, &cf);
	if (cf)
		__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
}

static void pi_locker(void *arg)
{
	long tid;
	bool cf;
	int i;

	fbsd(THR_SELF, (long)&tid, 0, 0, &cf);
	for (i = 0; i < LOCKS; i++) {
		pi_lock(tid);
		picounter++;
		if (!(i % 8))
			fbsd(SCHED_YIELD, 0, 0, 0, &cf);
		pi_unlock(tid);
	}
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/* While the mutex is another's: a trylock, and a lock that times out. */
static void pi_tryer(void *arg)
{
	struct umtx_time t = { { 0, 0 }, UMTX_ABSTIME, CLOCK_REALTIME };
	bool cf;

	pi_ret[0] = umtx(&pimutex, UMTX_OP_MUTEX_TRYLOCK, 0, 0, 0, &cf);
	pi_cf[0] = cf;
	fbsd(CLOCK_GETTIME, CLOCK_REALTIME, (long)t.ts, 0, &cf);
	t.ts[1] += 20000000;
	if (t.ts[1] >= 1000000000) {
		t.ts[0]++;
		t.ts[1] -= 1000000000;
	}
	pi_ret[1] = umtx(&pimutex, UMTX_OP_MUTEX_LOCK, 0, sizeof(t), &t, &cf);
	pi_cf[1] = cf;
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/*
 * A waiter on the process-shared condition variable, as libthr's
 * cond_wait_kernel(): CV_WAIT releases the mutex, which the waiter then
 * takes again, until cv_go is set.
 */
static void cv_waiter(void *arg)
{
	bool cf;
	long r, id;

	fbsd(THR_SELF, (long)&id, 0, 0, &cf);
	lock(&cvmutex, id);
	__atomic_add_fetch(&cv_entered, 1, __ATOMIC_SEQ_CST);
	while (!cv_go) {
		r = umtx(&cond, UMTX_OP_CV_WAIT, 0, (long)&cvmutex, 0, &cf);
		if (cf && r != 4)
			__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
		lock(&cvmutex, id);
	}
	__atomic_add_fetch(&cv_woken, 1, __ATOMIC_SEQ_CST);
	unlock(&cvmutex, id);
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/* @n waiters, and once they wait, a signal or a broadcast: the woken. */
static long cv_round(int n, long op)
{
	bool cf;
	long id;

	cv_go = 0;
	cv_entered = 0;
	cv_woken = 0;
	start_all(cv_waiter, n);
	while (__atomic_load_n(&cv_entered, __ATOMIC_SEQ_CST) < (unsigned int)n)
		fbsd(SCHED_YIELD, 0, 0, 0, &cf);
	sleep_ms(50);
	fbsd(THR_SELF, (long)&id, 0, 0, &cf);
	lock(&cvmutex, id);
	cv_go = 1;
	if (cond.has_waiters) {
		umtx(&cond, op, 0, 0, 0, &cf);
		if (cf)
			__atomic_add_fetch(&fails, 1, __ATOMIC_SEQ_CST);
	}
	unlock(&cvmutex, id);
	join_all(n);
	return cv_woken;
}

/* A condition variable waiter as libthr's: it sleeps on its own word. */
static void sleeper(void *arg)
{
	struct umtx_time t = { { 5, 0 }, 0, CLOCK_MONOTONIC };
	long i = (long)arg;
	bool cf;

	__atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
	nwait_ret[i] = umtx(&words[i], UMTX_OP_WAIT_UINT_PRIVATE, 0,
			    sizeof(t), &t, &cf);
	if (!cf)
		nwait_ret[i] = 0;
	fbsd(FBSD_THR_EXIT, (long)&state[i], 0, 0, &cf);
}

/* A thread that ends 50 ms after it starts. */
static void quitter(void *arg)
{
	bool cf;

	sleep_ms(50);
	fbsd(FBSD_THR_EXIT, (long)&state[(long)arg], 0, 0, &cf);
}

/* pthread_join(): wait for thread @i's state word to leave 0. */
static long join(int i, bool *cf)
{
	long r = 0;

	*cf = false;
	while (!__atomic_load_n(&state[i], __ATOMIC_SEQ_CST))
		r = umtx(&state[i], UMTX_OP_WAIT, 0, 0, 0, cf);
	return r;
}

static void start_all(void (*fn)(void *), int n)
{
	long i;

	for (i = 0; i < n; i++) {
		state[i] = 0;
		if (!start_thread(fn, (void *)i, stacks[i], sizeof(stacks[i])))
			fbsd_exit(2);
	}
}

static void join_all(int n)
{
	bool cf;
	int i;

	for (i = 0; i < n; i++)
		join(i, &cf);
}

void start(void)
{
	long ts[2] = { 0, 10000000 }, bad[2] = { 0, 2000000000 };
	struct { struct umtx_time t; long remain[2]; } abs;
	unsigned int *addrs[2] = { &words[0], &words[1] };
	long tid;
	long x = 5;
	bool cf;
	long r;
	int i;

	r = umtx(&x, UMTX_OP_WAIT, 6, 0, 0, &cf);
	put_result("changed", r, cf);
	r = umtx(&x, UMTX_OP_WAIT, 5 | 1UL << 32, 0, 0, &cf);
	put_result("high", r, cf);
	r = umtx(&words[0], UMTX_OP_WAIT_UINT_PRIVATE, 0, sizeof(ts), ts,
		 &cf);
	put_result("timeout", r, cf);
	fbsd(CLOCK_GETTIME, CLOCK_MONOTONIC, (long)abs.t.ts, 0, &cf);
	abs.t.ts[1] += 10000000;
	if (abs.t.ts[1] >= 1000000000) {
		abs.t.ts[0]++;
		abs.t.ts[1] -= 1000000000;
	}
	abs.t.flags = UMTX_ABSTIME;
	abs.t.clockid = CLOCK_MONOTONIC;
	r = umtx(&words[0], UMTX_OP_WAIT_UINT_PRIVATE, 0, sizeof(abs), &abs,
		 &cf);
	put_result("timeout-abs", r, cf);
	r = umtx(&words[0], UMTX_OP_WAIT_UINT_PRIVATE, 0, sizeof(bad), bad,
		 &cf);
	put_result("bad-time", r, cf);

	start_all(quitter, 1);
	r = join(0, &cf);
	put("join");
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put_val(state[0]);
	put("\n");

	start_all(locker, THREADS);
	join_all(THREADS);
	put("mutex");
	put_val(counter);
	put_val(fails);
	put("\n");

	fails = 0;
	fbsd(THR_SELF, (long)&tid, 0, 0, &cf);
	lock(&cvmutex, tid);
	r = umtx(&cond, UMTX_OP_CV_WAIT, 0, (long)&cvmutex, ts, &cf);
	put_result("cv-timeout", r, cf);
	put(cvmutex.owner ? "cv-released 0\n" : "cv-released 1\n");
	r = umtx(&cond, UMTX_OP_CV_WAIT, 0, (long)&cvmutex, 0, &cf);
	put_result("cv-eperm", r, cf);
	r = cv_round(1, UMTX_OP_CV_SIGNAL);
	put("cv-signal");
	put_val(r);
	put_val(fails);
	r = cv_round(2, UMTX_OP_CV_BROADCAST);
	put("\ncv-broadcast");
	put_val(r);
	put_val(fails);
	put("\n");

	fails = 0;
	fbsd(THR_SELF, (long)&tid, 0, 0, &cf);
	pi_lock(tid);
	r = umtx(&pimutex, UMTX_OP_MUTEX_LOCK, 0, 0, 0, &cf);
	put_result("pi-deadlock", r, cf);
	start_all(pi_tryer, 1);
	join_all(1);
	put_result("pi-trylock", pi_ret[0], pi_cf[0]);
	put_result("pi-timeout", pi_ret[1], pi_cf[1]);
	pi_unlock(tid);
	r = umtx(&pimutex, UMTX_OP_MUTEX_UNLOCK, 0, 0, 0, &cf);
	put_result("pi-unlock-free", r, cf);
	start_all(pi_locker, THREADS);
	join_all(THREADS);
	put("pi-mutex");
	put_val(picounter);
	put_val(fails);
	put("\n");

	fails = 0;
	start_all(rw_user, THREADS);
	join_all(THREADS);
	put("rwlock");
	put_val(rw_a);
	put_val(torn);
	put_val(fails);
	put("\n");

	fails = 0;
	start_all(poster, 1);
	for (i = 0; i < POSTS; i++)
		sem_wait();
	join_all(1);
	put("sem");
	put_val(i);
	put_val(fails);
	put("\n");

	words[0] = 0;
	start_all(sleeper, 2);
	while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) < 2)
		fbsd(SCHED_YIELD, 0, 0, 0, &cf);
	sleep_ms(50);
	words[0] = words[1] = 1;
	r = umtx(addrs, UMTX_OP_NWAKE_PRIVATE, 2, 0, 0, &cf);
	put_result("nwake", r, cf);
	join_all(2);
	put("nwoken");
	put_val(nwait_ret[0]);
	put_val(nwait_ret[1]);
	put("\n");

	r = umtx(&x, 99, 0, 0, 0, &cf);
	put_result("bad-op", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
