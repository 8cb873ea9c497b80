// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD signal delivery: the frame a handler gets and sigreturn, after
 * sendsig() and sys_sigreturn() in sys/amd64/amd64/exec_machdep.c, and
 * the sigcode that calls the handler (sys/amd64/amd64/sigtramp.S).
 *
 * The frame is struct sigframe: the handler, then a ucontext_t, then a
 * siginfo_t, 16-byte aligned.  The handler is entered at the sigcode in
 * the platform's trampoline page with rsp at the frame; the sigcode
 * calls it, then calls sigreturn(&uc).  The FPU state is saved below the
 * frame the way Linux saves it; the ucontext gets a copy of its legacy
 * (FXSAVE) area in mc_fpstate and points mc_xfpustate at the rest, as
 * FreeBSD does, and sigreturn restores both.
 */

#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <linux/uaccess.h>
#include <asm/processor-flags.h>
#include <asm/unistd.h>

#include "freebsd.h"

#define FBSD_SYS_SIGRETURN	417

/* sys/amd64/include/ucontext.h */
#define FBSD_MC_HASFPXSTATE	0x4
#define FBSD_MC_FPFMT_XMM	0x10002
#define FBSD_MC_FPOWNED_FPU	0x20001
#define FXSAVE_SIZE		512
#define FXSAVE_SW_BYTES		464	/* software bytes from here on */

struct fbsd_mcontext {
	u64 onstack;
	u64 rdi, rsi, rdx, rcx, r8, r9, rax, rbx, rbp, r10, r11, r12, r13,
	    r14, r15;
	u32 trapno;
	u16 fs, gs;
	u64 addr;
	u32 flags;
	u16 es, ds;
	u64 err, rip, cs, rflags, rsp, ss;
	u64 len;
	u64 fpformat;
	u64 ownedfp;
	u8 fpstate[FXSAVE_SIZE] __aligned(16);
	u64 fsbase, gsbase;
	u64 xfpustate, xfpustate_len;
	u64 spare[4];
};

struct fbsd_ucontext {
	struct bsd_sigset sigmask;
	struct fbsd_mcontext mcontext;
	u64 link;
	struct bsd_stack stack;
	s32 flags;
	s32 spare[4];
} __aligned(16);

struct fbsd_siginfo {
	s32 signo, errno, code, pid;
	u32 uid;
	s32 status;
	u64 addr;
	u64 value;
	union {
		s32 trapno;
		s64 band;
		u8 spare[40];
	} reason;
};

struct fbsd_sigframe {
	u64 handler;
	struct fbsd_ucontext uc __aligned(16);
	struct fbsd_siginfo si;
};

/* The sigcode, with sigframe's offsets: the handler at 0, uc at 16. */
static const u8 sigcode[] = {
	0xff, 0x14, 0x24,			/* call *0(%rsp) */
	0x48, 0x8d, 0x7c, 0x24, 0x10,		/* lea 16(%rsp),%rdi */
	0x6a, 0x00,				/* pushq $0 */
	0x48, 0xc7, 0xc0, FBSD_SYS_SIGRETURN & 0xff,
	FBSD_SYS_SIGRETURN >> 8, 0x00, 0x00,	/* mov $SYS_sigreturn,%rax */
	0x0f, 0x05,				/* syscall */
	0xf4,					/* 0: hlt */
	0xeb, 0xfd,				/* jmp 0b */
};

const void *fbsd_sigcode = sigcode;
const unsigned int fbsd_sigcode_size = sizeof(sigcode);

/* FreeBSD's si_code values for signals sent, not raised by a fault. */
#define FBSD_SI_USER		0x10001
#define FBSD_SI_QUEUE		0x10002
#define FBSD_SI_TIMER		0x10003
#define FBSD_SI_ASYNCIO		0x10004
#define FBSD_SI_MESGQ		0x10005
#define FBSD_SI_KERNEL		0x10006
#define FBSD_SI_LWP		0x10007

