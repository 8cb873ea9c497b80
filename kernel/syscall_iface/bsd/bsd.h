/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the BSD platforms share (kernel/syscall_iface/bsd/), built into
 * the core for their modules: flag maps as data, signal maps and
 * 128-bit signal sets, the signal calls that differ only by those, the
 * wait status, and the rewriting of the auxiliary vector.  A platform
 * gives its own numbers as tables (struct bsd_flag, struct bsd_signals)
 * and its own struct layouts; the rules live here once.
 */
#ifndef _SYSCALL_IFACE_BSD_H
#define _SYSCALL_IFACE_BSD_H

#include <linux/ktime.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscall_iface_service.h>
#include <linux/types.h>
#include <asm/ptrace.h>
#include <asm/syscall_iface_bsd.h>

/**
 * struct bsd_flag - one entry of a flag map
 * @foreign: the platform's bits
 * @native: the same meaning in Linux's numbering; 0 for bits Linux ignores
 */
struct bsd_flag {
	unsigned long foreign;
	unsigned long native;
};

/**
 * struct bsd_flags - a flag map
 * @map: its entries
 * @n: how many
 */
struct bsd_flags {
	const struct bsd_flag *map;
	unsigned int n;
};

int bsd_flags_to_linux(const struct bsd_flag *map, unsigned int n,
		       unsigned long foreign, unsigned long *native);
unsigned long bsd_flags_from_linux(const struct bsd_flag *map,
				   unsigned int n, unsigned long native);

/**
 * struct bsd_id - one entry of a map of numbers (clock ids, advice)
 * @foreign: the platform's number
 * @native: Linux's, or BSD_ID_IGNORED for one that means nothing there
 */
struct bsd_id {
	unsigned long foreign;
	int native;
};

#define BSD_ID_IGNORED	INT_MAX

/**
 * struct bsd_ids - a map of numbers
 * @map: its entries
 * @n: how many
 */
struct bsd_ids {
	const struct bsd_id *map;
	unsigned int n;
};

int bsd_id_to_linux(const struct bsd_id *map, unsigned int n,
		    unsigned long id);
int bsd_clock_to_linux(unsigned long clock);
long bsd_clock_gettime(struct pt_regs *regs);
long bsd_clock_getres(struct pt_regs *regs);
long bsd_madvise(struct pt_regs *regs);

/* sigaction's flags, the same on FreeBSD and NetBSD (sys/sys/signal.h). */
extern const struct bsd_flag bsd_sa_flags[7];

/* SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK */
#define BSD_SIG_BLOCK		1
#define BSD_SIG_UNBLOCK		2
#define BSD_SIG_SETMASK		3

/* A signal set: 128 bits, signal n in bit n - 1. */
struct bsd_sigset {
	u32 bits[4];
};

/* The largest struct sigaction a platform may have. */
#define BSD_SIGACTION_MAX	32

/**
 * struct bsd_sigaction_layout - a platform's struct sigaction
 * @bytes: its size (BSD_SIGACTION_LAYOUT() checks it)
 * @mask: where sa_mask, a struct bsd_sigset, is
 * @flags: where sa_flags, 32 bits, is
 *
 * Every BSD's starts with the 64-bit sa_handler.
 */
struct bsd_sigaction_layout {
	u8 bytes;
	u8 mask;
	u8 flags;
};

#define BSD_SIGACTION_LAYOUT(type) {					\
	.bytes = sizeof(type) +						\
		 BUILD_BUG_ON_ZERO(sizeof(type) > BSD_SIGACTION_MAX ||	\
				   offsetof(type, handler) != 0),	\
	.mask = offsetof(type, mask),					\
	.flags = offsetof(type, flags),					\
}

/*
 * The classic signals 1-31, numbered as 4.4BSD numbered them, which both
 * BSDs keep, in Linux's numbering: an initializer for
 * bsd_signals.to_linux.  0 marks a signal Linux lacks (SIGEMT, SIGINFO).
 */
#define BSD_CLASSIC_SIGNALS						\
	[1] = SIGHUP, [2] = SIGINT, [3] = SIGQUIT, [4] = SIGILL,	\
	[5] = SIGTRAP, [6] = SIGABRT, [7] = 0 /* SIGEMT */, [8] = SIGFPE, \
	[9] = SIGKILL, [10] = SIGBUS, [11] = SIGSEGV, [12] = SIGSYS,	\
	[13] = SIGPIPE, [14] = SIGALRM, [15] = SIGTERM, [16] = SIGURG,	\
	[17] = SIGSTOP, [18] = SIGTSTP, [19] = SIGCONT, [20] = SIGCHLD,	\
	[21] = SIGTTIN, [22] = SIGTTOU, [23] = SIGIO, [24] = SIGXCPU,	\
	[25] = SIGXFSZ, [26] = SIGVTALRM, [27] = SIGPROF, [28] = SIGWINCH, \
	[29] = 0 /* SIGINFO */, [30] = SIGUSR1, [31] = SIGUSR2

