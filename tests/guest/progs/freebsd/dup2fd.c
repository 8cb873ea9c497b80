// SPDX-License-Identifier: GPL-2.0-only
/*
 * dup2fd: fcntl's F_DUP2FD and F_DUP2FD_CLOEXEC as a freestanding
 * FreeBSD/amd64 program, on the same descriptor and on another, open or
 * closed.  Lines "NAME CF R"; a "cloexec-N" line is F_GETFD of N after.
 * FreeBSD's numbers: fcntl 92, F_GETFD 1, F_DUP2FD 10, F_DUP2FD_CLOEXEC
 * 18; EBADF is 9.
 */

#include "fbsd.h"

#define FCNTL			92
#define F_GETFD			1
#define F_DUP2FD		10
#define F_DUP2FD_CLOEXEC	18
#define CLOSED			50

void start(void);

static void call(const char *name, long fd, long cmd, long arg)
{
	bool cf;
	long r;

	r = fbsd(FCNTL, fd, cmd, arg, &cf);
	put_result(name, r, cf);
}

void start(void)
{
	call("same", 1, F_DUP2FD, 1);
	call("cloexec-1", 1, F_GETFD, 0);
	call("same-closed", CLOSED, F_DUP2FD, CLOSED);
	call("same-cloexec", 1, F_DUP2FD_CLOEXEC, 1);
	call("cloexec-1", 1, F_GETFD, 0);
	call("same-cloexec-closed", CLOSED, F_DUP2FD_CLOEXEC, CLOSED);
	call("other", 1, F_DUP2FD, 7);
	call("cloexec-7", 7, F_GETFD, 0);
	call("other-cloexec", 1, F_DUP2FD_CLOEXEC, 8);
	call("cloexec-8", 8, F_GETFD, 0);
	call("other-closed", CLOSED, F_DUP2FD, 9);
	fbsd_exit(0);
}

FBSD_ENTRY;
