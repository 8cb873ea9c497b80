// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface core: interfaces, their lifetime, and binding them to
 * tasks at exec, fork and exit.
 *
 * Lifetime: an interface is a configfs group whose item kref is also the
 * reference each task holds.  rmdir unbinds it at once (no new exec can
 * select it) and drops configfs' reference; the interface is freed when
 * the last task using it execs or exits.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/binfmts.h>
#include <linux/elf.h>
#include <linux/nospec.h>
#include <linux/percpu.h>
#include <linux/ptrace.h>
#include <linux/rculist.h>
#include <linux/sched.h>
#include <linux/sched/stat.h>
#include <linux/slab.h>

#include "internal.h"

#define CREATE_TRACE_POINTS
#include <trace/events/syscall_iface.h>

/* Serialises configuration changes and the interface list. */
DEFINE_MUTEX(syscall_iface_mutex);
LIST_HEAD(syscall_iface_all);
struct syscall_iface *syscall_iface_linux;

/* Interfaces with a handler, searched at exec under RCU. */
static LIST_HEAD(syscall_iface_bound);

const char *syscall_iface_binfmt_name(enum syscall_iface_binfmt fmt)
{
	switch (fmt) {
	case SYSCALL_IFACE_BINFMT_JUHA:
		return "juha";
	case SYSCALL_IFACE_BINFMT_ELF:
		return "elf";
	default:
		return "";
	}
}

/**
 * syscall_iface_destroy - free an interface nobody can reach any more
 * @iface: the interface
 */
void syscall_iface_destroy(struct syscall_iface *iface)
{
	kvfree(rcu_dereference_protected(iface->table, true));
	kfree(rcu_dereference_protected(iface->sig, true));
	free_percpu(iface->stats);
	kfree(iface);
}

static void syscall_iface_free(struct work_struct *work)
{
	syscall_iface_destroy(container_of(to_rcu_work(work),
					   struct syscall_iface, free_work));
}

/**
 * syscall_iface_alloc - allocate an interface with an empty table
 * @name: its name (the configfs directory)
 * @native: true only for "linux"
 *
 * Return: the interface, or NULL when out of memory.
 */
struct syscall_iface *syscall_iface_alloc(const char *name, bool native)
{
	struct syscall_iface *iface;
	struct syscall_iface_table *t;
	struct syscall_iface_sig *sig;

	iface = kzalloc(sizeof(*iface), GFP_KERNEL);
	if (!iface)
		return NULL;
	iface->stats = alloc_percpu(struct syscall_iface_pcpu);
	t = kzalloc(sizeof(*t), GFP_KERNEL);
	sig = kzalloc(sizeof(*sig), GFP_KERNEL);
	if (!iface->stats || !t || !sig) {
		free_percpu(iface->stats);
		kfree(t);
		kfree(sig);
		kfree(iface);
		return NULL;
	}
	t->nr_off = syscall_iface_reg_offset("rax");
	RCU_INIT_POINTER(iface->table, t);
	RCU_INIT_POINTER(iface->sig, sig);
	strscpy(iface->name, name);
	ratelimit_state_init(&iface->log_rs, DEFAULT_RATELIMIT_INTERVAL,
			     DEFAULT_RATELIMIT_BURST);
	ratelimit_state_init(&iface->info_rs, DEFAULT_RATELIMIT_INTERVAL,
			     DEFAULT_RATELIMIT_BURST);
	iface->native = native;
	INIT_LIST_HEAD(&iface->bound_node);
	INIT_RCU_WORK(&iface->free_work, syscall_iface_free);
	return iface;
}

/**
 * syscall_iface_release - the last reference is gone
 * @iface: the interface
 *
 * Called from the configfs item release, after rmdir and after every
 * task using the interface has exec'd or exited.
 */
void syscall_iface_release(struct syscall_iface *iface)
{
	mutex_lock(&syscall_iface_mutex);
	list_del(&iface->node);
	mutex_unlock(&syscall_iface_mutex);
	queue_rcu_work(system_wq, &iface->free_work);
}

void syscall_iface_put(struct syscall_iface *iface)
{
	config_group_put(&iface->group);
}

static bool sig_match(const struct syscall_iface_sig *sig, const u8 *buf)
{
	unsigned int i;

	if (!sig || !sig->len)
		return false;
	for (i = 0; i < sig->len; i++) {
		u8 c = buf[sig->offset + i];

		if (sig->masked)
			c &= sig->mask[i];
		if (c != sig->magic[i])
			return false;
	}
	return true;
}

/**
 * syscall_iface_match - find the interface that claims an executable
 * @fmt: the handler that is asking
 * @buf: the first BINPRM_BUF_SIZE bytes of the file
 *
 * Interfaces are tried in the order they were bound.
 *
 * Return: a counted reference to the interface, or NULL for none.
 */
