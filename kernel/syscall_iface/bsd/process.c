// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD processes: fork and vfork, which return a second value and leave
 * the kqueues behind (syscall_iface_bsd_fork()), wait4 and wait6, whose
 * status words carry the platform's signal numbers and whose options are
 * the platform's flags, ptrace's PT_TRACE_ME, and issetugid.
 */

#include <linux/auxvec.h>
#include <linux/export.h>
#include <linux/mm_types.h>
#include <linux/ptrace.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/linux/wait.h>

#include "bsd.h"
#include "../../exit.h"		/* kernel_waitid() */

/* fork() and vfork() */
SYSCALL_IFACE_DEFINE0(bsd_fork)
{
	return syscall_iface_bsd_fork(__NR_fork);
}
EXPORT_SYMBOL_GPL(bsd_fork);

SYSCALL_IFACE_DEFINE0(bsd_vfork)
{
	return syscall_iface_bsd_fork(__NR_vfork);
}
EXPORT_SYMBOL_GPL(bsd_vfork);

/* ptrace's requests (sys/sys/ptrace.h, the same on FreeBSD and NetBSD) */
#define BSD_PT_TRACE_ME		0

/*
 * ptrace(req, pid, addr, data): PT_TRACE_ME, which a child makes before
 * an exec its parent traces (Go's SysProcAttr.Ptrace); the tracer's own
 * requests are EINVAL.
 */
SYSCALL_IFACE_DEFINE4(bsd_ptrace, int, req, pid_t, pid, void __user *, addr,
		      int, data)
{
	if (req != BSD_PT_TRACE_ME)
		return -EINVAL;
	return syscall_iface_native(__NR_ptrace, PTRACE_TRACEME);
}
EXPORT_SYMBOL_GPL(bsd_ptrace);

/*
 * issetugid(): whether the program was started with privileges it did
 * not inherit, which Linux records as AT_SECURE in its auxiliary vector.
 */
SYSCALL_IFACE_DEFINE0(bsd_issetugid)
{
	struct mm_struct *mm = current->mm;
	unsigned int i;

	for (i = 0; i + 1 < AT_VECTOR_SIZE && mm->saved_auxv[i] != AT_NULL; i += 2)
		if (mm->saved_auxv[i] == AT_SECURE)
			return !!mm->saved_auxv[i + 1];
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_issetugid);

/**
 * bsd_wait_status - a wait status in a platform's signal numbers
 * @s: the platform's signals
 * @status: Linux's status word
 *
 * The words are laid out alike (exit code, stop and termination signals)
 * but for a continued child, which each BSD reports its own way.
 *
 * Return: the platform's status word.
 */
int bsd_wait_status(const struct bsd_signals *s, int status)
{
	if (status == 0xffff)					/* continued */
		return s->wcontinued;
	if ((status & 0xff) == 0x7f)				/* stopped */
		return (bsd_child_sig(s, (status >> 8) & 0xff) << 8) | 0x7f;
	if (status & 0x7f)					/* killed */
		return (status & ~0x7f) | bsd_child_sig(s, status & 0x7f);
	return status;						/* exited */
}
EXPORT_SYMBOL_GPL(bsd_wait_status);

/*
 * wait4(pid, status, options, rusage): the options and the status are in
 * the calling platform's numbering; struct rusage is laid out as Linux's
 * on amd64.  It returns the child's pid, 0, or a negative errno.
 */
SYSCALL_IFACE_DEFINE4(bsd_wait4, pid_t, pid, int __user *, ustatus,
		      int, options, void __user *, rusage)
{
	const struct bsd_platform *p = bsd_platform();
	unsigned long opt;
	int status;
	long ret;

	if (bsd_flags_to_linux(p->wait_options->map, p->wait_options->n,
			       options, &opt))
		return -EINVAL;
	/* wait4() always waits for exits; Linux's takes no WEXITED. */
	opt &= ~WEXITED;
	ret = syscall_iface_native(__NR_wait4, pid, ustatus, opt, rusage);
	if (ret <= 0 || !ustatus)
		return ret;
	/* The child is reaped: a fault now loses its status, as on Linux. */
	if (get_user(status, ustatus) ||
	    put_user(bsd_wait_status(p->signals, status), ustatus))
		return -EFAULT;
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_wait4);

/* Linux's wait status of what waitid() found. */
static int waitid_status(const struct waitid_info *wi)
{
	switch (wi->cause) {
	case CLD_EXITED:
		return (wi->status & 0xff) << 8;
	case CLD_KILLED:
		return wi->status;
	case CLD_DUMPED:
		return wi->status | 0x80;
	case CLD_STOPPED:
	case CLD_TRAPPED:
		return (wi->status << 8) | 0x7f;
	default:					/* CLD_CONTINUED */
		return 0xffff;
	}
}

/* The siginfo of what waitid() found (none: zeroes), the platform's way. */
static int put_wait_siginfo(const struct bsd_platform *p, void __user *uinfo,
			    const struct waitid_info *wi, bool found)
{
	kernel_siginfo_t info = {};
	u8 buf[BSD_SIGINFO_MAX] = {};

	if (found) {
		info.si_signo = SIGCHLD;
		info.si_code = wi->cause;
		info.si_pid = wi->pid;
		info.si_uid = wi->uid;
		info.si_status = wi->status;
		p->put_siginfo(buf, &info);
	}
	return copy_to_user(uinfo, buf, p->siginfo_size) ? -EFAULT : 0;
}

/*
 * wait6(idtype, id, status, options, wrusage, info): waitid() with the
 * BSD's results (kern_wait6()): the child's pid (0 under WNOHANG for
 * none), its wait status and siginfo in the platform's numbering, and
 * its usage.  The ids are a process, a process group or any child; the
 * BSDs' others (a session, a uid, ...) are EINVAL.  Linux counts a
 * child's usage with its children's, which wru_self gets, and
 * wru_children is zero.
 */
SYSCALL_IFACE_DEFINE6(bsd_wait6, int, idtype, s64, id, int __user *, ustatus,
		      int, options, void __user *, wrusage,
		      void __user *, uinfo)
{
	const struct bsd_platform *p = bsd_platform();
	struct waitid_info wi = {};
	unsigned long opt;
	struct rusage ru;
	int which;
	long ret;

	which = bsd_id_to_linux(p->idtypes->map, p->idtypes->n, idtype);
	if (which < 0 ||
	    bsd_flags_to_linux(p->wait_options->map, p->wait_options->n,
			       options, &opt))
		return -EINVAL;
	if (which != P_ALL && (id < 0 || id > PID_MAX_LIMIT))
		return -ECHILD;
	ret = kernel_waitid(which, id, &wi, opt, wrusage ? &ru : NULL);
	if (ret < 0)
		return ret;
	if (ret && ustatus &&
	    put_user(bsd_wait_status(p->signals, waitid_status(&wi)), ustatus))
		return -EFAULT;
	if (ret && wrusage &&
	    (copy_to_user(wrusage, &ru, sizeof(ru)) ||
	     clear_user(wrusage + sizeof(ru), sizeof(ru))))
		return -EFAULT;
	if (uinfo && put_wait_siginfo(p, uinfo, &wi, ret))
		return -EFAULT;
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_wait6);
