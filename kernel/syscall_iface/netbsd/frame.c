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

#include "netbsd.h"

/* __gregs[]: NetBSD's _REG_* order (sys/arch/amd64/include/mcontext.h). */
static const u8 reg_slots[NBSD_NGREG] = {
	BSD_REG(di), BSD_REG(si), BSD_REG(dx), BSD_REG(cx), BSD_REG(r8),
	BSD_REG(r9), BSD_REG(r10), BSD_REG(r11), BSD_REG(r12), BSD_REG(r13),
	BSD_REG(r14), BSD_REG(r15), BSD_REG(bp), BSD_REG(bx), BSD_REG(ax),
	BSD_REG_NONE, BSD_REG_NONE, BSD_REG_NONE, BSD_REG_NONE, /* gs-ds */
	BSD_REG_TRAPNO, BSD_REG_ERR,
	BSD_REG(ip), BSD_REG(cs), BSD_REG(flags), BSD_REG(sp), BSD_REG(ss),
};

const struct bsd_regmap nbsd_regmap = { reg_slots, NBSD_NGREG };

#define NBSD_REG_RAX		14
#define NBSD_REG_RFLAGS		23

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

/* The siginfo_t of @info, in NetBSD's layout, at @to. */
void nbsd_put_siginfo(void *to, const kernel_siginfo_t *info)
{
	struct nbsd_siginfo *ns = to;
	struct bsd_siginfo si;

	bsd_siginfo(&nbsd_signals, info, &si);
	ns->signo = si.signo;
	ns->code = si.code;
	ns->errno = si.errno;
	switch (si.kind) {
	case BSD_SI_SENT:
		ns->reason.rt.pid = si.pid;
		ns->reason.rt.uid = si.uid;
		ns->reason.rt.value = si.value;
		break;
	case BSD_SI_FAULT:
	case BSD_SI_SYS:	/* si_addr, the call's; no trap */
		ns->reason.fault.addr = si.addr;
		ns->reason.fault.trap = si.trapno;
		break;
	case BSD_SI_CHILD:
		ns->reason.child.pid = si.pid;
		ns->reason.child.uid = si.uid;
		ns->reason.child.status = si.status;
		break;
	case BSD_SI_POLL:
		ns->reason.poll.band = si.band;
		break;
	default:
		break;
	}
}

/*
 * sendsig: build the frame for the handler of @ksig, which returns to
 * the trampoline its action named, and enter the handler.
 */
int nbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs)
{
	unsigned long tramp = (unsigned long)ksig->ka.sa.sa_restorer;
	struct nbsd_sigframe __user *fp;
	struct nbsd_sigframe *f;
	void __user *fpstate, *at;
	size_t fpsize;
	int ret = -EFAULT;

	BUILD_BUG_ON(sizeof(struct nbsd_siginfo) != NBSD_SIGINFO_SIZE ||
		     sizeof(struct nbsd_ucontext) != 784);
	if (!tramp || !bsd_sig_from_linux(&nbsd_signals, ksig->sig))
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
	nbsd_put_siginfo(&f->si, &ksig->info);
	f->uc.flags = NBSD_UC_SIGMASK | NBSD_UC_CPU | NBSD_UC_FPU |
		      (on_sig_stack(user_stack_pointer(regs)) ? NBSD_UC_SETSTACK :
						NBSD_UC_CLRSTACK);
	bsd_sigset_from_linux(&nbsd_signals, sigmask_to_save(), &f->uc.sigmask);
	bsd_regs_save(&nbsd_regmap, f->uc.mcontext.gregs, regs);
	if (bsd_fpu_save(f->uc.mcontext.fpregs, fpstate))
		goto out;
	if (copy_to_user(fp, f, sizeof(*f)))
		goto out;

	bsd_handler_enter(regs, &(struct bsd_handler_entry){
		.ip = (unsigned long)ksig->ka.sa.sa_handler,
		.sp = (unsigned long)fp,
		.args = {
			f->si.signo,
			(unsigned long)&fp->si,
			(unsigned long)&fp->uc,
		},
		.uc_kept = true,
	});
	ret = 0;
out:
	kfree(f);
	return ret;
}

/*
 * setcontext(ucp): what the ucontext's flags say it holds: the
 * registers, which are then the call's result (bsd_context_load()), the
 * FPU state, the signal mask and the TLS base.  The FPU state of a frame nbsd_sendsig()
 * built lies whole just past its ucontext, where syscall_iface_sigframe()
 * put it (at the next 64-byte boundary).
 */
SYSCALL_IFACE_DEFINE1(nbsd_setcontext, struct nbsd_ucontext __user *, ucp)
{
	void __user *saved = (void __user *)ALIGN((unsigned long)(ucp + 1), 64);
	struct nbsd_ucontext *uc;
	long ret;

	if (syscall_iface_denied(&ret, __NR_rt_sigreturn, 0))
		return ret;
	uc = kmalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(uc, ucp, sizeof(*uc)))
		goto out;
	if ((uc->flags & NBSD_UC_FPU) &&
	    bsd_fpu_restore(saved, uc->mcontext.fpregs, &ucp->mcontext.fpregs))
		goto out;
	if (uc->flags & NBSD_UC_TLSBASE) {
		ret = syscall_iface_native(__NR_arch_prctl, ARCH_SET_FS,
					   uc->mcontext.tlsbase);
		if (ret)
			goto out;
	}
	if (uc->flags & NBSD_UC_SIGMASK)
		bsd_sigmask_set(&nbsd_signals, &uc->sigmask);
	ret = 0;
	if (uc->flags & NBSD_UC_CPU)
		ret = bsd_context_load(&nbsd_regmap, uc->mcontext.gregs);
out:
	kfree(uc);
	return ret;
}

/*
 * getcontext(ucp): the caller's registers as they will be when the call
 * returns 0, its signal mask and its alternate stack.
 */
SYSCALL_IFACE_DEFINE1(nbsd_getcontext, struct nbsd_ucontext __user *, ucp)
{
	struct pt_regs *regs = current_pt_regs();
	struct nbsd_ucontext *uc;
	long ret = 0;

	uc = kzalloc(sizeof(*uc), GFP_KERNEL);
	if (!uc)
		return -ENOMEM;
	uc->flags = NBSD_UC_SIGMASK | NBSD_UC_STACK | NBSD_UC_CPU;
	bsd_sigset_from_linux(&nbsd_signals, &current->blocked, &uc->sigmask);
	bsd_stack_save(&uc->stack, user_stack_pointer(regs));
	bsd_regs_save(&nbsd_regmap, uc->mcontext.gregs, regs);
	uc->mcontext.gregs[NBSD_REG_RAX] = 0;
	uc->mcontext.gregs[NBSD_REG_RFLAGS] &= ~X86_EFLAGS_CF;
	if (copy_to_user(ucp, uc, sizeof(*uc)))
		ret = -EFAULT;
	kfree(uc);
	return ret;
}
