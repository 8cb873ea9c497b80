// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: decoding foreign calls on entry, returning their results
 * the interface's way, and restarting them.
 *
 * syscall_trace_enter() calls syscall_iface_enter() before ptrace,
 * seccomp and audit; it puts the native number where the architecture
 * keeps it, so all of them see (and may filter or change) the native
 * call.  On the way out, a result is converted to the interface's
 * convention after the tracer has seen it: ptrace sees native numbers
 * and native results.  The architecture provides the primitives
 * (<asm/syscall_iface.h>): how a call entered, the number register, the
 * return convention.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/err.h>
#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

#include "internal.h"

#define CREATE_TRACE_POINTS
#include <trace/events/syscall_iface.h>

/* On while some interface, removed or not, has method int80. */
DEFINE_STATIC_KEY_FALSE(syscall_iface_int80_on);

/**
 * lookup - the table entry of a foreign call
 * @t: the interface's table, one RCU snapshot
 * @regs: the caller's registers
 * @method: how the call entered
 * @nr: set to the foreign number, read from @t's number register
 *
 * The one decoder, for syscall_iface_enter() and syscall_iface_decode().
 * A call that did not enter by the interface's method (a 32-bit
 * program's gate, say) maps to nothing, whatever its number.
 *
 * Return: the native or service number, or SYSCALL_IFACE_UNMAPPED.
 */
static __always_inline u16 lookup(const struct syscall_iface_table *t,
				  struct pt_regs *regs,
				  enum syscall_iface_method method,
				  unsigned long *nr)
{
	*nr = syscall_iface_get_nr(regs, t->nr_off);
	if (likely(method == t->method && *nr < t->size))
		return t->ent[array_index_nospec(*nr, t->size)];
	return SYSCALL_IFACE_UNMAPPED;
}

/*
 * A call that maps to nothing is a restart (SYSCALL_IFACE_NR_RESTART by
 * the interface's method), or unmapped, and counted as such.
 */
static bool unmapped_counted(struct syscall_iface *iface,
			     const struct syscall_iface_table *t,
			     enum syscall_iface_method method, unsigned long nr)
{
	if (method == t->method && nr == SYSCALL_IFACE_NR_RESTART)
		return false;
	this_cpu_inc(iface->stats->calls);
	this_cpu_inc(iface->stats->unmapped);
	return true;
}

/**
 * syscall_iface_decode - decode a foreign syscall, as entry does
 * @iface: current's interface
 * @regs: the caller's registers
 * @method: how the call entered
 * @call: filled with the foreign number, the native one when mapped, the
 *        number register, the policy and whether the result is converted
 *
 * For the KUnit tests: lookup() and the counters, in one snapshot.
 *
 * Return: whether the call is mapped, unmapped, or a restart.
 */
enum syscall_iface_decoded syscall_iface_decode(struct syscall_iface *iface,
						struct pt_regs *regs,
						enum syscall_iface_method method,
						struct syscall_iface_call *call)
{
	enum syscall_iface_decoded ret = SYSCALL_IFACE_DECODED_MAPPED;
	const struct syscall_iface_table *t;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	call->native = lookup(t, regs, method, &call->nr);
	call->nr_off = t->nr_off;
	call->unmapped = t->unmapped;
	call->convert = t->convert;
	if (call->native != SYSCALL_IFACE_UNMAPPED)
		this_cpu_inc(iface->stats->calls);
	else if (unmapped_counted(iface, t, method, call->nr))
		ret = SYSCALL_IFACE_DECODED_UNMAPPED;
	else
		ret = SYSCALL_IFACE_DECODED_RESTART;
	rcu_read_unlock();
	return ret;
}

/*
 * An unmapped number under the "sigsys" policy: SIGSYS with the foreign
 * number in si_syscall, as seccomp's SECCOMP_RET_TRAP reports a call.
 * si_code is SYS_USER_DISPATCH: the kernel handed the call back to user
 * space, and a handler may emulate it by setting the return register in
 * its ucontext.
 */
static void unmapped_sigsys(struct pt_regs *regs, unsigned long nr)
{
	struct kernel_siginfo info;

	clear_siginfo(&info);
	info.si_signo = SIGSYS;
	info.si_code = SYS_USER_DISPATCH;
	info.si_call_addr = (void __user *)instruction_pointer(regs);
	info.si_arch = syscall_get_arch(current);
	info.si_syscall = nr;
	force_sig_info(&info);
}

