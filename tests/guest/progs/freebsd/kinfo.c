// SPDX-License-Identifier: GPL-2.0-only
/*
 * kinfo: kern.proc.pid, a process's struct kinfo_proc, as FreeBSD's
 * libutil and ps read it, as a freestanding FreeBSD/amd64 program.  Given
 * a pid, it prints only exe_of()'s lines for it.  Without one, lines:
 *   "name2oid CF R" sysctl.name2oid("kern.proc.pid"), "oid A B C" its MIB
 *   "size CF R", "size N"  the size it reports for the caller (NULL
 *                   buffer)
 *   "self CF R"     the caller's struct, read whole
 *   then its fields, each 1 when it says what the caller knows:
 *   "structsize N", "pid N", "ppid N", "uid N", "resident N" (pages >
 *   0), "started N" (after 1 January 2020), "masked N" (SIGUSR1,
 *   blocked), "ignored N" (SIGUSR2); and "comm S", "stat N" (2,
 *   running), "threads N" as they are
 *   "parent CF R", "parentpid N"  the parent's, and whether its pid is
 *                   the parent's
 *   "short CF R"    into 100 bytes (ENOMEM)
 *   "missing CF R"  a pid no process has (ESRCH)
 *   "bare CF R"     kern.proc.pid without a pid (EINVAL)
 * then procs()'s lines for kern.proc.proc and for kern.proc.all, and
 * by()'s for the caller's user, group and process group, every thread
 * (still one entry a process), and a user with no process; then
 *   "uidbare CF R"  kern.proc.uid without a uid (EINVAL)
 *   "unbuilt CF R"  a name below kern.proc not built (ENOENT)
 *   "args CF R", "argslen N", "arg0 S"  kern.proc.args of the caller: its
 *                   arguments, each with its NUL, and the first
 */

#include "fbsd.h"

#define GETPID		20
#define GEUID		25
#define GETPPID		39
#define SYSCTL		202
#define SIGPROCMASK	340
#define SIGACTION	416

#define SIZE		1088
#define SIGUSR1		30
#define SIGUSR2		31

static unsigned char k[SIZE + 64];

static long sysctl(const int *mib, long n, void *old, unsigned long *len,
		   const void *new, long newlen, bool *cf)
{
	return fbsd6(SYSCTL, (long)mib, n, (long)old, (long)len, (long)new,
		     newlen, cf);
}

static void field(const char *name, long ok)
{
	put(name);
	put(" ");
	put_num(ok);
	put("\n");
}

static long s32(int off)
{
	return (int)u32(k + off);
}

static int bit(int off, int sig)
{
	return (u32(k + off + (sig - 1) / 32 * 4) >> ((sig - 1) % 32)) & 1;
}

#define KERN_PROC_ALL	0
#define KERN_PROC_PROC	8
/* room for every process of a test guest, kernel threads included */
#define NPROCS		1024

static unsigned char all[NPROCS * SIZE];

/*
 * kern.proc.proc or kern.proc.all: every process's struct.  Lines:
 *   "list CF R"     the size it reports (NULL buffer)
 *   "listed N"      1 when that is a whole number of structs
 *   "read CF R"     the list read whole
 *   "whole N"       1 when every struct says it is 1088 bytes
 *   "self N", "parent N"  1 when the caller and its parent are there
 *   "onlyone CF R", "onlylen N"  into room for one struct: ENOMEM, one
 */
static void procs(int op, int me)
{
	int mib[3] = { 1, 14, op }, self = 0, parent = 0, whole = 1;
	int ppid;
	unsigned long len = 0, i;
	bool cf;
	long r;

	ppid = fbsd(GETPPID, 0, 0, 0, &cf);
	r = sysctl(mib, 3, 0, &len, 0, 0, &cf);
	put_result("list", r, cf);
	field("listed", len && len % SIZE == 0);
	len = sizeof(all);
	r = sysctl(mib, 3, all, &len, 0, 0, &cf);
	put_result("read", r, cf);
	for (i = 0; !cf && i < len / SIZE; i++) {
		whole &= (int)u32(all + i * SIZE) == SIZE;
		self |= (int)u32(all + i * SIZE + 72) == me;
		parent |= (int)u32(all + i * SIZE + 72) == ppid;
	}
	field("whole", whole);
	field("self", self);
	field("parent", parent);
	len = SIZE;
	r = sysctl(mib, 3, all, &len, 0, 0, &cf);
	put_result("onlyone", r, cf);
	field("onlylen", len);
}

#define KERN_PROC_PGRP	2
#define KERN_PROC_UID	5
#define KERN_PROC_ARGS	7
#define KERN_PROC_GID	11
#define KERN_PROC_INC_THREAD	0x10
#define GETEGID		43
#define GETPGRP		81

/*
 * kern.proc.OP.ARG (ARG -1: none): "NAME CF R" and "NAME N", N 1 when
 * the caller is among what it lists, 0 if not, 2 when it lists nothing.
 */
