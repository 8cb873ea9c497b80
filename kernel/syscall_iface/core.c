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
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/hash.h>
#include <linux/elf.h>
#include <linux/nospec.h>
#include <linux/percpu.h>
#include <linux/ptrace.h>
#include <linux/rculist.h>
#include <linux/security.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/stat.h>
#include <linux/sched/task.h>
#include <linux/slab.h>

#include "internal.h"

#define CREATE_TRACE_POINTS
#include <trace/events/syscall_iface.h>

/* Serialises configuration changes and the interface list. */
DEFINE_MUTEX(syscall_iface_mutex);
LIST_HEAD(syscall_iface_all);
struct syscall_iface *syscall_iface_linux;

/* On while some interface, removed or not, has method int80. */
DEFINE_STATIC_KEY_FALSE(syscall_iface_int80_on);

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
	struct syscall_iface_table *t = rcu_dereference_protected(iface->table, true);

	if (t->method == SYSCALL_IFACE_METHOD_INT80)
		static_branch_dec(&syscall_iface_int80_on);
	kvfree(t);
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
	INIT_HLIST_NODE(&iface->bound_node);
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
	syscall_iface_services_sweep();
	mutex_unlock(&syscall_iface_mutex);
	if (!iface->native)
		static_branch_dec(&syscall_iface_services_on);
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

/*
 * Bound interfaces, searched at every exec under RCU.  Each handler has a
 * hash table keyed by a signature's offset and first byte, so that exec
 * costs the same with one interface or a thousand; a signature whose
 * first byte is masked cannot be keyed and goes on the handler's "wild"
 * list, which every search walks.  @offsets counts the keyed signatures
 * at each offset: a search looks at one bucket per offset in use.
 */
#define BOUND_HASH_BITS	8

struct syscall_iface_bound {
	struct hlist_head hash[1 << BOUND_HASH_BITS];
	struct hlist_head wild;
	unsigned int offsets[SYSCALL_IFACE_SIG_MAX];
	DECLARE_BITMAP(in_use, SYSCALL_IFACE_SIG_MAX);
};

static struct syscall_iface_bound bound[SYSCALL_IFACE_BINFMT_ELF + 1];
static u64 bind_seq;		/* under syscall_iface_mutex */

static bool sig_keyed(const struct syscall_iface_sig *sig)
{
	return !sig->masked || sig->mask[0] == 0xff;
}

static struct hlist_head *bound_bucket(struct syscall_iface_bound *b,
				       unsigned int offset, u8 byte)
{
	return &b->hash[hash_32(offset << 8 | byte, BOUND_HASH_BITS)];
}

/* Put a bound interface in its handler's table; caller holds the mutex. */
static void bound_add(struct syscall_iface *iface)
{
	struct syscall_iface_bound *b = &bound[iface->binfmt];
	const struct syscall_iface_sig *sig;

	sig = rcu_dereference_protected(iface->sig, true);
	if (!sig_keyed(sig)) {
		hlist_add_head_rcu(&iface->bound_node, &b->wild);
		return;
	}
	if (!b->offsets[sig->offset]++)
		set_bit(sig->offset, b->in_use);
	hlist_add_head_rcu(&iface->bound_node,
			   bound_bucket(b, sig->offset, sig->magic[0]));
}

/*
 * Take it out again, while iface->sig and ->binfmt are still the ones it
 * was put in with.  Readers may be on it: wait for them before it goes
 * on another list.
 */
static void bound_del(struct syscall_iface *iface)
{
	struct syscall_iface_bound *b = &bound[iface->binfmt];
	const struct syscall_iface_sig *sig;

	sig = rcu_dereference_protected(iface->sig, true);
	hlist_del_init_rcu(&iface->bound_node);
	if (sig_keyed(sig) && !--b->offsets[sig->offset])
		clear_bit(sig->offset, b->in_use);
}

/* The earliest bound interface on @head whose signature @buf matches. */
static struct syscall_iface *bound_first(struct hlist_head *head,
					 const u8 *buf,
					 struct syscall_iface *best)
{
	struct syscall_iface *iface;

	hlist_for_each_entry_rcu(iface, head, bound_node)
		if ((!best || iface->bind_seq < best->bind_seq) &&
		    sig_match(rcu_dereference(iface->sig), buf))
			best = iface;
	return best;
}