struct syscall_iface *syscall_iface_match(enum syscall_iface_binfmt fmt,
					  const u8 *buf)
{
	struct syscall_iface *iface, *found = NULL;

	BUILD_BUG_ON(SYSCALL_IFACE_SIG_MAX > BINPRM_BUF_SIZE);

	rcu_read_lock();
	list_for_each_entry_rcu(iface, &syscall_iface_bound, bound_node) {
		if (READ_ONCE(iface->binfmt) != fmt ||
		    !sig_match(rcu_dereference(iface->sig), buf))
			continue;
		if (kref_get_unless_zero(&iface->group.cg_item.ci_kref)) {
			found = iface;
			break;
		}
	}
	rcu_read_unlock();
	return found;
}

/**
 * syscall_iface_bind - set the handler of an interface
 * @iface: the interface
 * @fmt: the handler, or SYSCALL_IFACE_BINFMT_NONE to unbind
 *
 * Caller holds syscall_iface_mutex and has checked the signature.
 */
void syscall_iface_bind(struct syscall_iface *iface,
			enum syscall_iface_binfmt fmt)
{
	lockdep_assert_held(&syscall_iface_mutex);

	if (iface->binfmt == SYSCALL_IFACE_BINFMT_NONE &&
	    fmt != SYSCALL_IFACE_BINFMT_NONE)
		list_add_tail_rcu(&iface->bound_node, &syscall_iface_bound);
	else if (iface->binfmt != SYSCALL_IFACE_BINFMT_NONE &&
		 fmt == SYSCALL_IFACE_BINFMT_NONE)
		list_del_rcu(&iface->bound_node);
	WRITE_ONCE(iface->binfmt, fmt);
}

/**
 * syscall_iface_bound_clash - another bound interface has this signature
 * @iface: the interface being changed
 * @fmt: the handler it would be bound to
 * @sig: the signature it would have
 *
 * Caller holds syscall_iface_mutex.
 *
 * Return: the clashing interface, or NULL.
 */
struct syscall_iface *syscall_iface_bound_clash(struct syscall_iface *iface,
						enum syscall_iface_binfmt fmt,
						const struct syscall_iface_sig *sig)
{
	struct syscall_iface *other;
	const struct syscall_iface_sig *o;

	lockdep_assert_held(&syscall_iface_mutex);

	list_for_each_entry(other, &syscall_iface_bound, bound_node) {
		if (other == iface || other->binfmt != fmt)
			continue;
		o = rcu_dereference_protected(other->sig, true);
		if (o->offset == sig->offset && o->len == sig->len &&
		    o->masked == sig->masked &&
		    !memcmp(o->magic, sig->magic, sig->len) &&
		    (!sig->masked || !memcmp(o->mask, sig->mask, sig->len)))
			return other;
	}
	return NULL;
}

/**
 * syscall_iface_set_current - make an interface current's
 * @new: a counted reference, which current takes over, or NULL for native
 */
void syscall_iface_set_current(struct syscall_iface *new)
{
	struct task_struct *tsk = current;
	struct syscall_iface *old = tsk->syscall_iface;

	if (new) {
		atomic_long_inc(&new->tasks);
		set_task_syscall_work(tsk, SYSCALL_IFACE);
	} else {
		clear_task_syscall_work(tsk, SYSCALL_IFACE);
	}
	WRITE_ONCE(tsk->syscall_iface, new);
	/* The call under way (exec, prctl) was not decoded by @new. */
	tsk->syscall_iface_nr = SYSCALL_IFACE_NR_NONE;
	if (old) {
		atomic_long_dec(&old->tasks);
		syscall_iface_put(old);
	}
}

/**
 * syscall_iface_exec - select the interface of the program being exec'd
 * @bprm: the exec, past its point of no return
 *
 * binfmt_juha leaves the interface it matched in @bprm; otherwise an ELF
 * file may be claimed by an interface bound to "elf", and anything else
 * runs native.  Called for the final program only, so a #! script gets
 * the interface of its interpreter, and never for an exec that fails
 * before the point of no return, so that leaves the caller's interface.
 *
 * An interface chosen for this exec (PR_SYSCALL_IFACE_SET_EXEC) wins over
 * detection, unless it was removed meanwhile or the exec gains privileges:
 * a setuid program never runs an interface its caller chose.
 */
void syscall_iface_exec(struct linux_binprm *bprm)
{
	struct syscall_iface *iface = bprm->syscall_iface;
	struct syscall_iface *chosen = current->syscall_iface_exec;

	bprm->syscall_iface = NULL;
	if (!iface && !memcmp(bprm->buf, ELFMAG, SELFMAG))
		iface = syscall_iface_match(SYSCALL_IFACE_BINFMT_ELF, bprm->buf);

	if (chosen) {
		current->syscall_iface_exec = NULL;
		if (READ_ONCE(chosen->deleted)) {
			syscall_iface_put(chosen);
		} else if (bprm->secureexec) {
			pr_info_ratelimited("%s[%d]: exec of %s gains privileges: chosen interface %s ignored\n",
					    current->comm, task_pid_nr(current),
					    bprm->filename, syscall_iface_name(chosen));
			syscall_iface_put(chosen);
		} else {
			if (iface)
				syscall_iface_put(iface);
			iface = chosen;
		}
	}
	if (iface && iface->native) {
		syscall_iface_put(iface);
		iface = NULL;
	}

	if (iface)
		this_cpu_inc(iface->stats->execs);
	else if (likely(syscall_iface_linux))	/* not before our initcall */
		this_cpu_inc(syscall_iface_linux->stats->execs);
	syscall_iface_set_current(iface);
}

