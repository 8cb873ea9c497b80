// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD signal delivery and contexts: the frame a handler gets, after
 * sendsig_siginfo() in sys/arch/amd64/amd64/machdep.c, and getcontext
 * and setcontext, through which a handler returns (its trampoline calls
 * setcontext(&uc)) and which _lwp_create starts a thread from.
 *
 * The frame is struct sigframe_siginfo: the trampoline's address, where
 * the handler returns, then a siginfo_t and a ucontext_t; rsp is at the
 * frame, 8 bytes off a 16-byte boundary, as after a call.  The handler
 * gets the signal in rdi, &si in rsi and &uc in rdx and r15.  The FPU
 * state is saved just past the frame the way Linux saves it, and the
 * ucontext gets a copy of its legacy (FXSAVE) area; setcontext on our
 * own frame restores all of it, with that area as the handler left it.
 */

#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/prctl.h>
#include <asm/sigcontext.h>

#include "netbsd.h"

#define FXSAVE_SIZE		512
#define FXSAVE_SW_BYTES		464	/* software bytes from here on */
#define NO_REG			0xff

/* __gregs[] in pt_regs: NetBSD's _REG_* order (mcontext.h). */
static const u8 gregs[NBSD_NGREG] = {
	offsetof(struct pt_regs, di), offsetof(struct pt_regs, si),
	offsetof(struct pt_regs, dx), offsetof(struct pt_regs, cx),
	offsetof(struct pt_regs, r8), offsetof(struct pt_regs, r9),
	offsetof(struct pt_regs, r10), offsetof(struct pt_regs, r11),
	offsetof(struct pt_regs, r12), offsetof(struct pt_regs, r13),
	offsetof(struct pt_regs, r14), offsetof(struct pt_regs, r15),
	offsetof(struct pt_regs, bp), offsetof(struct pt_regs, bx),
	offsetof(struct pt_regs, ax),
	NO_REG, NO_REG, NO_REG, NO_REG,		/* gs, fs, es, ds */
	NO_REG, NO_REG,				/* trapno, err */
	offsetof(struct pt_regs, ip), offsetof(struct pt_regs, cs),
	offsetof(struct pt_regs, flags), offsetof(struct pt_regs, sp),
	offsetof(struct pt_regs, ss),
};

#define NBSD_REG_RAX		14
#define NBSD_REG_TRAPNO		19
#define NBSD_REG_ERR		20
#define NBSD_REG_CS		22
#define NBSD_REG_RFLAGS		23
#define NBSD_REG_SS		25

static u64 *greg(struct pt_regs *regs, unsigned int i)
{
	return (u64 *)((u8 *)regs + gregs[i]);
}

static void save_gregs(struct nbsd_mcontext *mc, struct pt_regs *regs)
{
	unsigned int i;

	for (i = 0; i < NBSD_NGREG; i++)
		mc->gregs[i] = gregs[i] == NO_REG ? 0 : *greg(regs, i);
	mc->gregs[NBSD_REG_TRAPNO] = current->thread.trap_nr;
	mc->gregs[NBSD_REG_ERR] = current->thread.error_code;
}

/**
 * nbsd_context_cpu - load a ucontext's registers
 * @mc: its machine context
 * @regs: the registers to load
 *
 * The general registers, rip and rsp, and the flags a program may
 * change; not the segments.
 *
 * Return: 0.
 */
int nbsd_context_cpu(const struct nbsd_mcontext *mc, struct pt_regs *regs)
{
	unsigned int i;

	for (i = 0; i < NBSD_NGREG; i++)
		if (gregs[i] != NO_REG && i != NBSD_REG_CS &&
		    i != NBSD_REG_SS && i != NBSD_REG_RFLAGS)
			*greg(regs, i) = mc->gregs[i];
	bsd_set_user_flags(regs, mc->gregs[NBSD_REG_RFLAGS]);
	return 0;
}

