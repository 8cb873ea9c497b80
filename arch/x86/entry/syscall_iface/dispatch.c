// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: native syscall names, the registers that can
 * carry a foreign number, decoding on entry, entry methods, return
 * conventions, and restarts.
 *
 * A foreign call arrives through the "syscall" instruction like a native
 * one, or through int $0x80 if its interface says so.
 * syscall_trace_enter() calls syscall_iface_enter() before ptrace,
 * seccomp and audit, which rewrites orig_ax to the native number, so
 * all of them see (and may filter or change) the native call.  On the
 * way out, a result is converted to the interface's convention after
 * the tracer has seen it: ptrace sees native numbers and native results.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/entry-common.h>
#include <linux/err.h>
#include <linux/nospec.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/syscall_iface.h>
#include <linux/syscalls.h>
#include <asm/ia32.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

static const char * const native_names[] = {
#include "native_names.h"
};

const unsigned int syscall_iface_nr_native = NR_syscalls;

const char *syscall_iface_native_name(unsigned int nr)
{
	return nr < ARRAY_SIZE(native_names) ? native_names[nr] : NULL;
}

int syscall_iface_native_nr(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(native_names); i++)
		if (native_names[i] && !strcmp(native_names[i], name))
			return i;
	return -ENOENT;
}

#define REG(r, field) { r, offsetof(struct pt_regs, field) }
static const struct {
	char name[4];
	unsigned int offset;
} nr_regs[] = {
	REG("rax", orig_ax), REG("rbx", bx), REG("rcx", cx), REG("rdx", dx),
	REG("rsi", si), REG("rdi", di), REG("rbp", bp), REG("r8", r8),
	REG("r9", r9), REG("r10", r10), REG("r11", r11), REG("r12", r12),
	REG("r13", r13), REG("r14", r14), REG("r15", r15),
};

/*
 * On entry the user's rax is in orig_ax (ax already holds -ENOSYS), so
 * "rax" is read from there; writes for a restart go to ax.
 */
#define RAX_OFFSET offsetof(struct pt_regs, orig_ax)

/**
 * syscall_iface_reg_offset - the register that may carry a foreign number
 * @name: "rax", "rbx", ... "r15"
 *
 * The "syscall" instruction itself overwrites rcx and r11; they are
 * accepted for entry methods that leave them alone.
 *
 * Return: its offset in struct pt_regs, or -EINVAL.
 */
int syscall_iface_reg_offset(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(nr_regs); i++)
		if (!strcmp(nr_regs[i].name, name))
			return nr_regs[i].offset;
	return -EINVAL;
}

const char *syscall_iface_reg_name(unsigned int offset)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(nr_regs); i++)
		if (nr_regs[i].offset == offset)
			return nr_regs[i].name;
	return "?";
}

/* Put a value in the number register, as the user will see it. */
static void put_nr(struct pt_regs *regs, unsigned int offset,
		   unsigned long val)
{
	if (offset == RAX_OFFSET)
		regs->ax = val;
	else
		*(unsigned long *)((unsigned long)regs + offset) = val;
}

/*
 * An unmapped number under the "sigsys" policy: SIGSYS with the foreign
 * number in si_syscall, as seccomp's SECCOMP_RET_TRAP reports a call.
 * si_code is SYS_USER_DISPATCH: the kernel handed the call back to user
 * space, and a handler may emulate it by setting rax in its ucontext.
 */
static void unmapped_sigsys(struct pt_regs *regs, unsigned long nr)
{
	struct kernel_siginfo info;

	clear_siginfo(&info);
	info.si_signo = SIGSYS;
	info.si_code = SYS_USER_DISPATCH;
	info.si_call_addr = (void __user *)instruction_pointer(regs);
	info.si_arch = syscall_get_arch(current);
	info.si_syscall = nr;
	force_sig_info(&info);
}

/*
 * How the call being decoded entered: int $0x80 from 64-bit code when
 * __syscall_iface_int80() took it, a 32-bit gate (TS_COMPAT: int $0x80
 * from compat mode or under method syscall, sysenter, the compat syscall
 * instruction), or the syscall instruction.
 */
static enum syscall_iface_gate entry_gate(void)
{
	if (current_thread_info()->status & TS_SYSCALL_IFACE_INT80)
		return SYSCALL_IFACE_GATE_INT80;
	if (in_ia32_syscall())
		return SYSCALL_IFACE_GATE_IA32;
	return SYSCALL_IFACE_GATE_SYSCALL;
}

