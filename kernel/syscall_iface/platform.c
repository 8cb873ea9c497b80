// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface platforms: what a foreign ABI needs besides its table,
 * provided by modules on the model of FreeBSD's struct sysentvec.
 *
 * An interface names at most one platform (its "platform" attribute).
 * Naming one loads its module if need be (module alias
 * "syscall-iface-platform-NAME") and pins it: the interface holds a
 * reference on the module while it names the platform, and so does each
 * task that runs under it, from the exec or prctl that gave it the
 * interface until it leaves the interface.  So a platform module cannot
 * be unloaded while anyone uses it, and no task runs half translated.  A
 * task keeps the platform it got even if its interface later names
 * another, as a FreeBSD process keeps its sysentvec.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/kmod.h>
#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/task_stack.h>

#include "internal.h"

/* Registered platforms, under syscall_iface_mutex. */
static LIST_HEAD(platforms);

static struct syscall_iface_platform *find(const char *name)
{
	struct syscall_iface_platform *p;

	list_for_each_entry(p, &platforms, node)
		if (!strcmp(p->name, name))
			return p;
	return NULL;
}

/**
 * syscall_iface_register_platform - make a platform available by name
 * @p: the platform, which must outlive its registration
 *
 * Return: 0, -EINVAL for a bad name, -EEXIST if the name is
 * taken.
 */
int syscall_iface_register_platform(struct syscall_iface_platform *p)
{
	int ret = 0;

	if (!p->name || !syscall_iface_name_ok(p->name))
		return -EINVAL;
	mutex_lock(&syscall_iface_mutex);
	if (find(p->name))
		ret = -EEXIST;
	else
		list_add_tail(&p->node, &platforms);
	mutex_unlock(&syscall_iface_mutex);
	if (!ret)
		pr_info("platform %s registered\n", p->name);
	return ret;
}
EXPORT_SYMBOL_GPL(syscall_iface_register_platform);

/**
 * syscall_iface_unregister_platform - withdraw a platform
 * @p: a registered platform
 *
 * For the module's exit: no interface names the platform and no task
 * runs under it then, as each of them holds a reference on the module.
 */
void syscall_iface_unregister_platform(struct syscall_iface_platform *p)
{
	mutex_lock(&syscall_iface_mutex);
	list_del(&p->node);
	mutex_unlock(&syscall_iface_mutex);
}
EXPORT_SYMBOL_GPL(syscall_iface_unregister_platform);

/**
 * syscall_iface_platform_get - a registered platform, by name, pinned
 * @name: its name
 *
 * Loads the platform's module if no platform has that name yet.  Caller
 * must not hold syscall_iface_mutex.
 *
 * Return: the platform, with a reference on its module, or NULL if none
 * is registered under @name.
 */
const struct syscall_iface_platform *syscall_iface_platform_get(const char *name)
{
	struct syscall_iface_platform *p;
	bool loaded = false;

	for (;;) {
		mutex_lock(&syscall_iface_mutex);
		p = find(name);
		if (p && !try_module_get(p->owner))
			p = NULL;		/* on its way out */
		mutex_unlock(&syscall_iface_mutex);
		if (p || loaded)
			return p;
		request_module("syscall-iface-platform-%s", name);
		loaded = true;
	}
}

/**
 * syscall_iface_platform_put - drop a reference on a platform's module
 * @p: the platform, or NULL
 */
void syscall_iface_platform_put(const struct syscall_iface_platform *p)
{
	if (p)
		module_put(p->owner);
}

/**
 * syscall_iface_platform_of - the platform an interface names now, pinned
 * @iface: the interface
 *
 * The interface's own reference keeps the module while we take ours:
 * it is dropped only a grace period after the interface stops naming it
 * (configfs.c).
 *
 * Return: the platform, with a reference on its module, or NULL.
 */
const struct syscall_iface_platform *
syscall_iface_platform_of(struct syscall_iface *iface)
{
	const struct syscall_iface_platform *p;

	rcu_read_lock();
	p = rcu_dereference(iface->platform);
	if (p)
		__module_get(p->owner);
	rcu_read_unlock();
	return p;
}

/**
 * syscall_iface_exec_start - give a new program its platform's start-up state
 *
 * Called by exec_binprm() once the loader has set the program's
 * registers, before anyone can see them: the tracer's exec stop comes
 * after.
 */
void syscall_iface_exec_start(void)
{
	const struct syscall_iface_platform *p = current->syscall_iface.platform;

	if (p && p->start)
		p->start(current_pt_regs());
}
