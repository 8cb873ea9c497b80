// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD file calls that FreeBSD and NetBSD share: open, openat, pipe2 and
 * dup3, with the platform's open flags, the *at() calls whose flags are
 * a platform's map, mkfifo and mkfifoat, and fcntl with a platform's
 * commands, whose record locks take the BSDs' struct flock (its members
 * in another order than Linux's, with other lock types).
 */

#include <linux/export.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include "bsd.h"

/* Open flags: O_RDONLY, O_WRONLY and O_RDWR are Linux's, the rest a map. */
#define BSD_O_ACCMODE	0x3

/**
 * bsd_oflags_to_linux - a platform's open flags in Linux's numbering
 * @o: the platform's map of the flags besides the access mode
 * @f: the flags
 *
 * Return: Linux's flags, or -EINVAL for one Linux lacks (O_SHLOCK, ...).
 */
long bsd_oflags_to_linux(const struct bsd_flags *o, unsigned long f)
{
	unsigned long flags;

	if (bsd_flags_to_linux(o->map, o->n, f & ~BSD_O_ACCMODE, &flags))
		return -EINVAL;
	return flags | (f & BSD_O_ACCMODE);
}
EXPORT_SYMBOL_GPL(bsd_oflags_to_linux);

/* Linux's status flags (F_GETFL) in the platform's numbering. */
unsigned long bsd_oflags_from_linux(const struct bsd_flags *o,
				    unsigned long f)
{
	return bsd_flags_from_linux(o->map, o->n, f) | (f & O_ACCMODE);
}
EXPORT_SYMBOL_GPL(bsd_oflags_from_linux);

/* openat(fd, path, flags, mode) */
long bsd_openat(struct pt_regs *regs)
{
	long flags = bsd_oflags_to_linux(bsd_platform()->oflags, regs->dx);
	struct pt_regs r = *regs;

	if (flags < 0)
		return flags;
	r.dx = flags;
	return syscall_iface_native_call(&r, __NR_openat);
}
EXPORT_SYMBOL_GPL(bsd_openat);

/* open(path, flags, mode) */
long bsd_open(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.di = AT_FDCWD;
	r.si = regs->di;
	r.dx = regs->si;
	r.r10 = regs->dx;
	return bsd_openat(&r);
}
EXPORT_SYMBOL_GPL(bsd_open);

/* Run native @nr with the flags in the register at @reg: only @allowed. */
static long with_oflags(struct pt_regs *regs, unsigned long *reg,
			unsigned long allowed, unsigned int nr)
{
	long flags = bsd_oflags_to_linux(bsd_platform()->oflags, *reg);

	if (flags < 0 || (flags & ~allowed))
		return -EINVAL;
	*reg = flags;
	return syscall_iface_native_call(regs, nr);
}

/* pipe2(fildes, flags): O_CLOEXEC and O_NONBLOCK only. */
long bsd_pipe2(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	return with_oflags(&r, &r.si, O_CLOEXEC | O_NONBLOCK, __NR_pipe2);
}
EXPORT_SYMBOL_GPL(bsd_pipe2);

/* dup3(from, to, flags): O_CLOEXEC only, as Linux's. */
long bsd_dup3(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	return with_oflags(&r, &r.dx, O_CLOEXEC, __NR_dup3);
}
EXPORT_SYMBOL_GPL(bsd_dup3);

/* The calling platform's *at() flags in Linux's numbering, or -EINVAL. */
long bsd_atflags_to_linux(unsigned long f)
{
	const struct bsd_flags *map = bsd_platform()->at_flags;
	unsigned long flags;

	if (bsd_flags_to_linux(map->map, map->n, f, &flags))
		return -EINVAL;
	return flags;
}
EXPORT_SYMBOL_GPL(bsd_atflags_to_linux);

/**
 * bsd_native_at - a *at() call that differs from Linux's only in its flags
 * @regs: the caller's registers
 * @flags: the offset in struct pt_regs of the register with the flags
 * @nr: the native call
 *
 * Return: the native result, or -EINVAL for a flag the platform's map
 * lacks.
 */
long bsd_native_at(const struct pt_regs *regs, size_t flags, unsigned int nr)
{
	struct pt_regs r = *regs;
	unsigned long *reg = (void *)&r + flags;
	long f = bsd_atflags_to_linux(*reg);

	if (f < 0)
		return f;
	*reg = f;
	return syscall_iface_native_call(&r, nr);
}
EXPORT_SYMBOL_GPL(bsd_native_at);

/* unlinkat(fd, path, flag) */
long bsd_unlinkat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, dx), __NR_unlinkat);
}
EXPORT_SYMBOL_GPL(bsd_unlinkat);

/* faccessat(fd, path, amode, flag): Linux's faccessat2 takes the flags. */
long bsd_faccessat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, r10),
			     __NR_faccessat2);
}
EXPORT_SYMBOL_GPL(bsd_faccessat);

/* fchmodat(fd, path, mode, flag): Linux's fchmodat2 takes the flags. */
long bsd_fchmodat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, r10),
			     __NR_fchmodat2);
}
EXPORT_SYMBOL_GPL(bsd_fchmodat);

/* fchownat(fd, path, uid, gid, flag) */
long bsd_fchownat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, r8),
			     __NR_fchownat);
}
EXPORT_SYMBOL_GPL(bsd_fchownat);

/* linkat(fd1, path1, fd2, path2, flag) */
long bsd_linkat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, r8), __NR_linkat);
}
EXPORT_SYMBOL_GPL(bsd_linkat);

