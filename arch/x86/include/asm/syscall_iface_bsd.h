/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface, x86-64: the amd64 machine context of the BSD platforms,
 * which a signal handler gets and a sigreturn or setcontext takes back,
 * and which a new thread may start from.  Both BSDs keep the general
 * registers as an array of 64-bit slots, each in its own order; a
 * platform describes its order as data (struct bsd_regmap) and the rules
 * live here once (arch/x86/entry/syscall_iface/bsd_context.c).
 */
#ifndef _ASM_X86_SYSCALL_IFACE_BSD_H
#define _ASM_X86_SYSCALL_IFACE_BSD_H

#include <linux/sched.h>
#include <linux/stddef.h>
#include <linux/types.h>
#include <asm/processor-flags.h>
#include <asm/ptrace.h>

/*
 * What one slot of a register array holds: a member of struct pt_regs,
 * by its offset (BSD_REG(ip)), or the trap that raised the signal.
 */
#define BSD_REG(r)		offsetof(struct pt_regs, r)
#define BSD_REG_TRAPNO		0xfc	/* the trap number */
#define BSD_REG_ERR		0xfd	/* its error code */
#define BSD_REG_ADDR		0xfe	/* a page fault's address */
#define BSD_REG_NONE		0xff	/* a slot left 0 (the data segments) */

/**
 * struct bsd_regmap - a platform's order of the registers in its context
 * @slot: what each 64-bit slot holds: BSD_REG(member) or BSD_REG_*
 * @n: how many slots
 */
struct bsd_regmap {
	const u8 *slot;
	unsigned int n;
};

/* The trap that raised the signal being delivered. */
static inline s32 bsd_trapno(void)
{
	return current->thread.trap_nr;
}

void bsd_regs_save(const struct bsd_regmap *map, u64 *slots,
		   const struct pt_regs *regs);
void bsd_regs_load(const struct bsd_regmap *map, const u64 *slots,
		   struct pt_regs *regs);

/**
 * struct bsd_handler_entry - how a signal handler is entered
 * @ip: where (the handler, or the sigcode that calls it)
 * @sp: the stack pointer: the frame
 * @args: its C arguments: the signal, the siginfo or the code, the
 *        ucontext, and a fourth (FreeBSD: the fault address)
 * @uc_kept: also keep the ucontext's address in a register the handler
 *           preserves (r15), where NetBSD's trampoline finds it
 */
struct bsd_handler_entry {
	unsigned long ip;
	unsigned long sp;
	unsigned long args[4];
	bool uc_kept;
};

void bsd_handler_enter(struct pt_regs *regs,
		       const struct bsd_handler_entry *e);
long bsd_context_load(const struct bsd_regmap *map, const u64 *slots);
void bsd_start_stack_arg(struct pt_regs *regs);

/* The rflags bits a program's context may change: the BSDs' PSL_USERCHANGE. */
#define BSD_USER_FLAGS	(X86_EFLAGS_CF | X86_EFLAGS_PF | X86_EFLAGS_AF | \
			 X86_EFLAGS_ZF | X86_EFLAGS_SF | X86_EFLAGS_TF | \
			 X86_EFLAGS_DF | X86_EFLAGS_OF | X86_EFLAGS_AC | \
			 X86_EFLAGS_ID)

static inline void bsd_set_user_flags(struct pt_regs *regs, u64 flags)
{
	regs->flags = (regs->flags & ~BSD_USER_FLAGS) | (flags & BSD_USER_FLAGS);
}

/*
 * The FPU state in a context: FXSAVE's 512-byte image, whose first 464
 * bytes the hardware defines; Linux keeps its own marks in the rest.
 */
#define BSD_FXSAVE_SIZE		512
#define BSD_FXSAVE_HW_BYTES	464

int bsd_fpu_save(u8 *fxsave, const void __user *fpstate);
int bsd_fpu_restore(void __user *saved, const u8 *fxsave, void __user *own);

/**
 * struct bsd_thread_start - how a new thread starts, besides its registers
 * @tls: its fs base, if @settls
 * @settls: set its fs base (else it keeps the caller's)
 * @parent_tid: where its id goes before either thread goes on, or 0
 * @child_tid: the same, as the child's own pointer (CLONE_CHILD_SETTID),
 *             or 0
 */
struct bsd_thread_start {
	unsigned long tls;
	bool settls;
	unsigned long parent_tid;
	unsigned long child_tid;
};

long bsd_thread_call(unsigned long func, unsigned long arg,
		     unsigned long stack_top, const struct bsd_thread_start *t);
long bsd_thread_load(const struct bsd_regmap *map, const u64 *slots,
		     const struct bsd_thread_start *t);

/**
 * struct bsd_sysarch - a platform's sysarch() operations on the TLS bases
 * @get_fsbase: its op to read the fs base
 * @set_fsbase: to set it
 * @get_gsbase: to read the gs base
 * @set_gsbase: to set it
 */
struct bsd_sysarch {
	u32 get_fsbase;
	u32 set_fsbase;
	u32 get_gsbase;
	u32 set_gsbase;
};

long bsd_sysarch(unsigned int op, unsigned long __user *parms,
		 const struct bsd_sysarch *ops);

#endif /* _ASM_X86_SYSCALL_IFACE_BSD_H */
