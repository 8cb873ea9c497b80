// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' ioctls (sys/sys/filio.h, sys/sys/ttycom.h, sys/sys/termios.h,
 * the same numbers, struct termios and flags on FreeBSD and NetBSD but
 * CRTSCTS): the descriptor and terminal requests programs make of any
 * file.  The BSDs encode a request's direction and size in its number,
 * as Linux does for new ones but not for these, so every number differs;
 * most take the same argument on both kernels and go to the native ioctl
 * renumbered.  TIOCGETA, which is also how the BSDs' isatty() asks,
 * reads Linux's struct termios2 (the same size as the BSDs' struct
 * termios) into the caller's buffer and rewrites it there in the BSD
 * layout; TIOCSETA, TIOCSETAW and TIOCSETAF write Linux's over the
 * caller's for the call, and the caller's back after it.  A bit or
 * character one kernel has and the other lacks is dropped.  A platform
 * may know more requests (struct bsd_platform's ioctl): each BSD names a
 * pseudo-terminal's slave its own way.  Any other request is ENOTTY, as
 * a BSD answers a request a file does not know.
 */

#include <linux/bits.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/major.h>
#include <asm/ioctls.h>
#include <linux/syscalls.h>
#include <linux/termios.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "bsd.h"

#define BSD_FIOCLEX		0x20006601
#define BSD_FIONCLEX		0x20006602
#define BSD_FIOASYNC		0x8004667d
#define BSD_FIONBIO		0x8004667e
#define BSD_FIONREAD		0x4004667f
#define BSD_TIOCSCTTY		0x20007461
#define BSD_TIOCNOTTY		0x20007471
#define BSD_TIOCSPGRP		0x80047476
#define BSD_TIOCGPGRP		0x40047477
#define BSD_TIOCSWINSZ		0x80087467
#define BSD_TIOCGWINSZ		0x40087468
#define BSD_TIOCGETA		0x402c7413
#define BSD_TIOCSETA		0x802c7414
#define BSD_TIOCSETAW		0x802c7415
#define BSD_TIOCSETAF		0x802c7416

/* Requests whose argument both kernels lay out alike: the BSDs', Linux's. */
static const struct {
	u32 foreign;
	u32 native;
} renumbered[] = {
	{ BSD_FIOCLEX, FIOCLEX },
	{ BSD_FIONCLEX, FIONCLEX },
	{ BSD_FIOASYNC, FIOASYNC },
	{ BSD_FIONBIO, FIONBIO },
	{ BSD_FIONREAD, FIONREAD },
	{ BSD_TIOCNOTTY, TIOCNOTTY },
	{ BSD_TIOCSPGRP, TIOCSPGRP },
	{ BSD_TIOCGPGRP, TIOCGPGRP },
	{ BSD_TIOCSWINSZ, TIOCSWINSZ },
	{ BSD_TIOCGWINSZ, TIOCGWINSZ },
};

/* sys/sys/_termios.h */
#define BSD_NCCS		20
#define BSD_VDISABLE		0xff

struct bsd_termios {
	u32 iflag;
	u32 oflag;
	u32 cflag;
	u32 lflag;
	u8 cc[BSD_NCCS];
	u32 ispeed;
	u32 ospeed;
};

static_assert(sizeof(struct bsd_termios) == sizeof(struct termios2));

/* A flag word's bits: the BSDs', then Linux's. */
struct termios_bit {
	u32 foreign;
	u32 native;
};

static const struct termios_bit iflag_bits[] = {
	{ 0x0001, IGNBRK }, { 0x0002, BRKINT }, { 0x0004, IGNPAR },
	{ 0x0008, PARMRK }, { 0x0010, INPCK }, { 0x0020, ISTRIP },
	{ 0x0040, INLCR }, { 0x0080, IGNCR }, { 0x0100, ICRNL },
	{ 0x0200, IXON }, { 0x0400, IXOFF }, { 0x0800, IXANY },
	{ 0x2000, IMAXBEL },
};

static const struct termios_bit oflag_bits[] = {
	{ 0x0001, OPOST }, { 0x0002, ONLCR }, { 0x0004, TAB3 },
	{ 0x0010, OCRNL }, { 0x0020, ONOCR }, { 0x0040, ONLRET },
};

static const struct termios_bit cflag_bits[] = {
	{ 0x0400, CSTOPB }, { 0x0800, CREAD }, { 0x1000, PARENB },
	{ 0x2000, PARODD }, { 0x4000, HUPCL }, { 0x8000, CLOCAL },
};

static const struct termios_bit lflag_bits[] = {
	{ 0x00000001, ECHOKE }, { 0x00000002, ECHOE }, { 0x00000004, ECHOK },
	{ 0x00000008, ECHO }, { 0x00000010, ECHONL }, { 0x00000020, ECHOPRT },
	{ 0x00000040, ECHOCTL }, { 0x00000080, ISIG }, { 0x00000100, ICANON },
	{ 0x00000400, IEXTEN }, { 0x00000800, EXTPROC },
	{ 0x00400000, TOSTOP }, { 0x00800000, FLUSHO },
	{ 0x20000000, PENDIN }, { 0x80000000, NOFLSH },
};

/* Control characters: the BSDs' index of each of Linux's, -1 for none. */
static const s8 cc_index[NCCS] = {
	[VINTR] = 8, [VQUIT] = 9, [VERASE] = 3, [VKILL] = 5, [VEOF] = 0,
	[VTIME] = 17, [VMIN] = 16, [VSWTC] = -1, [VSTART] = 12, [VSTOP] = 13,
	[VSUSP] = 10, [VEOL] = 1, [VREPRINT] = 6, [VDISCARD] = 15,
	[VWERASE] = 4, [VLNEXT] = 14, [VEOL2] = 2,
};

static u32 bits_from_linux(u32 word, const struct termios_bit *bits,
			   unsigned int n)
{
	u32 f = 0;

	while (n--)
		if ((word & bits[n].native) == bits[n].native)
			f |= bits[n].foreign;
	return f;
}

static u32 bits_to_linux(u32 word, const struct termios_bit *bits,
			 unsigned int n)
{
	u32 l = 0;

	while (n--)
		if ((word & bits[n].foreign) == bits[n].foreign)
			l |= bits[n].native;
	return l;
}

/* The speeds are numbers in both: Linux's BOTHER says so. */
static void termios_to_linux(const struct bsd_termios *f,
			     struct termios2 *t)
{
	u32 crtscts = bsd_platform()->termios_crtscts;
	unsigned int i;
	u8 c;

	memset(t, 0, sizeof(*t));
	t->c_iflag = bits_to_linux(f->iflag, iflag_bits,
				   ARRAY_SIZE(iflag_bits));
	t->c_oflag = bits_to_linux(f->oflag, oflag_bits,
				   ARRAY_SIZE(oflag_bits));
	t->c_cflag = bits_to_linux(f->cflag, cflag_bits,
				   ARRAY_SIZE(cflag_bits)) |
		     (f->cflag >> 4 & CSIZE) | BOTHER;
	if ((f->cflag & crtscts) == crtscts)
		t->c_cflag |= CRTSCTS;
	if (f->ispeed != f->ospeed)
		t->c_cflag |= BOTHER << IBSHIFT;
	t->c_lflag = bits_to_linux(f->lflag, lflag_bits,
				   ARRAY_SIZE(lflag_bits));
	for (i = 0; i < NCCS; i++) {
		if (cc_index[i] < 0)
			continue;
		c = f->cc[cc_index[i]];
		if (c == BSD_VDISABLE && i != VMIN && i != VTIME)
			c = 0;
		t->c_cc[i] = c;
	}
	t->c_ispeed = f->ispeed;
	t->c_ospeed = f->ospeed;
}

static void termios_from_linux(const struct termios2 *t,
			       struct bsd_termios *f)
{
	unsigned int i;

	memset(f, 0, sizeof(*f));
	f->iflag = bits_from_linux(t->c_iflag, iflag_bits,
				   ARRAY_SIZE(iflag_bits));
	f->oflag = bits_from_linux(t->c_oflag & ~TABDLY, oflag_bits,
				   ARRAY_SIZE(oflag_bits));
	if ((t->c_oflag & TABDLY) == TAB3)
		f->oflag |= 0x0004;
	/* CSIZE: CS5 to CS8 in bits 4-5 on Linux, 8-9 on the BSDs. */
	f->cflag = bits_from_linux(t->c_cflag, cflag_bits,
				   ARRAY_SIZE(cflag_bits)) |
		   (t->c_cflag & CSIZE) << 4;
	if (t->c_cflag & CRTSCTS)
		f->cflag |= bsd_platform()->termios_crtscts;
	f->lflag = bits_from_linux(t->c_lflag, lflag_bits,
				   ARRAY_SIZE(lflag_bits));
	memset(f->cc, BSD_VDISABLE, sizeof(f->cc));
	for (i = 0; i < NCCS; i++) {
		if (cc_index[i] < 0)
			continue;
		/* Linux disables a character with 0; VMIN and VTIME are counts. */
		if (!t->c_cc[i] && i != VMIN && i != VTIME)
			continue;
		f->cc[cc_index[i]] = t->c_cc[i];
	}
	f->ispeed = t->c_ispeed;
	f->ospeed = t->c_ospeed;
}

/* TIOCGETA: Linux's termios2 into the buffer, then the BSDs' over it. */
static long tiocgeta(unsigned int fd, void __user *buf)
{
	struct bsd_termios f;
	struct termios2 t;
	long ret;

	ret = syscall_iface_native(__NR_ioctl, fd, TCGETS2, buf);
	if (ret)
		return ret;
	if (copy_from_user(&t, buf, sizeof(t)))
		return -EFAULT;
	termios_from_linux(&t, &f);
	return copy_to_user(buf, &f, sizeof(f)) ? -EFAULT : 0;
}

/*
 * TIOCSETA, TIOCSETAW, TIOCSETAF: Linux's termios2 in the buffer for
 * @cmd, then the caller's own back.
 */
static long tiocseta(unsigned int fd, unsigned int cmd, void __user *buf)
{
	struct bsd_termios f;
	struct termios2 t;
	long ret;

	if (copy_from_user(&f, buf, sizeof(f)))
		return -EFAULT;
	termios_to_linux(&f, &t);
	if (copy_to_user(buf, &t, sizeof(t)))
		return -EFAULT;
	ret = syscall_iface_native(__NR_ioctl, fd, cmd, buf);
	if (copy_to_user(buf, &f, sizeof(f)))
		return -EFAULT;
	return ret;
}

/**
 * bsd_pty_master - whether @fd is a pseudo-terminal's master
 * @fd: the file
 *
 * A Unix98 master is a file of the ptmx device, /dev/ptmx or a devpts
 * instance's ptmx, which is what both BSDs' programs open one from.
 */
bool bsd_pty_master(unsigned int fd)
{
	CLASS(fd, f)(fd);
	struct inode *inode;

	if (fd_empty(f))
		return false;
	inode = file_inode(fd_file(f));
	return S_ISCHR(inode->i_mode) &&
	       inode->i_rdev == MKDEV(TTYAUX_MAJOR, 2);
}
EXPORT_SYMBOL_GPL(bsd_pty_master);

/**
 * bsd_pty_unlock - the number of a pty's slave, unlocked
 * @fd: the pty's master
 * @scratch: four bytes of the caller's, for the native calls' int
 *
 * Linux locks a new slave until unlockpt(); the BSDs have no such
 * lock, and their programs open the slave once they have its name, so a
 * platform that names the slave unlocks it.
 *
 * Return: the slave's number (/dev/pts/N), or an error.
 */
long bsd_pty_unlock(unsigned int fd, u32 __user *scratch)
{
	long ret;
	u32 n;

	if (put_user(0, scratch))
		return -EFAULT;
	ret = syscall_iface_native(__NR_ioctl, fd, TIOCSPTLCK, scratch);
	if (!ret)
		ret = syscall_iface_native(__NR_ioctl, fd, TIOCGPTN, scratch);
	if (!ret && get_user(n, scratch))
		ret = -EFAULT;
	return ret ?: n;
}
EXPORT_SYMBOL_GPL(bsd_pty_unlock);

SYSCALL_IFACE_DEFINE3(bsd_ioctl, unsigned int, fd, unsigned long, request,
		      unsigned long, arg)
{
	const struct bsd_platform *p = bsd_platform();
	void __user *buf = (void __user *)arg;
	unsigned int i;
	long ret;

	/* The request is an unsigned long; the BSDs' are all 32-bit. */
	if (request > U32_MAX)
		return -ENOTTY;
	switch (request) {
	case BSD_TIOCGETA:
		return tiocgeta(fd, buf);
	case BSD_TIOCSETA:
		return tiocseta(fd, TCSETS2, buf);
	case BSD_TIOCSETAW:
		return tiocseta(fd, TCSETSW2, buf);
	case BSD_TIOCSETAF:
		return tiocseta(fd, TCSETSF2, buf);
	case BSD_TIOCSCTTY:
		/* The BSDs' takes no argument and never steals a terminal. */
		return syscall_iface_native(__NR_ioctl, fd, TIOCSCTTY, 0);
	}
	for (i = 0; i < ARRAY_SIZE(renumbered); i++)
		if (renumbered[i].foreign == request)
			return syscall_iface_native(__NR_ioctl, fd,
						    renumbered[i].native, arg);
	if (p->ioctl) {
		ret = p->ioctl(fd, request, arg);
		if (ret != -ENOIOCTLCMD)
			return ret;
	}
	return -ENOTTY;
}
EXPORT_SYMBOL_GPL(bsd_ioctl);
