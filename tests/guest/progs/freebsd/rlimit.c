// SPDX-License-Identifier: GPL-2.0-only
/*
 * rlimit: FreeBSD's setrlimit and getrlimit (its RLIMIT_* numbers, its
 * RLIM_INFINITY 2^63 - 1), as a freestanding FreeBSD/amd64 program.  A
 * line per check: its name, whether the call failed (the carry flag) and
 * its result or FreeBSD errno, then what it read back, if anything.  The
 * kernel's view of a limit is /proc/self/limits' "Max file size" line.
 *
 *   lower                 RLIMIT_FSIZE (1) to 4096 and 8192: 0
 *   get CF R CUR MAX      getrlimit reads them back: 4096 8192
 *   proc                  the kernel's view: "4096 8192 bytes"
 *   infinity              both to FreeBSD's RLIM_INFINITY: 0
 *   get CF R CUR MAX      9223372036854775807 twice
 *   proc                  the kernel's view: "unlimited unlimited bytes"
 *   negative              -1 is infinity too (FreeBSD's rule): 0
 *   sbsize, unknown       RLIMIT_SBSIZE (9), which Linux lacks, and 99:
 *                         EINVAL (22)
 *   nofile                RLIMIT_NOFILE (8) to 64 and 64: 0; Linux's
 *                         RLIMIT_NOFILE is 7
 *   open-65th             with 64 descriptors open: EMFILE (24)
 */

#include "fbsd.h"

#define READ		3
#define OPEN		5
#define CLOSE		6
#define DUP		41
#define GETRLIMIT	194
#define SETRLIMIT	195
#define RLIMIT_FSIZE	1
#define RLIMIT_NOFILE	8
#define RLIMIT_SBSIZE	9
#define INF		0x7fffffffffffffffUL

static void set(const char *name, long res, unsigned long cur,
		unsigned long max)
{
	unsigned long lim[2] = { cur, max };
	long r;
	bool cf;

	r = fbsd(SETRLIMIT, res, (long)lim, 0, &cf);
	put_result(name, r, cf);
}

static void get(long res)
{
	unsigned long lim[2] = { 1, 1 };
	long r;
	bool cf;

	r = fbsd(GETRLIMIT, res, (long)lim, 0, &cf);
	put(cf ? "get 1 " : "get 0 ");
	put_num(r);
	put(" ");
	put_num(lim[0]);
	put(" ");
	put_num(lim[1]);
	put("\n");
}

/* /proc/self/limits' "Max file size" line, its columns one space apart. */
static void proc(void)
{
	static const char key[] = "Max file size";
	char buf[4096], *p, *e;
	long fd, n;
	bool cf, sp = false;

	fd = fbsd(OPEN, (long)"/proc/self/limits", 0, 0, &cf);
	n = fbsd(READ, fd, (long)buf, sizeof(buf) - 1, &cf);
	fbsd(CLOSE, fd, 0, 0, &cf);
	buf[cf ? 0 : n] = '\0';
	for (p = buf; *p; p++) {
		unsigned long i;

		for (i = 0; key[i] && p[i] == key[i]; i++)
			;
		if (!key[i])
			break;
	}
	put("proc");
	if (!*p) {
		put(" missing\n");
		return;
	}
	for (p += sizeof(key) - 1, e = p; *e && *e != '\n'; e++)
		;
	for (; p < e; p++) {
		if (*p == ' ') {
			sp = true;
			continue;
		}
		if (sp)
			put(" ");
		sp = false;
		buf[0] = *p;
		buf[1] = '\0';
		put(buf);
	}
	put("\n");
}

void start(void);

void start(void)
{
	long i, r;
	bool cf;

	set("lower", RLIMIT_FSIZE, 4096, 8192);
	get(RLIMIT_FSIZE);
	proc();
	set("infinity", RLIMIT_FSIZE, INF, INF);
	get(RLIMIT_FSIZE);
	proc();
	set("lower", RLIMIT_FSIZE, 4096, 8192);
	set("negative", RLIMIT_FSIZE, -1UL, -1UL);
	proc();
	set("sbsize", RLIMIT_SBSIZE, 4096, 4096);
	set("unknown", 99, 4096, 4096);

	set("nofile", RLIMIT_NOFILE, 64, 64);
	for (i = 0, r = 0; i < 64 && r < 63; i++)
		r = fbsd(DUP, 0, 0, 0, &cf);
	r = fbsd(DUP, 0, 0, 0, &cf);
	put_result("open-65th", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
