// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface services: kernel functions that a table can name but
 * that are not native syscalls.  To ptrace, seccomp and audit a service
 * is native number SYSCALL_IFACE_SERVICE_BASE + id, which no native
 * syscall uses; do_syscall_64() hands such numbers here instead of to
 * sys_ni_syscall().
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/uaccess.h>

#include "internal.h"

struct syscall_iface_service {
	const char *name;
	long (*fn)(struct pt_regs *regs);
};

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
	struct syscall_iface *iface = current->syscall_iface;
	const char *name = iface ? syscall_iface_name(iface) : "linux";
	size_t len = strlen(name);

	pr_info_ratelimited("%s: %s[%d] runs interface %s\n", __func__,
			    current->comm, task_pid_nr(current), name);
	if (buf && size) {
		size_t n = min(len, size - 1);

		if (copy_to_user(buf, name, n) || put_user('\0', buf + n))
			return -EFAULT;
	}
	return len;
}

static const struct syscall_iface_service services[] = {
	[SYSCALL_IFACE_SERVICE_IFACE_INFO] = { "iface_info", iface_info },
};

int syscall_iface_service_lookup(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(services); i++)
		if (!strcmp(services[i].name, name))
			return i;
	return -ENOENT;
}

const char *syscall_iface_service_name(unsigned int nr)
{
	nr -= SYSCALL_IFACE_SERVICE_BASE;
	return nr < ARRAY_SIZE(services) ? services[nr].name : NULL;
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
 * syscall_iface_service - run a service for a number no syscall has
 * @regs: the caller's registers; the result goes to regs->ax
 * @nr: the native number, after ptrace and seccomp had their say
 *
 * A foreign task reaches a service through the number its table gave
 * it.  A native task reaches one only where "linux"'s table adds it (the
 * paper's number 548 for the debug service, say).
 *
 * Return: true if a service ran, false for an ordinary invalid number.
 */
bool syscall_iface_service(struct pt_regs *regs, long nr)
{
	struct syscall_iface *iface = current->syscall_iface;
	unsigned long id;

	if (!iface) {
		nr = linux_extra(nr);
		if (nr < 0)
			return false;
	}
	id = nr - SYSCALL_IFACE_SERVICE_BASE;
	if (nr < SYSCALL_IFACE_SERVICE_BASE || id >= ARRAY_SIZE(services))
		return false;
	id = array_index_nospec(id, ARRAY_SIZE(services));
	regs->ax = services[id].fn(regs);
	return true;
}