/**
 * syscall_iface_match - find the interface that claims an executable
 * @fmt: the handler that is asking
 * @buf: the first BINPRM_BUF_SIZE bytes of the file
 *
 * If several signatures match, the interface bound first wins.  The cost
 * does not grow with the number of interfaces, only with the number of
 * distinct offsets their signatures use (and masked first bytes).
 *
 * Return: a counted reference to the interface, or NULL for none.
 */
struct syscall_iface *syscall_iface_match(enum syscall_iface_binfmt fmt,
					  const u8 *buf)
{
	struct syscall_iface_bound *b = &bound[fmt];
	struct syscall_iface *found = NULL;
	unsigned int off;

	BUILD_BUG_ON(SYSCALL_IFACE_SIG_MAX > BINPRM_BUF_SIZE);

	rcu_read_lock();
	for_each_set_bit(off, b->in_use, SYSCALL_IFACE_SIG_MAX)
		found = bound_first(bound_bucket(b, off, buf[off]), buf, found);
	found = bound_first(&b->wild, buf, found);
	if (found && !kref_get_unless_zero(&found->group.cg_item.ci_kref))
		found = NULL;	/* being removed right now */
	rcu_read_unlock();
	return found;
}

/**
 * syscall_iface_bind - set the handler of an interface
 * @iface: the interface
 * @fmt: the handler, or SYSCALL_IFACE_BINFMT_NONE to unbind
 *
 * Caller holds syscall_iface_mutex and has checked the signature.  A
 * newly bound interface comes after every other in match order.
 */
void syscall_iface_bind(struct syscall_iface *iface,
			enum syscall_iface_binfmt fmt)
{
	lockdep_assert_held(&syscall_iface_mutex);

	if (iface->binfmt == fmt)
		return;
	if (iface->binfmt != SYSCALL_IFACE_BINFMT_NONE) {
		bound_del(iface);
		if (fmt != SYSCALL_IFACE_BINFMT_NONE)
			synchronize_rcu();
	}
	WRITE_ONCE(iface->binfmt, fmt);
	if (fmt != SYSCALL_IFACE_BINFMT_NONE) {
		iface->bind_seq = ++bind_seq;
		bound_add(iface);
	}
}

/**
 * syscall_iface_set_sig - give an interface a new signature
 * @iface: the interface
 * @sig: the signature, which @iface takes over
 *
 * Caller holds syscall_iface_mutex and has checked the signature.  A bound
 * interface moves to the bucket of its new signature and keeps its place
 * in match order.
 */
void syscall_iface_set_sig(struct syscall_iface *iface,
			   struct syscall_iface_sig *sig)
{
	struct syscall_iface_sig *old;
	bool bound_now = iface->binfmt != SYSCALL_IFACE_BINFMT_NONE;

	lockdep_assert_held(&syscall_iface_mutex);

	if (bound_now) {
		bound_del(iface);
		synchronize_rcu();
	}
	old = rcu_replace_pointer(iface->sig, sig,
				  lockdep_is_held(&syscall_iface_mutex));
	if (bound_now)
		bound_add(iface);
	kfree_rcu(old, rcu);
}

static bool sig_same(const struct syscall_iface_sig *a,
		     const struct syscall_iface_sig *b)
{
	return a->offset == b->offset && a->len == b->len &&
	       a->masked == b->masked && !memcmp(a->magic, b->magic, a->len) &&
	       (!a->masked || !memcmp(a->mask, b->mask, a->len));
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
	struct syscall_iface_bound *b = &bound[fmt];
	struct hlist_head *head = &b->wild;
	struct syscall_iface *other;

	lockdep_assert_held(&syscall_iface_mutex);

	/* The same signature is on the same list. */
	if (sig_keyed(sig))
		head = bound_bucket(b, sig->offset, sig->magic[0]);
	hlist_for_each_entry(other, head, bound_node)
		if (other != iface &&
		    sig_same(rcu_dereference_protected(other->sig, true), sig))
			return other;
	return NULL;
}

/**
 * syscall_iface_permitted - the rule for restricted interfaces
 * @iface: the interface
 * @cred: the credentials it would run under (the new ones, at exec)
 *
 * A restricted interface is selected, by exec, prctl or ptrace, only for
 * credentials that hold CAP_SYS_ADMIN.
 *
 * Return: true if @cred may run under @iface.
 */
