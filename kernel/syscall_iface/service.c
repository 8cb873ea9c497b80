// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface services: kernel functions that a table can name but
 * that are not native syscalls, built in (iface_info, the paper's debug
 * service) or provided by modules through
 * syscall_iface_register_service().
 *
 * A service has a slot, found by name, that never goes away: a table may
 * name a service before its module is loaded ("service:NAME"), and calls
 * fail with -ENOSYS while it is absent.  To ptrace, seccomp and audit a
 * service is native number SYSCALL_IFACE_SERVICE_BASE + slot, which no
 * native syscall uses; /sys/kernel/syscall_iface/services lists them, so
 * a seccomp filter can name them too.  do_syscall_64() hands such
 * numbers here instead of to sys_ni_syscall().
 *
 * Unloading is safe: a call takes a reference on the module before it
 * runs the function, so a module cannot go while a call is in flight,
 * and once its exit has unregistered the service (followed by an RCU
 * grace period) no caller can reach the function any more.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/ctype.h>
#include <linux/module.h>
#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sysfs.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * struct syscall_iface_service - one service slot
 * @name: the service's name
 * @fn: the function while the service is present, else NULL
 * @owner: the module that provides it (NULL: built in)
 */
struct syscall_iface_service {
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	long (*fn)(struct pt_regs *regs);
	struct module *owner;
};

DEFINE_STATIC_KEY_FALSE(syscall_iface_services_on);

static struct syscall_iface_service services[SYSCALL_IFACE_MAX_SERVICES];
static unsigned int nr_services;	/* slots in use; under the mutex */

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
	struct syscall_iface *iface = current->syscall_iface ?: syscall_iface_linux;
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

/* A service name: 1 to SYSCALL_IFACE_NAME_MAX letters, digits or '_'. */
static bool name_ok(const char *name)
{
	size_t len = strlen(name), i;

	if (!len || len > SYSCALL_IFACE_NAME_MAX)
		return false;
	for (i = 0; i < len; i++)
		if (!isalnum(name[i]) && name[i] != '_')
			return false;
	return true;
}

/* The slot called @name, reserving one if @reserve; caller holds the mutex. */
static int slot(const char *name, bool reserve)
{
	unsigned int i;

	lockdep_assert_held(&syscall_iface_mutex);
	for (i = 0; i < nr_services; i++)
		if (!strcmp(services[i].name, name))
			return i;
	if (!reserve)
		return -ENOENT;
	if (!name_ok(name))
		return -EINVAL;
	if (nr_services == SYSCALL_IFACE_MAX_SERVICES)
		return -ENOSPC;
	strscpy(services[nr_services].name, name);
	WRITE_ONCE(nr_services, nr_services + 1);
	return nr_services - 1;
}

/**
 * syscall_iface_register_service - provide a service that tables can name
 * @name: its name, at most SYSCALL_IFACE_NAME_MAX characters
 * @fn: the function; it gets the caller's registers (arguments in rdi,
 *      rsi, rdx, r10, r8, r9) and returns the result for rax
 * @owner: the module that provides it, normally THIS_MODULE
 *
 * Tables that already name the service (as "service:NAME") reach it
 * from now on.  Call syscall_iface_unregister_service() before @owner
 * goes away.
 *
 * Return: 0, -EEXIST if the service is already provided, -EINVAL for a
 * bad name, -ENOSPC when all service slots are taken.
 */
int syscall_iface_register_service(const char *name,
				   long (*fn)(struct pt_regs *regs),
				   struct module *owner)
{
	int id;

	mutex_lock(&syscall_iface_mutex);
	id = slot(name, true);
	if (id >= 0 && services[id].fn)
		id = -EEXIST;
	if (id >= 0) {
		services[id].owner = owner;
		/* Callers that see @fn see @owner too. */
		smp_store_release(&services[id].fn, fn);
	}
	mutex_unlock(&syscall_iface_mutex);
	if (id < 0)
		return id;
	pr_info("service %s registered as number %d\n", name,
		SYSCALL_IFACE_SERVICE_BASE + id);
	return 0;
}
EXPORT_SYMBOL_GPL(syscall_iface_register_service);

/**
 * syscall_iface_unregister_service - withdraw a service
 * @name: the name it was registered with
 *
 * From the return on, no caller runs the service's function; calls get
 * -ENOSYS until it is registered again.  Might sleep.
 */
void syscall_iface_unregister_service(const char *name)
{
	int id;

	mutex_lock(&syscall_iface_mutex);
	id = slot(name, false);
	if (id >= 0)
		WRITE_ONCE(services[id].fn, NULL);
	mutex_unlock(&syscall_iface_mutex);
	synchronize_rcu();
	if (id >= 0)
		pr_info("service %s unregistered\n", name);
}
EXPORT_SYMBOL_GPL(syscall_iface_unregister_service);