/* What an unmapped number does besides failing with -ENOSYS. */
static void unmapped_policy(struct pt_regs *regs,
			    enum syscall_iface_unmapped unmapped,
			    unsigned long nr)
{
	switch (unmapped) {
	case SYSCALL_IFACE_UNMAPPED_ENOSYS:
		break;
	case SYSCALL_IFACE_UNMAPPED_SIGSYS:
		unmapped_sigsys(regs, nr);
		break;
	case SYSCALL_IFACE_UNMAPPED_KILL:
		pr_info_ratelimited("%s[%d]: unmapped call %lu: killed\n",
				    current->comm, task_pid_nr(current), nr);
		force_exit_sig(SIGSYS);
		break;
	}
}

/*
 * The result of the call about to run as @native is to be returned the
 * interface's way, by syscall_iface_return(), except rt_sigreturn's: it
 * is the register it restored.
 */
static void mark_convert(struct task_struct *tsk, long native)
{
	if (native == __NR_rt_sigreturn)
		return;
	tsk->syscall_iface.convert = true;
	if (!test_syscall_work(SYSCALL_IFACE_RETURN))
		set_task_syscall_work(tsk, SYSCALL_IFACE_RETURN);
}

/*
 * A call that maps to nothing, looked up in @t: an unmapped number and
 * its policy (it runs as native number -1, which fails with -ENOSYS like
 * any invalid call), or SYSCALL_IFACE_NR_RESTART, which becomes
 * restart_syscall (see __syscall_iface_restart()).
 */
static long unmapped(struct syscall_iface *iface,
		     const struct syscall_iface_table *t, struct pt_regs *regs,
		     enum syscall_iface_method method, unsigned long nr)
{
	if (unmapped_counted(iface, t, method, nr)) {
		unmapped_policy(regs, t->unmapped, nr);
		return -1;
	}
	/* The return register holds the number to put back. */
	if (!syscall_iface_nr_is_ret(t->nr_off))
		syscall_iface_set_nr(regs, t->nr_off,
				     syscall_iface_get_native(regs));
	return __NR_restart_syscall;
}

/* A call from the task's native range runs as it is, undecoded. */
static noinline long from_native_range(struct syscall_iface_task *st,
				       struct pt_regs *regs)
{
	st->nr = SYSCALL_IFACE_NR_NONE;
	st->convert = false;
	return syscall_iface_get_native(regs);
}

static noinline long enter_slow(struct syscall_iface_task *st,
				struct pt_regs *regs,
				enum syscall_iface_method method);

/*
 * The decode of one call, in one table snapshot.  On the fast path
 * (@slow false) only a mapped number is taken; anything else starts
 * again in enter_slow(), which decides it in a snapshot of its own, so
 * the fast path keeps no stack frame for the rare cases.
 */
static __always_inline long enter(struct syscall_iface_task *st,
				  struct pt_regs *regs,
				  enum syscall_iface_method method, bool slow)
{
	const struct syscall_iface_table *t;
	unsigned long nr;
	bool convert;
	long native;

	rcu_read_lock();
	t = rcu_dereference(st->iface->table);
	native = lookup(t, regs, method, &nr);
	convert = t->convert;
	if (unlikely(native == SYSCALL_IFACE_UNMAPPED) && !slow) {
		rcu_read_unlock();
		return enter_slow(st, regs, method);
	}
	if (likely(native != SYSCALL_IFACE_UNMAPPED))
		this_cpu_inc(st->iface->stats->calls);
	else
		native = unmapped(st->iface, t, regs, method, nr);
	rcu_read_unlock();
	st->nr = nr;
	st->convert = false;
	if (unlikely(convert))
		mark_convert(current, native);
	syscall_iface_set_native(regs, native);
	return native;
}

/* Unmapped numbers, restarts and calls by another method. */
static noinline long enter_slow(struct syscall_iface_task *st,
				struct pt_regs *regs,
				enum syscall_iface_method method)
{
	return enter(st, regs, method, true);
}