bool syscall_iface_permitted(struct syscall_iface *iface,
			     const struct cred *cred)
{
	return !READ_ONCE(iface->restricted) ||
	       !security_capable(cred, &init_user_ns, CAP_SYS_ADMIN,
				 CAP_OPT_NONE);
}

/**
 * syscall_iface_set_task - make an interface a task's
 * @tsk: current, or a tracee stopped by its tracer
 * @new: a counted reference, which @tsk takes over, or NULL for native
 */
void syscall_iface_set_task(struct task_struct *tsk, struct syscall_iface *new)
{
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
	tsk->syscall_iface_ret = false;
	if (old) {
		atomic_long_dec(&old->tasks);
		syscall_iface_put(old);
	}
}

void syscall_iface_set_current(struct syscall_iface *new)
{
	syscall_iface_set_task(current, new);
}

/*
 * Interfaces decode 64-bit calls: a 32-bit (or x32) ELF program is never
 * selected for one.
 */
static bool exec_is_32bit(const struct linux_binprm *bprm)
{
	return !memcmp(bprm->buf, ELFMAG, SELFMAG) &&
	       bprm->buf[EI_CLASS] != ELFCLASS64;
}

/*
 * Whether an exec makes the task someone else: any of its ids, its
 * capabilities or its LSM label change.  A choice made for the exec by
 * the old task does not carry over to the new one.
 */
static bool exec_changes_creds(const struct cred *old, const struct cred *new)
{
	u32 old_sid, new_sid;

	if (!uid_eq(old->uid, new->uid) || !uid_eq(old->euid, new->euid) ||
	    !uid_eq(old->suid, new->suid) || !uid_eq(old->fsuid, new->fsuid) ||
	    !gid_eq(old->gid, new->gid) || !gid_eq(old->egid, new->egid) ||
	    !gid_eq(old->sgid, new->sgid) || !gid_eq(old->fsgid, new->fsgid))
		return true;
	if (!cap_isidentical(old->cap_inheritable, new->cap_inheritable) ||
	    !cap_isidentical(old->cap_permitted, new->cap_permitted) ||
	    !cap_isidentical(old->cap_effective, new->cap_effective) ||
	    !cap_isidentical(old->cap_bset, new->cap_bset) ||
	    !cap_isidentical(old->cap_ambient, new->cap_ambient))
		return true;
	security_cred_getsecid(old, &old_sid);
	security_cred_getsecid(new, &new_sid);
	return old_sid != new_sid;
}

/*
 * The interface chosen for this exec (PR_SYSCALL_IFACE_SET_EXEC), as a
 * counted reference, if it still applies: it is dropped, with a log line,
 * for a 32-bit program and for an exec that changes credentials.
 */
static struct syscall_iface *exec_chosen(struct linux_binprm *bprm)
{
	struct syscall_iface *chosen = current->syscall_iface_exec;
	const char *why = NULL;

	if (!chosen || READ_ONCE(chosen->deleted))
		return NULL;
	if (exec_is_32bit(bprm))
		why = "is a 32-bit program";
	else if (exec_changes_creds(current_cred(), bprm->cred))
		why = "changes credentials";
	if (why) {
		pr_info_ratelimited("%s[%d]: exec of %s %s: chosen interface %s dropped\n",
				    current->comm, task_pid_nr(current),
				    bprm->filename, why, syscall_iface_name(chosen));
		return NULL;
	}
	config_group_get(&chosen->group);
	return chosen;
}

/**
 * syscall_iface_exec_prepare - decide the interface of the program being exec'd
 * @bprm: the exec, with its new credentials, before the point of no return
 *
 * binfmt_juha leaves the interface it matched in @bprm; otherwise a
 * 64-bit ELF file may be claimed by an interface bound to "elf", and
 * anything else runs native.  An interface chosen for this exec wins over
 * detection (see exec_chosen()).  Called for the final program only, so
 * a #! script gets the interface of its interpreter.
 *
 * The result waits in @bprm for syscall_iface_exec().
 *
 * Return: 0, or -EPERM for a restricted interface that the new
 * credentials may not run (syscall_iface_permitted()): the program was
 * built for that interface, and running it native would give its calls
 * other meanings.
 */