/**
 * syscall_iface_enter_slow - decode a foreign syscall on entry, in full
 * @regs: the caller's registers
 *
 * Sets orig_ax to the native (or service) number, or to -1 for an
 * unmapped number, which then fails with -ENOSYS like any invalid call.
 * What else an unmapped number does follows the interface's policy.
 * SYSCALL_IFACE_NR_RESTART becomes restart_syscall (see
 * __syscall_iface_restart()).  A call that enters other than by the
 * interface's method is unmapped: the other 64-bit method, and every
 * 32-bit gate, which would otherwise reach the ia32 table past the
 * interface (int $0x80, sysenter, and the syscall instruction in compat
 * mode).
 *
 * syscall_iface_enter() handles the common case itself and leaves the
 * rest here: unmapped numbers, restarts, int $0x80 and the 32-bit
 * gates, and interfaces that convert results, whose calls are marked
 * here for syscall_iface_ret().
 *
 * Return: the number to run, as now in orig_ax.
 */
long syscall_iface_enter_slow(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct syscall_iface *iface = tsk->syscall_iface;
	struct syscall_iface_call call;
	long native;

	tsk->syscall_iface_ret = false;
	native = syscall_iface_translate(iface, regs, entry_gate(), &call);
	tsk->syscall_iface_nr = call.nr;
	if (unlikely(native == -2)) {
		/* A restart: the user's rax holds the number to put back. */
		if (call.nr_off != RAX_OFFSET)
			put_nr(regs, call.nr_off, regs->orig_ax);
		native = __NR_restart_syscall;
	} else if (unlikely(native < 0)) {
		if (call.unmapped == SYSCALL_IFACE_UNMAPPED_SIGSYS) {
			unmapped_sigsys(regs, call.nr);
		} else if (call.unmapped == SYSCALL_IFACE_UNMAPPED_KILL) {
			pr_info_ratelimited("%s[%d]: unmapped call %lu: killed\n",
					    tsk->comm, task_pid_nr(tsk), call.nr);
			force_exit_sig(SIGSYS);
		}
	}
	/* rt_sigreturn's result is the register it restored: leave it. */
	if (call.convert && native != __NR_rt_sigreturn) {
		tsk->syscall_iface_ret = true;
		if (!test_syscall_work(SYSCALL_IFACE_RET))
			set_task_syscall_work(tsk, SYSCALL_IFACE_RET);
	}
	regs->orig_ax = native;
	return native;
}

/**
 * __syscall_iface_int80 - run a foreign call that entered with int $0x80
 * @regs: the caller's registers, as the int $0x80 entry saved them
 *
 * Called with interrupts off from the int $0x80 entry, before it sets up
 * the ia32 convention.  If current is in 64-bit mode and its interface
 * enters this way, the call is entered as the syscall instruction enters
 * one (the whole of rax, no TS_COMPAT, the 64-bit registers), decoded
 * through the interface, and run from the native table.  The caller then
 * returns through IRET, which restores every register but rax.
 *
 * Return: true if the call has run; false to leave it to upstream.
 */
bool __syscall_iface_int80(struct pt_regs *regs)
{
	struct thread_info *ti = current_thread_info();
	long nr;

	/* A 32-bit program's int $0x80 is never a 64-bit call. */
	if (!user_64bit_mode(regs) || !test_syscall_work(SYSCALL_IFACE) ||
	    syscall_iface_method(current->syscall_iface) !=
	    SYSCALL_IFACE_METHOD_INT80)
		return false;

	/* As the syscall instruction's entry sets them up. */
	regs->orig_ax = regs->ax;
	regs->ax = __x64_sys_ni_syscall(regs);
	local_irq_enable();
	ti->status |= TS_SYSCALL_IFACE_INT80;
	nr = syscall_enter_from_user_mode_work(regs, regs->orig_ax);
	ti->status &= ~TS_SYSCALL_IFACE_INT80;

	if (likely((unsigned long)nr < NR_syscalls))
		regs->ax = x64_sys_call(regs, array_index_nospec(nr, NR_syscalls));
	else if (nr != -1 && !syscall_iface_service(regs, nr))
		regs->ax = __x64_sys_ni_syscall(regs);
	return true;
}

/* Return the result in ax the interface's way, now. */
static void ret_convert(struct pt_regs *regs)
{
	long val = regs->ax;
	int conv;

	current->syscall_iface_ret = false;
	conv = syscall_iface_convert(current->syscall_iface, &val);
	if (conv < 0)
		return;
	if (conv == SYSCALL_IFACE_RET_CARRY && IS_ERR_VALUE(val)) {
		regs->ax = -val;
		regs->flags |= X86_EFLAGS_CF;
	} else {
		regs->ax = val;
		if (conv == SYSCALL_IFACE_RET_CARRY)
			regs->flags &= ~X86_EFLAGS_CF;
	}
}

