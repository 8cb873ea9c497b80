// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's pseudo-terminals (sys/kern/tty_pts.c): posix_openpt, which
 * makes one, and the requests of its libc's ptsname(), grantpt() and
 * unlockpt() (TIOCPTMASTER) and of ttyname() (FIODGNAME).
 */

#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#include "freebsd.h"

/* sys/sys/ttycom.h, sys/sys/filio.h, sys/sys/fcntl.h */
#define FBSD_TIOCPTMASTER	0x2000741c
#define FBSD_FIODGNAME		0x80106678
#define FBSD_O_NOCTTY		0x8000
#define FBSD_O_CLOEXEC		0x100000

struct fbsd_fiodgname_arg {
	s32 len;
	u64 buf;
};

/*
 * posix_openpt(flags): a new pty's master, as opening /dev/ptmx makes
 * it, which is how the task's seccomp filters see the call.  Flags
 * other than the access mode, O_NOCTTY and O_CLOEXEC are EINVAL, as on
 * FreeBSD, where a master never becomes a controlling terminal.
 */
SYSCALL_IFACE_DEFINE1(fbsd_posix_openpt, int, flags)
{
	int oflags = (flags & O_ACCMODE) | O_NOCTTY;
	struct file *file;
	long ret;
	int fd;

	if (flags & ~(O_RDWR | FBSD_O_NOCTTY | FBSD_O_CLOEXEC))
		return -EINVAL;
	if (syscall_iface_denied(&ret, __NR_openat, AT_FDCWD, 0, oflags, 0))
		return ret;
	fd = get_unused_fd_flags(flags & FBSD_O_CLOEXEC ? O_CLOEXEC : 0);
	if (fd < 0)
		return fd;
	file = filp_open("/dev/ptmx", oflags, 0);
	if (IS_ERR(file)) {
		put_unused_fd(fd);
		return PTR_ERR(file);
	}
	fd_install(fd, file);
	return fd;
}

/* The name under /dev of the device @fd is, in @page; else ENOTTY. */
static const char *devfs_name(unsigned int fd, char *page)
{
	CLASS(fd, f)(fd);
	const char *path;

	if (fd_empty(f))
		return ERR_PTR(-EBADF);
	if (!S_ISCHR(file_inode(fd_file(f))->i_mode))
		return ERR_PTR(-ENOTTY);
	path = d_path(&fd_file(f)->f_path, page, PAGE_SIZE);
	if (IS_ERR(path) || !str_has_prefix(path, "/dev/"))
		return ERR_PTR(-ENOTTY);
	return path + strlen("/dev/");
}

/* A master's name under /dev: its slave's, which it unlocks. */
static const char *slave_name(unsigned int fd, u32 __user *scratch, s32 len,
			      char *page)
{
	long n;

	if (len < (s32)sizeof(u32))
		return ERR_PTR(-EINVAL);
	n = bsd_pty_unlock(fd, scratch);
	if (n < 0)
		return ERR_PTR(n);
	snprintf(page, PAGE_SIZE, "pts/%ld", n);
	return page;
}

/*
 * FIODGNAME: a device's name under /dev, in the caller's buffer of
 * len bytes; a pty master's is its slave's, "pts/N" (with the buffer
 * for bsd_pty_unlock()'s scratch).  A name longer than the buffer is
 * EINVAL.
 */
static long fiodgname(unsigned int fd, struct fbsd_fiodgname_arg __user *ua)
{
	struct fbsd_fiodgname_arg a;
	const char *name;
	char __user *buf;
	char *page;
	long ret;

	if (copy_from_user(&a, ua, sizeof(a)))
		return -EFAULT;
	buf = u64_to_user_ptr(a.buf);
	page = (char *)__get_free_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	name = bsd_pty_master(fd) ?
	       slave_name(fd, (u32 __user *)buf, a.len, page) :
	       devfs_name(fd, page);
	ret = PTR_ERR_OR_ZERO(name);
	if (!ret && (a.len < 0 || strlen(name) >= a.len))
		ret = -EINVAL;
	if (!ret && copy_to_user(buf, name, strlen(name) + 1))
		ret = -EFAULT;
	free_page((unsigned long)page);
	return ret;
}

/* FreeBSD's own requests (struct bsd_platform's ioctl) */
long fbsd_ioctl(unsigned int fd, u32 request, unsigned long arg)
{
	switch (request) {
	case FBSD_TIOCPTMASTER:		/* 0 on a master, else ENOTTY */
		return bsd_pty_master(fd) ? 0 : -ENOTTY;
	case FBSD_FIODGNAME:
		return fiodgname(fd, (void __user *)arg);
	}
	return -ENOIOCTLCMD;
}
