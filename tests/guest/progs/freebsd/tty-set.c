// SPDX-License-Identifier: GPL-2.0-only
/*
 * tty-set: FreeBSD's TIOCSETA, TIOCSETAW and TIOCSETAF, which take its
 * struct termios, as a freestanding FreeBSD/amd64 program run with a
 * pseudo-terminal as stdin and stdout (onpty 80 24 fbsd-tty-set).  Each
 * change is read back with TIOCGETA.  A line per check: its name, whether
 * the call failed (the carry flag) and its result or FreeBSD errno, then
 * what it read back, if anything.
 *
 *   raw CF R               TIOCSETA without ICANON and ECHO: 0 0
 *   kept SAME              the program's struct is as it was: 1
 *   raw-read ICANON ECHO ISIG   read back: 0 0 1
 *   vmin VMIN VTIME        what raw mode set, at FreeBSD's 16 and 17: 1 0
 *   cooked CF R            TIOCSETAF with both again: 0 0
 *   cooked-read ICANON ECHO ISIG   1 1 1
 *   ixoff CF R IXOFF IXON  TIOCSETAW with IXOFF (0x400; Linux's is
 *                          0x1000, its IXON 0x400) and VERASE disabled
 *                          (0xff): 0 0 1 0
 *   verase                 read back as disabled: 255
 *   notty                  TIOCSETA on a pipe: ENOTTY (25)
 */

#include "fbsd.h"

#define IOCTL		54
#ifndef PIPE2
#define PIPE2		542	/* NetBSD's is 453 (../netbsd/tty-set.c) */
#endif
#define TIOCGETA	0x402c7413
#define TIOCSETA	0x802c7414
#define TIOCSETAW	0x802c7415
#define TIOCSETAF	0x802c7416
#define ICANON		0x100
#define ECHO		0x8
#define ISIG		0x80
#define IXON		0x200
#define IXOFF		0x400
#define VERASE		3
#define VMIN		16
#define VTIME		17

struct termios {
	unsigned int iflag, oflag, cflag, lflag;
	unsigned char cc[20];
	unsigned int ispeed, ospeed;
};

static void put_flags(const char *name, const struct termios *t)
{
	put(name);
	put(t->lflag & ICANON ? " 1" : " 0");
	put(t->lflag & ECHO ? " 1" : " 0");
	put(t->lflag & ISIG ? " 1\n" : " 0\n");
}

static void get(struct termios *t)
{
	bool cf;

	fbsd(IOCTL, 0, TIOCGETA, (long)t, &cf);
}

static bool same(const struct termios *a, const struct termios *b)
{
	const unsigned char *x = (const void *)a, *y = (const void *)b;
	unsigned long i;

	for (i = 0; i < sizeof(*a); i++)
		if (x[i] != y[i])
			return false;
	return true;
}

void start(void);

void start(void)
{
	struct termios t, copy, back;
	int p[2];
	long r;
	bool cf;

	get(&t);
	t.lflag &= ~(ICANON | ECHO);
	t.cc[VMIN] = 1;
	t.cc[VTIME] = 0;
	copy = t;
	r = fbsd(IOCTL, 0, TIOCSETA, (long)&t, &cf);
	put_result("raw", r, cf);
	put(same(&t, &copy) ? "kept 1\n" : "kept 0\n");
	get(&back);
	put_flags("raw-read", &back);
	put("vmin ");
	put_num(back.cc[VMIN]);
	put(" ");
	put_num(back.cc[VTIME]);
	put("\n");

	t.lflag |= ICANON | ECHO;
	r = fbsd(IOCTL, 0, TIOCSETAF, (long)&t, &cf);
	put_result("cooked", r, cf);
	get(&back);
	put_flags("cooked-read", &back);

	t.iflag = (t.iflag & ~IXON) | IXOFF;
	t.cc[VERASE] = 0xff;
	r = fbsd(IOCTL, 0, TIOCSETAW, (long)&t, &cf);
	get(&back);
	put(cf ? "ixoff 1 " : "ixoff 0 ");
	put_num(r);
	put(back.iflag & IXOFF ? " 1" : " 0");
	put(back.iflag & IXON ? " 1" : " 0");
	put("\nverase ");
	put_num(back.cc[VERASE]);
	put("\n");

	fbsd(PIPE2, (long)p, 0, 0, &cf);
	r = fbsd(IOCTL, p[0], TIOCSETA, (long)&t, &cf);
	put_result("notty", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