/**
 * struct bsd_signals - a platform's signal numbers
 * @to_linux: its classic signals 1 to @nclassic - 1 in Linux's numbering,
 *            0 for a signal Linux lacks
 * @nclassic: entries in @to_linux
 * @rtmin: its first real-time signal, which is Linux's SIGRTMIN
 * @nsig: its highest signal number
 * @wcontinued: the wait status of a continued child
 * @si_codes: its si_code (foreign, as s32) of a signal sent, for Linux's
 *            (native), where the two differ; the rest agree
 * @fpe_int_swapped: its FPE_INTDIV and FPE_INTOVF are Linux's FPE_INTOVF
 *                   and FPE_INTDIV
 * @sigaction: its struct sigaction
 */
struct bsd_signals {
	const u8 *to_linux;
	unsigned int nclassic;
	unsigned int rtmin;
	unsigned int nsig;
	int wcontinued;
	const struct bsd_ids *si_codes;
	bool fpe_int_swapped;
	struct bsd_sigaction_layout sigaction;
};

int bsd_sig_to_linux(const struct bsd_signals *s, unsigned long sig);
int bsd_sig_from_linux(const struct bsd_signals *s, int sig);
int bsd_child_sig(const struct bsd_signals *s, int sig);
void bsd_sigset_to_linux(const struct bsd_signals *s,
			 const struct bsd_sigset *f, sigset_t *l);
void bsd_sigset_from_linux(const struct bsd_signals *s, sigset_t *l,
			   struct bsd_sigset *f);
int bsd_wait_status(const struct bsd_signals *s, int status);
long bsd_fork(struct pt_regs *regs);
long bsd_vfork(struct pt_regs *regs);
long bsd_ptrace(struct pt_regs *regs);
long bsd_issetugid(struct pt_regs *regs);
long bsd_getrlimit(struct pt_regs *regs);
long bsd_setrlimit(struct pt_regs *regs);
long bsd_wait4(struct pt_regs *regs);
long bsd_wait6(struct pt_regs *regs);

/* The BSDs' stack_t: the size before the flags; SS_DISABLE is 4. */
struct bsd_stack {
	u64 sp;
	u64 size;
	s32 flags;
	u32 pad;
};

#define BSD_SS_ONSTACK		0x0001
#define BSD_SS_DISABLE		0x0004

void bsd_stack_save(struct bsd_stack *st, unsigned long sp);
void bsd_sigmask_set(const struct bsd_signals *s, const struct bsd_sigset *set);

/* What the fields of a struct bsd_siginfo describe. */
enum bsd_si_kind {
	BSD_SI_NONE,
	BSD_SI_SENT,		/* by a task or a timer: @pid, @uid, @value */
	BSD_SI_FAULT,		/* a fault: @addr, @trapno */
	BSD_SI_CHILD,		/* a child's change: @pid, @uid, @status */
	BSD_SI_POLL,		/* SIGIO: @band */
	BSD_SI_SYS,		/* SIGSYS: @addr, the call's */
};

/**
 * struct bsd_siginfo - what a handler learns of its signal, to be laid out
 * @signo: the signal, in the platform's numbering
 * @errno: its errno
 * @code: its si_code, in the platform's numbering
 * @kind: which of the rest describe it; the others are 0
 * @pid: the sender, or the child
 * @uid: their user
 * @status: the child's exit status or signal
 * @value: the value sigqueue() or the timer sent
 * @addr: the address of the fault, or of the call
 * @trapno: the fault's trap
 * @band: SIGIO's band
 */
struct bsd_siginfo {
	s32 signo;
	s32 errno;
	s32 code;
	enum bsd_si_kind kind;
	s32 pid;
	u32 uid;
	s32 status;
	u64 value;
	u64 addr;
	s32 trapno;
	s64 band;
};

void bsd_siginfo(const struct bsd_signals *s, const kernel_siginfo_t *info,
		 struct bsd_siginfo *si);

/* The largest siginfo_t of a BSD platform (NetBSD's) */
#define BSD_SIGINFO_MAX		128

long bsd_sigaction(int sig, const void __user *uact, void __user *uoact,
		   unsigned long tramp, bool need_tramp);
long bsd_sigprocmask(struct pt_regs *regs);
long bsd_sigaltstack(struct pt_regs *regs);
long bsd_kill(struct pt_regs *regs);
long bsd_thread_kill(struct pt_regs *regs);