/* sys/sys/siginfo.h: struct _ksiginfo, on LP64 */
struct nbsd_siginfo {
	s32 signo, code, errno, pad;
	union {
		struct {
			s32 pid;
			u32 uid;
			u64 value;
		} rt;
		struct {
			s32 pid;
			u32 uid;
			s32 status;
		} child;
		struct {
			u64 addr;
			s32 trap;
		} fault;
		struct {
			s64 band;
			s32 fd;
		} poll;
		u8 pad[112];
	} reason;
};

struct nbsd_sigframe {
	u64 ra;
	struct nbsd_siginfo si;
	struct nbsd_ucontext uc;
};

/* NetBSD's si_code values for signals sent, not raised by a fault. */
#define NBSD_SI_ASYNCIO		-3
#define NBSD_SI_MESGQ		-4
#define NBSD_SI_LWP		-5
#define NBSD_SI_NOINFO		32767

static s32 si_code(const kernel_siginfo_t *info)
{
	switch (info->si_code) {
	case SI_KERNEL:
	case SI_SIGIO:
		return NBSD_SI_NOINFO;
	case SI_MESGQ:
		return NBSD_SI_MESGQ;
	case SI_ASYNCIO:
		return NBSD_SI_ASYNCIO;
	case SI_TKILL:
		return NBSD_SI_LWP;
	}
	return info->si_code;	/* SI_USER, SI_QUEUE, SI_TIMER and faults agree */
}

static void fill_siginfo(struct nbsd_siginfo *si, int nsig,
			 const kernel_siginfo_t *info)
{
	int sig = info->si_signo;

	memset(si, 0, sizeof(*si));
	si->signo = nsig;
	si->errno = info->si_errno;
	si->code = si_code(info);
	if (info->si_code <= 0) {		/* sent by a task or a timer */
		si->reason.rt.pid = info->si_pid;
		si->reason.rt.uid = info->si_uid;
		if (info->si_code != SI_USER && info->si_code != SI_TKILL)
			si->reason.rt.value = (unsigned long)info->si_ptr;
	} else if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL ||
		   sig == SIGFPE || sig == SIGTRAP) {
		si->reason.fault.addr = (unsigned long)info->si_addr;
		si->reason.fault.trap = current->thread.trap_nr;
	} else if (sig == SIGCHLD) {
		si->reason.child.pid = info->si_pid;
		si->reason.child.uid = info->si_uid;
		si->reason.child.status = info->si_status;
	} else if (sig == SIGIO) {
		si->reason.poll.band = info->si_band;
	}
}

/*
 * sendsig: build the frame for the handler of @ksig, which returns to
 * the trampoline its action named, and enter the handler.
 */
int nbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs)
{
	unsigned long tramp = (unsigned long)ksig->ka.sa.sa_restorer;
	int nsig = bsd_sig_from_linux(&nbsd_signals, ksig->sig);
	struct nbsd_sigframe __user *fp;
	struct nbsd_sigframe *f;
	void __user *fpstate, *at;
	size_t fpsize;
	int ret = -EFAULT;

	BUILD_BUG_ON(sizeof(struct nbsd_siginfo) != 128 ||
		     sizeof(struct nbsd_ucontext) != 784);
	if (!tramp || !nsig)
		return -EFAULT;
	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
	/* Room for all but the return address, at a 16-byte boundary. */
	at = syscall_iface_sigframe(ksig, regs, sizeof(*f) - 8, &fpstate,
				    &fpsize);
	if (!at)
		goto out;
	fp = at - 8;
	f->ra = tramp;
	fill_siginfo(&f->si, nsig, &ksig->info);
	f->uc.flags = NBSD_UC_SIGMASK | NBSD_UC_CPU | NBSD_UC_FPU |
		      (on_sig_stack(regs->sp) ? NBSD_UC_SETSTACK :
						NBSD_UC_CLRSTACK);
	bsd_sigset_from_linux(&nbsd_signals, sigmask_to_save(), &f->uc.sigmask);
	save_gregs(&f->uc.mcontext, regs);
	if (copy_from_user(f->uc.mcontext.fpregs, fpstate, FXSAVE_SW_BYTES))
		goto out;
	if (copy_to_user(fp, f, sizeof(*f)))
		goto out;

	regs->di = nsig;
	regs->si = (unsigned long)&fp->si;
	regs->dx = (unsigned long)&fp->uc;
	regs->r15 = regs->dx;
	regs->sp = (unsigned long)fp;
	regs->ip = (unsigned long)ksig->ka.sa.sa_handler;
	ret = 0;
out:
	kfree(f);
	return ret;
}

