// SPDX-License-Identifier: GPL-2.0-only
/*
 * pty: a FreeBSD pseudo-terminal made and named as FreeBSD's libc does,
 * as a freestanding FreeBSD/amd64 program.  Lines:
 *   "openpt CF"     posix_openpt(O_RDWR | O_NOCTTY)
 *   "badflags CF R" posix_openpt(O_NONBLOCK) (EINVAL)
 *   "master CF R"   ioctl(TIOCPTMASTER) on it, as grantpt() and unlockpt()
 *   "notmaster CF R"  the same on a directory (ENOTTY)
 *   "name CF R"     ioctl(FIODGNAME) on it, as ptsname(): its slave's name
 *   "named N"       1 when that name is "pts/" and a number
 *   "open CF"       the slave opened by that name, under /dev/
 *   "echo N"        what the master reads of "hi\n" written to the slave
 *   "slavename N"   1 when FIODGNAME of the slave names it alike
 *   "short CF R"    FIODGNAME into 3 bytes (EINVAL)
 *   "file CF R"     FIODGNAME of a directory (ENOTTY)
 */

#include "fbsd.h"

#define OPEN		5
#define READ		3
#define WRITE		4
#define IOCTL		54
#define POSIX_OPENPT	504

#define O_RDWR		0x0002
#define O_NONBLOCK	0x0004
#define O_NOCTTY	0x8000

#define TIOCPTMASTER	0x2000741c
#define FIODGNAME	0x80106678

struct fiodgname_arg {
	int len;
	void *buf;
};

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static long name_of(long fd, char *buf, int len, bool *cf)
{
	struct fiodgname_arg a = { len, buf };

	return fbsd(IOCTL, fd, FIODGNAME, (long)&a, cf);
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
	char path[64] = "/dev/", *name = path + 5, other[64], buf[16];
	long m, s, dir, r, i;
	bool cf;
	int got;

	m = fbsd(POSIX_OPENPT, O_RDWR | O_NOCTTY, 0, 0, &cf);
	put(cf ? "openpt 1\n" : "openpt 0\n");
	r = fbsd(POSIX_OPENPT, O_NONBLOCK, 0, 0, &cf);
	put_result("badflags", r, cf);
	r = fbsd(IOCTL, m, TIOCPTMASTER, 0, &cf);
	put_result("master", r, cf);
	dir = fbsd(OPEN, (long)"/", 0, 0, &cf);
	r = fbsd(IOCTL, dir, TIOCPTMASTER, 0, &cf);
	put_result("notmaster", r, cf);
	r = name_of(m, name, sizeof(path) - 5, &cf);
	put_result("name", r, cf);
	for (i = 4; name[i] >= '0' && name[i] <= '9'; i++)
		;
	put("named ");
	put_num(!cf && name[0] == 'p' && name[1] == 't' && name[2] == 's' &&
		name[3] == '/' && i > 4 && !name[i]);
	put("\n");
	s = fbsd(OPEN, (long)path, O_RDWR | O_NOCTTY, 0, &cf);
	put(cf ? "open 1\n" : "open 0\n");
	fbsd(WRITE, s, (long)"hi\n", 3, &cf);
	got = read_line(m, buf, sizeof(buf));
	put("echo ");
	put_num(got && same(buf, "hi\r\n"));
	put("\n");
	r = name_of(s, other, sizeof(other), &cf);
	put("slavename ");
	put_num(!cf && same(other, name));
	put("\n");
	r = name_of(m, other, 3, &cf);
	put_result("short", r, cf);
	r = name_of(dir, other, sizeof(other), &cf);
	put_result("file", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
