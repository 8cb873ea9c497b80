// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: the names of native syscalls, as syscall_64.tbl
 * gives them, the registers that can carry a foreign number, and native
 * calls made on a platform's behalf.
 */

#include <linux/audit.h>
#include <linux/errno.h>
#include <linux/entry-common.h>
#include <linux/export.h>
#include <linux/seccomp.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscall_iface_service.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>
#include <asm/syscall_iface.h>
#include <asm/unistd.h>
#include <uapi/linux/audit.h>

static const char * const native_names[] = {
#include "native_names.h"
};

/* Native numbers are below this. */
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

/* On entry the user's rax is in orig_ax: read it from there. */
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

/**
 * native_denied - let seccomp and audit judge a native call a service makes
 * @regs: the call's arguments in the native registers (rdi, rsi, rdx,
 *        r10, r8, r9), as the service translated them
 * @nr: the native number
 * @ret: set to the call's result when it must not run
 *
 * A service runs native calls (or the kernel functions behind them) as
 * function calls, after seccomp and audit saw the service's own number.
 * So that a filter that denies a native call denies it whichever
 * interface asks for it, each such call is put to the task's filters as
 * that native call, with its number and translated arguments, and gets
 * the filter's action: an errno, SIGSYS, a tracer's stop, a supervisor's
 * answer, or death.  A call the filters allow is audited as that native
 * call, from here to syscall_iface_native_done(), or to the end of the
 * syscall if the service makes no other native call after it.  A service
 * that reaches the kernel other than through syscall_iface_native()
 * asks syscall_iface_denied() with the native call it stands for, and
 * tells syscall_iface_native_done() its result.
 *
 * A call that SIGSYS or death stopped has no result of its own (seccomp
 * rolled rax back to orig_ax, the service's number): it fails with
 * -EPERM, so that no service takes it for success and goes on to its
 * next native call.
 *
 * Return: true if the call must not run (@ret holds what the task gets
 * instead), false if it may.
 */
static bool native_denied(const struct pt_regs *regs, unsigned int nr,
			  long *ret)
{
	struct seccomp_data sd = {
		.nr = nr,
		.arch = AUDIT_ARCH_X86_64,
		.instruction_pointer = regs->ip,
		.args = { regs->di, regs->si, regs->dx, regs->r10, regs->r8,
			  regs->r9 },
	};

	if (test_syscall_work(SECCOMP) && __secure_computing(&sd)) {
		/* Where the filter's action left the result, as for any call. */
		*ret = syscall_get_return_value(current, current_pt_regs());
		if (*ret == current_pt_regs()->orig_ax)
			*ret = -EPERM;
		return true;
	}
	if (unlikely(audit_context()))
		__syscall_iface_audit_native(nr, sd.args);
	return false;
}

/**
 * syscall_iface_native_done - a native call a service made has returned
 * @ret: its result
 *
 * Ends what native_denied() began for a call it allowed:
 * audit writes the call's record, if a rule asks for it.
 */
void syscall_iface_native_done(long ret)
{
	if (unlikely(audit_context()))
		__syscall_iface_audit_done(ret);
}
EXPORT_SYMBOL_GPL(syscall_iface_native_done);

/**
 * syscall_iface_native_call - run a native syscall from its registers
 * @regs: the arguments in the native registers (rdi, rsi, rdx, r10, r8,
 *        r9): a copy of the caller's registers, some of them translated
 * @nr: the native number
 *
 * What syscall_iface_native() does, for the architecture's own code that
 * hands a call more registers than its arguments (a new thread's, whose
 * start must not change what seccomp sees as the caller's address).
 * The native call runs as a function call inside
 * the service, once the task's seccomp filters allowed it as that native
 * call, and audit records it as that call (native_denied()).
 * Calls that use more of the task's registers than their arguments
 * (clone's child, sigreturn) see the caller's real registers, not @regs.
 *
 * Return: the native result, or what seccomp put in its place.
 */
long syscall_iface_native_call(const struct pt_regs *regs, unsigned int nr)
{
	long ret;

	if (native_denied(regs, nr, &ret))
		return ret;
	/* A number the table lacks runs sys_ni_syscall(). */
	ret = x64_sys_call(regs, nr);
	syscall_iface_native_done(ret);
	return ret;
}

/* The caller's registers with @args in the native argument registers. */
static void native_regs(struct pt_regs *r, const unsigned long *args)
{
	*r = *current_pt_regs();
	r->di = args[0];
	r->si = args[1];
	r->dx = args[2];
	r->r10 = args[3];
	r->r8 = args[4];
	r->r9 = args[5];
}

/* syscall_iface_native(), with the arguments in an array of six. */
long syscall_iface_native_argv(unsigned int nr, const unsigned long *args)
{
	struct pt_regs r;

	native_regs(&r, args);
	return syscall_iface_native_call(&r, nr);
}
EXPORT_SYMBOL_GPL(syscall_iface_native_argv);

/* syscall_iface_denied(), with the arguments in an array of six. */
bool syscall_iface_denied_argv(unsigned int nr, const unsigned long *args,
			       long *ret)
{
	struct pt_regs r;

	native_regs(&r, args);
	return native_denied(&r, nr, ret);
}
EXPORT_SYMBOL_GPL(syscall_iface_denied_argv);

/**
 * syscall_iface_stack_arg - an argument past the sixth
 * @n: its index, from 0 (6 for the seventh)
 * @val: set to its value
 *
 * amd64 passes the arguments of a call that has more than six on the
 * user's stack, above the return address of the caller's wrapper.
 *
 * Return: 0, or -EFAULT.
 */
int syscall_iface_stack_arg(unsigned int n, unsigned long *val)
{
	unsigned long __user *sp;

	sp = (unsigned long __user *)current_pt_regs()->sp;
	return get_user(*val, sp + 1 + (n - 6));
}
EXPORT_SYMBOL_GPL(syscall_iface_stack_arg);
