// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: the amd64 machine context of the BSD platforms
 * (asm/syscall_iface_bsd.h).  FreeBSD's mcontext_t and NetBSD's __gregs
 * hold the same registers in different orders, which each platform
 * gives as a struct bsd_regmap; saving and loading by the map, finding
 * the FPU state a context holds, starting a thread from registers
 * (thr_new, _lwp_create) and sysarch's TLS bases are the same for both.
 */

#include <linux/build_bug.h>
#include <linux/export.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscall_iface_service.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <asm/prctl.h>
#include <asm/sigcontext.h>
#include <asm/syscall_iface.h>
#include <asm/unistd.h>
#include <asm/syscall_iface_bsd.h>

static_assert(sizeof(struct pt_regs) <= BSD_REG_TRAPNO);

static u64 *reg(struct pt_regs *regs, u8 slot)
{
	return (u64 *)((u8 *)regs + slot);
}

/**
 * bsd_regs_save - a context's registers, as a signal or getcontext saves them
 * @map: the platform's order
 * @slots: its register array, @map->n slots
 * @regs: the task's registers
 *
 * The trap slots get the last trap of the task (its number, error code
 * and fault address), as the BSDs' trap handlers leave them.
 */
void bsd_regs_save(const struct bsd_regmap *map, u64 *slots,
		   const struct pt_regs *regs)
{
	unsigned int i;

	for (i = 0; i < map->n; i++) {
		switch (map->slot[i]) {
		case BSD_REG_TRAPNO:
			slots[i] = bsd_trapno();
			break;
		case BSD_REG_ERR:
			slots[i] = current->thread.error_code;
			break;
		case BSD_REG_ADDR:
			slots[i] = current->thread.cr2;
			break;
		case BSD_REG_NONE:
			slots[i] = 0;
			break;
		default:
			slots[i] = *reg((struct pt_regs *)regs, map->slot[i]);
		}
	}
}
EXPORT_SYMBOL_GPL(bsd_regs_save);

/**
 * bsd_regs_load - load a context's registers, for sigreturn or a new thread
 * @map: the platform's order
 * @slots: its register array, @map->n slots
 * @regs: the registers to load
 *
 * The general registers, rip and rsp, and the flags a program may change
 * (BSD_USER_FLAGS); not the segments, which stay the 64-bit user ones,
 * nor the trap slots.
 */
void bsd_regs_load(const struct bsd_regmap *map, const u64 *slots,
		   struct pt_regs *regs)
{
	unsigned int i;

	for (i = 0; i < map->n; i++) {
		switch (map->slot[i]) {
		case BSD_REG(flags):
			bsd_set_user_flags(regs, slots[i]);
			break;
		case BSD_REG(cs):
		case BSD_REG(ss):
		case BSD_REG_TRAPNO:
		case BSD_REG_ERR:
		case BSD_REG_ADDR:
		case BSD_REG_NONE:
			break;
		default:
			*reg(regs, map->slot[i]) = slots[i];
		}
	}
}
EXPORT_SYMBOL_GPL(bsd_regs_load);

/**
 * bsd_handler_enter - enter a signal handler whose frame is built
 * @regs: the task's registers
 * @e: where, on which stack, with which arguments
 */
void bsd_handler_enter(struct pt_regs *regs,
		       const struct bsd_handler_entry *e)
{
	regs->di = e->args[0];
	regs->si = e->args[1];
	regs->dx = e->args[2];
	regs->cx = e->args[3];
	if (e->uc_kept)
		regs->r15 = e->args[2];
	regs->sp = e->sp;
	regs->ip = e->ip;
}
EXPORT_SYMBOL_GPL(bsd_handler_enter);

/**
 * bsd_context_load - return to a context's registers
 * @map: the platform's order of the registers in @slots
 * @slots: the context's registers
 *
 * For sigreturn and setcontext: the caller's registers become the
 * context's, and they are the call's result.  Nothing is converted and
 * no restart is looked for (orig_ax = -1), nor is the restart of a call
 * a handler interrupted, as in Linux's rt_sigreturn.
 *
 * Return: the context's rax, for the call's result.
 */
long bsd_context_load(const struct bsd_regmap *map, const u64 *slots)
{
	struct pt_regs *regs = current_pt_regs();

	syscall_iface_forget_restart();
	bsd_regs_load(map, slots, regs);
	regs->orig_ax = -1;
	syscall_iface_keep_result();
	return regs->ax;
}
EXPORT_SYMBOL_GPL(bsd_context_load);

/**
 * bsd_start_stack_arg - start a new program with its stack as its argument
 * @regs: the registers it starts with, as Linux's loader set them
 *
 * FreeBSD's exec_setregs(): rdi points to the stack the loader built
 * (argc, then argv and the environment), and rsp is 8 bytes off a
 * 16-byte boundary below it, as after a call.
 */
void bsd_start_stack_arg(struct pt_regs *regs)
{
	unsigned long stack = regs->sp;

	regs->di = stack;
	regs->sp = ((stack - 8) & ~0xfUL) + 8;
}
EXPORT_SYMBOL_GPL(bsd_start_stack_arg);

/**
 * bsd_fpu_save - a context's copy of the FPU state saved for a signal
 * @fxsave: the context's FXSAVE image
 * @fpstate: the state syscall_iface_sigframe() saved
 *
 * Return: 0, or -EFAULT.
 */