static s32 si_code(const kernel_siginfo_t *info)
{
	switch (info->si_code) {
	case SI_USER:
		return FBSD_SI_USER;
	case SI_KERNEL:
	case SI_SIGIO:
		return FBSD_SI_KERNEL;
	case SI_QUEUE:
		return FBSD_SI_QUEUE;
	case SI_TIMER:
		return FBSD_SI_TIMER;
	case SI_MESGQ:
		return FBSD_SI_MESGQ;
	case SI_ASYNCIO:
		return FBSD_SI_ASYNCIO;
	case SI_TKILL:
		return FBSD_SI_LWP;
	}
	/* FreeBSD numbers FPE_INTOVF 1 and FPE_INTDIV 2; Linux the reverse. */
	if (info->si_signo == SIGFPE &&
	    (info->si_code == FPE_INTDIV || info->si_code == FPE_INTOVF))
		return info->si_code == FPE_INTDIV ? 2 : 1;
	return info->si_code;	/* the other fault and child codes agree */
}

/*
 * What a handler learns about its signal: who sent it (kill, sigqueue,
 * timers), or where the fault was, or which child changed state.
 */
static void fill_siginfo(struct fbsd_siginfo *si, int fsig,
			 const kernel_siginfo_t *info)
{
	int sig = info->si_signo;

	memset(si, 0, sizeof(*si));
	si->signo = fsig;
	si->errno = info->si_errno;
	si->code = si_code(info);
	if (info->si_code <= 0) {		/* sent by a task or a timer */
		si->pid = info->si_pid;
		si->uid = info->si_uid;
		if (info->si_code != SI_USER && info->si_code != SI_TKILL)
			si->value = (unsigned long)info->si_ptr;
	} else if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL ||
		   sig == SIGFPE || sig == SIGTRAP) {
		si->addr = (unsigned long)info->si_addr;
		si->reason.trapno = current->thread.trap_nr;
	} else if (sig == SIGCHLD) {
		si->pid = info->si_pid;
		si->uid = info->si_uid;
		si->status = info->si_status;
	} else if (sig == SIGIO) {
		si->reason.band = info->si_band;
	} else if (sig == SIGSYS) {
		si->addr = (unsigned long)info->si_call_addr;
	}
}

static void fill_mcontext(struct fbsd_mcontext *mc, struct pt_regs *regs)
{
	mc->onstack = on_sig_stack(regs->sp);
	mc->rdi = regs->di;
	mc->rsi = regs->si;
	mc->rdx = regs->dx;
	mc->rcx = regs->cx;
	mc->r8 = regs->r8;
	mc->r9 = regs->r9;
	mc->rax = regs->ax;
	mc->rbx = regs->bx;
	mc->rbp = regs->bp;
	mc->r10 = regs->r10;
	mc->r11 = regs->r11;
	mc->r12 = regs->r12;
	mc->r13 = regs->r13;
	mc->r14 = regs->r14;
	mc->r15 = regs->r15;
	mc->trapno = current->thread.trap_nr;
	mc->addr = current->thread.cr2;
	mc->err = current->thread.error_code;
	mc->rip = regs->ip;
	mc->cs = regs->cs;
	mc->rflags = regs->flags;
	mc->rsp = regs->sp;
	mc->ss = regs->ss;
	mc->len = sizeof(*mc);
}

/*
 * sendsig: build the frame for the handler of @ksig and enter it at the
 * sigcode: rdi = signal, rsi = &si (SA_SIGINFO) or the code, rdx = &uc,
 * rcx = the fault address.
 */
int fbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs)
{
	unsigned long sigcode_addr = syscall_iface_trampoline();
	int fsig = bsd_sig_from_linux(&fbsd_signals, ksig->sig);
	struct fbsd_sigframe __user *sfp;
	struct fbsd_sigframe *sf;
	void __user *fpstate;
	size_t fpsize;
	int ret = -EFAULT;

	if (!sigcode_addr || !fsig)
		return -EFAULT;
	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf)
		return -ENOMEM;
	sfp = syscall_iface_sigframe(ksig, regs, sizeof(*sfp), &fpstate,
				     &fpsize);
	if (!sfp)
		goto out;
	sf->handler = (unsigned long)ksig->ka.sa.sa_handler;
	fill_mcontext(&sf->uc.mcontext, regs);
	/* The FPU state: its legacy area here, the rest where it lies. */
	if (copy_from_user(sf->uc.mcontext.fpstate, fpstate, FXSAVE_SW_BYTES))
		goto out;
	sf->uc.mcontext.fpformat = FBSD_MC_FPFMT_XMM;
	sf->uc.mcontext.ownedfp = FBSD_MC_FPOWNED_FPU;
	sf->uc.mcontext.flags = FBSD_MC_HASFPXSTATE;
	sf->uc.mcontext.xfpustate = (unsigned long)fpstate + FXSAVE_SIZE;
	sf->uc.mcontext.xfpustate_len = fpsize > FXSAVE_SIZE ?
					fpsize - FXSAVE_SIZE : 0;
	bsd_sigset_from_linux(&fbsd_signals, sigmask_to_save(), &sf->uc.sigmask);
	sf->uc.stack.sp = current->sas_ss_sp;
	sf->uc.stack.size = current->sas_ss_size;
	sf->uc.stack.flags = !current->sas_ss_size ? BSD_SS_DISABLE :
			     on_sig_stack(regs->sp) ? BSD_SS_ONSTACK : 0;
	fill_siginfo(&sf->si, fsig, &ksig->info);
	if (copy_to_user(sfp, sf, sizeof(*sf)))
		goto out;

	regs->di = fsig;
	if (ksig->ka.sa.sa_flags & SA_SIGINFO)
		regs->si = (unsigned long)&sfp->si;
	else
		regs->si = sf->si.code;
	regs->dx = (unsigned long)&sfp->uc;
	regs->cx = sf->si.addr;
	regs->sp = (unsigned long)sfp;
	regs->ip = sigcode_addr;
	ret = 0;
out:
	kfree(sf);
	return ret;
}

/*
 * sigreturn(ucp): the registers, the FPU state and the signal mask from
 * the ucontext.  The registers restored are the call's result: nothing
 * is converted, and no restart is looked for (orig_ax = -1), nor is the
 * restart of a call the handler interrupted, as in Linux's rt_sigreturn.
 */
long fbsd_sigreturn(struct pt_regs *regs)
{
	struct fbsd_ucontext __user *ucp = (void __user *)regs->di;
	struct fbsd_mcontext *mc;
	struct fbsd_ucontext *uc;
	void __user *fpstate;
	sigset_t set;
	long ret;

	if (bsd_denied(regs, __NR_rt_sigreturn, 0, 0, 0, 0, &ret))
		return ret;
	syscall_iface_forget_restart();
	ret = -EFAULT;
	uc = kmalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	if (copy_from_user(uc, ucp, sizeof(*uc)))
		goto out;
	mc = &uc->mcontext;
	ret = -EINVAL;
	if (mc->len != sizeof(*mc))
		goto out;
	/*
	 * Our own frame's FPU state lies whole below it: put the legacy
	 * area, as the handler may have changed it, back in place.  A
	 * ucontext made elsewhere has only the legacy area.
	 */
	fpstate = &ucp->mcontext.fpstate;
	if ((mc->flags & FBSD_MC_HASFPXSTATE) && mc->xfpustate >= FXSAVE_SIZE) {
		fpstate = (void __user *)(mc->xfpustate - FXSAVE_SIZE);
		if (copy_to_user(fpstate, mc->fpstate, FXSAVE_SW_BYTES)) {
			ret = -EFAULT;
			goto out;
		}
	}
	if (syscall_iface_fpu_restore(fpstate)) {
		ret = -EFAULT;
		goto out;
	}
	regs->di = mc->rdi;
	regs->si = mc->rsi;
	regs->dx = mc->rdx;
	regs->cx = mc->rcx;
	regs->r8 = mc->r8;
	regs->r9 = mc->r9;
	regs->ax = mc->rax;
	regs->bx = mc->rbx;
	regs->bp = mc->rbp;
	regs->r10 = mc->r10;
	regs->r11 = mc->r11;
	regs->r12 = mc->r12;
	regs->r13 = mc->r13;
	regs->r14 = mc->r14;
	regs->r15 = mc->r15;
	regs->ip = mc->rip;
	regs->sp = mc->rsp;
	bsd_set_user_flags(regs, mc->rflags);
	regs->orig_ax = -1;
	bsd_sigset_to_linux(&fbsd_signals, &uc->sigmask, &set);
	sigdelsetmask(&set, sigmask(SIGKILL) | sigmask(SIGSTOP));
	sigprocmask(SIG_SETMASK, &set, NULL);
	syscall_iface_keep_result();
	ret = regs->ax;
out:
	kfree(uc);
	return ret;
}