/**
 * struct bsd_auxv - a new program's auxiliary vector, being rewritten
 * @native: the vector Linux's loader wrote (mm->saved_auxv)
 * @argc: the program's argument count
 * @argv: its argument vector, on the user stack
 * @envc: its environment's size
 * @envp: its environment
 * @slot: the next slot of the vector to write
 * @left: slots left before the loader's AT_NULL
 * @err: 0, or -EFAULT once a write failed
 */
struct bsd_auxv {
	const unsigned long *native;
	unsigned long argc;
	unsigned long __user *argv;
	unsigned long envc;
	unsigned long __user *envp;
	unsigned long __user *slot;
	unsigned int left;
	int err;
};

int bsd_auxv_begin(struct bsd_auxv *a, unsigned long sp);
void bsd_auxv_put(struct bsd_auxv *a, unsigned long type, unsigned long val);
unsigned long bsd_auxv_linux(const struct bsd_auxv *a, unsigned long type);
void bsd_auxv_put_shared(struct bsd_auxv *a);
int bsd_auxv_end(struct bsd_auxv *a);

/**
 * struct bsd_field - where a member lies in a platform's struct; size 0:
 * the struct has no such member
 * @off: its offset
 * @size: its size in bytes: 2, 4 or 8 for a number (bsd_put_field()),
 *        16 for a struct timespec, or the room for a name
 */
struct bsd_field {
	u16 off;
	u16 size;
};

void bsd_put_field(void *buf, struct bsd_field f, u64 val);

/* The largest struct stat of a platform (FreeBSD's: 224 bytes). */
#define BSD_STAT_MAX	256

/* The size of a platform's struct stat @type: Linux's fits in it. */
#define BSD_STAT_BYTES(type)						\
	(sizeof(type) + BUILD_BUG_ON_ZERO(sizeof(type) > BSD_STAT_MAX ||	\
					  sizeof(type) < sizeof(struct stat)))

/**
 * struct bsd_stat_layout - a platform's struct stat
 * @bytes: its size (BSD_STAT_BYTES())
 * @dev: st_dev
 * @ino: st_ino
 * @nlink: st_nlink
 * @mode: st_mode
 * @uid: st_uid
 * @gid: st_gid
 * @rdev: st_rdev
 * @atim: st_atim, a struct timespec of two 64-bit members
 * @mtim: st_mtim
 * @ctim: st_ctim
 * @birthtim: st_birthtim, reported unknown (-1 seconds)
 * @size: st_size
 * @blocks: st_blocks
 * @blksize: st_blksize
 *
 * Members it does not list (st_flags, st_gen, spares) are written 0.
 */
struct bsd_stat_layout {
	u16 bytes;
	struct bsd_field dev, ino, nlink, mode, uid, gid, rdev;
	struct bsd_field atim, mtim, ctim, birthtim;
	struct bsd_field size, blocks, blksize;
};

/* The layout of struct @type, whose members have the names above. */
#define BSD_STAT_LAYOUT(type) {						\
	.bytes = BSD_STAT_BYTES(type),					\
	.dev = { offsetof(type, dev), sizeof_field(type, dev) },	\
	.ino = { offsetof(type, ino), sizeof_field(type, ino) },	\
	.nlink = { offsetof(type, nlink), sizeof_field(type, nlink) },	\
	.mode = { offsetof(type, mode), sizeof_field(type, mode) },	\
	.uid = { offsetof(type, uid), sizeof_field(type, uid) },	\
	.gid = { offsetof(type, gid), sizeof_field(type, gid) },	\
	.rdev = { offsetof(type, rdev), sizeof_field(type, rdev) },	\
	.atim = { offsetof(type, atim), sizeof_field(type, atim) },	\
	.mtim = { offsetof(type, mtim), sizeof_field(type, mtim) },	\
	.ctim = { offsetof(type, ctim), sizeof_field(type, ctim) },	\
	.birthtim = { offsetof(type, birthtim),				\
		      sizeof_field(type, birthtim) },			\
	.size = { offsetof(type, size), sizeof_field(type, size) },	\
	.blocks = { offsetof(type, blocks), sizeof_field(type, blocks) }, \
	.blksize = { offsetof(type, blksize),				\
		     sizeof_field(type, blksize) },			\
}

/* The stat calls, in the calling platform's layout (bsd/stat.c) */
long bsd_fstatat(struct pt_regs *regs);
long bsd_fstat(struct pt_regs *regs);
long bsd_stat(struct pt_regs *regs);
long bsd_lstat(struct pt_regs *regs);

