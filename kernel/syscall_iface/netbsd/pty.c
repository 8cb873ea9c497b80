// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's pseudo-terminal requests (sys/kern/tty_pty.c), those of its
 * grantpt() and ptsname(), made of a master opened from /dev/ptmx.
 */

#include <linux/kernel.h>
#include <linux/uaccess.h>

#include "netbsd.h"

/* sys/sys/ttycom.h */
#define NBSD_TIOCGRANTPT	0x20007447
#define NBSD_TIOCPTSNAME	0x40287448

/* struct ptmget: a pty's two ends, as numbers and names */
struct nbsd_ptmget {
	s32 cfd, sfd;
	char cn[16], sn[16];
};

/*
 * On a master, TIOCPTSNAME names both ends as NetBSD's ptyfs does: the
 * pty's number for each, "/dev/null" for the master (which ptyfs does
 * not show) and "/dev/pts/N" for the slave, which it unlocks
 * (bsd_pty_unlock()).  TIOCGRANTPT has nothing to do: Linux gave the
 * slave to the master's opener.  On any other file both are ENOTTY.
 */
long nbsd_ioctl(unsigned int fd, u32 request, unsigned long arg)
{
	struct nbsd_ptmget pt = { .cn = "/dev/null" };
	long n;

	if (request != NBSD_TIOCGRANTPT && request != NBSD_TIOCPTSNAME)
		return -ENOIOCTLCMD;
	if (!bsd_pty_master(fd))
		return -ENOTTY;
	if (request == NBSD_TIOCGRANTPT)
		return 0;
	n = bsd_pty_unlock(fd, (u32 __user *)arg);
	if (n < 0)
		return n;
	pt.cfd = n;
	pt.sfd = n;
	snprintf(pt.sn, sizeof(pt.sn), "/dev/pts/%ld", n);
	return copy_to_user((void __user *)arg, &pt, sizeof(pt)) ? -EFAULT : 0;
}
