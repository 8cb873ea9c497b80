/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * syscall-iface: what the core shares with the rest of our code, the
 * binfmt handler, the architecture's entry code and service modules.
 * Upstream files include only <linux/syscall_iface.h>, the hooks.
 */
#ifndef _LINUX_SYSCALL_IFACE_CORE_H
#define _LINUX_SYSCALL_IFACE_CORE_H

#include <linux/list.h>
#include <linux/signal_types.h>
#include <linux/syscall_iface.h>
#include <uapi/linux/syscall_iface.h>

struct ksignal;
struct module;
struct pt_regs;
struct vm_special_mapping;
struct syscall_iface;

/* syscall_iface_task.nr when the call under way was not decoded. */
#define SYSCALL_IFACE_NR_NONE	ULONG_MAX

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

/*
 * How a call enters the kernel.  The first two are the entry methods an
 * interface may choose (the paper's "method"); a 32-bit program's gates
 * (int $0x80, sysenter or syscall from compat mode) are decoded by none.
 */
enum syscall_iface_method {
	SYSCALL_IFACE_METHOD_SYSCALL,	/* the syscall instruction */
	SYSCALL_IFACE_METHOD_INT80,	/* int $0x80 from 64-bit code */
	SYSCALL_IFACE_METHOD_IA32,	/* any 32-bit gate */
};

/* How a foreign call returns an error (the "ret" attribute). */
enum syscall_iface_ret {
	SYSCALL_IFACE_RET_LINUX,	/* -errno in the return register */
	SYSCALL_IFACE_RET_CARRY,	/* errno, carry flag set (BSD) */
};

/**
 * struct syscall_iface_service_def - a service a platform provides
 * @name: its name; a table names it "service:PLATFORM_NAME", after the
 *        platform that provides it
 * @fn: the function; it gets the caller's registers (arguments in rdi,
 *      rsi, rdx, r10, r8, r9) and returns the result for rax
 */
struct syscall_iface_service_def {
	const char *name;
	long (*fn)(struct pt_regs *regs);
};

/**
 * struct syscall_iface_platform - what a foreign ABI needs besides its table
 * @name: the name an interface's "platform" attribute gives
 * @owner: the module that provides it
 * @start: optional; sets the start-up state a program of the platform
 *         expects (registers; FreeBSD passes the initial stack in rdi).
 *         Runs in the exec, once the loader has set the registers and
 *         before the tracer's exec stop: FreeBSD's exec_setregs().
 * @sendsig: optional; builds the platform's signal frame for a handler
 *           and points the registers at it, in place of Linux's
 *           setup_rt_frame() (FreeBSD's sv_sendsig).  Returns 0 or a
 *           negative errno, on which the task gets SIGSEGV.
 * @trampoline: optional; code mapped read-only and executable into each
 *              program of the platform at exec, where @sendsig may send
 *              handlers' returns (FreeBSD's sigcode in its shared page)
 * @trampoline_size: its size, at most a page
 * @no_vdso: its programs run without Linux's vDSO, which is unmapped at
 *           exec after @start (its calls would be decoded as the
 *           platform's); @start renumbers or drops the vector's
 *           AT_SYSINFO_EHDR on the stack
 * @services: the services the platform provides, registered with it and
 *            withdrawn with it: its table names them "service:PLATFORM_NAME"
 * @nr_services: how many
 * @shared_services: services it provides as other platforms do, from code
 *                   they share (the BSDs' bsd_services), named the same way
 * @nr_shared_services: how many
 * @priv: what code shared between platforms needs to know of this one
 *        (struct bsd_platform for the BSDs); its services find it through
 *        the calling task's platform
 * @node: on the list of registered platforms (platform.c)
 * @trampoline_map: the special mapping of @trampoline (platform.c)
 *
 * A platform is attached to interfaces by name, on the model of
 * FreeBSD's struct sysentvec: an interface without one decodes and costs
 * exactly as before.  Each interface that names a platform, and each
 * task that runs under one, holds a reference on @owner.
 */
struct syscall_iface_platform {
	const char *name;
	struct module *owner;
	void (*start)(struct pt_regs *regs);
	int (*sendsig)(struct ksignal *ksig, struct pt_regs *regs);
	const void *trampoline;
	unsigned int trampoline_size;
	bool no_vdso;
	const struct syscall_iface_service_def *services;
	unsigned int nr_services;
	const struct syscall_iface_service_def *shared_services;
	unsigned int nr_shared_services;
	const void *priv;
	struct list_head node;
	struct vm_special_mapping *trampoline_map;
};

int syscall_iface_register_platform(struct syscall_iface_platform *p);
void syscall_iface_unregister_platform(struct syscall_iface_platform *p);

/*
 * For platforms' services: native calls with translated arguments, signal
 * actions, signal frames and their FPU state, the address of the task's
 * trampoline, pages of data the kernel keeps for programs.
 */
struct epoll_event;
struct k_sigaction;
int syscall_iface_foreign_errno(int err);
int syscall_iface_sigaction(int sig, struct k_sigaction *act,
			    struct k_sigaction *oact);