/**
 * struct bsd_dirent_layout - a platform's struct dirent: where its members
 * lie, all of the same types on both BSDs
 * @fileno: d_fileno, 64 bits
 * @off: d_off, 64 bits, if @has_off
 * @reclen: d_reclen, 16 bits
 * @type: d_type, 8 bits
 * @namlen: d_namlen, 16 bits
 * @name: d_name, after which the record is padded to 8 bytes
 * @has_off: the struct has d_off (FreeBSD 12's)
 */
struct bsd_dirent_layout {
	u8 fileno;
	u8 off;
	u8 reclen;
	u8 type;
	u8 namlen;
	u8 name;
	bool has_off;
};

long bsd_dirents(unsigned int fd, void __user *ubuf, size_t count);
long bsd_getdents(struct pt_regs *regs);

/* File calls (bsd/file.c) */

/* Open flags: the access mode is Linux's, @o maps the rest. */
long bsd_oflags_to_linux(const struct bsd_flags *o, unsigned long f);
unsigned long bsd_oflags_from_linux(const struct bsd_flags *o,
				    unsigned long f);
long bsd_openat(struct pt_regs *regs);
long bsd_open(struct pt_regs *regs);
long bsd_pipe2(struct pt_regs *regs);
long bsd_dup3(struct pt_regs *regs);
long bsd_atflags_to_linux(unsigned long f);
long bsd_unlinkat(struct pt_regs *regs);
long bsd_faccessat(struct pt_regs *regs);
long bsd_fchmodat(struct pt_regs *regs);
long bsd_fchownat(struct pt_regs *regs);
long bsd_linkat(struct pt_regs *regs);
long bsd_mkfifoat(struct pt_regs *regs);
long bsd_mkfifo(struct pt_regs *regs);

/**
 * struct bsd_fcntl - a platform's fcntl()
 * @cmds: its commands besides F_DUPFD, F_GETFD and F_SETFD (0 to 2 on
 *        every system), mapped to Linux's
 * @flock_size: the size of its struct flock (NetBSD's ends at l_whence,
 *              FreeBSD's has l_sysid, which is written 0)
 * @dup2fd: its F_DUP2FD, dup2() as a command, or 0 for none
 * @dup2fd_cloexec: its F_DUP2FD_CLOEXEC, or 0 for none
 */
struct bsd_fcntl {
	struct bsd_ids cmds;
	u8 flock_size;
	u8 dup2fd;
	u8 dup2fd_cloexec;
};

long bsd_fcntl(struct pt_regs *regs);

/* Timevals, setitimer and the utimes calls (bsd/time.c) */
struct __kernel_old_timeval;
int bsd_timeval_clear_pad(void __user *ut,
			  const struct __kernel_old_timeval *tv);
long bsd_setitimer(struct pt_regs *regs);
long bsd_utimes(struct pt_regs *regs);
long bsd_futimes(struct pt_regs *regs);
long bsd_lutimes(struct pt_regs *regs);

/* ioctl (bsd/ioctl.c), and poll and select (bsd/poll.c) */
long bsd_ioctl(struct pt_regs *regs);
bool bsd_pty_master(unsigned int fd);
long bsd_pty_unlock(unsigned int fd, u32 __user *scratch);

/* extended attributes (bsd/xattr.c) */
long bsd_extattr_set_file(struct pt_regs *regs);
long bsd_extattr_get_file(struct pt_regs *regs);
long bsd_extattr_delete_file(struct pt_regs *regs);
long bsd_extattr_list_file(struct pt_regs *regs);
long bsd_extattr_set_link(struct pt_regs *regs);
long bsd_extattr_get_link(struct pt_regs *regs);
long bsd_extattr_delete_link(struct pt_regs *regs);
long bsd_extattr_list_link(struct pt_regs *regs);
long bsd_extattr_set_fd(struct pt_regs *regs);
long bsd_extattr_get_fd(struct pt_regs *regs);
long bsd_extattr_delete_fd(struct pt_regs *regs);
long bsd_extattr_list_fd(struct pt_regs *regs);
long bsd_poll(struct pt_regs *regs);
long bsd_ppoll(struct pt_regs *regs);
long bsd_select(struct pt_regs *regs);
long bsd_pselect(struct pt_regs *regs);

/* Threads by id (bsd/park.c, bsd/thread_name.c) */

/* Thread @tid of the caller's process, under rcu_read_lock(), or NULL. */
static inline struct task_struct *bsd_thread_find(pid_t tid)
{
	struct task_struct *t = tid > 0 ? find_task_by_vpid(tid) : NULL;

	return t && same_thread_group(t, current) ? t : NULL;
}

struct task_struct *bsd_thread_get(pid_t tid);
long bsd_unpark(pid_t tid);
long bsd_park_cancel(pid_t tid);
long bsd_park(ktime_t *expires, clockid_t clock);
long bsd_thr_set_name(struct pt_regs *regs);
long bsd_thread_name_set(pid_t tid, const char __user *uname);
long bsd_thread_name_get(pid_t tid, char __user *uname, size_t len);