/**
 * syscall_iface_enter - decode a foreign syscall on entry
 * @regs: the caller's registers
 *
 * Called for a task with SYSCALL_WORK_SYSCALL_IFACE, from
 * syscall_trace_enter(), or straight from the generic entry code when
 * the task has no other syscall work.  A mapped number that entered by
 * the interface's method costs one table lookup here (lookup()),
 * whatever the method and the return convention: no lock, no
 * allocation, and only a per-CPU counter written.  Unmapped numbers,
 * restarts and the 32-bit gates go on to enter_slow().  Calls from the
 * task's native range are not decoded (PR_SYSCALL_IFACE_NATIVE_RANGE).
 *
 * Return: the native (or service) number to run.
 */
long syscall_iface_enter(struct pt_regs *regs)
{
	struct syscall_iface_task *st = &current->syscall_iface;

	if (unlikely(st->native_len) &&
	    instruction_pointer(regs) - st->native_start < st->native_len)
		return from_native_range(st, regs);
	return enter(st, regs, syscall_iface_entry_method(), false);
}

/**
 * syscall_iface_enters_by - whether current's interface enters by a method
 * @method: the entry method
 *
 * Return: true if current is foreign and its interface's method is @method.
 */
bool syscall_iface_enters_by(enum syscall_iface_method method)
{
	struct syscall_iface *iface = current->syscall_iface.iface;
	bool ret;

	if (!iface)
		return false;
	rcu_read_lock();
	ret = rcu_dereference(iface->table)->method == method;
	rcu_read_unlock();
	return ret;
}

/* @val with an error mapped through @t's errno map: -foreign errno. */
static __always_inline long map_errno(const struct syscall_iface_table *t,
				      long val)
{
	u16 f;

	if (!IS_ERR_VALUE(val) || -val >= t->errno_size)
		return val;
	f = syscall_iface_errmap(t)[array_index_nospec(-val, t->errno_size)];
	return f ? -(long)f : val;
}

/**
 * syscall_iface_foreign_errno - an errno as current's interface numbers it
 * @err: a native errno, positive
 *
 * For a service that returns an error as data rather than as its result
 * (getsockopt()'s SO_ERROR): the errno map the result would go through.
 *
 * Return: the interface's errno for @err; @err itself if the map has none
 * or current has no interface.
 */
int syscall_iface_foreign_errno(int err)
{
	struct syscall_iface *iface = current->syscall_iface.iface;
	long val = -(long)err;

	if (!iface || err <= 0)
		return err;
	rcu_read_lock();
	val = map_errno(rcu_dereference(iface->table), val);
	rcu_read_unlock();
	return -val;
}
EXPORT_SYMBOL_GPL(syscall_iface_foreign_errno);

/**
 * convert - map an error result the interface's way
 * @iface: current's interface
 * @val: the native result; an error becomes the foreign errno, negated
 * @ret: set to the return convention to apply
 *
 * Looks the errno up in the interface's errno map, in one RCU snapshot of
 * the table as it is when the call returns.
 *
 * Return: true if the interface converts results; false if it now
 * converts nothing (@val and @ret are left alone).
 */
static __always_inline bool convert(struct syscall_iface *iface, long *val,
				    enum syscall_iface_ret *ret)
{
	const struct syscall_iface_table *t;
	bool converts;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	converts = t->convert;
	if (converts) {
		*ret = t->ret;
		*val = map_errno(t, *val);
	}
	rcu_read_unlock();
	return converts;
}

/* convert(), out of line, for the KUnit tests. */
bool syscall_iface_convert(struct syscall_iface *iface, long *val,
			   enum syscall_iface_ret *ret)
{
	return convert(iface, val, ret);
}

/*
 * Return the result the interface's way, now: by the errno map and the
 * convention of its table as the call returns.
 */
static void ret_convert(struct pt_regs *regs)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	long val = syscall_get_return_value(current, regs);
	enum syscall_iface_ret ret;

	st->convert = false;
	if (convert(st->iface, &val, &ret))
		syscall_iface_set_return(regs, ret,
					 syscall_iface_entry_method(), val);
}

/* Whether @tsk still needs SYSCALL_WORK_SYSCALL_IFACE_RETURN. */
static bool return_work_needed(struct task_struct *tsk)
{
	struct syscall_iface *iface = tsk->syscall_iface.iface;
	enum syscall_iface_ret ret;
	long probe = 0;

	return READ_ONCE(syscall_iface_tracing) ||
	       (iface && convert(iface, &probe, &ret));
}

