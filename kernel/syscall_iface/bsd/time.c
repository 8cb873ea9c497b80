// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' struct timeval, and the calls that take one but for poll and
 * select (bsd/poll.c): setitimer, utimes, futimes and lutimes.
 *
 * FreeBSD's timeval is Linux's.  NetBSD's (timeval_usec32) has a 32-bit
 * tv_usec and 4 bytes of padding where Linux reads the high half of its
 * own, so a native call that reads a NetBSD timeval would take whatever
 * the program left in the padding as part of tv_usec.  Linux writes a
 * timeval's tv_usec below a million, whose high half is 0: what it
 * writes reads right on both.
 */

#include <linux/export.h>
#include <linux/fcntl.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "bsd.h"

/**
 * bsd_timeval_clear_pad - clear what Linux would read past a 32-bit tv_usec
 * @ut: the caller's struct timeval
 * @tv: its contents, as the caller gave them
 *
 * For a native call that reads the caller's timeval: the caller's copy
 * gets the padding cleared for the call, and the caller puts @tv back
 * after it.
 *
 * Return: 1 if the caller's copy was rewritten, 0 if it needed not be,
 * or -EFAULT.
 */
int bsd_timeval_clear_pad(void __user *ut,
			  const struct __kernel_old_timeval *tv)
{
	struct __kernel_old_timeval t = { tv->tv_sec, (s32)tv->tv_usec };

	if (!bsd_platform()->timeval_usec32 || t.tv_usec == tv->tv_usec)
		return 0;
	return copy_to_user(ut, &t, sizeof(t)) ? -EFAULT : 1;
}
EXPORT_SYMBOL_GPL(bsd_timeval_clear_pad);

/**
 * get_timevals - the platform's struct timeval[@n] as timespec64s
 * @ut: the caller's timevals
 * @ts: where they go
 * @n: how many
 *
 * Return: 0, -EFAULT, or -EINVAL for a tv_usec outside [0, 1000000),
 * which Linux's utimes refuses too.
 */
static int get_timevals(const void __user *ut, struct timespec64 *ts,
			unsigned int n)
{
	struct __kernel_old_timeval tv;
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (copy_from_user(&tv, ut + i * sizeof(tv), sizeof(tv)))
			return -EFAULT;
		if (bsd_platform()->timeval_usec32)
			tv.tv_usec = (s32)tv.tv_usec;
		if (tv.tv_usec < 0 || tv.tv_usec >= USEC_PER_SEC)
			return -EINVAL;
		ts[i].tv_sec = tv.tv_sec;
		ts[i].tv_nsec = tv.tv_usec * NSEC_PER_USEC;
	}
	return 0;
}

/*
 * setitimer(which, itv, oitv): itv's two timevals with their padding
 * cleared for the call, and put back after it unless the call wrote the
 * old value over them (oitv at itv).
 */
SYSCALL_IFACE_DEFINE3(bsd_setitimer, int, which,
		      struct __kernel_old_timeval __user *, ut,
		      struct __kernel_old_timeval __user *, uot)
{
	struct __kernel_old_timeval tv[2];
	int cleared[2] = { 0, 0 };
	unsigned int i;
	long ret = 0;

	if (ut && copy_from_user(tv, ut, sizeof(tv)))
		return -EFAULT;
	for (i = 0; ut && i < ARRAY_SIZE(tv) && ret >= 0; i++) {
		cleared[i] = bsd_timeval_clear_pad(&ut[i], &tv[i]);
		if (cleared[i] < 0)
			ret = -EFAULT;
	}
	if (ret >= 0)
		ret = syscall_iface_native(__NR_setitimer, which, ut, uot);
	if (uot == ut && ret >= 0)
		return ret;
	for (i = 0; i < ARRAY_SIZE(tv); i++)
		if (cleared[i] > 0 && copy_to_user(&ut[i], &tv[i], sizeof(tv[i])))
			ret = -EFAULT;
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_setitimer);

/*
 * utimes, futimes and lutimes: utimensat's work on @dfd and @path, with
 * the times from the caller's timevals @ut (none is now), checked by
 * seccomp and audit as that utimensat.
 */
static long utimes_at(int dfd, const char __user *path,
		      const void __user *ut, int flags)
{
	struct timespec64 ts[2];
	long ret;

	if (syscall_iface_denied(&ret, __NR_utimensat, dfd, path, ut, flags))
		return ret;
	if (!path && dfd == AT_FDCWD)
		return -EBADF;
	if (ut) {
		ret = get_timevals(ut, ts, ARRAY_SIZE(ts));
		if (ret)
			return ret;
	}
	return do_utimes(dfd, path, ut ? ts : NULL, flags);
}

SYSCALL_IFACE_DEFINE2(bsd_utimes, const char __user *, path,
		      const void __user *, tptr)
{
	return utimes_at(AT_FDCWD, path, tptr, 0);
}
EXPORT_SYMBOL_GPL(bsd_utimes);

/* futimes(fd, tptr): the descriptor's file itself */
SYSCALL_IFACE_DEFINE2(bsd_futimes, int, fd, const void __user *, tptr)
{
	return utimes_at(fd, NULL, tptr, 0);
}
EXPORT_SYMBOL_GPL(bsd_futimes);

/* lutimes(path, tptr): a symbolic link itself, not what it names */
SYSCALL_IFACE_DEFINE2(bsd_lutimes, const char __user *, path,
		      const void __user *, tptr)
{
	return utimes_at(AT_FDCWD, path, tptr, AT_SYMLINK_NOFOLLOW);
}
EXPORT_SYMBOL_GPL(bsd_lutimes);