/**
 * struct bsd_statfs_layout - a platform's struct statfs or statvfs
 * @bytes: its size
 * @mnt_flags: its mount flags (MNT_*), as Linux's ST_* statfs flags
 * @version: FreeBSD's f_version, which holds @version_val
 * @version_val: its value
 * @flags: the mount flags
 * @frsize: the fundamental block size, the unit of the block counts
 * @bsize: NetBSD's f_bsize, the preferred block size
 * @iosize: the preferred size of a transfer
 * @blocks: the blocks there are
 * @bfree: free
 * @bavail: free to users
 * @files: the inodes there are
 * @ffree: free
 * @favail: free to users
 * @namemax: the longest name
 * @fsid: the file system's id: two 32-bit numbers
 * @fsid_val0: NetBSD's f_fsid, the first of them
 * @fstypename: the file system type's name
 * @mntonname: where it is mounted
 * @mntfromname: what was mounted
 */
struct bsd_statfs_layout {
	u16 bytes;
	const struct bsd_flags *mnt_flags;
	struct bsd_field version;
	u32 version_val;
	struct bsd_field flags, frsize, bsize, iosize;
	struct bsd_field blocks, bfree, bavail, files, ffree, favail;
	struct bsd_field namemax, fsid, fsid_val0;
	struct bsd_field fstypename, mntonname, mntfromname;
};

long bsd_statfs(const struct bsd_statfs_layout *l, const char __user *upath,
		void __user *ubuf);
long bsd_fstatfs(const struct bsd_statfs_layout *l, int fd, void __user *ubuf);
long bsd_getfsstat(const struct bsd_statfs_layout *l, void __user *ubuf,
		   size_t bufsize);

/* LWPs another LWP waits for (lwp_wait.c) */
int bsd_lwp_create_begin(bool joinable);
void bsd_lwp_create_end(long ret);
long bsd_lwp_wait(pid_t lid, pid_t *departed);
long bsd_lwp_detach(pid_t lid);

/* __sysctl (bsd/sysctl.c) */
#define BSD_CTL_MAXNAME		24

enum bsd_oid_kind {
	BSD_OID_STRING,		/* @str */
	BSD_OID_INT,		/* what @val returns */
	BSD_OID_HOSTNAME,	/* the host name */
	BSD_OID_RANDOM,		/* random bytes */
	BSD_OID_STRUCT,		/* what @get writes */
	BSD_OID_NODE,		/* names below it, which the platform answers */
};

/* The most a BSD_OID_STRUCT's @get writes. */
#define BSD_OID_STRUCT_MAX	32

/**
 * struct bsd_oid - a sysctl name a platform answers
 * @name: its name, for the platforms that look names up
 * @mib: its numbers
 * @len: how many
 * @kind: what its value is
 * @str: the value of a BSD_OID_STRING
 * @val: the function giving a BSD_OID_INT
 * @get: the function writing a BSD_OID_STRUCT, which returns its size
 */
struct bsd_oid {
	const char *name;
	u32 mib[4];
	unsigned int len;
	enum bsd_oid_kind kind;
	const char *str;
	int (*val)(void);
	size_t (*get)(void *buf);
};

long bsd_sysctl_copy(const void *val, size_t size, void __user *old,
		     size_t __user *oldlenp);
const struct bsd_oid *bsd_sysctl_find(const struct bsd_oid *oids,
				      unsigned int n, const u32 *mib,
				      unsigned int len);
long bsd_sysctl_read(const struct bsd_oid *o, void __user *old,
		     size_t __user *oldlenp);
/**
 * struct bsd_sysctl_args - the arguments of a __sysctl call
 * @name: the name, an array of numbers
 * @namelen: its length
 * @old: where the value goes, or NULL
 * @oldlenp: the room there, and then the value's length
 * @new: a value to set, or NULL
 * @newlen: its length
 */
struct bsd_sysctl_args {
	const u32 __user *name;
	unsigned int namelen;
	void __user *old;
	size_t __user *oldlenp;
	const void __user *new;
	size_t newlen;
};

int bsd_sysctl_mib(const struct bsd_sysctl_args *a, u32 *mib,
		   unsigned int min);
long bsd_sysctl_answer(const struct bsd_oid *oids, unsigned int n,
		       const u32 *mib, unsigned int len,
		       const struct bsd_sysctl_args *a);
int bsd_sysctl_ncpu(void);
int bsd_sysctl_pagesize(void);
int bsd_sysctl_maxproc(void);
size_t bsd_sysctl_clockrate(void *buf);
size_t bsd_sysctl_swap_total(void *buf);
size_t bsd_sysctl_boottime_tv(void *buf);
size_t bsd_sysctl_boottime_ts(void *buf);

