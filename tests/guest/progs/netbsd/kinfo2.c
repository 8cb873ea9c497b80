// SPDX-License-Identifier: GPL-2.0-only
/*
 * kinfo2: kern.proc2, NetBSD's struct kinfo_proc2 (680 bytes) as its ps
 * reads it, as a freestanding NetBSD/amd64 program.  The name is
 * kern.proc2.OP.ARG.SIZE.COUNT.  Given a pid, it prints only "exe CF R"
 * and the path kern.proc_args.PID.PATHNAME gives.  Without one, lines:
 *   "size CF R", "size N"  the caller's entry, no buffer: the room asked
 *                   for, with NetBSD's five entries to spare
 *   "read CF R", "len N"   the caller's entry read
 *   then its fields, each 1 when it says what the caller knows: "pid",
 *   "ppid", "uid", "masked" (SIGUSR1, blocked), "resident"; and "comm S",
 *   "threads N" as they are
 *   "short CF R", "shortlen N"  into 100 bytes (ENOMEM, nothing)
 *   "small CF R", "smalllen N"  entries of 16 bytes, one at most
 *   "all CF R", "allself N"  every process, the caller among them
 *   "byuid CF R", "uidself N"  those of the caller's user
 *   "none CF R", "nonelen N"   a pid no process has: no entry
 *   "bare CF R"    kern.proc2 without its four numbers (EINVAL)
 *   "argv CF R", "argvlen N", "arg0 S"  kern.proc_args.PID.ARGV of the
 *                  caller: its arguments, each with its NUL, and the first
 *   "nargv CF R", "nargv N"  kern.proc_args.PID.NARGV: how many
 */

#include "nbsd.h"

#define GETPID		20
#define GEUID		25
#define GETPPID		39
#define SYSCTL		202
#define SIGPROCMASK	293

#define SIZE		680
#define SIGUSR1		30
#define ALL		0
#define PID		1
#define UID		5
#define ARGV		1
#define NARGV		2

/* room for every process of a test guest, kernel threads included */
#define NPROCS		1024

static unsigned char k[NPROCS * SIZE];

static long sysctl(const int *mib, long n, void *old, unsigned long *len,
		   bool *cf)
{
	return fbsd6(SYSCTL, (long)mib, n, (long)old, (long)len, 0, 0, cf);
}

static void field(const char *name, long v)
{
	put(name);
	put(" ");
	put_num(v);
	put("\n");
}

/* Whether pid @me is among the entries of @len bytes. */
static int has(unsigned long len, int me)
{
	unsigned long i;

	for (i = 0; i < len / SIZE; i++)
		if ((int)u32(k + i * SIZE + 116) == me)
			return 1;
	return 0;
}

/* kern.proc_args.PID.PATHNAME: "exe CF R", then the path. */
static void exe_of(int pid)
{
	int mib[4] = { 1, 48, pid, 5 };
	char path[256] = "";
	unsigned long len = sizeof(path);
	bool cf;
	long r;

	r = sysctl(mib, 4, path, &len, &cf);
	put_result("exe", r, cf);
	put(path);
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	unsigned int set[4] = { 1u << (SIGUSR1 - 1) };
	int me, mib[6] = { 1, 47, PID, 0, SIZE, 1 };
	int args[4] = { 1, 48, 0, ARGV }, n = 0;
	unsigned long len;
	bool cf;
	long r;

	if (sp[0] > 1) {
		exe_of(arg_num(sp, 0));
		fbsd_exit(0);
	}
	fbsd(SIGPROCMASK, 1, (long)set, 0, &cf);	/* SIG_BLOCK */
	me = fbsd(GETPID, 0, 0, 0, &cf);
	mib[3] = me;
	len = 0;
	r = sysctl(mib, 6, 0, &len, &cf);
	put_result("size", r, cf);
	field("size", len);
	len = sizeof(k);
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("read", r, cf);
	field("len", len);
	field("pid", (int)u32(k + 116) == me);
	field("ppid", (int)u32(k + 120) == fbsd(GETPPID, 0, 0, 0, &cf));
	field("uid", u32(k + 136) == fbsd(GEUID, 0, 0, 0, &cf));
	field("masked", u32(k + 312) == set[0]);
	field("resident", (int)u32(k + 432) > 0);
	put("comm ");
	put((const char *)k + 368);
	put("\n");
	field("threads", u32(k + 616));
	len = 100;
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("short", r, cf);
	field("shortlen", len);
	mib[4] = 16;
	len = sizeof(k);
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("small", r, cf);
	field("smalllen", len);
	mib[2] = ALL;
	mib[3] = 0;
	mib[4] = SIZE;
	mib[5] = NPROCS;
	len = sizeof(k);
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("all", r, cf);
	field("allself", !cf && has(len, me));
	mib[2] = UID;
	mib[3] = fbsd(GEUID, 0, 0, 0, &cf);
	len = sizeof(k);
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("byuid", r, cf);
	field("uidself", !cf && has(len, me));
	mib[2] = PID;
	mib[3] = 0x7ffffff0;
	len = sizeof(k);
	r = sysctl(mib, 6, k, &len, &cf);
	put_result("none", r, cf);
	field("nonelen", len);
	r = sysctl(mib, 5, k, &len, &cf);
	put_result("bare", r, cf);
	args[2] = me;
	len = sizeof(k);
	r = sysctl(args, 4, k, &len, &cf);
	put_result("argv", r, cf);
	field("argvlen", len);
	put("arg0 ");
	put((const char *)k);
	put("\n");
	args[3] = NARGV;
	len = sizeof(n);
	r = sysctl(args, 4, &n, &len, &cf);
	put_result("nargv", r, cf);
	field("nargv", n);
	fbsd_exit(0);
}

NBSD_ENTRY;
