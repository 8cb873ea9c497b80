// SPDX-License-Identifier: GPL-2.0-only
/*
 * tty: FreeBSD's terminal and descriptor ioctls, as a freestanding
 * FreeBSD/amd64 program run with a pseudo-terminal as stdin and stdout
 * (onpty 80 24 fbsd-tty).  A line per check: its name, whether the call
 * failed (the carry flag) and its result or FreeBSD errno, then what it
 * read back, if anything.
 *
 *   tiocgeta CF R          TIOCGETA on the terminal (FreeBSD's isatty()): 0
 *   lflag ICANON ECHO ISIG  FreeBSD's bits (0x100, 0x8, 0x80) set: 1 1 1
 *   oflag OPOST ONLCR      (0x1, 0x2): 1 1
 *   cflag CSIZE CREAD      CS8 is 0x300 on FreeBSD; CREAD 0x800: 768 1
 *   cc VINTR VERASE VMIN   at FreeBSD's indices 8, 3 and 16: 3 127 1
 *   speed                  38400, as a number
 *   notty                  TIOCGETA on a pipe: ENOTTY (25)
 *   winsz CF R COLS ROWS   TIOCGWINSZ: 80 24
 *   fionread CF R N        FIONREAD on a pipe holding 5 bytes: 5
 *   fionbio                FIONBIO on the pipe's empty read end: 0
 *   read-empty             then read: EAGAIN (35)
 *   unknown                a request FreeBSD does not have: ENOTTY
 */

#include "fbsd.h"

#define READ		3
#define IOCTL		54
#ifndef PIPE2
#define PIPE2		542	/* NetBSD's is 453 (../netbsd/tty.c) */
#endif
#define TIOCGETA	0x402c7413
#define TIOCGWINSZ	0x40087468
#define FIONBIO		0x8004667e
#define FIONREAD	0x4004667f

struct termios {
	unsigned int iflag, oflag, cflag, lflag;
	unsigned char cc[20];
	unsigned int ispeed, ospeed;
};

static void put3(const char *name, unsigned long a, unsigned long b,
		 unsigned long c)
{
	put(name);
	put(" ");
	put_num(a);
	put(" ");
	put_num(b);
	if (c != -1UL) {
		put(" ");
		put_num(c);
	}
	put("\n");
}

void start(void);

void start(void)
{
	unsigned short ws[4] = { 0 };
	struct termios t;
	int p[2], n = -1, on = 1;
	char b[8];
	long r;
	bool cf;

	r = fbsd(IOCTL, 0, TIOCGETA, (long)&t, &cf);
	put_result("tiocgeta", r, cf);
	put3("lflag", !!(t.lflag & 0x100), !!(t.lflag & 0x8),
	     !!(t.lflag & 0x80));
	put3("oflag", !!(t.oflag & 0x1), !!(t.oflag & 0x2), -1UL);
	put3("cflag", t.cflag & 0x300, !!(t.cflag & 0x800), -1UL);
	put3("cc", t.cc[8], t.cc[3], t.cc[16]);
	put("speed ");
	put_num(t.ospeed);
	put("\n");

	fbsd(PIPE2, (long)p, 0, 0, &cf);
	r = fbsd(IOCTL, p[0], TIOCGETA, (long)&t, &cf);
	put_result("notty", r, cf);

	r = fbsd(IOCTL, 1, TIOCGWINSZ, (long)ws, &cf);
	put(cf ? "winsz 1 " : "winsz 0 ");
	put_num(r);
	put3("", ws[1], ws[0], -1UL);

	fbsd(FBSD_WRITE, p[1], (long)"12345", 5, &cf);
	r = fbsd(IOCTL, p[0], FIONREAD, (long)&n, &cf);
	put(cf ? "fionread 1 " : "fionread 0 ");
	put_num(r);
	put(" ");
	put_num(n);
	put("\n");
	fbsd(READ, p[0], (long)b, 5, &cf);
	r = fbsd(IOCTL, p[0], FIONBIO, (long)&on, &cf);
	put_result("fionbio", r, cf);
	r = fbsd(READ, p[0], (long)b, 1, &cf);
	put_result("read-empty", r, cf);
	r = fbsd(IOCTL, 0, 0x4004747f, (long)&n, &cf);
	put_result("unknown", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