/* The BSDs' SOL_SOCKET; Linux's, 1, is their IPPROTO_ICMP. */
#define BSD_SOL_SOCKET	0xffff

/**
 * struct bsd_sockopt - one socket option
 * @level: its level, in Linux's numbering (SOL_SOCKET for the BSDs' 0xffff)
 * @foreign: its name on the platform
 * @native: its name on Linux
 */
struct bsd_sockopt {
	u16 level;
	u16 foreign;
	u16 native;
};

/**
 * struct bsd_sockopts - socket options: a platform's, or the shared 4.4BSD ones
 * @map: its entries
 * @n: how many
 */
struct bsd_sockopts {
	const struct bsd_sockopt *map;
	unsigned int n;
};

/* The most groups a local socket's peer is told with: FreeBSD's XU_NGROUPS. */
#define BSD_PEER_NGROUPS	16

/**
 * struct bsd_peer - a local socket's peer, as it connected
 * @pid: its process
 * @uid: its effective user
 * @gid: its effective group
 * @ngroups: how many of @groups it has
 * @groups: its supplementary groups
 */
struct bsd_peer {
	pid_t pid;
	uid_t uid;
	gid_t gid;
	unsigned int ngroups;
	gid_t groups[BSD_PEER_NGROUPS];
};

/* The most bytes a platform's put_peer() writes. */
#define BSD_PEER_MAX		128

/* The most groups a struct bsd_proc holds, as the BSDs' kinfo_proc. */
#define BSD_PROC_NGROUPS	16
/* struct bsd_proc's tdev for no controlling terminal (the BSDs' NODEV) */
#define BSD_PROC_NODEV		(~0ULL)

/*
 * A process's state, numbered as 4.4BSD's p_stat, which FreeBSD keeps and
 * NetBSD keeps for its LWPs' l_stat (LSRUN to LSZOMB).
 */
enum bsd_proc_stat {
	BSD_SRUN = 2, BSD_SSLEEP, BSD_SSTOP, BSD_SZOMB,
};

/**
 * struct bsd_proc - what the BSDs' process sysctls tell of a process
 * @pid: its id; @ppid, @pgid, @sid: its parent's, group's and session's
 * @tpgid: its controlling terminal's foreground group (0: none)
 * @tsid: that terminal's session (0: none)
 * @tracer: the process tracing it (0: none)
 * @tdev: that terminal's device, as stat gives one (BSD_PROC_NODEV: none)
 * @uid: its effective user; @ruid, @svuid: its real and saved ones
 * @rgid: its real group; @svgid: its saved one
 * @groups: its effective group, then as many others as fit
 * @ngroups: how many of @groups there are
 * @pending: the signals pending for it; @blocked: those its first thread
 *           blocks; @ignored, @caught: those it ignores and handles
 * @vsize: the bytes it maps
 * @rss: its resident pages; @text, @data, @stack: its pages of each
 * @start: when it started, on the real-time clock
 * @ru: its resource usage; @ru_children: that of its waited-for children
 * @stat: its state, as /proc/PID/stat gives it, in the BSDs' numbers
 * @nice: its nice value
 * @cpu: the CPU it last ran on
 * @threads: how many threads it has
 * @kthread: it is a kernel thread
 * @exiting: it is exiting
 * @comm: its name
 */
struct bsd_proc {
	pid_t pid, ppid, pgid, sid, tpgid, tsid, tracer;
	u64 tdev;
	uid_t uid, ruid, svuid;
	gid_t rgid, svgid;
	gid_t groups[BSD_PROC_NGROUPS];
	unsigned int ngroups;
	sigset_t pending, blocked, ignored, caught;
	u64 vsize;
	u64 rss, text, data, stack;
	struct timespec64 start;
	struct rusage ru, ru_children;
	enum bsd_proc_stat stat;
	int nice;
	int cpu;
	int threads;
	bool kthread, exiting;
	char comm[TASK_COMM_LEN];
};

/*
 * What a process sysctl selects by, numbered as 4.4BSD's KERN_PROC_* and
 * NetBSD's are: FreeBSD numbers its groups' selectors its own way.
 */
enum bsd_proc_by {
	BSD_PROC_ALL, BSD_PROC_PID, BSD_PROC_PGRP, BSD_PROC_SESSION,
	BSD_PROC_TTY, BSD_PROC_UID, BSD_PROC_RUID, BSD_PROC_GID,
	BSD_PROC_RGID,
};

int bsd_proc_get(pid_t pid, struct bsd_proc *p);
pid_t *bsd_proc_pids(unsigned int *n);
bool bsd_proc_selected(const struct bsd_proc *p, enum bsd_proc_by by,
		       u32 arg);