int syscall_iface_exec_prepare(struct linux_binprm *bprm)
{
	struct syscall_iface *iface = bprm->syscall_iface;
	struct syscall_iface *chosen = exec_chosen(bprm);

	if (!iface && !exec_is_32bit(bprm) &&
	    !memcmp(bprm->buf, ELFMAG, SELFMAG))
		iface = syscall_iface_match(SYSCALL_IFACE_BINFMT_ELF, bprm->buf);
	if (chosen) {
		if (iface)
			syscall_iface_put(iface);
		iface = chosen;
	}
	if (iface && iface->native) {
		syscall_iface_put(iface);
		iface = NULL;
	}
	bprm->syscall_iface = iface;
	if (iface && !syscall_iface_permitted(iface, bprm->cred)) {
		pr_info_ratelimited("%s[%d]: exec of %s refused: interface %s is restricted to CAP_SYS_ADMIN\n",
				    current->comm, task_pid_nr(current),
				    bprm->filename, syscall_iface_name(iface));
		syscall_iface_exec_free(bprm);
		return -EPERM;
	}
	return 0;
}

/**
 * syscall_iface_exec - give the new program the interface decided for it
 * @bprm: the exec, past its point of no return
 *
 * Never called for an exec that fails before the point of no return, so
 * such an exec leaves the caller's interface, and its choice for the
 * next exec.
 */
void syscall_iface_exec(struct linux_binprm *bprm)
{
	struct syscall_iface *iface = bprm->syscall_iface;

	bprm->syscall_iface = NULL;
	if (current->syscall_iface_exec) {
		syscall_iface_put(current->syscall_iface_exec);
		current->syscall_iface_exec = NULL;
	}
	if (iface)
		this_cpu_inc(iface->stats->execs);
	else if (likely(syscall_iface_linux))	/* not before our initcall */
		this_cpu_inc(syscall_iface_linux->stats->execs);
	syscall_iface_set_current(iface);
}

/**
 * syscall_iface_exec_free - drop what an exec decided and did not use
 * @bprm: the exec, which failed, or is being freed
 */
void syscall_iface_exec_free(struct linux_binprm *bprm)
{
	if (bprm->syscall_iface) {
		syscall_iface_put(bprm->syscall_iface);
		bprm->syscall_iface = NULL;
	}
}

/* Whether the syscall_iface_dispatch tracepoint has users. */
static bool syscall_iface_tracing;

/**
 * syscall_iface_trace_reg - the dispatch tracepoint gets its first user
 *
 * Foreign calls are reported from syscall exit work, which foreign tasks
 * skip otherwise, so their calls stay cheap: give every task
 * SYSCALL_WORK_SYSCALL_IFACE_EXIT while the tracepoint is in use, as the
 * raw_syscalls tracepoints do with theirs.  Native tasks return from
 * syscall_iface_exit_work() at once.
 *
 * Return: 0.
 */
int syscall_iface_trace_reg(void)
{
	struct task_struct *p, *t;

	read_lock(&tasklist_lock);
	WRITE_ONCE(syscall_iface_tracing, true);
	for_each_process_thread(p, t)
		set_task_syscall_work(t, SYSCALL_IFACE_EXIT);
	read_unlock(&tasklist_lock);
	return 0;
}

/**
 * syscall_iface_trace_unreg - the dispatch tracepoint lost its last user
 */
void syscall_iface_trace_unreg(void)
{
	struct task_struct *p, *t;

	read_lock(&tasklist_lock);
	WRITE_ONCE(syscall_iface_tracing, false);
	for_each_process_thread(p, t)
		clear_task_syscall_work(t, SYSCALL_IFACE_EXIT);
	read_unlock(&tasklist_lock);
}

/**
 * syscall_iface_fork - a new task inherits its parent's interface
 * @p: the child, past the last failure point of copy_process()
 *
 * The child's pointers and syscall-work flags were copied with the task;
 * take the references that go with them.  The exit-work flag follows the
 * tracepoint as it is now.  Called under siglock and tasklist_lock, which
 * syscall_iface_trace_reg() and _unreg() take too.
 */
