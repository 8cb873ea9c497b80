// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface services: kernel functions that a table can name but
 * that are not native syscalls: built in (iface_info, the paper's debug
 * service), provided by a platform with its other hooks, or by any
 * module through syscall_iface_register_service().
 *
 * A platform owns its services: they run only for tasks of that platform,
 * and only the tables of interfaces that name the platform may name them
 * (syscall_iface_service_check()); a service of no platform serves all.
 *
 * A service has a slot, found by name.  An interface without a platform
 * may name a service before its module is loaded ("service:NAME"); calls
 * fail with -ENOSYS while it is absent.  A slot lives while a table names
 * it or a module provides it: syscall_iface_services_sweep() frees the
 * others, so a mistyped name does not keep one.  Slots are allocated as
 * needed; the only bound is the numbers a table entry can hold.
 *
 * One number per service, for every task and every observer: ptrace,
 * seccomp, audit and the tracepoints see a service as native number
 * SYSCALL_IFACE_SERVICE_BASE + slot, which no native syscall uses, and
 * /sys/kernel/syscall_iface/services lists them.  A foreign task gets
 * that number from its table.  A native task reaches a service only
 * where "linux"'s table names it: by the extra number the table gives it
 * (the paper's 548), which is turned into the service's number before
 * any observer sees the call, or by the service's number itself.
 * do_syscall_64() hands such numbers here instead of to sys_ni_syscall().
 *
 * Lifetime: a provider is published as one immutable {fn, owner,
 * platform} object.  Callers run the function inside an SRCU read-side
 * section holding a reference on the module, so unregistering waits for
 * every call in flight, even one that sleeps, and a module cannot be
 * unloaded while a call runs.  A task that dies inside a service lets go
 * of both as it exits.  Slots are freed after an RCU grace period, which
 * lookups hold.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/bitmap.h>
#include <linux/ctype.h>
#include <linux/module.h>
#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/srcu.h>
#include <linux/sysfs.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * struct syscall_iface_provider - what runs a service, never changed
 * @fn: the function
 * @owner: the module that provides it (NULL: built in)
 * @platform: the platform it belongs to, or NULL: it serves every task
 */
struct syscall_iface_provider {
	long (*fn)(struct pt_regs *regs);
	struct module *owner;
	const struct syscall_iface_platform *platform;
};

/**
 * struct syscall_iface_service - one service slot
 * @name: the service's name
 * @provider: what runs it while it is present, else NULL (SRCU)
 * @rcu: frees the slot once no lookup can be reading it
 */
struct syscall_iface_service {
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	struct syscall_iface_provider __rcu *provider;
	struct rcu_head rcu;
};

/**
 * struct service_slots - the slots by number
 * @rcu: frees an array replaced by a larger one
 * @size: the numbers it has room for
 * @slot: each number's slot, or NULL (RCU)
 *
 * Slots are allocated as names are first registered or named by a table,
 * at the lowest free number, and freed by the sweep; the array doubles
 * when it is full, up to the numbers a table entry can hold.  A call
 * finds its slot by index, as in a fixed array.
 */
struct service_slots {
	struct rcu_head rcu;
	unsigned int size;
	struct syscall_iface_service __rcu *slot[];
};

#define SLOTS_MIN	64
#define SLOTS_MAX	(SYSCALL_IFACE_SERVICE_LAST - SYSCALL_IFACE_SERVICE_BASE + 1)

DEFINE_STATIC_KEY_FALSE(syscall_iface_services_on);
DEFINE_STATIC_KEY_FALSE(syscall_iface_extras_on);
DEFINE_STATIC_SRCU(service_srcu);

/* Changed under syscall_iface_mutex, read under RCU. */
static struct service_slots __rcu *slots;

static struct service_slots *slots_locked(void)
{
	return rcu_dereference_protected(slots,
					 lockdep_is_held(&syscall_iface_mutex));
}

static struct syscall_iface_service *slot_locked(struct service_slots *a,
						 unsigned int id)
{
	return rcu_dereference_protected(a->slot[id],
					 lockdep_is_held(&syscall_iface_mutex));
}

/* Slot @id or NULL, under rcu_read_lock() or syscall_iface_mutex. */
static struct syscall_iface_service *slot(unsigned long id)
{
	struct service_slots *a;

	a = rcu_dereference_check(slots, lockdep_is_held(&syscall_iface_mutex));
	if (!a || id >= a->size)
		return NULL;
	return rcu_dereference_check(a->slot[array_index_nospec(id, a->size)],
				     lockdep_is_held(&syscall_iface_mutex));
}

/**
 * iface_info - the paper's debug service: report the caller's interface
 * @regs: rdi = user buffer (may be NULL), rsi = its size
 *
 * Logs the calling task's interface, as the paper's
 * sys_get_current_syscall_tbl() did, and copies the interface name,
 * NUL-terminated and truncated to the buffer, if a buffer is given.
 *
 * Return: the length of the name, or -EFAULT.
 */
static long iface_info(struct pt_regs *regs)
{
	char __user *buf = (char __user *)regs->di;
	size_t size = regs->si;
	struct syscall_iface *iface = current->syscall_iface.iface ?: syscall_iface_linux;
	const char *name = syscall_iface_name(iface);
	size_t len = strlen(name);

	/* Per interface, so that one chatty platform silences no other. */
	if (__ratelimit(&iface->info_rs))
		pr_info("%s: %s[%d] runs interface %s\n", __func__,
			current->comm, task_pid_nr(current), name);
	if (buf && size) {
		size_t n = min(len, size - 1);

		if (copy_to_user(buf, name, n) || put_user('\0', buf + n))
			return -EFAULT;
	}
	return len;
}

/* A service or platform name: 1 to SYSCALL_IFACE_NAME_MAX letters, digits, '_'. */
bool syscall_iface_name_ok(const char *name)
{
	size_t len = strlen(name), i;

	if (!len || len > SYSCALL_IFACE_NAME_MAX)
		return false;
	for (i = 0; i < len; i++)
		if (!isalnum(name[i]) && name[i] != '_')
			return false;
	return true;
}

static struct syscall_iface_provider *provider(struct syscall_iface_service *s)
{
	return rcu_dereference_protected(s->provider,
					 lockdep_is_held(&syscall_iface_mutex));
}

/* Whether a service runs for tasks of @platform: its own, or any. */
static bool serves(const struct syscall_iface_provider *p,
		   const struct syscall_iface_platform *platform)
{
	return !p->platform || p->platform == platform;
}

/* The slot called @name, its number in @id; caller holds the mutex. */
static struct syscall_iface_service *find(const char *name, unsigned int *id)
{
	struct service_slots *a = slots_locked();
	struct syscall_iface_service *s;

	for (*id = 0; a && *id < a->size; ++*id) {
		s = slot_locked(a, *id);
		if (s && !strcmp(s->name, name))
			return s;
	}
	return NULL;
}

/* A free number, in @a grown if need be: or -ENOSPC, -ENOMEM. */
static int free_number(struct service_slots *a)
{
	unsigned int id, size = a ? a->size : 0;
	struct service_slots *n;

	for (id = 0; id < size; id++)
		if (!slot_locked(a, id))
			return id;
	if (size == SLOTS_MAX)
		return -ENOSPC;
	n = kzalloc(struct_size(n, slot, clamp(2 * size, SLOTS_MIN, SLOTS_MAX)),
		    GFP_KERNEL);
	if (!n)
		return -ENOMEM;
	n->size = clamp(2 * size, SLOTS_MIN, SLOTS_MAX);
	for (id = 0; id < size; id++)
		RCU_INIT_POINTER(n->slot[id], slot_locked(a, id));
	rcu_assign_pointer(slots, n);
	if (a)
		kfree_rcu(a, rcu);
	return size;
}

/*
 * The number of the slot called @name, allocating one if there is none:
 * or -EINVAL for a bad name, -ENOSPC once every number a table entry can
 * hold is taken, -ENOMEM.  Caller holds the mutex.
 */
static int reserve(const char *name)
{
	struct syscall_iface_service *s;
	unsigned int id;
	int nr;

	lockdep_assert_held(&syscall_iface_mutex);
	if (find(name, &id))
		return id;
	if (!syscall_iface_name_ok(name))
		return -EINVAL;
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	strscpy(s->name, name);
	nr = free_number(slots_locked());
	if (nr < 0) {
		kfree(s);
		return nr;
	}
	rcu_assign_pointer(slots_locked()->slot[nr], s);
	return nr;
}

/**
 * syscall_iface_services_sweep - free the slots nothing holds
 *
 * A slot stays while its service is provided or some interface's table
 * names it (a removed interface's too, while its tasks run); the others
 * are freed, and their numbers serve any name again.  Called after every
 * change that can let go of a slot: a table published or refused, a
 * service unregistered, an interface freed.  Without memory for the
 * sweep, slots stay until the next one.  Caller holds
 * syscall_iface_mutex.
 */
void syscall_iface_services_sweep(void)
{
	struct service_slots *a = slots_locked();
	struct syscall_iface_service *s;
	struct syscall_iface *iface;
	unsigned long *named;
	unsigned int id;

	if (!a)
		return;
	named = bitmap_zalloc(a->size, GFP_KERNEL);
	if (!named)
		return;
	list_for_each_entry(iface, &syscall_iface_all, node) {
		const struct syscall_iface_table *t;
		unsigned int nr;

		t = rcu_dereference_protected(iface->table, true);
		for (nr = 0; nr < t->size; nr++) {
			id = t->ent[nr] - SYSCALL_IFACE_SERVICE_BASE;
			if (syscall_iface_ent_is_service(t->ent[nr]) &&
			    id < a->size)
				__set_bit(id, named);
		}
	}
	for (id = 0; id < a->size; id++) {
		s = slot_locked(a, id);
		if (!s || test_bit(id, named) || provider(s))
			continue;
		RCU_INIT_POINTER(a->slot[id], NULL);
		kfree_rcu(s, rcu);
	}
	bitmap_free(named);
}

/**
 * syscall_iface_service_add - provide a service, for every task or a platform's
 * @name: its name, at most SYSCALL_IFACE_NAME_MAX characters
 * @fn: the function
 * @owner: the module that provides it
 * @platform: the platform it belongs to (registering it), or NULL
 *
 * A platform's service runs only for tasks of that platform, and only
 * tables of interfaces that name the platform may name it.
 *
 * Return: 0, -EEXIST if the service is already provided, -EINVAL for a
 * bad name, -ENOSPC when every service number is taken, -ENOMEM.
 */
int syscall_iface_service_add(const char *name,
			      long (*fn)(struct pt_regs *regs),
			      struct module *owner,
			      const struct syscall_iface_platform *platform)
{
	struct syscall_iface_provider *p;
	struct syscall_iface_service *s;
	int id;

	p = kmalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	p->fn = fn;
	p->owner = owner;
	p->platform = platform;

	mutex_lock(&syscall_iface_mutex);
	id = reserve(name);
	if (id >= 0) {
		s = slot(id);
		if (provider(s))
			id = -EEXIST;
		else
			rcu_assign_pointer(s->provider, p);
	}
	mutex_unlock(&syscall_iface_mutex);
	if (id < 0) {
		kfree(p);
		return id;
	}
	pr_debug("service %s registered as number %d\n", name,
		 SYSCALL_IFACE_SERVICE_BASE + id);
	return 0;
}

/**
 * syscall_iface_register_service - provide a service that tables can name
 * @name: its name, at most SYSCALL_IFACE_NAME_MAX characters
 * @fn: the function; it gets the caller's registers (arguments in rdi,
 *      rsi, rdx, r10, r8, r9) and returns the result for rax
 * @owner: the module that provides it, normally THIS_MODULE
 *
 * A service of no platform: any interface's table may name it, and it
 * runs for any task.  Tables that already name it (as "service:NAME")
 * reach it from now on.  Call syscall_iface_unregister_service() before
 * @fn or anything it uses goes away.  A platform's own services are
 * registered with it (struct syscall_iface_platform's @services).
 *
 * Return: 0, -EEXIST if the service is already provided, -EINVAL for a
 * bad name, -ENOSPC when every service number is taken, -ENOMEM.
 */
int syscall_iface_register_service(const char *name,
				   long (*fn)(struct pt_regs *regs),
				   struct module *owner)
{
	return syscall_iface_service_add(name, fn, owner, NULL);
}
EXPORT_SYMBOL_GPL(syscall_iface_register_service);

/**
 * syscall_iface_unregister_service - withdraw a service
 * @name: the name it was registered with
 *
 * Waits for every call of the service in flight: from the return on, no
 * caller runs its function, and calls get -ENOSYS until it is registered
 * again.  Might sleep, as long as the slowest call does.
 */
void syscall_iface_unregister_service(const char *name)
{
	struct syscall_iface_provider *p = NULL;
	struct syscall_iface_service *s;
	unsigned int id;

	mutex_lock(&syscall_iface_mutex);
	s = find(name, &id);
	if (s) {
		p = provider(s);
		RCU_INIT_POINTER(s->provider, NULL);
		syscall_iface_services_sweep();
	}
	mutex_unlock(&syscall_iface_mutex);
	if (!p)
		return;
	synchronize_srcu(&service_srcu);
	kfree(p);
	pr_debug("service %s unregistered\n", name);
}
EXPORT_SYMBOL_GPL(syscall_iface_unregister_service);

/**
 * syscall_iface_service_lookup - the number of a service, for a table
 * @name: the service's name
 * @reserve_slot: reserve a slot for a service that is not known yet
 *
 * A reserved slot that no published table names is freed again by the
 * next syscall_iface_services_sweep().  Whether the interface may name
 * the service is syscall_iface_service_check()'s to say.  Caller holds
 * syscall_iface_mutex.
 *
 * Return: SYSCALL_IFACE_SERVICE_BASE + slot; without @reserve_slot, -ENOENT
 * unless the service is present; with it, -EINVAL, -ENOSPC or -ENOMEM.
 */
int syscall_iface_service_lookup(const char *name, bool reserve_slot)
{
	struct syscall_iface_service *s;
	unsigned int id;
	int ret;

	if (reserve_slot) {
		ret = reserve(name);
		return ret < 0 ? ret : SYSCALL_IFACE_SERVICE_BASE + ret;
	}
	s = find(name, &id);
	if (!s || !provider(s))
		return -ENOENT;
	return SYSCALL_IFACE_SERVICE_BASE + id;
}

/**
 * syscall_iface_service_check - whether an interface may name a service
 * @nr: the service's number, from syscall_iface_service_lookup()
 * @platform: the interface's platform, or NULL
 * @why: filled with a one-line reason on refusal
 * @len: size of @why
 *
 * The rule for tables: an interface names its platform's services and
 * those of no platform; one without a platform may also name a service
 * that is not provided yet.  (A platform's services are all there while
 * an interface names it.)  Caller holds syscall_iface_mutex.
 *
 * Return: 0, or -EINVAL with the reason in @why.
 */
int syscall_iface_service_check(unsigned int nr,
				const struct syscall_iface_platform *platform,
				char *why, size_t len)
{
	struct syscall_iface_service *s;
	struct syscall_iface_provider *p;

	s = slot(nr - SYSCALL_IFACE_SERVICE_BASE);
	if (WARN_ON_ONCE(!s))
		return -EINVAL;
	p = provider(s);
	if (p && !serves(p, platform)) {
		snprintf(why, len, "service '%s' is platform %s's, %s%s",
			 s->name, p->platform->name,
			 platform ? "not " : "and the interface names no platform",
			 platform ? platform->name : "");
		return -EINVAL;
	}
	if (!p && platform) {
		snprintf(why, len, "platform %s provides no service '%s'",
			 platform->name, s->name);
		return -EINVAL;
	}
	return 0;
}

/**
 * syscall_iface_service_name - the name of a service number
 * @nr: SYSCALL_IFACE_SERVICE_BASE + slot
 * @present: set to whether the service is present now
 *
 * Caller holds syscall_iface_mutex or rcu_read_lock().
 *
 * Return: the name, or NULL for no such slot.
 */
const char *syscall_iface_service_name(unsigned int nr, bool *present)
{
	struct syscall_iface_service *s;

	s = slot(nr - SYSCALL_IFACE_SERVICE_BASE);
	if (!s)
		return NULL;
	*present = !!rcu_access_pointer(s->provider);
	return s->name;
}

/* Whether native number @nr is in the services' range. */
static bool service_range(unsigned long nr)
{
	return nr - SYSCALL_IFACE_SERVICE_BASE <=
	       SYSCALL_IFACE_SERVICE_LAST - SYSCALL_IFACE_SERVICE_BASE;
}

/**
 * syscall_iface_linux_extra - the service "linux" adds at a native number
 * @nr: the number a native task called
 *
 * Return: the service's number, or -1 if @nr is not one of linux's extras.
 */
long syscall_iface_linux_extra(unsigned long nr)
{
	const struct syscall_iface_table *t;
	long ret = -1;

	if (!syscall_iface_linux)
		return -1;
	rcu_read_lock();
	t = rcu_dereference(syscall_iface_linux->table);
	if (nr < t->size) {
		u16 e = t->ent[array_index_nospec(nr, t->size)];

		if (e != SYSCALL_IFACE_UNMAPPED)
			ret = e;
	}
	rcu_read_unlock();
	return ret;
}

/*
 * The service a native task's call @nr reaches, or -1.  Extras were
 * turned into service numbers on entry, before ptrace, seccomp and
 * audit, for a task that has any of them; under seccomp an extra number
 * that reaches dispatch was written after the filter ran (by a tracer)
 * and is refused, since the filter never judged the service.
 */
static long linux_service(unsigned long nr)
{
	const struct syscall_iface_table *t;
	bool named = false;
	unsigned int i;

	if (!syscall_iface_linux)
		return -1;
	if (service_range(nr)) {
		rcu_read_lock();
		t = rcu_dereference(syscall_iface_linux->table);
		for (i = 0; i < t->size && !named; i++)
			named = t->ent[i] == nr;
		rcu_read_unlock();
		return named ? nr : -1;
	}
	if (test_syscall_work(SECCOMP))
		return -1;
	return syscall_iface_linux_extra(nr);
}

/**
 * struct syscall_iface_service_hold - what a task holds while a service runs
 * @owner: the module providing the service, pinned
 * @srcu_idx: its SRCU read-side section, from srcu_down_read()
 * @exits: the service ends the thread once it returns
 *          (syscall_iface_service_exits())
 *
 * Lives in syscall_iface_service_run()'s frame, and the task points at
 * it: a task can die inside a service (a seccomp filter that kills the
 * thread judges one of the service's native calls), and then its exit
 * lets go of both (syscall_iface_service_release()).  srcu_down_read()
 * is the form of SRCU whose section may be ended by another context.
 */
struct syscall_iface_service_hold {
	struct module *owner;
	int srcu_idx;
	bool exits;
};

static void release(struct syscall_iface_service_hold *hold)
	__releases(&service_srcu)
{
	module_put(hold->owner);
	srcu_up_read(&service_srcu, hold->srcu_idx);
}

/**
 * syscall_iface_service_release - let go of a service a task died in
 * @tsk: current, in do_exit()
 */
void syscall_iface_service_release(struct task_struct *tsk)
{
	struct syscall_iface_service_hold *hold = tsk->syscall_iface.service;

	if (unlikely(hold)) {
		tsk->syscall_iface.service = NULL;
		__acquire(&service_srcu);	/* the dead task's section */
		release(hold);
	}
}

/**
 * syscall_iface_service_run - run a service, if it is present
 * @id: its slot
 * @regs: the caller's registers; the result goes to regs->ax
 *
 * A platform's service runs only for tasks of that platform, whatever
 * the table says: a task keeps the platform it started with while its
 * interface's table may since have been rewritten for another.
 *
 * Return: true if it ran, false if it is absent, serves another platform
 * or its module is going.
 */
bool syscall_iface_service_run(unsigned int id, struct pt_regs *regs)
{
	struct syscall_iface_service_hold hold;
	struct syscall_iface_provider *p = NULL;
	struct syscall_iface_service *s;
	bool ran = false;

	hold.srcu_idx = srcu_down_read(&service_srcu);
	rcu_read_lock();
	s = slot(id);
	/* srcu_down_read() is not one lockdep tracks. */
	if (s)
		p = srcu_dereference_check(s->provider, &service_srcu, true);
	rcu_read_unlock();
	if (p && serves(p, current->syscall_iface.platform) &&
	    try_module_get(p->owner)) {
		hold.owner = p->owner;
		hold.exits = false;
		current->syscall_iface.service = &hold;
		regs->ax = p->fn(regs);
		current->syscall_iface.service = NULL;
		release(&hold);
		if (unlikely(hold.exits))
			do_exit((regs->ax & 0xff) << 8);	/* as exit(2) does */
		ran = true;
	} else {
		srcu_up_read(&service_srcu, hold.srcu_idx);
	}
	return ran;
}

/**
 * syscall_iface_service_exits - the running service ends the calling thread
 *
 * For a platform's thread exit (FreeBSD's thr_exit): the service does
 * what the platform's exit does first, then returns the exit status.
 * The thread exits once the service has returned: a service must not
 * exit itself, as it runs holding its module and an SRCU read lock.
 */
void syscall_iface_service_exits(void)
{
	struct syscall_iface_service_hold *hold = current->syscall_iface.service;

	if (!WARN_ON_ONCE(!hold))
		hold->exits = true;
}
EXPORT_SYMBOL_GPL(syscall_iface_service_exits);

/**
 * __syscall_iface_service - run a service for a number no syscall has
 * @regs: the caller's registers; the result goes to regs->ax
 * @nr: the native number, after ptrace and seccomp had their say
 *
 * A foreign task reaches a service through the number its table gave
 * it; a native task, where "linux"'s table names the service.
 *
 * Return: true if a service ran (regs->ax is its result), false for an
 * invalid number, which an absent service is too.
 */
bool __syscall_iface_service(struct pt_regs *regs, long nr)
{
	if (!current->syscall_iface.iface)
		nr = linux_service(nr);
	if (!service_range(nr))
		return false;
	return syscall_iface_service_run(nr - SYSCALL_IFACE_SERVICE_BASE, regs);
}

/**
 * syscall_iface_services_format - the services list, "NUMBER NAME STATE" a line
 * @buf: where to write it, or NULL to measure it
 * @size: size of @buf; only whole lines that fit are written
 *
 * STATE is "built-in", the module that provides the service, or
 * "absent".  The list has no bound: sysfs reads it at an offset.
 *
 * Return: the length of the whole list.
 */
ssize_t syscall_iface_services_format(char *buf, size_t size)
{
	struct syscall_iface_service *s;
	char line[SYSCALL_IFACE_NAME_MAX + MODULE_NAME_LEN + 16];
	const struct syscall_iface_provider *p;
	struct service_slots *a;
	ssize_t len = 0;
	unsigned int id;
	int n;

	mutex_lock(&syscall_iface_mutex);
	a = slots_locked();
	for (id = 0; a && id < a->size; id++) {
		const char *state;

		s = slot_locked(a, id);
		if (!s)
			continue;
		p = provider(s);
		state = !p ? "absent" : p->owner ? module_name(p->owner) :
			"built-in";
		n = snprintf(line, sizeof(line), "%u %s %s\n",
			     SYSCALL_IFACE_SERVICE_BASE + id, s->name, state);
		if (buf && len + n <= size)
			memcpy(buf + len, line, n);
		len += n;
	}
	mutex_unlock(&syscall_iface_mutex);
	return len;
}

/* The built-in services, in the slots the uapi header promises. */
int __init syscall_iface_services_init(void)
{
	BUILD_BUG_ON(SYSCALL_IFACE_SERVICE_IFACE_INFO != 0);
	return syscall_iface_register_service("iface_info", iface_info, NULL);
}