static bool is_restart(long val)
{
	return val == -ERESTARTSYS || val == -ERESTARTNOINTR ||
	       val == -ERESTARTNOHAND || val == -ERESTART_RESTARTBLOCK;
}

/**
 * syscall_iface_ret - a foreign call returns: convert its result
 * @regs: user registers, with the native result in ax
 *
 * Syscall exit work, after the tracer has seen the native result.  Runs
 * while current's interface converts results (SYSCALL_WORK_SYSCALL_IFACE_RET),
 * for calls syscall_iface_enter_slow() marked.  The errno map and the
 * convention are those of the interface's table when the call returns.
 * A restart code is left for the signal code, which restarts the call
 * (__syscall_iface_restart()) or makes it -EINTR
 * (__syscall_iface_ret_signal()).
 */
void syscall_iface_ret(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	long probe = 0;

	if (!tsk->syscall_iface_ret) {
		/* Unmarked: keep the work only while the interface converts. */
		if (!tsk->syscall_iface ||
		    syscall_iface_convert(tsk->syscall_iface, &probe) < 0)
			clear_task_syscall_work(tsk, SYSCALL_IFACE_RET);
		return;
	}
	if (is_restart(regs->ax) && syscall_get_nr(tsk, regs) != -1)
		return;
	ret_convert(regs);
}

/**
 * __syscall_iface_ret_signal - convert the -EINTR of an interrupted call
 * @regs: user registers, as handle_signal() leaves them to the handler
 *
 * A marked call still unconverted here returned a restart code that the
 * signal code did not restart: ax now holds -EINTR.
 */
void __syscall_iface_ret_signal(struct pt_regs *regs)
{
	if (current->syscall_iface_ret)
		ret_convert(regs);
}

/**
 * __syscall_iface_restart - restart a foreign call
 * @regs: registers, rewound to the entry instruction (syscall and
 *        int $0x80 are both two bytes long), rax = orig_ax
 * @block: restart through restart_syscall (-ERESTART_RESTARTBLOCK)
 *
 * Re-executing the same call needs the foreign number back in the
 * number register; only rax was overwritten, by the result.  A restart
 * through restart_syscall puts SYSCALL_IFACE_NR_RESTART in the number
 * register, which no table maps, and keeps the foreign number in rax
 * meanwhile when the number register is another one.  Nothing here
 * depends on per-task state that a signal handler could change, except
 * the number of the call being restarted, saved on entry.  A call the
 * interface did not decode (an ia32 one) restarts as upstream restarts it.
 * The restarted call's result is converted when it returns.
 */
void __syscall_iface_restart(struct pt_regs *regs, bool block)
{
	unsigned long nr = current->syscall_iface_nr;
	unsigned int off;

	current->syscall_iface_ret = false;
	if (nr == SYSCALL_IFACE_NR_NONE)
		return;
	off = syscall_iface_nr_offset(current->syscall_iface);
	if (nr == SYSCALL_IFACE_NR_RESTART)
		block = true;		/* restart_syscall restarting itself */
	if (!block) {
		if (off == RAX_OFFSET)
			regs->ax = nr;
		return;
	}
	if (off != RAX_OFFSET)
		regs->ax = regs_get_register(regs, off);
	put_nr(regs, off, SYSCALL_IFACE_NR_RESTART);
}

/**
 * syscall_iface_int80_gate - whether int $0x80 reaches the kernel at all
 *
 * Without IA32 emulation (or with ia32_emulation=0) the vector has no
 * gate and the instruction faults, so no interface may enter through it.
 *
 * Return: true if method int80 can work on this kernel.
 */
bool syscall_iface_int80_gate(void)
{
	return IS_ENABLED(CONFIG_IA32_EMULATION) && ia32_enabled();
}

/**
 * __syscall_iface_extra - a native call to one of linux's extra numbers
 * @regs: the caller's registers, before ptrace, seccomp and audit
 *
 * Puts the number of the service the extra names in orig_ax, so that
 * every observer sees the call by that number (see service.c).
 */
void __syscall_iface_extra(struct pt_regs *regs)
{
	long svc;

	if (in_ia32_syscall())
		return;
	svc = syscall_iface_linux_extra(regs->orig_ax);
	if (svc >= 0)
		regs->orig_ax = svc;
}
