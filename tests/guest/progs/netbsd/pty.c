// SPDX-License-Identifier: GPL-2.0-only
/*
 * pty: a NetBSD pseudo-terminal opened and named as NetBSD's libc does,
 * as a freestanding NetBSD/amd64 program.  Lines:
 *   "open CF"       /dev/ptmx opened (O_RDWR | O_NOCTTY)
 *   "grant CF R"    ioctl(TIOCGRANTPT) on it, as grantpt()
 *   "grantdir CF R" the same on a directory (ENOTTY)
 *   "ptsname CF R"  ioctl(TIOCPTSNAME) on it, as ptsname()
 *   "cn S"          the master's name in the struct ptmget
 *   "sn N"          1 when the slave's is "/dev/pts/" and sfd, cfd alike
 *   "slave CF"      the slave opened by that name
 *   "echo N"        what the master reads of "hi\n" written to the slave
 *   "ofslave CF R"  TIOCPTSNAME on the slave (ENOTTY)
 */

#include "nbsd.h"

#define OPEN		5
#define READ		3
#define WRITE		4
#define IOCTL		54

#define O_RDWR		0x0002
#define O_NOCTTY	0x8000

#define TIOCGRANTPT	0x20007447
#define TIOCPTSNAME	0x40287448

struct ptmget {
	int cfd, sfd;
	char cn[16], sn[16];
};

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/*
 * The master's side of a line the slave wrote, up to its newline: the
 * tty layer may hand it over in pieces.  0 if a read fails first.
 */
static int read_line(long m, char *buf, long n)
{
	long len = 0, r;
	bool cf;

	while (len < n - 1 && (!len || buf[len - 1] != '\n')) {
		r = fbsd(READ, m, (long)buf + len, n - 1 - len, &cf);
		if (cf || r <= 0)
			return 0;
		len += r;
	}
	buf[len] = 0;
	return 1;
}

void start(void);

void start(void)
{
	char want[16] = "/dev/pts/", buf[16];
	struct ptmget pt = { 0 };
	long m, s, dir, r;
	int i, n;
	bool cf;
	int got;

	m = fbsd(OPEN, (long)"/dev/ptmx", O_RDWR | O_NOCTTY, 0, &cf);
	put(cf ? "open 1\n" : "open 0\n");
	r = fbsd(IOCTL, m, TIOCGRANTPT, 0, &cf);
	put_result("grant", r, cf);
	dir = fbsd(OPEN, (long)"/", 0, 0, &cf);
	r = fbsd(IOCTL, dir, TIOCGRANTPT, 0, &cf);
	put_result("grantdir", r, cf);
	r = fbsd(IOCTL, m, TIOCPTSNAME, (long)&pt, &cf);
	put_result("ptsname", r, cf);
	put("cn ");
	put(pt.cn);
	put("\n");
	/* "/dev/pts/" and sfd in decimal */
	for (n = pt.sfd, i = 1; n >= 10; n /= 10)
		i++;
	for (n = pt.sfd, want[9 + i] = 0; i--; n /= 10)
		want[9 + i] = '0' + n % 10;
	put("sn ");
	put_num(same(pt.sn, want) && pt.cfd == pt.sfd);
	put("\n");
	s = fbsd(OPEN, (long)pt.sn, O_RDWR | O_NOCTTY, 0, &cf);
	put(cf ? "slave 1\n" : "slave 0\n");
	fbsd(WRITE, s, (long)"hi\n", 3, &cf);
	got = read_line(m, buf, sizeof(buf));
	put("echo ");
	put_num(got && same(buf, "hi\r\n"));
	put("\n");
	r = fbsd(IOCTL, s, TIOCPTSNAME, (long)&pt, &cf);
	put_result("ofslave", r, cf);
	fbsd_exit(0);
}

NBSD_ENTRY;