int bsd_fpu_save(u8 *fxsave, const void __user *fpstate)
{
	return copy_from_user(fxsave, fpstate, BSD_FXSAVE_HW_BYTES) ? -EFAULT : 0;
}
EXPORT_SYMBOL_GPL(bsd_fpu_save);

/**
 * bsd_fpu_restore - restore the FPU state of a context
 * @saved: where its frame's whole state was saved, or NULL
 * @fxsave: the context's FXSAVE image, as the program left it
 * @own: that image in user memory
 *
 * A context of a frame the platform built comes with the whole state
 * saved beside it in Linux's format (its magic says so): that is restored,
 * with the legacy area from the context, which the handler may have
 * changed.  Any other context has only its own image.
 *
 * Return: 0, or -EFAULT (the FPU state is then reset).
 */
int bsd_fpu_restore(void __user *saved, const u8 *fxsave, void __user *own)
{
	u32 magic;

	if (!saved || get_user(magic, (u32 __user *)(saved + BSD_FXSAVE_HW_BYTES)) ||
	    magic != FP_XSTATE_MAGIC1 ||
	    copy_to_user(saved, fxsave, BSD_FXSAVE_HW_BYTES))
		saved = own;
	return syscall_iface_fpu_restore(saved);
}
EXPORT_SYMBOL_GPL(bsd_fpu_restore);

/*
 * thread_clone - start a thread of the caller's process
 * @regs: the caller's registers
 * @child: the registers the thread starts with: its rip, rsp, arguments
 * @t: its TLS base and where its id goes
 *
 * A native clone of a thread (FreeBSD's thr_new, NetBSD's _lwp_create).
 * The clone copies the caller's registers to the new thread, so for the
 * length of the call they are @child's; the caller gets its own back.
 *
 * Return: the new thread's id, or a negative errno.
 */
static long thread_clone(struct pt_regs *regs, const struct pt_regs *child,
			 const struct bsd_thread_start *t)
{
	struct pt_regs saved = *regs, r = *regs;
	long tid;

	r.di = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
	       CLONE_THREAD | CLONE_SYSVSEM |
	       (t->settls ? CLONE_SETTLS : 0) |
	       (t->parent_tid ? CLONE_PARENT_SETTID : 0) |
	       (t->child_tid ? CLONE_CHILD_SETTID : 0);
	r.si = child->sp;
	r.dx = t->parent_tid;
	r.r10 = t->child_tid;
	r.r8 = t->tls;
	*regs = *child;
	tid = syscall_iface_native_call(&r, __NR_clone);
	*regs = saved;
	return tid;
}

/**
 * bsd_thread_call - start a thread that calls func(arg)
 * @func: where it starts
 * @arg: its argument
 * @stack_top: the end of its stack
 * @t: its TLS base and where its id goes
 *
 * FreeBSD's cpu_set_upcall(): the thread starts as if @func had been
 * called, its stack 8 bytes off a 16-byte boundary below @stack_top.
 *
 * Return: the new thread's id, or a negative errno.
 */
long bsd_thread_call(unsigned long func, unsigned long arg,
		     unsigned long stack_top, const struct bsd_thread_start *t)
{
	struct pt_regs *regs = current_pt_regs();
	struct pt_regs child = *regs;

	child.ip = func;
	child.di = arg;
	child.sp = (stack_top & ~0xfUL) - 8;
	return thread_clone(regs, &child, t);
}
EXPORT_SYMBOL_GPL(bsd_thread_call);

/**
 * bsd_thread_load - start a thread with registers from a saved context
 * @map: the platform's order of the registers in @slots
 * @slots: the context's registers (NetBSD's mcontext gregs)
 * @t: its TLS base and where its id goes
 *
 * NetBSD's _lwp_create(): the thread starts where the context says,
 * with the registers bsd_regs_load() takes from it.
 *
 * Return: the new thread's id, or a negative errno.
 */
long bsd_thread_load(const struct bsd_regmap *map, const u64 *slots,
		     const struct bsd_thread_start *t)
{
	struct pt_regs *regs = current_pt_regs();
	struct pt_regs child = *regs;

	bsd_regs_load(map, slots, &child);
	return thread_clone(regs, &child, t);
}
EXPORT_SYMBOL_GPL(bsd_thread_load);

/**
 * bsd_sysarch - sysarch(op, parms) on the fs and gs bases
 * @op: the operation, in the platform's numbering
 * @parms: points to the base, to be set or read
 * @ops: the platform's numbers for the four operations
 *
 * Both BSDs refuse a base at or above the top of user memory with
 * EINVAL (arch_prctl's EPERM), and any operation the platform's @ops
 * does not name.
 *
 * Return: 0, -EFAULT or -EINVAL.
 */
long bsd_sysarch(unsigned int op, unsigned long __user *parms,
		 const struct bsd_sysarch *ops)
{
	unsigned long base;

	if (op == ops->set_fsbase || op == ops->set_gsbase) {
		if (get_user(base, parms))
			return -EFAULT;
		if (base >= TASK_SIZE_MAX)
			return -EINVAL;
		return syscall_iface_native(__NR_arch_prctl,
					    op == ops->set_fsbase ?
					    ARCH_SET_FS : ARCH_SET_GS, base);
	}
	if (op == ops->get_fsbase)
		return syscall_iface_native(__NR_arch_prctl, ARCH_GET_FS, parms);
	if (op == ops->get_gsbase)
		return syscall_iface_native(__NR_arch_prctl, ARCH_GET_GS, parms);
	return -EINVAL;
}
EXPORT_SYMBOL_GPL(bsd_sysarch);