long bsd_sysctl_proc_args(pid_t pid, bool count, void __user *old,
			  size_t __user *oldlenp);
long bsd_sysctl_proc_exe(pid_t pid, void __user *old, size_t __user *oldlenp);

/**
 * struct bsd_platform - what the shared services need to know of a BSD
 * @signals: its signal numbers
 * @oflags: its open flags but the access mode
 * @at_flags: its *at() flags
 * @clocks: its clock ids
 * @advice: its madvise() advice
 * @wait_options: its wait4() and wait6() options
 * @idtypes: its wait6() id types, as Linux's waitid() ones (P_*)
 * @put_siginfo: writes @siginfo_size bytes, a siginfo_t in its layout
 * @poll_events: its poll events besides POLLIN to POLLRDBAND (Linux's)
 * @timeval_usec32: its struct timeval has a 32-bit tv_usec and padding
 * @termios_crtscts: its CRTSCTS, the one termios flag that differs
 * @af_inet6: its AF_INET6
 * @scm_timestamp: its SCM_TIMESTAMP
 * @ip_recvttl: its IP_RECVTTL, the option and its control message
 * @msg_flags: its MSG_* flags
 * @sockopts: its socket options besides the 4.4BSD ones (socket.c)
 * @peer_opt: its option at level 0 (SOL_LOCAL) that tells a local
 *            socket's peer: LOCAL_PEERCRED, LOCAL_PEEREID
 * @put_peer: writes that option's value for @peer (NULL: there is none)
 *            at @buf, of a socket of @type; returns its size, or an
 *            error
 * @stat: its struct stat
 * @dirent: its struct dirent
 * @fcntl: its fcntl() commands and struct flock
 * @ioctl: its own ioctl requests, besides the shared ones (ioctl.c):
 *         -ENOIOCTLCMD for one it does not know either
 * @rt: its routing messages and sockets (route.c, route_socket.c)
 *
 * The platform's struct syscall_iface_platform points at it (priv).
 */
struct bsd_platform {
	const struct bsd_signals *signals;
	const struct bsd_flags *oflags;
	const struct bsd_flags *at_flags;
	const struct bsd_ids *clocks;
	const struct bsd_ids *advice;
	const struct bsd_flags *wait_options;
	const struct bsd_ids *idtypes;
	void (*put_siginfo)(void *to, const kernel_siginfo_t *info);
	unsigned int siginfo_size;
	const struct bsd_flags *poll_events;
	bool timeval_usec32;
	u32 termios_crtscts;
	u8 af_inet6;
	int scm_timestamp;
	int ip_recvttl;
	const struct bsd_flags *msg_flags;
	const struct bsd_sockopts *sockopts;
	int peer_opt;
	long (*put_peer)(void *buf, const struct bsd_peer *peer, int type);
	const struct bsd_stat_layout *stat;
	const struct bsd_dirent_layout *dirent;
	const struct bsd_fcntl *fcntl;
	long (*ioctl)(unsigned int fd, u32 request, unsigned long arg);
	const struct bsd_rt_abi *rt;
};

/*
 * The calling task's platform, for a shared service: a service runs only
 * for tasks of the platform that registered it (service.c).
 */
static inline const struct bsd_platform *bsd_platform(void)
{
	return current->syscall_iface.platform->priv;
}

/* The services every BSD platform provides as they are (services.c). */
#define BSD_NR_SERVICES	59

extern const struct syscall_iface_service_def bsd_services[BSD_NR_SERVICES];

/* The interface list and routing table of the routing sysctls (route.c). */
struct net;
struct net_device;

#define BSD_RTA_NETMASK		0x04
#define BSD_RTA_IFP		0x10
#define BSD_RTA_IFA		0x20
#define BSD_RTA_BRD		0x80

#define BSD_LINK_STATE_DOWN	1
#define BSD_LINK_STATE_UP	2

/* A sockaddr as the BSDs lay it out: sa_len, sa_family, then the rest. */
struct bsd_sockaddr {
	u8 len;
	u8 family;
	u8 data[62];
};

/**
 * struct bsd_rib - the messages of a list being built
 * @buf: where
 * @size: its size
 * @len: the bytes used
 * @overflow: a message did not fit (the list is built again, larger)
 * @af_inet6: the platform's AF_INET6, for the sockaddrs
 */
struct bsd_rib {
	u8 *buf;
	size_t size;
	size_t len;
	bool overflow;
	u8 af_inet6;
};

void *bsd_rib_put(struct bsd_rib *rib, size_t n);

