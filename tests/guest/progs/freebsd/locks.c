// SPDX-License-Identifier: GPL-2.0-only
/*
 * locks: FreeBSD's record locks (fcntl F_GETLK, F_SETLK; struct flock
 * with its members in FreeBSD's order and FreeBSD's lock types), as a
 * freestanding FreeBSD/amd64 program.  A line per check: its name,
 * whether the call failed (the carry flag) and its result or FreeBSD
 * errno, then what it read back, if anything.
 *
 *   setlk                 a write lock on bytes 0-9 of a new file: 0
 *   own TYPE              F_GETLK over its own lock: F_UNLCK (2)
 *   child-getlk CF R TYPE WHENCE START LEN PARENT  a child's F_GETLK
 *                         finds the parent's lock: F_WRLCK (3), 0, 0,
 *                         10, and its l_pid is the parent (1)
 *   child-setlk           a child's F_SETLK of a read lock on byte 5:
 *                         EAGAIN (35)
 *   child-after           the same, bytes 20-29: 0
 *   bad-type              lock type 7: EINVAL (22)
 *   unlock                F_UNLCK of the parent's lock: 0
 */

#include "fbsd.h"

#define FORK		2
#define OPEN		5
#define WAIT4		7
#define GETPPID		39
#define FCNTL		92
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define F_GETLK		11
#define F_SETLK		12
#define F_RDLCK		1
#define F_UNLCK		2
#define F_WRLCK		3

struct flock {
	long start;
	long len;
	int pid;
	short type;
	short whence;
	int sysid;
	int pad;
};

static long lock(long fd, int cmd, struct flock *fl, bool *cf)
{
	return fbsd(FCNTL, fd, cmd, (long)fl, cf);
}

static void child(long fd)
{
	struct flock fl = { 0, 10, -1, F_WRLCK, 0, 0, 0 };
	long r, parent;
	bool cf;

	parent = fbsd(GETPPID, 0, 0, 0, &cf);
	r = lock(fd, F_GETLK, &fl, &cf);
	put(cf ? "child-getlk 1 " : "child-getlk 0 ");
	put_num(r);
	put(" ");
	put_num(fl.type);
	put(" ");
	put_num(fl.whence);
	put(" ");
	put_num(fl.start);
	put(" ");
	put_num(fl.len);
	put(" ");
	put_num(fl.pid == parent);
	put("\n");

	fl = (struct flock){ 5, 1, 0, F_RDLCK, 0, 0, 0 };
	r = lock(fd, F_SETLK, &fl, &cf);
	put_result("child-setlk", r, cf);
	fl = (struct flock){ 20, 10, 0, F_RDLCK, 0, 0, 0 };
	r = lock(fd, F_SETLK, &fl, &cf);
	put_result("child-after", r, cf);
	fbsd(FBSD_EXIT, 0, 0, 0, &cf);
}

void start(void);

void start(void)
{
	struct flock fl = { 0, 10, 0, F_WRLCK, 0, 0, 0 };
	long fd, r, pid;
	int status;
	bool cf;

	fd = fbsd(OPEN, (long)"lockfile", O_RDWR | O_CREAT, 0644, &cf);
	r = lock(fd, F_SETLK, &fl, &cf);
	put_result("setlk", r, cf);
	fl = (struct flock){ 0, 10, 0, F_WRLCK, 0, 0, 0 };
	lock(fd, F_GETLK, &fl, &cf);
	put("own ");
	put_num(fl.type);
	put("\n");

	pid = fbsd(FORK, 0, 0, 0, &cf);
	if (!cf && pid == 0)
		child(fd);
	fbsd6(WAIT4, pid, (long)&status, 0, 0, 0, 0, &cf);

	fl = (struct flock){ 0, 10, 0, 7, 0, 0, 0 };
	r = lock(fd, F_SETLK, &fl, &cf);
	put_result("bad-type", r, cf);
	fl = (struct flock){ 0, 10, 0, F_UNLCK, 0, 0, 0 };
	r = lock(fd, F_SETLK, &fl, &cf);
	put_result("unlock", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
