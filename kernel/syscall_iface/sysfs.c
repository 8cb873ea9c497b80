// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: /sys/kernel/syscall_iface/
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <uapi/linux/syscall_iface.h>

static ssize_t version_show(struct kobject *kobj, struct kobj_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%s\n", SYSCALL_IFACE_VERSION);
}
static struct kobj_attribute version_attr = __ATTR_RO(version);

static struct attribute *syscall_iface_attrs[] = {
	&version_attr.attr,
	NULL,
};

static const struct attribute_group syscall_iface_group = {
	.attrs = syscall_iface_attrs,
};

static int __init syscall_iface_sysfs_init(void)
{
	struct kobject *kobj;
	int ret;

	kobj = kobject_create_and_add("syscall_iface", kernel_kobj);
	if (!kobj)
		return -ENOMEM;
	ret = sysfs_create_group(kobj, &syscall_iface_group);
	if (ret) {
		kobject_put(kobj);
		return ret;
	}
	pr_info("version %s\n", SYSCALL_IFACE_VERSION);
	return 0;
}
late_initcall(syscall_iface_sysfs_init);
