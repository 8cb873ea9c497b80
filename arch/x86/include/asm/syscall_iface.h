/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface, x86-64: the primitives the generic core decodes and
 * returns calls with, the int $0x80 entry's hook and the signal code's.
 *
 * The number register is named by its offset in struct pt_regs.  On
 * entry the user's rax is in orig_ax (ax already holds -ENOSYS), so
 * "rax" is read from orig_ax, while a value the user is to see in rax
 * goes to ax.
 */
#ifndef _ASM_X86_SYSCALL_IFACE_H
#define _ASM_X86_SYSCALL_IFACE_H

#include <linux/entry-common.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>

#ifdef CONFIG_SYSCALL_IFACE

#define SYSCALL_IFACE_RAX_OFFSET	offsetof(struct pt_regs, orig_ax)

/**
 * syscall_iface_entry_method - how the call under way entered
 *
 * int $0x80 from 64-bit code when the int80 method's entry took it
 * (TS_SYSCALL_IFACE_INT80); a 32-bit gate (TS_COMPAT: int $0x80 from
 * compat mode or under another method, sysenter, the compat syscall
 * instruction); else the syscall instruction.  Both marks last from
 * entry until the exit to user mode, after the signal code, so the
 * decode and the return convention read the same method.
 */
static __always_inline enum syscall_iface_method syscall_iface_entry_method(void)
{
	u32 status = current_thread_info()->status;

	if (status & TS_SYSCALL_IFACE_INT80)
		return SYSCALL_IFACE_METHOD_INT80;
	if (in_ia32_syscall())
		return SYSCALL_IFACE_METHOD_IA32;
	return SYSCALL_IFACE_METHOD_SYSCALL;
}

/* The number register's value, as the user's call left it. */
static __always_inline unsigned long
syscall_iface_get_nr(struct pt_regs *regs, unsigned int off)
{
	/* @off was checked against struct pt_regs when it was set. */
	return *(unsigned long *)((unsigned long)regs + off);
}

/* Put @val in the number register, as the user will see it. */
static inline void syscall_iface_set_nr(struct pt_regs *regs,
					unsigned int off, unsigned long val)
{
	if (off == SYSCALL_IFACE_RAX_OFFSET)
		regs->ax = val;
	else
		*(unsigned long *)((unsigned long)regs + off) = val;
}

/* The native number of the call, as syscall entry and decoding leave it. */
static __always_inline long syscall_iface_get_native(struct pt_regs *regs)
{
	return regs->orig_ax;
}

static __always_inline void syscall_iface_set_native(struct pt_regs *regs,
						     long nr)
{
	regs->orig_ax = nr;
}

/* Whether the number register is also the return register. */
static inline bool syscall_iface_nr_is_ret(unsigned int off)
{
	return off == SYSCALL_IFACE_RAX_OFFSET;
}

/*
 * Return @val (a native result with the errno already mapped) by
 * convention @ret, for a call that entered by @method: carry returns an
 * error as a positive errno with CF set, and a success with CF clear.
 *
 * The syscall instruction put rflags in r11, and sysret takes them from
 * it.  Under carry, r11 gets the flags being returned, as FreeBSD's
 * fast_syscall leaves it; else do_syscall_64() would see r11 and flags
 * differ and return through the slower IRET.  int $0x80 keeps r11.
 */
static inline void syscall_iface_set_return(struct pt_regs *regs,
					    enum syscall_iface_ret ret,
					    enum syscall_iface_method method,
					    long val)
{
	if (ret != SYSCALL_IFACE_RET_CARRY) {
		regs->ax = val;
		return;
	}
	if (IS_ERR_VALUE(val)) {
		regs->ax = -val;
		regs->flags |= X86_EFLAGS_CF;
	} else {
		regs->ax = val;
		regs->flags &= ~X86_EFLAGS_CF;
	}
	if (method == SYSCALL_IFACE_METHOD_SYSCALL)
		regs->r11 = regs->flags;
}

/*
 * The BSDs' second return value (td_retval[1], "System V emulation"): rdx.
 * fork returns 1 there in the child and 0 in the parent.
 */
static inline unsigned long syscall_iface_get_second(struct pt_regs *regs)
{
	return regs->dx;
}

static inline void syscall_iface_set_second(struct pt_regs *regs,
					    unsigned long val)
{
	regs->dx = val;
}

/**
 * syscall_iface_int80 - the int $0x80 entry's hook
 * @regs: the caller's registers, as the entry saved them
 *
 * Called from the int $0x80 entries (IDT and FRED) with instrumentation
 * on.  A foreign task whose interface enters through int $0x80 has its
 * call run as a 64-bit one (__syscall_iface_int80()) and returned to
 * user mode here.
 *
 * Return: true if the call has run and returned; false for every other
 * int $0x80, which upstream runs as before.
 */
static __always_inline bool syscall_iface_int80(struct pt_regs *regs)
{
	if (!static_branch_unlikely(&syscall_iface_int80_on) ||
	    !__syscall_iface_int80(regs))
		return false;
	instrumentation_end();
	syscall_exit_to_user_mode(regs);
	return true;
}

long syscall_iface_native_call(const struct pt_regs *regs, unsigned int nr);
int syscall_iface_setup_frame(struct ksignal *ksig, struct pt_regs *regs);
void syscall_iface_unmap_vdso(void);

/**
 * syscall_iface_frame - the signal code's hook: a platform's own frame
 * @ksig: the signal being delivered
 * @regs: the task's registers
 * @ret: set to the frame's setup_rt_frame() result, when it is built here
 *
 * A task that runs under a platform has its handlers called the
 * platform's way (syscall_iface_setup_frame()).
 *
 * Return: true if the frame was built (or failed) here.
 */
static inline bool syscall_iface_frame(struct ksignal *ksig,
				       struct pt_regs *regs, int *ret)
{
	if (likely(!current->syscall_iface.platform))
		return false;
	*ret = syscall_iface_setup_frame(ksig, regs);
	return true;
}

#else

static inline bool syscall_iface_int80(struct pt_regs *regs)
{
	return false;
}

static inline bool syscall_iface_frame(struct ksignal *ksig,
				       struct pt_regs *regs, int *ret)
{
	return false;
}

#endif /* CONFIG_SYSCALL_IFACE */

#endif /* _ASM_X86_SYSCALL_IFACE_H */