/**
 * struct bsd_if - an interface, as both BSDs' messages describe it
 * @dev: the interface
 * @type: its IFT_* type (the same numbers on both)
 * @addrlen: the length of its link-level address (0 for loopback's zeros)
 * @flags: its IFF_* flags, in the BSDs' numbering
 * @link_state: BSD_LINK_STATE_UP when running with a carrier, or DOWN
 */
struct bsd_if {
	struct net_device *dev;
	u8 type;
	u8 addrlen;
	s32 flags;
	u8 link_state;
};

/**
 * struct bsd_route_ops - how a platform writes the headers of one list
 * @ifinfo: put RTM_IFINFO's header for @ifp (its sockaddr_dl follows)
 * @addr: put RTM_NEWADDR's header for an address of @ifp, with @addrs
 *        (the mask, the address and the broadcast address follow)
 * @maddr: put RTM_NEWMADDR's header for a group @ifp joined, with @addrs
 *         (the interface and the group follow); a list with @maddr is
 *         NET_RT_IFMALIST, the groups and nothing else
 *
 * Each puts its header with bsd_rib_put() and returns false if it did
 * not fit; its first u16 is set to the message's length at the end.
 */
struct bsd_route_ops {
	bool (*ifinfo)(struct bsd_rib *rib, const struct bsd_if *ifp);
	bool (*addr)(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs);
	bool (*maddr)(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs);
};

long bsd_route_list(const struct bsd_route_ops *ops, u32 af, u32 index,
		    void __user *old, size_t __user *oldlenp);
void bsd_sockaddr_dl(struct bsd_sockaddr *sa, struct net *net, int ifindex);
long bsd_route_dump(u32 af, void __user *old, size_t __user *oldlenp);

/**
 * struct bsd_rt_abi - a platform's routing messages and sockets
 * @pf_route: its PF_ROUTE
 * @version: its RTM_VERSION
 * @hdr_size: the size of its struct rt_msghdr
 */
struct bsd_rt_abi {
	u8 pf_route;
	u8 version;
	u16 hdr_size;
};

/**
 * struct bsd_route_get - a routing socket's RTM_GET
 * @family: the destination's family, Linux's AF_INET or AF_INET6
 * @dst: the destination's address
 * @ifp: the interface and its address are asked for (RTA_IFP, RTA_IFA)
 * @pid: the process that asks
 * @seq: its sequence number for the question
 */
struct bsd_route_get {
	int family;
	u8 dst[16];
	bool ifp;
	pid_t pid;
	s32 seq;
};

int bsd_route_get(struct bsd_rib *rib, const struct bsd_rt_abi *abi,
		  struct net *net, const struct bsd_route_get *get);

/* What a routing socket's change does (route.c). */
enum bsd_route_op { BSD_ROUTE_ADD, BSD_ROUTE_CHANGE, BSD_ROUTE_DELETE };

/**
 * struct bsd_route_change - a routing socket's RTM_ADD, _CHANGE, _DELETE
 * @op: which
 * @family: the destination's family, Linux's AF_INET or AF_INET6
 * @dst: the destination's address
 * @dst_len: its prefix length, as its netmask gives it
 * @gateway: @gw is the gateway's address, of @family
 * @gw: that address
 * @oif: the interface (0: rtnetlink chooses)
 * @flags: the message's RTF_* flags (RTF_REJECT, RTF_BLACKHOLE)
 */
struct bsd_route_change {
	enum bsd_route_op op;
	int family;
	u8 dst[16];
	u8 dst_len;
	bool gateway;
	u8 gw[16];
	u32 oif;
	s32 flags;
};

int bsd_route_change(struct net *net, const struct bsd_route_change *c);
long bsd_route_socket(int type, int protocol);

/* Socket calls (socket.c), registered by each platform under its names. */
long bsd_socket(struct pt_regs *regs);
long bsd_socketpair(struct pt_regs *regs);
long bsd_accept(struct pt_regs *regs);
long bsd_accept4(struct pt_regs *regs);
long bsd_paccept(struct pt_regs *regs);
long bsd_bind(struct pt_regs *regs);
long bsd_connect(struct pt_regs *regs);
long bsd_getsockname(struct pt_regs *regs);
long bsd_getpeername(struct pt_regs *regs);
long bsd_sendto(struct pt_regs *regs);
long bsd_recvfrom(struct pt_regs *regs);
long bsd_sendmsg(struct pt_regs *regs);
long bsd_recvmsg(struct pt_regs *regs);
int bsd_sockopt_to_linux(const struct bsd_sockopts *own,
			 unsigned long *level, unsigned long *name);
long bsd_setsockopt(struct pt_regs *regs);
long bsd_getsockopt(struct pt_regs *regs);
long bsd_sendfile(struct pt_regs *regs);

#endif /* _SYSCALL_IFACE_BSD_H */
