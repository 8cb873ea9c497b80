/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface: services defined over their typed arguments, and the
 * native calls they make, without naming a register.
 *
 * A platform's service is entered with the caller's registers
 * (struct syscall_iface_service_def).  SYSCALL_IFACE_DEFINEn() takes
 * the arguments out of them the architecture's way
 * (syscall_get_arguments()), as the task's seccomp filters and ptrace
 * see them, and gives the body C types, as SYSCALL_DEFINEn() does for
 * a native call: an int argument is the low half of its register.
 *
 * syscall_iface_native() runs a native call with the arguments a service
 * translated, once the task's seccomp filters allowed it as that call;
 * syscall_iface_denied() asks the filters about a native call that a
 * service does some other way, and syscall_iface_native_done() ends
 * the audit record of one they allowed.
 * Arguments left out are 0.
 */
#ifndef _LINUX_SYSCALL_IFACE_SERVICE_H
#define _LINUX_SYSCALL_IFACE_SERVICE_H

#include <linux/args.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/syscall.h>

struct pt_regs;

/**
 * __SYSCALL_IFACE_DEFINE - define service @name over @x typed arguments
 * @x: how many arguments it takes (1 to 6)
 * @name: the service function, long name(struct pt_regs *regs)
 *
 * The variadic part is (type, name) pairs, as for SYSCALL_DEFINEx(); the
 * body that follows gets them, and is also a function, __do_NAME(), that
 * other services of the file may call with arguments of their own.
 * __se_NAME() takes all six values as long and passes on the first @x,
 * cast to their types.  @name needs a prototype before it: a header's,
 * or a static one for a service that only its file registers.
 */
#define __SYSCALL_IFACE_DEFINE(x, name, ...)				\
	static long __do_##name(__MAP##x(__SC_DECL, __VA_ARGS__));	\
	static long __se_##name(__MAP6(__SC_LONG, __VA_ARGS__,		\
				       long, __p1, long, __p2, long, __p3, \
				       long, __p4, long, __p5, long, __p6)) \
	{								\
		__MAP##x(__SC_TEST, __VA_ARGS__);			\
		return __do_##name(__MAP##x(__SC_CAST, __VA_ARGS__));	\
	}								\
	long name(struct pt_regs *regs)					\
	{								\
		unsigned long a[6];					\
									\
		syscall_get_arguments(current, regs, a);		\
		return __se_##name(a[0], a[1], a[2], a[3], a[4], a[5]);	\
	}								\
	static long __do_##name(__MAP##x(__SC_DECL, __VA_ARGS__))

#define SYSCALL_IFACE_DEFINE0(name)					\
	static long __do_##name(void);					\
	long name(struct pt_regs *regs)					\
	{								\
		return __do_##name();					\
	}								\
	static long __do_##name(void)

#define SYSCALL_IFACE_DEFINE1(name, ...) __SYSCALL_IFACE_DEFINE(1, name, __VA_ARGS__)
#define SYSCALL_IFACE_DEFINE2(name, ...) __SYSCALL_IFACE_DEFINE(2, name, __VA_ARGS__)
#define SYSCALL_IFACE_DEFINE3(name, ...) __SYSCALL_IFACE_DEFINE(3, name, __VA_ARGS__)
#define SYSCALL_IFACE_DEFINE4(name, ...) __SYSCALL_IFACE_DEFINE(4, name, __VA_ARGS__)
#define SYSCALL_IFACE_DEFINE5(name, ...) __SYSCALL_IFACE_DEFINE(5, name, __VA_ARGS__)
#define SYSCALL_IFACE_DEFINE6(name, ...) __SYSCALL_IFACE_DEFINE(6, name, __VA_ARGS__)

/* The first six values given, each as an unsigned long, in an array. */
#define __syscall_iface_argv(a0, a1, a2, a3, a4, a5, ...)		\
	((const unsigned long [6]) {					\
		(unsigned long)(a0), (unsigned long)(a1),		\
		(unsigned long)(a2), (unsigned long)(a3),		\
		(unsigned long)(a4), (unsigned long)(a5),		\
	})

long syscall_iface_native_argv(unsigned int nr, const unsigned long *args);
bool syscall_iface_denied_argv(unsigned int nr, const unsigned long *args,
			       long *ret);
int syscall_iface_stack_arg(unsigned int n, unsigned long *val);
void syscall_iface_native_done(long ret);

/**
 * syscall_iface_native - run native call @nr with the arguments given
 * @nr: the native number
 *
 * The variadic part is one to six arguments; the rest are 0.
 *
 * Return: the native result, or what seccomp put in its place.
 */
#define syscall_iface_native(nr, ...)					\
	syscall_iface_native_argv(nr, __syscall_iface_argv(__VA_ARGS__, \
							   0, 0, 0, 0, 0, 0))

/**
 * syscall_iface_denied - whether the task's filters deny a native call
 * @ret: set to what the task gets instead, when they do
 * @nr: the native number the service's work stands for
 *
 * For a service that does what native call @nr does other than through
 * syscall_iface_native() (arch/x86/entry/syscall_iface/native.c).  The
 * variadic part is one to six arguments, as for syscall_iface_native().
 *
 * Return: true if the work must not be done.
 */
#define syscall_iface_denied(ret, nr, ...)				\
	syscall_iface_denied_argv(nr, __syscall_iface_argv(__VA_ARGS__,	\
							   0, 0, 0, 0, 0, 0), \
				  ret)

#endif /* _LINUX_SYSCALL_IFACE_SERVICE_H */
