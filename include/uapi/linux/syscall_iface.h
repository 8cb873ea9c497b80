/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * syscall-iface: per-task system call interfaces (user-visible constants).
 */
#ifndef _UAPI_LINUX_SYSCALL_IFACE_H
#define _UAPI_LINUX_SYSCALL_IFACE_H

#include <linux/types.h>

/* Version of the user-visible interface, shown in sysfs. */
#define SYSCALL_IFACE_VERSION		"0.2"

/* Largest foreign syscall number a table may map. */
#define SYSCALL_IFACE_MAX_NR		65535

/* A signature lies within the first SYSCALL_IFACE_SIG_MAX bytes. */
#define SYSCALL_IFACE_SIG_MAX		128

/* Longest interface name, and most foreign interfaces at once. */
#define SYSCALL_IFACE_NAME_MAX		32
#define SYSCALL_IFACE_MAX_IFACES	1024

/*
 * Services (kernel functions that are not native syscalls, such as
 * iface_info) appear to ptrace, seccomp and audit as native number
 * SYSCALL_IFACE_SERVICE_BASE + their id, a range no native syscall uses.
 */
#define SYSCALL_IFACE_SERVICE_BASE	4096
#define SYSCALL_IFACE_SERVICE_IFACE_INFO	0	/* iface_info */
/* The last service number: a table entry holds up to 0xfffe. */
#define SYSCALL_IFACE_SERVICE_LAST	0xfffe

/*
 * When a foreign call is restarted through restart_syscall, the number
 * register holds this value (outside every table) until the restart
 * runs; if the number register is not rax, rax carries the original
 * number meanwhile and it is put back when the restart runs.
 */
#define SYSCALL_IFACE_NR_RESTART	0x7ffffffeUL

/*
 * prctl(PR_SYSCALL_IFACE, op, arg3, arg4, 0) selects the calling task's
 * interface by name ("linux" is the native one):
 *
 *   PR_SYSCALL_IFACE_GET       copy the name to buffer arg3 of size arg4
 *                              (NUL-terminated, truncated); returns its length
 *   PR_SYSCALL_IFACE_SET       use interface arg3 from now on
 *   PR_SYSCALL_IFACE_SET_EXEC  use interface arg3 for the next exec instead
 *                              of detection; arg3 = NULL clears it
 *   PR_SYSCALL_IFACE_NATIVE    go back to native now
 *   PR_SYSCALL_IFACE_NATIVE_RANGE  calls made from [arg3, arg3 + arg4)
 *                              run native, undecoded, as Syscall User
 *                              Dispatch's range does (the address after
 *                              the syscall instruction lies within); for
 *                              an emulator inside a foreign process.
 *                              arg4 = 0 (and arg3 = 0) clears it.  Kept
 *                              across fork and interface changes, cleared
 *                              by exec.
 *
 * ENOENT: no such interface; EPERM: it is restricted and the caller lacks
 * CAP_SYS_ADMIN.  An exec selects a restricted interface only when its new
 * credentials hold CAP_SYS_ADMIN, and fails with EPERM otherwise.
 */
#define PR_SYSCALL_IFACE		0x53494643	/* "SIFC" */
# define PR_SYSCALL_IFACE_GET		0
# define PR_SYSCALL_IFACE_SET		1
# define PR_SYSCALL_IFACE_SET_EXEC	2
# define PR_SYSCALL_IFACE_NATIVE	3
# define PR_SYSCALL_IFACE_NATIVE_RANGE	4

/*
 * For debuggers and checkpoint/restore, as PTRACE_{GET,SET}_SYSCALL_USER_
 * DISPATCH_CONFIG are for Syscall User Dispatch.  The tracee must be
 * stopped.
 *
 *   ptrace(PTRACE_GET_SYSCALL_IFACE, pid, size, buf)  copy the tracee's
 *       interface name ("linux" when native) to buf, NUL-terminated and
 *       truncated to size; returns the name's length
 *   ptrace(PTRACE_SET_SYSCALL_IFACE, pid, 0, name)  make interface name
 *       the tracee's now ("linux": native)
 *   ptrace(PTRACE_GET_SYSCALL_IFACE_RANGE, pid, sizeof(r), &r)  the
 *       tracee's native range (PR_SYSCALL_IFACE_NATIVE_RANGE) into r
 *   ptrace(PTRACE_SET_SYSCALL_IFACE_RANGE, pid, sizeof(r), &r)  set it, as
 *       the prctl would (len 0 with start 0 clears it)
 *
 * ENOENT: no such interface; EPERM: it is restricted and the tracer lacks
 * CAP_SYS_ADMIN; EINVAL: addr is not 0 (SET) or not sizeof(r) (the
 * ranges), or the range wraps.
 */
#define PTRACE_GET_SYSCALL_IFACE	0x4290
#define PTRACE_SET_SYSCALL_IFACE	0x4291
#define PTRACE_GET_SYSCALL_IFACE_RANGE	0x4292
#define PTRACE_SET_SYSCALL_IFACE_RANGE	0x4293

struct ptrace_syscall_iface_range {
	__u64 start;
	__u64 len;
};

#endif /* _UAPI_LINUX_SYSCALL_IFACE_H */
