// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: signal frames of foreign platforms.  A task
 * under a platform with a frame of its own (sendsig) gets its handlers
 * called the platform's way; the stack it is built on, the alternate
 * stack and the saved FPU state are Linux's own, through get_sigframe().
 */

#include <linux/export.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <asm/fpu/signal.h>
#include <asm/fpu/types.h>
#include <asm/segment.h>
#include <asm/sighandling.h>
#include <asm/syscall_iface.h>

/**
 * syscall_iface_setup_frame - a signal frame for a task under a platform
 * @ksig: the signal being delivered
 * @regs: the task's registers
 *
 * Called by setup_rt_frame() (syscall_iface_frame()).  A platform that
 * has no frame of its own gets Linux's.  A handler runs in 64-bit mode
 * with a valid stack segment whatever the task was running, 32-bit code
 * or a bad SS (the signal may be the fault it caused), as
 * __setup_rt_frame() and FreeBSD's sendsig ensure.
 *
 * Return: 0 or a negative errno (the task then gets SIGSEGV).
 */
int syscall_iface_setup_frame(struct ksignal *ksig, struct pt_regs *regs)
{
	const struct syscall_iface_platform *p = current->syscall_iface.platform;
	int ret;

	if (!p->sendsig)
		return x64_setup_rt_frame(ksig, regs);
	ret = p->sendsig(ksig, regs);
	if (!ret) {
		regs->cs = __USER_CS;
		regs->ss = __USER_DS;
	}
	return ret;
}

/**
 * syscall_iface_sigframe - room on the stack for a platform's signal frame
 * @ksig: the signal being delivered
 * @regs: the task's registers
 * @size: the size of the frame
 * @fpstate: set to where the task's FPU state was saved, below the frame
 * @fpsize: set to its size (FXSAVE's legacy area, then XSAVE's)
 *
 * Chooses the stack as Linux does (past the red zone, or the alternate
 * stack for an SA_ONSTACK action) and saves the FPU state there, in
 * Linux's signal frame format, for syscall_iface_fpu_restore().
 *
 * Return: the frame's address, 16-byte aligned, or NULL when the stack
 * has no room (or the FPU state could not be written).
 */
void __user *syscall_iface_sigframe(struct ksignal *ksig,
				    struct pt_regs *regs, size_t size,
				    void __user **fpstate, size_t *fpsize)
{
	/* get_sigframe() leaves room for a return address below the frame. */
	void __user *sp = get_sigframe(ksig, regs, size + 8, fpstate);

	if (sp == (void __user *)-1L)
		return NULL;
	*fpsize = fpu_user_cfg.max_size;
	return sp + 8;
}
EXPORT_SYMBOL_GPL(syscall_iface_sigframe);

/**
 * syscall_iface_fpu_restore - restore FPU state a platform's sigreturn found
 * @fpstate: state in Linux's signal frame format, as
 *           syscall_iface_sigframe() saved it, or a bare FXSAVE image
 *
 * Return: 0, or -EFAULT (the FPU state is then reset).
 */
int syscall_iface_fpu_restore(void __user *fpstate)
{
	return fpu__restore_sig(fpstate, 0) ? 0 : -EFAULT;
}
EXPORT_SYMBOL_GPL(syscall_iface_fpu_restore);
