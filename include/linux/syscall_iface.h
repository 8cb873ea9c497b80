/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface: per-task system call interfaces.
 *
 * A foreign task (one whose program was detected as a registered
 * platform at exec) carries a counted reference to its interface in
 * task_struct and has SYSCALL_WORK_SYSCALL_IFACE set.  Native tasks carry
 * neither, so the hooks below cost them nothing on the syscall path.
 */
#ifndef _LINUX_SYSCALL_IFACE_H
#define _LINUX_SYSCALL_IFACE_H

#include <linux/errno.h>
#include <linux/jump_label.h>
#include <linux/limits.h>
#include <linux/thread_info.h>
#include <linux/types.h>
#include <uapi/linux/syscall_iface.h>

struct linux_binprm;
struct pt_regs;
struct module;
struct seq_file;
struct task_struct;
struct syscall_iface;

/* Which binary-format handler selects an interface at exec. */
enum syscall_iface_binfmt {
	SYSCALL_IFACE_BINFMT_NONE,
	SYSCALL_IFACE_BINFMT_JUHA,
	SYSCALL_IFACE_BINFMT_ELF,
};

/* What a foreign number with no mapping does. */
enum syscall_iface_unmapped {
	SYSCALL_IFACE_UNMAPPED_ENOSYS,	/* fail with -ENOSYS */
	SYSCALL_IFACE_UNMAPPED_SIGSYS,	/* and send SIGSYS, as seccomp's TRAP */
	SYSCALL_IFACE_UNMAPPED_KILL,	/* kill the process with SIGSYS */
};

/* How a foreign program enters the kernel (the paper's "method"). */
enum syscall_iface_method {
	SYSCALL_IFACE_METHOD_SYSCALL,	/* the syscall instruction */
	SYSCALL_IFACE_METHOD_INT80,	/* int $0x80 from 64-bit code */
};

/*
 * How a call entered the kernel: one of the entry methods above, or a
 * 32-bit program's gate (int $0x80, sysenter or syscall from compat
 * mode), which no interface decodes.
 */
enum syscall_iface_gate {
	SYSCALL_IFACE_GATE_SYSCALL = SYSCALL_IFACE_METHOD_SYSCALL,
	SYSCALL_IFACE_GATE_INT80 = SYSCALL_IFACE_METHOD_INT80,
	SYSCALL_IFACE_GATE_IA32,
};

/* How a foreign call returns an error. */
enum syscall_iface_ret {
	SYSCALL_IFACE_RET_LINUX,	/* -errno in rax */
	SYSCALL_IFACE_RET_CARRY,	/* errno in rax, carry flag set (BSD) */
};

/**
 * struct syscall_iface_call - one foreign call, as decoded
 * @nr: the foreign number
 * @nr_off: offset in struct pt_regs of the register it was read from
 * @unmapped: what to do if it has no mapping
 * @convert: its result is to be returned the interface's way
 */
struct syscall_iface_call {
	unsigned long nr;
	unsigned int nr_off;
	enum syscall_iface_unmapped unmapped;
	bool convert;
};

/* syscall_iface_nr when the current call was not decoded by the interface. */
#define SYSCALL_IFACE_NR_NONE	ULONG_MAX

#ifdef CONFIG_SYSCALL_IFACE

/* Hooks called from upstream code (see patches/). */
long syscall_iface_enter(struct pt_regs *regs);
void syscall_iface_exit_work(struct pt_regs *regs);
bool __syscall_iface_service(struct pt_regs *regs, long nr);
void __syscall_iface_restart(struct pt_regs *regs, bool block);
int syscall_iface_exec_prepare(struct linux_binprm *bprm);
void syscall_iface_exec(struct linux_binprm *bprm);
void syscall_iface_exec_free(struct linux_binprm *bprm);
void syscall_iface_fork(struct task_struct *p);
void syscall_iface_exit(struct task_struct *tsk);
long syscall_iface_prctl(unsigned long op, unsigned long arg3,
			 unsigned long arg4, unsigned long arg5);
void syscall_iface_proc_status(struct seq_file *m, struct task_struct *p);
long syscall_iface_ptrace(struct task_struct *child, long request,
			  unsigned long addr, void __user *data);

/* The syscall_iface_dispatch tracepoint turns exit work on and off. */
int syscall_iface_trace_reg(void);
void syscall_iface_trace_unreg(void);

/*
 * On while any interface exists or linux maps an extra number: until then
 * an invalid native number costs nothing more than it does upstream.
 */
DECLARE_STATIC_KEY_FALSE(syscall_iface_services_on);

/**
 * syscall_iface_service - run a service for an invalid native number
 * @regs: the caller's registers
 * @nr: the number do_syscall_64() found no native syscall for
 *
 * Return: true if a service ran (regs->ax is its result).
 */
static inline bool syscall_iface_service(struct pt_regs *regs, long nr)
{
	if (!static_branch_unlikely(&syscall_iface_services_on))
		return false;
	return __syscall_iface_service(regs, nr);
}

/* On while "linux"'s table gives services extra native numbers. */
DECLARE_STATIC_KEY_FALSE(syscall_iface_extras_on);
void __syscall_iface_extra(struct pt_regs *regs);

/**
 * syscall_iface_trace_enter - number a call as every observer will see it
 * @regs: the caller's registers
 * @work: the task's syscall work
 *
 * Called from syscall_trace_enter() before ptrace, seccomp, audit and the
 * tracepoints.  A foreign call is decoded into its native number; a
 * native call to one of "linux"'s extra numbers becomes the number of
 * the service it names, so that a service has one number for everyone.
 */
