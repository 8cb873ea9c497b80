// SPDX-License-Identifier: GPL-2.0-only
/*
 * svc_sample: a module that provides a syscall-iface service, after the
 * seed slides' getpid2: getpid_plus_one returns the caller's pid + 1.
 * If rdi is not 0, it first sleeps rdi milliseconds, so that a test can
 * unload the module while a call is in flight.
 */

#include <linux/delay.h>
#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>

static long getpid_plus_one(struct pt_regs *regs)
{
	if (regs->di)
		msleep_interruptible(min(regs->di, 10000UL));
	return task_tgid_vnr(current) + 1;
}

static int __init svc_sample_init(void)
{
	return syscall_iface_register_service("getpid_plus_one",
					      getpid_plus_one, THIS_MODULE);
}

static void __exit svc_sample_exit(void)
{
	syscall_iface_unregister_service("getpid_plus_one");
}

module_init(svc_sample_init);
module_exit(svc_sample_exit);
MODULE_DESCRIPTION("syscall-iface sample service: getpid_plus_one");
MODULE_LICENSE("GPL");