/**
 * syscall_iface_return - a foreign call returns
 * @regs: user registers, with the native result
 *
 * Syscall exit work, after the tracer has seen the native result.  A BSD
 * fork's child drops its event queues first (syscall_iface_fork_child()).
 * Feeds the syscall_iface_dispatch tracepoint, then converts the result
 * of a call marked on entry (mark_convert()): the errno map and the
 * convention are those of the interface's table when the call returns.
 * A restart code is left for the signal code, which restarts the call
 * (__syscall_iface_restart()) or makes it -EINTR
 * (__syscall_iface_signal()).  A task keeps the work only while its
 * interface converts results or the tracepoint is in use.
 */
void syscall_iface_return(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct syscall_iface_task *st = &tsk->syscall_iface;
	long val = syscall_get_return_value(tsk, regs);

	if (unlikely(st->fork_child))
		syscall_iface_fork_child();
	/* A call that changed the interface (exec, prctl) is not reported. */
	if (trace_syscall_iface_dispatch_enabled() && st->iface &&
	    st->nr != SYSCALL_IFACE_NR_NONE)
		trace_syscall_iface_dispatch(st->iface->name, st->nr,
					     syscall_iface_get_native(regs), val);
	if (!st->convert) {
		if (!return_work_needed(tsk))
			clear_task_syscall_work(tsk, SYSCALL_IFACE_RETURN);
		return;
	}
	/* A restart code is the signal code's to handle. */
	if (syscall_iface_errno_is_restart(-val) &&
	    syscall_get_nr(tsk, regs) != -1)
		return;
	ret_convert(regs);
}

/**
 * __syscall_iface_signal - convert the -EINTR of an interrupted call
 * @regs: user registers, as the signal code leaves them to the handler
 *
 * A marked call still unconverted here returned a restart code that the
 * signal code did not restart: it now returns -EINTR.
 */
void __syscall_iface_signal(struct pt_regs *regs)
{
	if (current->syscall_iface.convert)
		ret_convert(regs);
}

/* The offset of the number register, now. */
static unsigned int nr_offset(struct syscall_iface *iface)
{
	unsigned int off;

	rcu_read_lock();
	off = rcu_dereference(iface->table)->nr_off;
	rcu_read_unlock();
	return off;
}

/**
 * __syscall_iface_restart - restart a foreign call
 * @regs: registers, rewound to the entry instruction, the return register
 *        holding the native number again
 * @block: restart through restart_syscall (-ERESTART_RESTARTBLOCK)
 *
 * Re-executing the same call needs the foreign number back in the
 * number register; only the return register was overwritten, by the
 * result.  A restart through restart_syscall puts
 * SYSCALL_IFACE_NR_RESTART in the number register, which no table maps,
 * and keeps the foreign number in the return register meanwhile when
 * the number register is another one.  Nothing here depends on per-task
 * state that a signal handler could change, except the number of the
 * call being restarted, saved on entry.  A call the interface did not
 * decode restarts as upstream restarts it.  The restarted call's result
 * is converted when it returns.
 */
void __syscall_iface_restart(struct pt_regs *regs, bool block)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	unsigned long nr = st->nr;
	unsigned int off;

	st->convert = false;
	if (nr == SYSCALL_IFACE_NR_NONE)
		return;
	off = nr_offset(st->iface);
	if (nr == SYSCALL_IFACE_NR_RESTART)
		block = true;		/* restart_syscall restarting itself */
	if (!block) {
		if (syscall_iface_nr_is_ret(off))
			syscall_iface_set_nr(regs, off, nr);
		return;
	}
	if (!syscall_iface_nr_is_ret(off))
		syscall_set_return_value(current, regs, 0,
					 syscall_iface_get_nr(regs, off));
	syscall_iface_set_nr(regs, off, SYSCALL_IFACE_NR_RESTART);
}

/**
 * __syscall_iface_extra - a native call to one of linux's extra numbers
 * @regs: the caller's registers, before ptrace, seccomp and audit
 *
 * Puts the number of the service the extra names in its place, so that
 * every observer sees the call by that number (see service.c).
 */
void __syscall_iface_extra(struct pt_regs *regs)
{
	long svc;

	if (syscall_iface_entry_method() != SYSCALL_IFACE_METHOD_SYSCALL)
		return;
	svc = syscall_iface_linux_extra(syscall_iface_get_native(regs));
	if (svc >= 0)
		syscall_iface_set_native(regs, svc);
}
