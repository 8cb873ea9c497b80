// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-vnode: FreeBSD's EVFILT_VNODE (kevent(2)), the changes to an
 * open file that file watchers (Go's fsnotify, tail -f) wait for, as a
 * freestanding FreeBSD/amd64 program.  In a new directory d it makes a
 * file d/f, watches it, changes it, and prints a line per change: the
 * events a kevent() that does not wait returns, and the first one's
 * fflags (after its ident and filter are checked):
 *
 *   write 1 6            5 bytes appended: NOTE_WRITE | NOTE_EXTEND
 *   cleared 0            read with EV_CLEAR: gone
 *   overwrite 1 2        2 bytes rewritten: NOTE_WRITE only
 *   attrib 1 8           fchmod: NOTE_ATTRIB
 *   truncate 1 8         ftruncate, shorter: NOTE_ATTRIB (its size)
 *   link 1 16            a second name (link): NOTE_LINK
 *   rename 1 32          that name renamed: NOTE_RENAME
 *   unlink 1 1           ...and removed: NOTE_DELETE
 *   level 1 6            a watch without EV_CLEAR: 1 byte appended...
 *   again 1 6            ...reports its notes again
 *   dispatch 1 6         with EV_DISPATCH: reported, then disabled...
 *   dispatched 0         ...so 1 byte appended is not reported...
 *   rearmed 1 6          ...until EV_ENABLE
 *   (drained) 0          the watch changed to other notes, and enabled
 *                        (EV_DISPATCH disabled it again): none pending
 *   access 1 1408        opened, read and closed: NOTE_OPEN | NOTE_READ
 *                        | NOTE_CLOSE
 *   dir-create 1 2       a file made in d: NOTE_WRITE on d
 *   dir-mkdir 1 18       a directory made in d: NOTE_WRITE | NOTE_LINK
 *   closed 0             a watch whose descriptor was closed: no event
 *   closed-delete 9      ...and EV_DELETE of it: EBADF
 *   pipe 22              a pipe: EINVAL
 *   badfd 9              a descriptor that is not open: EBADF
 *   unknown 2            EV_DELETE of a watch never added: ENOENT
 *   delete 1 1           d/f's last name removed: NOTE_DELETE
 *   eacces 13            a file its (new) user may not read: EACCES
 *
 * FreeBSD's numbers: read 3, write 4, open 5, close 6, link 9, unlink
 * 10, setuid 23, fchmod 124, rename 128, mkdir 136, pwrite 476,
 * ftruncate 480, pipe2 542.
 */

#include "fbsd.h"

#define READ		3
#define OPEN		5
#define CLOSE		6
#define LINK		9
#define UNLINK		10
#define SETUID		23
#define FCHMOD		124
#define RENAME		128
#define MKDIR		136
#define PWRITE		476
#define FTRUNCATE	480
#define PIPE2		542
#define O_RDONLY	0x0000
#define O_WRONLY	0x0001
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define EVFILT_VNODE	(-4)
#define EV_DISPATCH	0x0080
#define NOTE_DELETE	0x0001
#define NOTE_WRITE	0x0002
#define NOTE_EXTEND	0x0004
#define NOTE_ATTRIB	0x0008
#define NOTE_LINK	0x0010
#define NOTE_RENAME	0x0020
#define NOTE_OPEN	0x0080
#define NOTE_CLOSE	0x0100
#define NOTE_READ	0x0400
#define NOTES_CHANGE	(NOTE_DELETE | NOTE_WRITE | NOTE_EXTEND | \
			 NOTE_ATTRIB | NOTE_LINK | NOTE_RENAME)

static int kq;
static bool cf;

/* One change to the watch of descriptor @fd; returns the errno, or 0. */
static long watch(long fd, unsigned short flags, unsigned int fflags)
{
	struct kevent ev = { fd, EVFILT_VNODE, flags, fflags, 0, 0, { 0 } };
	long r = fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);

	return cf ? r : 0;
}

/* "NAME N FFLAGS": the events pending now; @fd is the one expected. */
static void report(const char *name, long fd)
{
	long zero[2] = { 0, 0 };
	struct kevent ev[4];
	long n;

	n = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)ev, 4, (long)zero, &cf);
	put(name);
	put_val(cf ? -n : n);
	if (!cf && n > 0) {
		if (ev[0].ident != (unsigned long)fd ||
		    ev[0].filter != EVFILT_VNODE)
			put(" wrong-event");
		put_val(ev[0].fflags);
	}
	put("\n");
}

