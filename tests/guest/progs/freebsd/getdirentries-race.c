// SPDX-License-Identifier: GPL-2.0-only
/*
 * getdirentries-race: FreeBSD's getdirentries(2) while a second thread
 * rewrites the record lengths in the buffer it fills, as a freestanding
 * FreeBSD/amd64 program run in a directory with a few files.
 *
 * The platform lists the directory with Linux's getdents64 into the
 * caller's buffer and converts it: the rewritten lengths must never make
 * the kernel read past what getdents64 returned (KASAN reports it on the
 * debug kernel).  It prints
 *
 *   entries N        records in a listing nobody disturbs
 *   calls N bad N    listings under the race (argv[1], 20000 without),
 *                    and those not well formed
 *   short N other N  listings the race cut to their first record, "." (the
 *                    test's reach; not checked), and listings neither whole
 *                    nor cut so, which a walk past the end makes
 *
 * and exits 0.  FreeBSD's numbers: openat 499, lseek 478,
 * getdirentries 554, thr_new 455, thr_exit 431.
 */

#include "fbsd.h"

#define OPENAT		499
#define LSEEK		478
#define GETDIRENTRIES	554

#define AT_FDCWD	(-100)
#define O_DIRECTORY	0x20000

/* FreeBSD 12's struct dirent, before its name. */
struct dirent {
	unsigned long fileno;
	long off;
	unsigned short reclen;
	unsigned char type;
	unsigned char pad0;
	unsigned short namlen;
	unsigned short pad1;
	char name[];
};

static char buf[4096] __attribute__((aligned(8)));
static char stack[16384] __attribute__((aligned(16)));
static volatile int stop, stopped;
static unsigned short target;

/*
 * The second thread: write @target over the first Linux record's length,
 * which makes the next record start 4 bytes before the end of the
 * listing, until told to stop.
 */
static void writer(void *arg)
{
	(void)arg;
	while (!stop)
		*(volatile unsigned short *)(buf + 16) = target;
	stopped = 1;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &(bool){ 0 });
	for (;;)
		;
}

/*
 * The number of records in @n bytes of FreeBSD dirents, or -1; with
 * @native, the size of the same listing in Linux's records instead.  The
 * writer goes on rewriting the bytes at offset 16, which are the first
 * FreeBSD record's length too, so that one is taken from its name's.
 */
static long records(long n, bool native)
{
	long off = 0, count = 0, size = 0;

	if (n < 0 || n > (long)sizeof(buf))
		return -1;
	while (off < n) {
		struct dirent *d = (struct dirent *)(buf + off);
		long reclen = (sizeof(*d) + d->namlen + 1 + 7) & ~7L;

		if (off)
			reclen = d->reclen;
		if (reclen < (long)sizeof(*d) + d->namlen + 1 || reclen % 8 ||
		    reclen > n - off || d->name[d->namlen])
			return -1;
		off += reclen;
		count++;
		size += (19 + d->namlen + 1 + 7) & ~7L;
	}
	return native ? size : count;
}

static long list(int fd)
{
	long base;
	bool cf;

	fbsd(LSEEK, fd, 0, 0, &cf);
	return fbsd6(GETDIRENTRIES, fd, (long)buf, sizeof(buf), (long)&base,
		     0, 0, &cf);
}

void start(long *sp);

void start(long *sp)
{
	long calls = arg_num(sp, 20000), i, n, bad = 0, cut = 0, other = 0;
	long entries;
	bool cf;
	int fd;

	fd = fbsd6(OPENAT, AT_FDCWD, (long)".", O_DIRECTORY, 0, 0, 0, &cf);
	if (cf) {
		put("openat failed\n");
		fbsd(FBSD_EXIT, 1, 0, 0, &cf);
	}
	n = list(fd);
	entries = records(n, false);
	target = records(n, true) - 4;
	put("entries ");
	put_num(entries);

	start_thread(writer, 0, stack, sizeof(stack));
	for (i = 0; i < calls; i++) {
		n = records(list(fd), false);
		bad += n < 0;
		cut += n == 1;
		other += n > 1 && n != entries;
	}
	stop = 1;
	while (!stopped)
		;
	put("\ncalls ");
	put_num(i);
	put(" bad ");
	put_num(bad);
	put("\nshort ");
	put_num(cut);
	put(" other ");
	put_num(other);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
