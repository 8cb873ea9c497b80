// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: interfaces, their lifetime, and who may run under them.
 *
 * An interface is a configfs group whose item kref is also the reference
 * each task holds.  rmdir unbinds it at once (no new exec can select it)
 * and drops configfs' reference; the interface is freed when the last
 * task using it execs or exits.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/percpu.h>
#include <linux/sched/stat.h>
#include <linux/security.h>
#include <linux/slab.h>

#include "internal.h"

/* Serialises configuration changes and the interface list. */
DEFINE_MUTEX(syscall_iface_mutex);
LIST_HEAD(syscall_iface_all);
struct syscall_iface *syscall_iface_linux;

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
	syscall_iface_table_free(rcu_dereference_protected(iface->table, true));
	kfree(rcu_dereference_protected(iface->sig, true));
	syscall_iface_platform_put(rcu_dereference_protected(iface->platform, true));
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
 * syscall_iface_add - put a new foreign interface on the list
 * @iface: the interface
 * @type: the configfs type of its directory
 *
 * From now on its tasks may reach services through the invalid-number
 * path, so the services' static key goes on.
 *
 * Return: 0, or -ENOSPC when there are SYSCALL_IFACE_MAX_IFACES already.
 */
int syscall_iface_add(struct syscall_iface *iface,
		      const struct config_item_type *type)
{
	struct syscall_iface *i;
	int n = 0;

	mutex_lock(&syscall_iface_mutex);
	list_for_each_entry(i, &syscall_iface_all, node)
		n += !i->native;
	if (n >= SYSCALL_IFACE_MAX_IFACES) {
		mutex_unlock(&syscall_iface_mutex);
		return -ENOSPC;
	}
	config_group_init_type_name(&iface->group, iface->name, type);
	list_add_tail(&iface->node, &syscall_iface_all);
	mutex_unlock(&syscall_iface_mutex);
	static_branch_inc(&syscall_iface_services_on);
	return 0;
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

/**
 * syscall_iface_get_by_name - find a live interface by name
 * @name: its name; "linux" is the native interface
 *
 * Return: a counted reference, or NULL if there is none.
 */
struct syscall_iface *syscall_iface_get_by_name(const char *name)
{
	struct syscall_iface *iface, *found = NULL;

	mutex_lock(&syscall_iface_mutex);
	list_for_each_entry(iface, &syscall_iface_all, node) {
		if (!iface->deleted && !strcmp(iface->name, name)) {
			config_group_get(&iface->group);
			found = iface;
			break;
		}
	}
	mutex_unlock(&syscall_iface_mutex);
	return found;
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
	return syscall_iface_sysfs_init();
}
fs_initcall(syscall_iface_init);
