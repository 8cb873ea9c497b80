// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: the names of native syscalls, as syscall_64.tbl
 * gives them, the registers that can carry a foreign number, and native
 * calls made on a platform's behalf.
 */

#include <linux/errno.h>
#include <linux/export.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/syscall_iface_core.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

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
 * syscall_iface_native_call - run a native syscall from a platform's service
 * @regs: the arguments in the native registers (rdi, rsi, rdx, r10, r8,
 *        r9): a copy of the caller's registers, some of them translated
 * @nr: the native number
 *
 * For services that translate a foreign call's arguments and then do what
 * the native call does.  The native call runs as a function call inside
 * the service: ptrace, seccomp and audit saw the service's number.  Calls
 * that use more of the task's registers than their arguments (clone's
 * child, sigreturn) see the caller's real registers, not @regs.
 *
 * Return: the native result.
 */
long syscall_iface_native_call(const struct pt_regs *regs, unsigned int nr)
{
	/* A number the table lacks runs sys_ni_syscall(). */
	return x64_sys_call(regs, nr);
}
EXPORT_SYMBOL_GPL(syscall_iface_native_call);