static inline void syscall_iface_trace_enter(struct pt_regs *regs,
					     unsigned long work)
{
	if (work & SYSCALL_WORK_SYSCALL_IFACE)
		syscall_iface_enter(regs);
	else if (static_branch_unlikely(&syscall_iface_extras_on))
		__syscall_iface_extra(regs);
}

/**
 * syscall_iface_restart - fix up a syscall restart for a foreign task
 * @regs: user registers, already rewound to the syscall instruction
 * @block: true for -ERESTART_RESTARTBLOCK (restart_syscall), false when
 *         the same call is re-executed
 *
 * Upstream restarts by loading a native number into rax; a foreign task
 * would decode that through its own table.  Put the foreign number back.
 */
static inline void syscall_iface_restart(struct pt_regs *regs, bool block)
{
	if (test_syscall_work(SYSCALL_IFACE))
		__syscall_iface_restart(regs, block);
}

/* On while some interface enters through int $0x80. */
DECLARE_STATIC_KEY_FALSE(syscall_iface_int80_on);
bool __syscall_iface_int80(struct pt_regs *regs);

/**
 * syscall_iface_int80 - run a foreign call that entered through int $0x80
 * @regs: the caller's registers, as the int $0x80 entry saved them
 *
 * Return: true if current's interface enters this way and the call has
 * run; false for every other int $0x80, which upstream runs as before.
 */
static inline bool syscall_iface_int80(struct pt_regs *regs)
{
	if (!static_branch_unlikely(&syscall_iface_int80_on))
		return false;
	return __syscall_iface_int80(regs);
}

void syscall_iface_ret(struct pt_regs *regs);
void __syscall_iface_ret_signal(struct pt_regs *regs);

/**
 * syscall_iface_ret_signal - an interrupted foreign call returns -EINTR
 * @regs: user registers, after the signal code decided not to restart
 *
 * Returns the -EINTR the way the task's interface returns errors.
 */
static inline void syscall_iface_ret_signal(struct pt_regs *regs)
{
	if (test_syscall_work(SYSCALL_IFACE_RET))
		__syscall_iface_ret_signal(regs);
}

/* For modules that provide services (see kernel/syscall_iface/service.c). */
int syscall_iface_register_service(const char *name,
				   long (*fn)(struct pt_regs *regs),
				   struct module *owner);
void syscall_iface_unregister_service(const char *name);

/* For binfmt_juha. */
struct syscall_iface *syscall_iface_match(enum syscall_iface_binfmt fmt,
					  const u8 *buf);
void syscall_iface_put(struct syscall_iface *iface);
int juha_load_elf_binary(struct linux_binprm *bprm);

/* Provided by the architecture (arch/x86/entry/syscall_iface.c). */
extern const unsigned int syscall_iface_nr_native;
const char *syscall_iface_native_name(unsigned int nr);
int syscall_iface_native_nr(const char *name);
long syscall_iface_enter_slow(struct pt_regs *regs);
int syscall_iface_reg_offset(const char *name);
const char *syscall_iface_reg_name(unsigned int offset);

/* Provided by the core for the architecture's entry code. */
long syscall_iface_translate(struct syscall_iface *iface,
			     struct pt_regs *regs,
			     enum syscall_iface_gate gate,
			     struct syscall_iface_call *call);
int syscall_iface_convert(struct syscall_iface *iface, long *val);
unsigned int syscall_iface_nr_offset(struct syscall_iface *iface);
enum syscall_iface_method syscall_iface_method(struct syscall_iface *iface);
bool syscall_iface_int80_gate(void);
long syscall_iface_linux_extra(unsigned long nr);

#else /* !CONFIG_SYSCALL_IFACE */

static inline long syscall_iface_enter(struct pt_regs *regs) { return -1; }
static inline void syscall_iface_trace_enter(struct pt_regs *regs,
					     unsigned long work) { }
static inline void syscall_iface_exit_work(struct pt_regs *regs) { }
static inline void syscall_iface_ret(struct pt_regs *regs) { }

static inline bool syscall_iface_service(struct pt_regs *regs, long nr)
{
	return false;
}

static inline void syscall_iface_restart(struct pt_regs *regs, bool block) { }
static inline bool syscall_iface_int80(struct pt_regs *regs) { return false; }
static inline void syscall_iface_ret_signal(struct pt_regs *regs) { }
static inline int syscall_iface_exec_prepare(struct linux_binprm *bprm)
{
	return 0;
}

static inline void syscall_iface_exec(struct linux_binprm *bprm) { }
static inline void syscall_iface_exec_free(struct linux_binprm *bprm) { }
static inline void syscall_iface_fork(struct task_struct *p) { }
static inline void syscall_iface_exit(struct task_struct *tsk) { }
static inline long syscall_iface_prctl(unsigned long op, unsigned long arg3,
				       unsigned long arg4, unsigned long arg5)
{
	return -EINVAL;
}

static inline void syscall_iface_proc_status(struct seq_file *m,
					     struct task_struct *p) { }

static inline long syscall_iface_ptrace(struct task_struct *child,
					long request, unsigned long addr,
					void __user *data)
{
	return -EIO;
}

#endif /* CONFIG_SYSCALL_IFACE */

#endif /* _LINUX_SYSCALL_IFACE_H */
