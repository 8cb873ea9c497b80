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
#include <asm/unistd.h>

#include "freebsd.h"

#define FBSD_SYS_SIGRETURN	417

/* sys/amd64/include/ucontext.h */
#define FBSD_MC_HASFPXSTATE	0x4
#define FBSD_MC_FPFMT_XMM	0x10002
#define FBSD_MC_FPOWNED_FPU	0x20001

/*
 * mc_rdi to mc_ss, in 64-bit slots: mc_trapno shares its slot with mc_fs
 * and mc_gs, and mc_flags with mc_es and mc_ds.
 */
#define FBSD_NREG		24
#define FBSD_REG_FLAGS		17

static const u8 reg_slots[FBSD_NREG] = {
	BSD_REG(di), BSD_REG(si), BSD_REG(dx), BSD_REG(cx), BSD_REG(r8),
	BSD_REG(r9), BSD_REG(ax), BSD_REG(bx), BSD_REG(bp), BSD_REG(r10),
	BSD_REG(r11), BSD_REG(r12), BSD_REG(r13), BSD_REG(r14), BSD_REG(r15),
	BSD_REG_TRAPNO, BSD_REG_ADDR, BSD_REG_NONE, BSD_REG_ERR,
	BSD_REG(ip), BSD_REG(cs), BSD_REG(flags), BSD_REG(sp), BSD_REG(ss),
};

static const struct bsd_regmap regmap = { reg_slots, FBSD_NREG };

struct fbsd_mcontext {
	u64 onstack;
	u64 regs[FBSD_NREG];
	u64 len;
	u64 fpformat;
	u64 ownedfp;
	u8 fpstate[BSD_FXSAVE_SIZE] __aligned(16);
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

/* The siginfo_t of @info, in FreeBSD's layout, at @to. */
void fbsd_put_siginfo(void *to, const kernel_siginfo_t *info)
{
	struct fbsd_siginfo *fs = to;
	struct bsd_siginfo si;

	bsd_siginfo(&fbsd_signals, info, &si);
	fs->signo = si.signo;
	fs->errno = si.errno;
	fs->code = si.code;
	fs->pid = si.pid;
	fs->uid = si.uid;
	fs->status = si.status;
	fs->addr = si.addr;
	fs->value = si.value;
	if (si.kind == BSD_SI_POLL)
		fs->reason.band = si.band;
	else
		fs->reason.trapno = si.trapno;
}

/*
 * sendsig: build the frame for the handler of @ksig and enter it at the
 * sigcode: rdi = signal, rsi = &si (SA_SIGINFO) or the code, rdx = &uc,
 * rcx = the fault address.
 */
int fbsd_sendsig(struct ksignal *ksig, struct pt_regs *regs)
{
	unsigned long sigcode_addr = syscall_iface_trampoline();
	struct fbsd_sigframe __user *sfp;
	struct fbsd_mcontext *mc;
	struct fbsd_sigframe *sf;
	void __user *fpstate;
	size_t fpsize;
	int ret = -EFAULT;

	BUILD_BUG_ON(offsetof(struct fbsd_mcontext, len) != 200 ||
		     sizeof(struct fbsd_siginfo) != FBSD_SIGINFO_SIZE);
	if (!sigcode_addr || !bsd_sig_from_linux(&fbsd_signals, ksig->sig))
		return -EFAULT;
	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf)
		return -ENOMEM;
	sfp = syscall_iface_sigframe(ksig, regs, sizeof(*sfp), &fpstate,
				     &fpsize);
	if (!sfp)
		goto out;
	sf->handler = (unsigned long)ksig->ka.sa.sa_handler;
	mc = &sf->uc.mcontext;
	mc->onstack = on_sig_stack(user_stack_pointer(regs));
	bsd_regs_save(&regmap, mc->regs, regs);
	mc->regs[FBSD_REG_FLAGS] = FBSD_MC_HASFPXSTATE;
	mc->len = sizeof(*mc);
	/* The FPU state: its legacy area here, the rest where it lies. */
	if (bsd_fpu_save(mc->fpstate, fpstate))
		goto out;
	mc->fpformat = FBSD_MC_FPFMT_XMM;
	mc->ownedfp = FBSD_MC_FPOWNED_FPU;
	mc->xfpustate = (unsigned long)fpstate + BSD_FXSAVE_SIZE;
	mc->xfpustate_len = fpsize > BSD_FXSAVE_SIZE ? fpsize - BSD_FXSAVE_SIZE : 0;
	bsd_sigset_from_linux(&fbsd_signals, sigmask_to_save(), &sf->uc.sigmask);
	bsd_stack_save(&sf->uc.stack, user_stack_pointer(regs));
	fbsd_put_siginfo(&sf->si, &ksig->info);
	if (copy_to_user(sfp, sf, sizeof(*sf)))
		goto out;

	bsd_handler_enter(regs, &(struct bsd_handler_entry){
		.ip = sigcode_addr,
		.sp = (unsigned long)sfp,
		.args = {
			sf->si.signo,
			ksig->ka.sa.sa_flags & SA_SIGINFO ?
			(unsigned long)&sfp->si : sf->si.code,
			(unsigned long)&sfp->uc,
			sf->si.addr,
		},
	});
	ret = 0;
out:
	kfree(sf);
	return ret;
}

/*
 * sigreturn(ucp): the registers, the FPU state and the signal mask from
 * the ucontext (bsd_context_load()).
 * The FPU state of our own frame lies whole beside it (mc_xfpustate);
 * a ucontext made elsewhere has only its legacy area.
 */
SYSCALL_IFACE_DEFINE1(fbsd_sigreturn, struct fbsd_ucontext __user *, ucp)
{
	void __user *saved = NULL;
	struct fbsd_mcontext *mc;
	struct fbsd_ucontext *uc;
	long ret;

	if (syscall_iface_denied(&ret, __NR_rt_sigreturn, 0))
		return ret;
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
	if ((mc->regs[FBSD_REG_FLAGS] & FBSD_MC_HASFPXSTATE) &&
	    mc->xfpustate >= BSD_FXSAVE_SIZE)
		saved = (void __user *)(mc->xfpustate - BSD_FXSAVE_SIZE);
	if (bsd_fpu_restore(saved, mc->fpstate, &ucp->mcontext.fpstate)) {
		ret = -EFAULT;
		goto out;
	}
	bsd_sigmask_set(&fbsd_signals, &uc->sigmask);
	ret = bsd_context_load(&regmap, mc->regs);
out:
	kfree(uc);
	return ret;
}
