// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: the int80 entry method, int $0x80 from 64-bit
 * code, for interfaces whose programs enter the kernel that way.
 */

#include <linux/entry-common.h>
#include <linux/nospec.h>
#include <linux/syscalls.h>
#include <asm/ia32.h>
#include <asm/syscall.h>
#include <asm/syscall_iface.h>

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
	long nr;

	/* A 32-bit program's int $0x80 is never a 64-bit call. */
	if (!user_64bit_mode(regs) || !test_syscall_work(SYSCALL_IFACE) ||
	    !syscall_iface_enters_by(SYSCALL_IFACE_METHOD_INT80))
		return false;

	/* As the syscall instruction's entry sets them up. */
	regs->orig_ax = regs->ax;
	regs->ax = __x64_sys_ni_syscall(regs);
	local_irq_enable();
	/* Until the exit to user mode clears it, with TS_COMPAT. */
	current_thread_info()->status |= TS_SYSCALL_IFACE_INT80;
	nr = syscall_enter_from_user_mode_work(regs, regs->orig_ax);

	if (likely((unsigned long)nr < NR_syscalls))
		regs->ax = x64_sys_call(regs, array_index_nospec(nr, NR_syscalls));
	else if (nr != -1 && !syscall_iface_service(regs, nr))
		regs->ax = __x64_sys_ni_syscall(regs);
	return true;
}
