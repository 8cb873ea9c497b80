// SPDX-License-Identifier: GPL-2.0-only
/*
 * The FreeBSD/amd64 platform: what FreeBSD programs need besides the
 * interface's table (tools/ifacectl/platforms/freebsd.table), its errno
 * map (freebsd.errno) and "ret carry".
 *
 * Start-up: FreeBSD's exec_setregs() (sys/amd64/amd64/exec_machdep.c)
 * passes the address of argc in rdi, which FreeBSD's _start and Go's
 * _rt0_amd64_freebsd read argc and argv from, and starts the program with
 * rsp 8 bytes off a 16-byte boundary, as after a call.  Linux passes
 * nothing in rdi and starts with rsp at argc, 16-byte aligned.
 */

#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/syscall_iface_core.h>

/* sys/amd64/amd64/exec_machdep.c: exec_setregs(). */
static void freebsd_start(struct pt_regs *regs)
{
	unsigned long stack = regs->sp;

	regs->di = stack;
	regs->sp = ((stack - 8) & ~0xfUL) + 8;
}

static struct syscall_iface_platform freebsd = {
	.name = "freebsd",
	.owner = THIS_MODULE,
	.start = freebsd_start,
};

static int __init freebsd_init(void)
{
	return syscall_iface_register_platform(&freebsd);
}

static void __exit freebsd_exit(void)
{
	syscall_iface_unregister_platform(&freebsd);
}

module_init(freebsd_init);
module_exit(freebsd_exit);
MODULE_ALIAS("syscall-iface-platform-freebsd");
MODULE_DESCRIPTION("syscall-iface: the FreeBSD/amd64 platform");
MODULE_LICENSE("GPL");