/*
 * The FPU state to restore for the ucontext at @ucp: Linux's, just past
 * it, if this is a frame nbsd_sendsig() built (syscall_iface_sigframe()
 * put it at the next 64-byte boundary, and it carries Linux's magic),
 * with the legacy area from the ucontext; else the ucontext's own image.
 */
static void __user *fpstate(struct nbsd_ucontext __user *ucp,
			    const struct nbsd_ucontext *uc)
{
	void __user *saved = (void __user *)ALIGN((unsigned long)(ucp + 1),
						   64);
	u32 magic;

	if (get_user(magic, (u32 __user *)(saved + FXSAVE_SW_BYTES)) ||
	    magic != FP_XSTATE_MAGIC1 ||
	    copy_to_user(saved, uc->mcontext.fpregs, FXSAVE_SW_BYTES))
		return &ucp->mcontext.fpregs;
	return saved;
}

/*
 * setcontext(ucp): what the ucontext's flags say it holds: the
 * registers, which are then the call's result (nothing is converted and
 * no restart looked for, as after a sigreturn), the FPU state, the
 * signal mask and the TLS base.
 */
long nbsd_setcontext(struct pt_regs *regs)
{
	struct nbsd_ucontext __user *ucp = (void __user *)regs->di;
	struct pt_regs r = *regs;
	struct nbsd_ucontext *uc;
	sigset_t set;
	long ret;

	if (bsd_denied(regs, __NR_rt_sigreturn, 0, 0, 0, 0, &ret))
		return ret;
	uc = kmalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(uc, ucp, sizeof(*uc)))
		goto out;
	if ((uc->flags & NBSD_UC_FPU) &&
	    syscall_iface_fpu_restore(fpstate(ucp, uc)))
		goto out;
	if (uc->flags & NBSD_UC_TLSBASE) {
		r.di = ARCH_SET_FS;
		r.si = uc->mcontext.tlsbase;
		ret = syscall_iface_native_call(&r, __NR_arch_prctl);
		if (ret)
			goto out;
	}
	if (uc->flags & NBSD_UC_SIGMASK) {
		bsd_sigset_to_linux(&nbsd_signals, &uc->sigmask, &set);
		sigdelsetmask(&set, sigmask(SIGKILL) | sigmask(SIGSTOP));
		sigprocmask(SIG_SETMASK, &set, NULL);
	}
	ret = 0;
	if (uc->flags & NBSD_UC_CPU) {
		syscall_iface_forget_restart();
		nbsd_context_cpu(&uc->mcontext, regs);
		regs->orig_ax = -1;
		syscall_iface_keep_result();
		ret = regs->ax;
	}
out:
	kfree(uc);
	return ret;
}

/*
 * getcontext(ucp): the caller's registers as they will be when the call
 * returns 0, its signal mask and its alternate stack.
 */
long nbsd_getcontext(struct pt_regs *regs)
{
	struct nbsd_ucontext *uc;
	long ret = 0;

	uc = kzalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	uc->flags = NBSD_UC_SIGMASK | NBSD_UC_STACK | NBSD_UC_CPU;
	bsd_sigset_from_linux(&nbsd_signals, &current->blocked, &uc->sigmask);
	uc->stack.sp = current->sas_ss_sp;
	uc->stack.size = current->sas_ss_size;
	uc->stack.flags = !current->sas_ss_size ? BSD_SS_DISABLE :
			  on_sig_stack(regs->sp) ? BSD_SS_ONSTACK : 0;
	save_gregs(&uc->mcontext, regs);
	uc->mcontext.gregs[NBSD_REG_RAX] = 0;
	uc->mcontext.gregs[NBSD_REG_RFLAGS] &= ~X86_EFLAGS_CF;
	if (copy_to_user((void __user *)regs->di, uc, sizeof(*uc)))
		ret = -EFAULT;
	kfree(uc);
	return ret;
}