void syscall_iface_fork(struct task_struct *p)
{
	struct syscall_iface *iface = p->syscall_iface;

	if (READ_ONCE(syscall_iface_tracing))
		set_task_syscall_work(p, SYSCALL_IFACE_EXIT);
	else
		clear_task_syscall_work(p, SYSCALL_IFACE_EXIT);
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
 * syscall_iface_enter - decode a foreign syscall on entry
 * @regs: the caller's registers
 *
 * Called from syscall_trace_enter(), or straight from
 * syscall_enter_from_user_mode_work() when the task has no other syscall
 * work.  A mapped number that came through the syscall instruction, on an
 * interface whose results need no converting, costs one table lookup
 * here: no lock, no allocation, and only a per-CPU counter written.
 * Everything else (unmapped numbers and their policy, restarts, other
 * entry methods, converted results) goes to the architecture's
 * syscall_iface_enter_slow().
 *
 * Return: the native (or service) number to run, as now in orig_ax.
 */
long syscall_iface_enter(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct syscall_iface *iface = tsk->syscall_iface;
	const struct syscall_iface_table *t;
	unsigned int native = SYSCALL_IFACE_UNMAPPED;
	unsigned long nr;

	/* Not the syscall instruction: an ia32 entry, or int $0x80. */
	if (unlikely(current_thread_info()->status &
		     (TS_COMPAT | TS_SYSCALL_IFACE_INT80)))
		return syscall_iface_enter_slow(regs);
	rcu_read_lock();
	t = rcu_dereference(iface->table);
	/* nr_off was checked against struct pt_regs when it was set. */
	nr = *(unsigned long *)((unsigned long)regs + t->nr_off);
	if (likely(nr < t->fast_size))
		native = t->ent[array_index_nospec(nr, t->fast_size)];
	rcu_read_unlock();
	if (unlikely(native == SYSCALL_IFACE_UNMAPPED))
		return syscall_iface_enter_slow(regs);
	tsk->syscall_iface_nr = nr;
	this_cpu_inc(iface->stats->calls);
	regs->orig_ax = native;
	return native;
}

/**
 * syscall_iface_translate - decode a foreign syscall
 * @iface: current's interface
 * @regs: the caller's registers
 * @gate: how the call entered
 * @call: filled with the foreign number, its register, the policy and
 *        whether its result is to be converted
 *
 * Reads the number from the interface's register and looks it up, in one
 * RCU snapshot of the table: no lock, no allocation, and only per-CPU
 * counters are written.  A call that did not enter with the interface's
 * method (a 32-bit program's gate, say) is unmapped, whatever its
 * number.
 *
 * Return: the native or service number, -1 if unmapped, or -2 for
 * SYSCALL_IFACE_NR_RESTART.
 */
long syscall_iface_translate(struct syscall_iface *iface,
			     struct pt_regs *regs,
			     enum syscall_iface_gate gate,
			     struct syscall_iface_call *call)
{
	const struct syscall_iface_table *t;
	unsigned long nr;
	bool decoded;
	long ret = -1;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	call->nr_off = t->nr_off;
	call->unmapped = t->unmapped;
	call->convert = t->convert;
	nr = regs_get_register(regs, t->nr_off);
	decoded = gate == (enum syscall_iface_gate)t->method;
	if (nr < t->size && decoded) {
		u16 e = t->ent[array_index_nospec(nr, t->size)];

		if (e != SYSCALL_IFACE_UNMAPPED)
			ret = e;
	}
	rcu_read_unlock();

	call->nr = nr;
	if (unlikely(ret < 0 && decoded && nr == SYSCALL_IFACE_NR_RESTART))
		return -2;
	this_cpu_inc(iface->stats->calls);
	if (ret < 0)
		this_cpu_inc(iface->stats->unmapped);
	return ret;
}

/**
 * syscall_iface_convert - map an error result the interface's way
 * @iface: current's interface
 * @val: the native result; an error becomes the foreign errno, negated
 *
 * Looks the errno up in the interface's errno map, in one RCU snapshot of
 * the table as it is when the call returns.
 *
 * Return: the return convention to apply, or -1 when the interface now
 * converts nothing (@val is left alone).
 */
int syscall_iface_convert(struct syscall_iface *iface, long *val)
{
	const struct syscall_iface_table *t;
	int conv = -1;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	if (t->convert) {
		conv = t->ret;
		if (IS_ERR_VALUE(*val) && -*val < t->errno_size) {
			unsigned int e = array_index_nospec(-*val, t->errno_size);
			u16 f = syscall_iface_errmap(t)[e];

			if (f)
				*val = -(long)f;
		}
	}
	rcu_read_unlock();
	return conv;
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

enum syscall_iface_method syscall_iface_method(struct syscall_iface *iface)
{
	enum syscall_iface_method m;

	rcu_read_lock();
	m = rcu_dereference(iface->table)->method;
	rcu_read_unlock();
	return m;
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
