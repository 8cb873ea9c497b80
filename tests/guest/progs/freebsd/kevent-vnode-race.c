// SPDX-License-Identifier: GPL-2.0-only
/*
 * kevent-vnode-race: EVFILT_VNODE watches made, reported, deleted and
 * dropped with their kqueues while a second thread keeps changing the
 * files they watch, as a freestanding FreeBSD/amd64 program run in an
 * empty directory.  The marks' callbacks run against each kqueue's
 * teardown; KASAN, lockdep and kmemleak watch on the debug kernel.
 *
 * The writer makes, writes, links, renames and removes files f and g
 * and a directory s; the main thread, argv[1] rounds (2000 without),
 * opens a kqueue, watches the directory and f if it is there, makes
 * and removes a directory m itself, reads the events without waiting,
 * sometimes deletes a watch or closes f's descriptor first, and closes
 * the kqueue.  It prints
 *
 *   rounds N events N    the rounds, and the events they read (at least
 *                        one a round, m's)
 *
 * and exits 0.  FreeBSD's numbers: write 4, open 5, close 6, link 9,
 * unlink 10, rename 128, mkdir 136, rmdir 137, thr_exit 431.
 */

#include "fbsd.h"

#define OPEN		5
#define CLOSE		6
#define LINK		9
#define UNLINK		10
#define RENAME		128
#define MKDIR		136
#define RMDIR		137
#define O_RDONLY	0x0000
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define EVFILT_VNODE	(-4)
#define EV_ONESHOT	0x0010
#define NOTE_ALL	0x07ff

static char stack[16384] __attribute__((aligned(16)));
static volatile int done;

/* Keep changing f, g and s until told to stop. */
static void writer(void *arg)
{
	bool cf;
	long fd;

	(void)arg;
	while (!done) {
		fd = fbsd(OPEN, (long)"f", O_RDWR | O_CREAT, 0644, &cf);
		if (!cf) {
			fbsd(FBSD_WRITE, fd, (long)"data", 4, &cf);
			fbsd(CLOSE, fd, 0, 0, &cf);
		}
		fbsd(LINK, (long)"f", (long)"g", 0, &cf);
		fbsd(RENAME, (long)"g", (long)"h", 0, &cf);
		fbsd(UNLINK, (long)"h", 0, 0, &cf);
		fbsd(MKDIR, (long)"s", 0755, 0, &cf);
		fbsd(RMDIR, (long)"s", 0, 0, &cf);
		fbsd(UNLINK, (long)"f", 0, 0, &cf);
	}
	done = 2;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

static long watch(long kq, long fd, unsigned short flags)
{
	struct kevent ev = { fd, EVFILT_VNODE, flags, NOTE_ALL, 0, 0, { 0 } };
	bool cf;

	fbsd6(FBSD_KEVENT, kq, (long)&ev, 1, 0, 0, 0, &cf);
	return cf;
}

void start(const long *sp);

void start(const long *sp)
{
	long rounds = arg_num(sp, 2000), events = 0, i, kq, d, f, n;
	long zero[2] = { 0, 0 };
	struct kevent ev[8];
	bool cf;

	if (!start_thread(writer, 0, stack, sizeof(stack))) {
		put("thr_new failed\n");
		fbsd_exit(1);
	}
	for (i = 0; i < rounds; i++) {
		kq = fbsd(FBSD_KQUEUE, 0, 0, 0, &cf);
		d = fbsd(OPEN, (long)".", O_RDONLY, 0, &cf);
		f = fbsd(OPEN, (long)"f", O_RDONLY, 0, &cf);
		if (cf)
			f = -1;
		watch(kq, d, EV_ADD | (i & 1 ? EV_CLEAR : EV_ONESHOT));
		if (f >= 0)
			watch(kq, f, EV_ADD | EV_CLEAR);
		fbsd(MKDIR, (long)"m", 0755, 0, &cf);	/* at least one event */
		fbsd(RMDIR, (long)"m", 0, 0, &cf);
		n = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)ev, 8, (long)zero, &cf);
		if (!cf)
			events += n;
		if (i % 3 == 0)
			watch(kq, d, EV_DELETE);
		if (f >= 0 && i % 5 == 0)
			fbsd(CLOSE, f, 0, 0, &cf);	/* before the kqueue */
		n = fbsd6(FBSD_KEVENT, kq, 0, 0, (long)ev, 8, (long)zero, &cf);
		if (!cf)
			events += n;
		fbsd(CLOSE, kq, 0, 0, &cf);
		fbsd(CLOSE, d, 0, 0, &cf);
		if (f >= 0 && i % 5)
			fbsd(CLOSE, f, 0, 0, &cf);
	}
	done = 1;
	while (done != 2)
		sleep_ms(1);
	put("rounds ");
	put_num(rounds);
	put(" events ");
	put_num(events);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