struct sigaltstack;
int syscall_iface_sigaltstack(const struct sigaltstack *ss,
			      struct sigaltstack *oss);
struct timespec64;
long syscall_iface_utimes(int dfd, const char __user *filename,
			  struct timespec64 *times, int flags);
char *syscall_iface_exe_path(char *buf, int size);
struct rlimit;
int syscall_iface_setrlimit(unsigned int resource, struct rlimit *rlim);
struct flock;
int syscall_iface_fcntl_lock(unsigned int fd, unsigned int cmd,
			     struct flock *fl);
long syscall_iface_bsd_fork(unsigned int nr);
void syscall_iface_sigmask_begin(const sigset_t *mask);
void syscall_iface_sigmask_end(long ret);
void __user *syscall_iface_sigframe(struct ksignal *ksig,
				    struct pt_regs *regs, size_t size,
				    void __user **fpstate, size_t *fpsize);
int syscall_iface_fpu_restore(void __user *fpstate);
void syscall_iface_keep_result(void);
void syscall_iface_forget_restart(void);
unsigned long syscall_iface_trampoline(void);
struct vm_special_mapping;
const struct vm_special_mapping *syscall_iface_data_page(const char *name);
unsigned long syscall_iface_map_page(const struct vm_special_mapping *map);

/*
 * A platform's watch on a process's signals (signal_watch.c): @sent is
 * called for each signal @sig sent to a thread of the process that added
 * it, ignored or not, with the thread's siglock held, interrupts off,
 * in an RCU read-side section.
 */
struct syscall_iface_signal_watch;
struct syscall_iface_signal_watch *
syscall_iface_signal_watch_add(int sig,
			       void (*sent)(void *data, struct task_struct *t),
			       void *data);
void syscall_iface_signal_watch_del(struct syscall_iface_signal_watch *w);

/* For event queues built on epoll (kernel/syscall_iface/epoll.c). */
struct __kernel_timespec;
struct file;
int syscall_iface_epoll_ctl(struct file *ep, int op, struct file *target,
			    int fd, struct epoll_event *event);
int syscall_iface_epoll_wait(struct file *ep, struct epoll_event __user *events,
			     int maxevents,
			     const struct __kernel_timespec __user *timeout);
struct file *syscall_iface_ready_create(void);
void syscall_iface_ready_set(struct file *file, bool set);

/* For platforms whose socket structs differ (kernel/syscall_iface/socket.c). */
struct msghdr;
struct socket;
struct sockaddr_storage;
int syscall_iface_sock_bind(int fd, struct sockaddr_storage *addr, int len);
int syscall_iface_sock_connect(int fd, struct sockaddr_storage *addr, int len);
long syscall_iface_sock_sendmsg(int fd, struct msghdr *msg, unsigned int flags);
long syscall_iface_sock_recvmsg(struct socket *sock, struct msghdr *msg,
				unsigned int flags);

/* Services, provided by modules (kernel/syscall_iface/service.c). */
int syscall_iface_register_service(const char *name,
				   long (*fn)(struct pt_regs *regs),
				   struct module *owner);
void syscall_iface_unregister_service(const char *name);
void syscall_iface_service_exits(void);

/* For binfmt handlers. */
struct syscall_iface *syscall_iface_match(enum syscall_iface_binfmt fmt,
					  const u8 *buf);
void syscall_iface_put(struct syscall_iface *iface);

/* The BSD platforms' LWPs, for the task's fork, exit and exec (bsd/lwp_wait.c). */
#ifdef CONFIG_SYSCALL_IFACE_BSD
void bsd_lwps_fork(struct task_struct *p);
void bsd_lwps_drop(struct task_struct *tsk, bool exiting);
#else
static inline void bsd_lwps_fork(struct task_struct *p) { }
static inline void bsd_lwps_drop(struct task_struct *tsk, bool exiting) { }
#endif

/* The core, for the architecture's int $0x80 method. */
DECLARE_STATIC_KEY_FALSE(syscall_iface_int80_on);
bool syscall_iface_enters_by(enum syscall_iface_method method);

/* The core, for the architecture's native calls: audit (audit.c). */
#ifdef CONFIG_AUDITSYSCALL
void __syscall_iface_audit_native(unsigned int nr, const u64 *args);
void __syscall_iface_audit_done(long ret);
#else
static inline void __syscall_iface_audit_native(unsigned int nr,
						const u64 *args) { }
static inline void __syscall_iface_audit_done(long ret) { }
#endif

/* Provided by the architecture (arch/.../syscall_iface/). */
extern const unsigned int syscall_iface_nr_native;
const char *syscall_iface_native_name(unsigned int nr);
int syscall_iface_native_nr(const char *name);
int syscall_iface_reg_offset(const char *name);
const char *syscall_iface_reg_name(unsigned int offset);
bool syscall_iface_int80_gate(void);
bool __syscall_iface_int80(struct pt_regs *regs);

#endif /* _LINUX_SYSCALL_IFACE_CORE_H */