/**
 * syscall_iface_services_mark - the number of service slots in use
 *
 * With syscall_iface_services_forget(), takes back the slots that a table
 * which is then refused reserved.  Caller holds syscall_iface_mutex.
 *
 * Return: the mark.
 */
unsigned int syscall_iface_services_mark(void)
{
	lockdep_assert_held(&syscall_iface_mutex);
	return nr_services;
}

/**
 * syscall_iface_services_forget - free the slots reserved since a mark
 * @mark: from syscall_iface_services_mark()
 *
 * Only slots that nothing uses may go: those reserved by a table that was
 * refused, with syscall_iface_mutex held since the mark was taken.
 */
void syscall_iface_services_forget(unsigned int mark)
{
	lockdep_assert_held(&syscall_iface_mutex);
	while (nr_services > mark) {
		memset(&services[nr_services - 1], 0, sizeof(services[0]));
		WRITE_ONCE(nr_services, nr_services - 1);
	}
}

/**
 * syscall_iface_service_lookup - the number of a service, for a table
 * @name: the service's name
 * @reserve: reserve a slot for a service that is not known yet
 *
 * Caller holds syscall_iface_mutex.
 *
 * Return: SYSCALL_IFACE_SERVICE_BASE + slot; without @reserve, -ENOENT
 * unless the service is present; with it, -EINVAL or -ENOSPC.
 */
int syscall_iface_service_lookup(const char *name, bool reserve)
{
	int id = slot(name, reserve);

	if (id < 0)
		return id;
	if (!reserve && !services[id].fn)
		return -ENOENT;
	return SYSCALL_IFACE_SERVICE_BASE + id;
}

/**
 * syscall_iface_service_name - the name of a service number
 * @nr: SYSCALL_IFACE_SERVICE_BASE + slot
 * @present: set to whether the service is present now
 *
 * Return: the name, or NULL for no such slot.
 */
const char *syscall_iface_service_name(unsigned int nr, bool *present)
{
	unsigned int id = nr - SYSCALL_IFACE_SERVICE_BASE;

	if (id >= READ_ONCE(nr_services))
		return NULL;
	*present = !!READ_ONCE(services[id].fn);
	return services[id].name;
}

/* The service "linux" maps at native number @nr, or -1. */
static long linux_extra(long nr)
{
	const struct syscall_iface_table *t;
	long ret = -1;

	if (nr < 0 || !syscall_iface_linux)
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

/**
 * __syscall_iface_service - run a service for a number no syscall has
 * @regs: the caller's registers; the result goes to regs->ax
 * @nr: the native number, after ptrace and seccomp had their say
 *
 * A foreign task reaches a service through the number its table gave
 * it.  A native task reaches one only where "linux"'s table adds it (the
 * paper's number 548 for the debug service, say).
 *
 * Return: true if a service ran (regs->ax is its result), false for an
 * invalid number, which an absent service is too.
 */
bool __syscall_iface_service(struct pt_regs *regs, long nr)
{
	struct syscall_iface_service *s;
	long (*fn)(struct pt_regs *regs);
	struct module *owner;
	unsigned long id;

	if (!current->syscall_iface) {
		nr = linux_extra(nr);
		if (nr < 0)
			return false;
	}
	id = nr - SYSCALL_IFACE_SERVICE_BASE;
	if (nr < SYSCALL_IFACE_SERVICE_BASE || id >= READ_ONCE(nr_services))
		return false;
	s = &services[array_index_nospec(id, SYSCALL_IFACE_MAX_SERVICES)];

	rcu_read_lock();
	/* Pairs with the release in syscall_iface_register_service(). */
	fn = smp_load_acquire(&s->fn);
	owner = s->owner;
	if (!fn || !try_module_get(owner)) {
		/* Absent, or its module is going: an invalid number. */
		rcu_read_unlock();
		return false;
	}
	rcu_read_unlock();
	regs->ax = fn(regs);
	module_put(owner);
	return true;
}

/* /sys/kernel/syscall_iface/services: "NUMBER NAME STATE" a line. */
ssize_t syscall_iface_services_show(char *buf)
{
	ssize_t n = 0;
	unsigned int i;

	mutex_lock(&syscall_iface_mutex);
	for (i = 0; i < nr_services; i++) {
		const struct syscall_iface_service *s = &services[i];
		const char *state = !s->fn ? "absent" :
				    s->owner ? module_name(s->owner) :
				    "built-in";

		n += sysfs_emit_at(buf, n, "%d %s %s\n",
				   SYSCALL_IFACE_SERVICE_BASE + i, s->name,
				   state);
	}
	mutex_unlock(&syscall_iface_mutex);
	return n;
}

/* The built-in services, in the slots the uapi header promises. */
int __init syscall_iface_services_init(void)
{
	BUILD_BUG_ON(SYSCALL_IFACE_SERVICE_IFACE_INFO != 0);
	return syscall_iface_register_service("iface_info", iface_info, NULL);
}