static void put_errno(const char *name, long err)
{
	put(name);
	put_val(err);
	put("\n");
}

static long open_file(const char *path, long flags)
{
	long fd = fbsd(OPEN, (long)path, flags, 0644, &cf);

	if (cf) {
		put("open failed: ");
		put(path);
		put("\n");
		fbsd_exit(1);
	}
	return fd;
}

void start(void);

void start(void)
{
	long f, f2, d, rd;
	int p[2];
	char buf[8];

	fbsd(MKDIR, (long)"d", 0755, 0, &cf);
	f = open_file("d/f", O_RDWR | O_CREAT);
	kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);

	watch(f, EV_ADD | EV_CLEAR, NOTES_CHANGE);
	fbsd(FBSD_WRITE, f, (long)"hello", 5, &cf);
	report("write", f);
	report("cleared", f);
	fbsd6(PWRITE, f, (long)"HE", 2, 0, 0, 0, &cf);
	report("overwrite", f);
	fbsd(FCHMOD, f, 0600, 0, &cf);
	report("attrib", f);
	fbsd(FTRUNCATE, f, 2, 0, &cf);
	report("truncate", f);
	fbsd(LINK, (long)"d/f", (long)"d/g", 0, &cf);
	report("link", f);
	fbsd(RENAME, (long)"d/g", (long)"d/h", 0, &cf);
	report("rename", f);
	fbsd(UNLINK, (long)"d/h", 0, 0, &cf);
	report("unlink", f);

	watch(f, EV_ADD, NOTES_CHANGE);		/* EV_CLEAR no longer */
	fbsd(FBSD_WRITE, f, (long)"!", 1, &cf);
	report("level", f);
	report("again", f);
	watch(f, EV_ADD | EV_DISPATCH, NOTES_CHANGE);
	report("dispatch", f);
	fbsd(FBSD_WRITE, f, (long)"!", 1, &cf);
	report("dispatched", f);
	watch(f, EV_ENABLE, 0);
	report("rearmed", f);

	watch(f, EV_ADD | EV_ENABLE | EV_CLEAR, NOTE_OPEN | NOTE_READ | NOTE_CLOSE);
	report("(drained)", f);
	rd = open_file("d/f", O_RDONLY);
	fbsd(READ, rd, (long)buf, sizeof(buf), &cf);
	fbsd(CLOSE, rd, 0, 0, &cf);
	report("access", f);
	watch(f, EV_DELETE, 0);

	d = open_file("d", O_RDONLY);
	watch(d, EV_ADD | EV_CLEAR, NOTE_WRITE | NOTE_LINK);
	fbsd(CLOSE, open_file("d/new", O_WRONLY | O_CREAT), 0, 0, &cf);
	report("dir-create", d);
	fbsd(MKDIR, (long)"d/sub", 0755, 0, &cf);
	report("dir-mkdir", d);
	watch(d, EV_DELETE, 0);

	f2 = open_file("d/f", O_RDONLY);
	watch(f2, EV_ADD | EV_CLEAR, NOTE_WRITE);
	fbsd(CLOSE, f2, 0, 0, &cf);
	fbsd(FBSD_WRITE, f, (long)"?", 1, &cf);
	report("closed", f2);
	put_errno("closed-delete", watch(f2, EV_DELETE, 0));

	fbsd(PIPE2, (long)p, 0, 0, &cf);
	put_errno("pipe", watch(p[0], EV_ADD, NOTE_WRITE));
	put_errno("badfd", watch(99, EV_ADD, NOTE_WRITE));
	put_errno("unknown", watch(f, EV_DELETE, 0));

	watch(f, EV_ADD | EV_CLEAR, NOTE_DELETE);
	fbsd(UNLINK, (long)"d/f", 0, 0, &cf);
	report("delete", f);

	rd = open_file("d/secret", O_WRONLY | O_CREAT);
	fbsd(FCHMOD, rd, 0200, 0, &cf);
	fbsd(SETUID, 65534, 0, 0, &cf);
	put_errno("eacces", watch(rd, EV_ADD, NOTE_WRITE));
	fbsd_exit(0);
}

FBSD_ENTRY;
