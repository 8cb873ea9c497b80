// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: native syscall names, the registers that can
 * carry a foreign number, decoding on entry, and restarts.
 *
 * A foreign call arrives through the "syscall" instruction like a native
 * one.  syscall_trace_enter() calls syscall_iface_enter() before ptrace,
 * seccomp and audit, which rewrites orig_ax to the native number, so
 * all of them see (and may filter or change) the native call.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/syscall_iface.h>
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

/**
 * syscall_iface_enter_slow - decode a foreign syscall on entry, in full
 * @regs: the caller's registers
 *
 * Sets orig_ax to the native (or service) number, or to -1 for an
 * unmapped number, which then fails with -ENOSYS like any invalid call.
 * What else an unmapped number does follows the interface's policy.
 * SYSCALL_IFACE_NR_RESTART becomes restart_syscall (see
 * __syscall_iface_restart()).  Calls through the 32-bit entry points are
 * not decoded: a foreign task gets -ENOSYS there.
 *
 * syscall_iface_enter() handles a mapped number itself and leaves the
 * rest here: unmapped numbers, restarts and the 32-bit entry points.
 *
 * Return: the number to run, as now in orig_ax.
 */
long syscall_iface_enter_slow(struct pt_regs *regs)
{
	struct syscall_iface *iface = current->syscall_iface;
	struct syscall_iface_call call;
	long native;

	if (in_ia32_syscall()) {
		regs->orig_ax = -1;
		return -1;
	}
	native = syscall_iface_translate(iface, regs, &call);
	current->syscall_iface_nr = call.nr;
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
					    current->comm, task_pid_nr(current),
					    call.nr);
			force_exit_sig(SIGSYS);
		}
	}
	regs->orig_ax = native;
	return native;
}

/**
 * __syscall_iface_restart - restart a foreign call
 * @regs: registers, rewound to the syscall instruction, rax = orig_ax
 * @block: restart through restart_syscall (-ERESTART_RESTARTBLOCK)
 *
 * Re-executing the same call needs the foreign number back in the
 * number register; only rax was overwritten, by the result.  A restart
 * through restart_syscall puts SYSCALL_IFACE_NR_RESTART in the number
 * register, which no table maps, and keeps the foreign number in rax
 * meanwhile when the number register is another one.  Nothing here
 * depends on per-task state that a signal handler could change, except
 * the number of the call being restarted, saved on entry.
 */
void __syscall_iface_restart(struct pt_regs *regs, bool block)
{
	unsigned long nr = current->syscall_iface_nr;
	unsigned int off = syscall_iface_nr_offset(current->syscall_iface);

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