static void by(const char *name, int op, int arg, int me)
{
	int mib[4] = { 1, 14, op, arg };
	unsigned long len = sizeof(all), i;
	int found = 0;
	bool cf;
	long r;

	r = sysctl(mib, arg == -1 ? 3 : 4, all, &len, 0, 0, &cf);
	put_result(name, r, cf);
	for (i = 0; !cf && i < len / SIZE; i++)
		found |= (int)u32(all + i * SIZE + 72) == me;
	field(name, len ? found : 2);
}

/*
 * kern.proc.pathname.PID: "exe CF R", then the path.  FreeBSD's kern.proc
 * and NetBSD's kern.proc_args name it alike but for their numbers.
 */
#ifndef EXE_MIB
#define EXE_MIB(pid)	{ 1, 14, 12, pid }
#endif

static void exe_of(int pid)
{
	int mib[4] = EXE_MIB(pid);
	char path[256] = "";
	unsigned long len = sizeof(path);
	bool cf;
	long r;

	r = fbsd6(SYSCTL, (long)mib, 4, (long)path, (long)&len, 0, 0, &cf);
	put_result("exe", r, cf);
	put(path);
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	int name2oid[2] = { 0, 3 }, mib[4], me;
	unsigned int set[4] = { 1u << (SIGUSR1 - 1) };
	struct { unsigned long handler; int flags; unsigned int mask[4]; }
		sa = { .handler = 1 };		/* SIG_IGN */
	unsigned long len;
	bool cf;
	long r;

	if (sp[0] > 1) {
		exe_of(arg_num(sp, 0));
		fbsd_exit(0);
	}
	fbsd(SIGPROCMASK, 1, (long)set, 0, &cf);	/* SIG_BLOCK */
	fbsd(SIGACTION, SIGUSR2, (long)&sa, 0, &cf);
	len = sizeof(mib);
	r = sysctl(name2oid, 2, mib, &len, "kern.proc.pid", 13, &cf);
	put_result("name2oid", r, cf);
	put("oid ");
	put_num(mib[0]);
	put(" ");
	put_num(mib[1]);
	put(" ");
	put_num(mib[2]);
	put("\n");
	me = fbsd(GETPID, 0, 0, 0, &cf);
	mib[3] = me;
	len = 0;
	r = sysctl(mib, 4, 0, &len, 0, 0, &cf);
	put_result("size", r, cf);
	field("size", len);
	len = sizeof(k);
	r = sysctl(mib, 4, k, &len, 0, 0, &cf);
	put_result("self", r, cf);
	field("structsize", s32(0) == SIZE && len == SIZE);
	field("pid", s32(72) == me);
	field("ppid", s32(76) == fbsd(GETPPID, 0, 0, 0, &cf));
	field("uid", u32(k + 168) == fbsd(GEUID, 0, 0, 0, &cf));
	put("comm ");
	put((const char *)k + 447);
	put("\n");
	field("stat", k[388]);
	field("threads", s32(596));
	field("resident", (long)u32(k + 264) > 0);
	field("started", (long)u32(k + 336) > 1577836800);
	field("masked", bit(120, SIGUSR1) && !bit(120, SIGUSR2));
	field("ignored", bit(136, SIGUSR2) && !bit(136, SIGUSR1));
	mib[3] = fbsd(GETPPID, 0, 0, 0, &cf);
	len = sizeof(k);
	r = sysctl(mib, 4, k, &len, 0, 0, &cf);
	put_result("parent", r, cf);
	field("parentpid", s32(72) == mib[3]);
	mib[3] = me;
	len = 100;
	r = sysctl(mib, 4, k, &len, 0, 0, &cf);
	put_result("short", r, cf);
	mib[3] = 0x7ffffff0;
	len = sizeof(k);
	r = sysctl(mib, 4, k, &len, 0, 0, &cf);
	put_result("missing", r, cf);
	r = sysctl(mib, 3, k, &len, 0, 0, &cf);
	put_result("bare", r, cf);
	procs(KERN_PROC_PROC, me);
	procs(KERN_PROC_ALL, me);
	by("byuid", KERN_PROC_UID, fbsd(GEUID, 0, 0, 0, &cf), me);
	by("bygid", KERN_PROC_GID, fbsd(GETEGID, 0, 0, 0, &cf), me);
	by("bypgrp", KERN_PROC_PGRP, fbsd(GETPGRP, 0, 0, 0, &cf), me);
	by("threads", KERN_PROC_PROC | KERN_PROC_INC_THREAD, -1, me);
	by("nouid", KERN_PROC_UID, 54321, me);
	mib[2] = KERN_PROC_UID;
	len = sizeof(all);
	r = sysctl(mib, 3, all, &len, 0, 0, &cf);
	put_result("uidbare", r, cf);
	mib[2] = 9;
	len = sizeof(all);
	r = sysctl(mib, 4, all, &len, 0, 0, &cf);
	put_result("unbuilt", r, cf);
	mib[2] = KERN_PROC_ARGS;
	mib[3] = me;
	len = sizeof(all);
	r = sysctl(mib, 4, all, &len, 0, 0, &cf);
	put_result("args", r, cf);
	field("argslen", len);
	put("arg0 ");
	put((const char *)all);
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
