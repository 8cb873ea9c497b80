// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD processes: wait4's options and procctl's parent-death signal;
 * fork, vfork and ptrace are the BSDs' (bsd/process.c).
 * execve means the same on both kernels and is mapped straight; an exec
 * picks the new program's interface by its brand, so a FreeBSD program
 * can run a native one.
 */

#include <linux/prctl.h>
#include <linux/sched.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/linux/wait.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/* wait4's options (sys/sys/wait.h): it implies WEXITED and WTRAPPED. */
static const struct bsd_flag wait_options[] = {
	{ 0x01, WNOHANG },
	{ 0x02, WUNTRACED },
	{ 0x04, WCONTINUED },
	{ 0x08, WNOWAIT },
	{ 0x10, WEXITED },
	{ 0x20, 0 },			/* WTRAPPED: a tracer is told anyway */
	{ 0x80000000, __WCLONE },	/* WLINUXCLONE */
};

const struct bsd_flags fbsd_wait_options = {
	wait_options, ARRAY_SIZE(wait_options)
};

/* wait6()'s id types (sys/sys/wait.h's idtype_t) */
static const struct bsd_id idtypes[] = {
	{ 0, P_PID },
	{ 2, P_PGID },
	{ 7, P_ALL },
};

const struct bsd_ids fbsd_idtypes = { idtypes, ARRAY_SIZE(idtypes) };

/* procctl's idtype and commands (sys/sys/procctl.h, sys/sys/wait.h) */
#define FBSD_P_PID			0
#define FBSD_PROC_PDEATHSIG_CTL		11
#define FBSD_PROC_PDEATHSIG_STATUS	12

/*
 * procctl(idtype, id, cmd, data): the parent-death signal, Linux's
 * PR_SET_PDEATHSIG and PR_GET_PDEATHSIG in FreeBSD's numbering, for the
 * caller only (P_PID, and its pid or 0), as FreeBSD; other commands are
 * EINVAL.
 */
SYSCALL_IFACE_DEFINE4(fbsd_procctl, int, idtype, s64, id, int, cmd,
		      int __user *, udata)
{
	int sig, lsig;
	long ret;

	if (idtype != FBSD_P_PID || (id && id != task_tgid_vnr(current)))
		return -EINVAL;
	switch (cmd) {
	case FBSD_PROC_PDEATHSIG_CTL:
		if (get_user(sig, udata))
			return -EFAULT;
		lsig = sig ? bsd_sig_to_linux(&fbsd_signals, sig) : 0;
		if (lsig < 0 || (sig && !lsig))
			return -EINVAL;
		return syscall_iface_native(__NR_prctl, PR_SET_PDEATHSIG, lsig);
	case FBSD_PROC_PDEATHSIG_STATUS:
		ret = syscall_iface_native(__NR_prctl, PR_GET_PDEATHSIG, udata);
		if (ret)
			return ret;
		if (get_user(lsig, udata) ||
		    put_user(lsig ? bsd_sig_from_linux(&fbsd_signals, lsig) : 0, udata))
			return -EFAULT;
		return 0;
	default:
		return -EINVAL;
	}
}