/**
 * syscall_iface_fork - a new task inherits its parent's interface
 * @p: the child, past the last failure point of copy_process()
 *
 * The child's pointers and syscall-work flag were copied with the task;
 * take the references that go with them.  Called under siglock.
 */
void syscall_iface_fork(struct task_struct *p)
{
	struct syscall_iface *iface = p->syscall_iface;

	if (iface) {
		config_group_get(&iface->group);
		atomic_long_inc(&iface->tasks);
	}
	if (p->syscall_iface_exec)
		config_group_get(&p->syscall_iface_exec->group);
}

/**
 * syscall_iface_exit - drop the interface of an exiting task
 * @tsk: current, in do_exit()
 */
void syscall_iface_exit(struct task_struct *tsk)
{
	struct syscall_iface *iface = tsk->syscall_iface;

	if (tsk->syscall_iface_exec) {
		syscall_iface_put(tsk->syscall_iface_exec);
		tsk->syscall_iface_exec = NULL;
	}
	if (!iface)
		return;
	clear_task_syscall_work(tsk, SYSCALL_IFACE);
	WRITE_ONCE(tsk->syscall_iface, NULL);
	atomic_long_dec(&iface->tasks);
	syscall_iface_put(iface);
}

/**
 * syscall_iface_translate - decode a foreign syscall
 * @iface: current's interface
 * @regs: the caller's registers
 * @call: filled with the foreign number, its register and the policy
 *
 * Reads the number from the interface's register and looks it up, in one
 * RCU snapshot of the table: no lock, no allocation, and only per-CPU
 * counters are written.
 *
 * Return: the native or service number, -1 if unmapped, or -2 for
 * SYSCALL_IFACE_NR_RESTART.
 */
long syscall_iface_translate(struct syscall_iface *iface,
			     struct pt_regs *regs,
			     struct syscall_iface_call *call)
{
	const struct syscall_iface_table *t;
	unsigned long nr;
	long ret = -1;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	call->nr_off = t->nr_off;
	call->unmapped = t->unmapped;
	nr = regs_get_register(regs, t->nr_off);
	if (nr < t->size) {
		u16 e = t->ent[array_index_nospec(nr, t->size)];

		if (e != SYSCALL_IFACE_UNMAPPED)
			ret = e;
	}
	rcu_read_unlock();

	call->nr = nr;
	if (unlikely(ret < 0 && nr == SYSCALL_IFACE_NR_RESTART))
		return -2;
	this_cpu_inc(iface->stats->calls);
	if (ret < 0)
		this_cpu_inc(iface->stats->unmapped);
	return ret;
}

/**
 * syscall_iface_exit_work - a foreign call returns
 * @regs: the caller's registers, with the result in ax
 *
 * Feeds the syscall_iface_dispatch tracepoint, which costs a static-key
 * test while nobody traces it.
 * A call that changed the task's interface (exec, prctl) was not
 * decoded by the new one and is not reported.
 */
void syscall_iface_exit_work(struct pt_regs *regs)
{
	struct syscall_iface *iface = current->syscall_iface;

	if (iface && current->syscall_iface_nr != SYSCALL_IFACE_NR_NONE)
		trace_syscall_iface_dispatch(iface->name,
					     current->syscall_iface_nr,
					     regs->orig_ax, regs->ax);
}

unsigned int syscall_iface_nr_offset(struct syscall_iface *iface)
{
	unsigned int off;

	rcu_read_lock();
	off = rcu_dereference(iface->table)->nr_off;
	rcu_read_unlock();
	return off;
}

void syscall_iface_sum(struct syscall_iface *iface,
		       struct syscall_iface_pcpu *sum)
{
	int cpu;

	memset(sum, 0, sizeof(*sum));
	for_each_possible_cpu(cpu) {
		struct syscall_iface_pcpu *c = per_cpu_ptr(iface->stats, cpu);

		sum->execs += READ_ONCE(c->execs);
		sum->calls += READ_ONCE(c->calls);
		sum->unmapped += READ_ONCE(c->unmapped);
	}
}

/* Tasks using @iface now; for "linux", every task that uses no other. */
long syscall_iface_tasks(struct syscall_iface *iface)
{
	struct syscall_iface *i;
	long n;

	if (!iface->native)
		return atomic_long_read(&iface->tasks);

	lockdep_assert_held(&syscall_iface_mutex);
	n = nr_threads;
	list_for_each_entry(i, &syscall_iface_all, node)
		if (!i->native)
			n -= atomic_long_read(&i->tasks);
	return max(n, 0L);
}

static int __init syscall_iface_init(void)
{
	int ret;

	ret = syscall_iface_services_init();
	if (ret)
		return ret;
	ret = syscall_iface_configfs_init();
	if (ret)
		return ret;
	return syscall_iface_stats_init();
}
fs_initcall(syscall_iface_init);

#if IS_ENABLED(CONFIG_SYSCALL_IFACE_KUNIT_TEST)
#include "core_test.c"
#endif
