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

SYSCALL_IFACE_DEFINE4(bsd_openat, int, fd, const char __user *, path,
		      unsigned long, flags, umode_t, mode)
{
	long lflags = bsd_oflags_to_linux(bsd_platform()->oflags, flags);

	if (lflags < 0)
		return lflags;
	return syscall_iface_native(__NR_openat, fd, path, lflags, mode);
}
EXPORT_SYMBOL_GPL(bsd_openat);

SYSCALL_IFACE_DEFINE3(bsd_open, const char __user *, path,
		      unsigned long, flags, umode_t, mode)
{
	return __do_bsd_openat(AT_FDCWD, path, flags, mode);
}
EXPORT_SYMBOL_GPL(bsd_open);

/* Open flags for a call that takes only @allowed of them, or -EINVAL. */
static long oflags_only(unsigned long f, unsigned long allowed)
{
	long flags = bsd_oflags_to_linux(bsd_platform()->oflags, f);

	return flags < 0 || (flags & ~allowed) ? -EINVAL : flags;
}

/* pipe2(fildes, flags): O_CLOEXEC and O_NONBLOCK only. */
SYSCALL_IFACE_DEFINE2(bsd_pipe2, int __user *, fildes, unsigned long, flags)
{
	long lflags = oflags_only(flags, O_CLOEXEC | O_NONBLOCK);

	if (lflags < 0)
		return lflags;
	return syscall_iface_native(__NR_pipe2, fildes, lflags);
}
EXPORT_SYMBOL_GPL(bsd_pipe2);

/* dup3(from, to, flags): O_CLOEXEC only, as Linux's. */
SYSCALL_IFACE_DEFINE3(bsd_dup3, unsigned int, from, unsigned int, to,
		      unsigned long, flags)
{
	long lflags = oflags_only(flags, O_CLOEXEC);

	if (lflags < 0)
		return lflags;
	return syscall_iface_native(__NR_dup3, from, to, lflags);
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

SYSCALL_IFACE_DEFINE3(bsd_unlinkat, int, fd, const char __user *, path,
		      unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	return f < 0 ? f : syscall_iface_native(__NR_unlinkat, fd, path, f);
}
EXPORT_SYMBOL_GPL(bsd_unlinkat);

/* Linux's faccessat2 takes the flags. */
SYSCALL_IFACE_DEFINE4(bsd_faccessat, int, fd, const char __user *, path,
		      int, amode, unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	if (f < 0)
		return f;
	return syscall_iface_native(__NR_faccessat2, fd, path, amode, f);
}
EXPORT_SYMBOL_GPL(bsd_faccessat);

/* Linux's fchmodat2 takes the flags. */
SYSCALL_IFACE_DEFINE4(bsd_fchmodat, int, fd, const char __user *, path,
		      umode_t, mode, unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	if (f < 0)
		return f;
	return syscall_iface_native(__NR_fchmodat2, fd, path, mode, f);
}
EXPORT_SYMBOL_GPL(bsd_fchmodat);

SYSCALL_IFACE_DEFINE5(bsd_fchownat, int, fd, const char __user *, path,
		      uid_t, uid, gid_t, gid, unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	if (f < 0)
		return f;
	return syscall_iface_native(__NR_fchownat, fd, path, uid, gid, f);
}
EXPORT_SYMBOL_GPL(bsd_fchownat);

SYSCALL_IFACE_DEFINE5(bsd_linkat, int, fd1, const char __user *, path1,
		      int, fd2, const char __user *, path2,
		      unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	if (f < 0)
		return f;
	return syscall_iface_native(__NR_linkat, fd1, path1, fd2, path2, f);
}
EXPORT_SYMBOL_GPL(bsd_linkat);

/*
 * Linux makes FIFOs with mknodat.  Only the permission bits of @mode
 * count, as in the BSDs' kern_mkfifoat().
 */
SYSCALL_IFACE_DEFINE3(bsd_mkfifoat, int, fd, const char __user *, path,
		      umode_t, mode)
{
	return syscall_iface_native(__NR_mknodat, fd, path,
				    (mode & 07777) | S_IFIFO, 0);
}
EXPORT_SYMBOL_GPL(bsd_mkfifoat);

SYSCALL_IFACE_DEFINE2(bsd_mkfifo, const char __user *, path, umode_t, mode)
{
	return __do_bsd_mkfifoat(AT_FDCWD, path, mode);
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
static long fcntl_lock(unsigned int fd, unsigned int cmd,
		       void __user *ufl, size_t size)
{
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
	if (syscall_iface_denied(&ret, __NR_fcntl, fd, cmd, ufl))
		return ret;
	ret = syscall_iface_fcntl_lock(fd, cmd, &fl);
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
 * F_DUP2FD and F_DUP2FD_CLOEXEC: dup2(fd, to), with close-on-exec.  On
 * the same descriptor, which dup3 refuses, FreeBSD checks that it is
 * open and sets close-on-exec for F_DUP2FD_CLOEXEC (kern_dup()).
 */
static long dup2fd(unsigned int fd, unsigned int to, bool cloexec)
{
	long ret;

	if (fd == to) {
		ret = syscall_iface_native(__NR_fcntl, fd,
					   cloexec ? F_SETFD : F_GETFD,
					   FD_CLOEXEC);
		return ret < 0 ? ret : to;
	}
	return syscall_iface_native(__NR_dup3, fd, to,
				    cloexec ? O_CLOEXEC : 0);
}

/*
 * fcntl(fd, cmd, arg): descriptors, their flags and owners, and record
 * locks, with the calling platform's commands (struct bsd_fcntl).
 */
SYSCALL_IFACE_DEFINE3(bsd_fcntl, unsigned int, fd, unsigned int, cmd,
		      unsigned long, arg)
{
	const struct bsd_platform *p = bsd_platform();
	const struct bsd_fcntl *f = p->fcntl;
	long ret;
	int lcmd;

	if (cmd <= F_SETFD)	/* F_DUPFD, F_GETFD, F_SETFD */
		return syscall_iface_native(__NR_fcntl, fd, cmd, arg);
	if (f->dup2fd && (cmd == f->dup2fd || cmd == f->dup2fd_cloexec))
		return dup2fd(fd, arg, cmd == f->dup2fd_cloexec);
	lcmd = bsd_id_to_linux(f->cmds.map, f->cmds.n, cmd);
	switch (lcmd) {
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return fcntl_lock(fd, lcmd, (void __user *)arg,
				  f->flock_size);
	case F_GETFL:
		ret = syscall_iface_native(__NR_fcntl, fd, F_GETFL);
		return ret < 0 ? ret : bsd_oflags_from_linux(p->oflags, ret);
	case F_SETFL:
		ret = bsd_oflags_to_linux(p->oflags, arg);
		if (ret < 0)
			return ret;
		arg = ret;
		break;
	case -EINVAL:
		return -EINVAL;		/* F_CLOSEM, F_ADD_SEALS, ... */
	}
	return syscall_iface_native(__NR_fcntl, fd, lcmd, arg);
}
EXPORT_SYMBOL_GPL(bsd_fcntl);