/*
 * mkfifoat(fd, path, mode): Linux makes FIFOs with mknodat.  Only the
 * permission bits of @mode count, as in the BSDs' kern_mkfifoat().
 */
long bsd_mkfifoat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.dx = (regs->dx & 07777) | S_IFIFO;
	r.r10 = 0;
	return syscall_iface_native_call(&r, __NR_mknodat);
}
EXPORT_SYMBOL_GPL(bsd_mkfifoat);

/* mkfifo(path, mode) */
long bsd_mkfifo(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.di = AT_FDCWD;
	r.si = regs->di;
	r.dx = regs->si;
	return bsd_mkfifoat(&r);
}
EXPORT_SYMBOL_GPL(bsd_mkfifo);

#define BSD_F_RDLCK		1
#define BSD_F_UNLCK		2
#define BSD_F_WRLCK		3

/* sys/sys/fcntl.h: FreeBSD's adds sysid, NetBSD's ends at whence. */
struct bsd_flock {
	s64 start;
	s64 len;
	s32 pid;
	s16 type;
	s16 whence;
	s32 sysid;
	u32 pad;
};

/* A lock's type, the BSDs' one way and Linux's the other; -1 for none. */
static const s16 lock_types[][2] = {
	{ BSD_F_RDLCK, F_RDLCK },
	{ BSD_F_UNLCK, F_UNLCK },
	{ BSD_F_WRLCK, F_WRLCK },
};

static int lock_type(int type, bool to_linux)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(lock_types); i++)
		if (lock_types[i][!to_linux] == type)
			return lock_types[i][to_linux];
	return -1;
}

/*
 * fcntl(fd, cmd, flock) for a record lock: @cmd is F_GETLK, F_SETLK or
 * F_SETLKW, @size the platform's struct flock's.
 */
static long fcntl_lock(const struct pt_regs *regs, unsigned int cmd,
		       size_t size)
{
	void __user *ufl = (void __user *)regs->dx;
	struct bsd_flock bfl = {};
	struct flock fl = {};
	long ret;

	if (copy_from_user(&bfl, ufl, min(size, sizeof(bfl))))
		return -EFAULT;
	ret = lock_type(bfl.type, true);
	if (ret < 0)
		return -EINVAL;
	fl.l_type = ret;
	fl.l_whence = bfl.whence;
	fl.l_start = bfl.start;
	fl.l_len = bfl.len;
	if (bsd_denied(regs, __NR_fcntl, regs->di, cmd, regs->dx, 0, &ret))
		return ret;
	ret = syscall_iface_fcntl_lock(regs->di, cmd, &fl);
	if (ret || cmd != F_GETLK)
		return ret;
	bfl.type = lock_type(fl.l_type, false);
	bfl.whence = fl.l_whence;
	bfl.start = fl.l_start;
	bfl.len = fl.l_len;
	bfl.pid = fl.l_pid;
	bfl.sysid = 0;
	return copy_to_user(ufl, &bfl, min(size, sizeof(bfl))) ? -EFAULT : 0;
}

/*
 * F_DUP2FD and F_DUP2FD_CLOEXEC: dup2(fd, arg), with close-on-exec.  On
 * the same descriptor, which dup3 refuses, FreeBSD checks that it is
 * open and sets close-on-exec for F_DUP2FD_CLOEXEC (kern_dup()).
 */
static long dup2fd(const struct pt_regs *regs, bool cloexec)
{
	struct pt_regs r = *regs;
	long ret;

	if ((unsigned int)regs->di == (unsigned int)regs->dx) {
		r.si = cloexec ? F_SETFD : F_GETFD;
		r.dx = FD_CLOEXEC;
		ret = syscall_iface_native_call(&r, __NR_fcntl);
		return ret < 0 ? ret : (unsigned int)regs->dx;
	}
	r.si = regs->dx;
	r.dx = cloexec ? O_CLOEXEC : 0;
	return syscall_iface_native_call(&r, __NR_dup3);
}

/*
 * fcntl(fd, cmd, arg): descriptors, their flags and owners, and record
 * locks, with the calling platform's commands (struct bsd_fcntl).
 */
long bsd_fcntl(struct pt_regs *regs)
{
	const struct bsd_platform *p = bsd_platform();
	const struct bsd_fcntl *f = p->fcntl;
	struct pt_regs r = *regs;
	long ret;
	int cmd;

	if (regs->si <= F_SETFD)	/* F_DUPFD, F_GETFD, F_SETFD */
		return syscall_iface_native_call(regs, __NR_fcntl);
	if (f->dup2fd && (regs->si == f->dup2fd ||
			  regs->si == f->dup2fd_cloexec))
		return dup2fd(regs, regs->si == f->dup2fd_cloexec);
	cmd = bsd_id_to_linux(f->cmds.map, f->cmds.n, regs->si);
	switch (cmd) {
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return fcntl_lock(regs, cmd, f->flock_size);
	case F_GETFL:
		r.si = F_GETFL;
		ret = syscall_iface_native_call(&r, __NR_fcntl);
		return ret < 0 ? ret : bsd_oflags_from_linux(p->oflags, ret);
	case F_SETFL:
		ret = bsd_oflags_to_linux(p->oflags, regs->dx);
		if (ret < 0)
			return ret;
		r.dx = ret;
		break;
	case -EINVAL:
		return -EINVAL;		/* F_CLOSEM, F_ADD_SEALS, ... */
	}
	r.si = cmd;
	return syscall_iface_native_call(&r, __NR_fcntl);
}
EXPORT_SYMBOL_GPL(bsd_fcntl);
