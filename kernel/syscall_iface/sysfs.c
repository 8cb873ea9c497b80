// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface in sysfs: /sys/kernel/syscall_iface/{version,stats,services}
 *
 * services has one line per service, as many as there are: its number as
 * ptrace and seccomp see it, its name, and "built-in", the module
 * providing it, or "absent".
 *
 * stats has a header line, one line per interface (as many as fit in a
 * page, then one that says how many more) and a total over all of them:
 *
 *   interface binfmt tasks execs syscalls unmapped
 *
 * "linux" counts execs that selected no foreign interface, and every
 * task that uses no other interface; its syscalls are not counted, since
 * native tasks pay nothing extra.  An interface removed from configfs but
 * still in use shows "(deleted)" as its handler.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/kobject.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sysfs.h>

#include "internal.h"

/* The longest line of stats: an interface name can be 32 characters. */
#define STATS_LINE	(32 + 1 + 9 + 1 + 6 + 1 + 20 + 1 + 20 + 1 + 20 + 1)

static ssize_t version_show(struct kobject *kobj, struct kobj_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%s\n", SYSCALL_IFACE_VERSION);
}

static struct kobj_attribute version_attr = __ATTR_RO(version);

static ssize_t stats_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	struct syscall_iface_pcpu sum, total = {};
	struct syscall_iface *iface;
	long tasks, all_tasks = 0;
	unsigned int left = 0;
	ssize_t n;

	n = sysfs_emit(buf, "%-16s %-9s %6s %8s %12s %10s\n", "interface",
		       "binfmt", "tasks", "execs", "syscalls", "unmapped");
	mutex_lock(&syscall_iface_mutex);
	list_for_each_entry(iface, &syscall_iface_all, node) {
		const char *fmt = syscall_iface_binfmt_name(iface->binfmt);
		char calls[24] = "-", unmapped[24] = "-";

		if (iface->deleted)
			fmt = "(deleted)";
		else if (!*fmt)
			fmt = "-";
		tasks = syscall_iface_tasks(iface);
		syscall_iface_sum(iface, &sum);
		all_tasks += tasks;
		total.execs += sum.execs;
		total.calls += sum.calls;
		total.unmapped += sum.unmapped;
		/* Keep room for the "more" line and the total. */
		if (left || n > PAGE_SIZE - 3 * STATS_LINE) {
			left++;
			continue;
		}
		if (!iface->native) {
			snprintf(calls, sizeof(calls), "%llu", sum.calls);
			snprintf(unmapped, sizeof(unmapped), "%llu", sum.unmapped);
		}
		n += sysfs_emit_at(buf, n, "%-16s %-9s %6ld %8llu %12s %10s\n",
				   syscall_iface_name(iface), fmt, tasks,
				   sum.execs, calls, unmapped);
	}
	mutex_unlock(&syscall_iface_mutex);
	if (left)
		n += sysfs_emit_at(buf, n,
				   "(%u more interfaces; each has its own stats in configfs)\n",
				   left);
	n += sysfs_emit_at(buf, n, "%-16s %-9s %6ld %8llu %12llu %10llu\n",
			   "total", "-", all_tasks, total.execs, total.calls,
			   total.unmapped);
	return n;
}

static struct kobj_attribute stats_attr = __ATTR_RO(stats);

/* services: the whole list, however long, read at an offset. */
static ssize_t services_read(struct file *file, struct kobject *kobj,
			     struct bin_attribute *attr, char *buf, loff_t off,
			     size_t count)
{
	ssize_t len = syscall_iface_services_format(NULL, 0), n;
	char *text;

	/* The list may grow between measuring and writing it. */
	for (;;) {
		text = kvmalloc(len, GFP_KERNEL);
		if (!text)
			return -ENOMEM;
		n = syscall_iface_services_format(text, len);
		if (n <= len)
			break;
		kvfree(text);
		len = n;
	}
	count = off < n ? min_t(size_t, count, n - off) : 0;
	memcpy(buf, text + off, count);
	kvfree(text);
	return count;
}

static BIN_ATTR_RO(services, 0);

static struct attribute *syscall_iface_sysfs_attrs[] = {
	&version_attr.attr,
	&stats_attr.attr,
	NULL,
};

static struct bin_attribute *syscall_iface_sysfs_bin_attrs[] = {
	&bin_attr_services,
	NULL,
};

static const struct attribute_group syscall_iface_sysfs_group = {
	.attrs = syscall_iface_sysfs_attrs,
	.bin_attrs = syscall_iface_sysfs_bin_attrs,
};

int __init syscall_iface_sysfs_init(void)
{
	struct kobject *kobj;
	int ret;

	kobj = kobject_create_and_add("syscall_iface", kernel_kobj);
	if (!kobj)
		return -ENOMEM;
	ret = sysfs_create_group(kobj, &syscall_iface_sysfs_group);
	if (ret) {
		kobject_put(kobj);
		return ret;
	}
	pr_info("version %s\n", SYSCALL_IFACE_VERSION);
	return 0;
}
