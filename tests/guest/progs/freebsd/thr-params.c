// SPDX-License-Identifier: GPL-2.0-only
/*
 * thr-params: what thr_new takes besides the thread's start, as a
 * freestanding FreeBSD/amd64 program.  FreeBSD's sys_thr_new() copies a
 * struct thr_param of at most its size (the rest zero), its kernel
 * ignores the flags (libthr's pthread_create passes THR_SYSTEM_SCOPE),
 * and thread_create() takes a time-sharing priority from anyone.  Each
 * line is "NAME CF R RAN": the call's result, and whether the thread ran.
 * The real-time line differs with privilege: EPERM (1) without, and
 * EINVAL (22) with, since the platform offers no real-time class.
 * FreeBSD's numbers: thr_new 455, thr_exit 431, nanosleep 240.
 */

#include "fbsd.h"

#define THR_SUSPENDED		0x0001
#define THR_SYSTEM_SCOPE	0x0002
#define RTP_PRIO_REALTIME	2
#define RTP_PRIO_NORMAL		3
#define RTP_PRIO_IDLE		4

struct rtprio {
	unsigned short type, prio;
};

static char stack[16384] __attribute__((aligned(16)));
static volatile long ran;

static void thread(void *arg)
{
	bool cf;

	(void)arg;
	ran = 1;
	fbsd(FBSD_THR_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* thr_new with @tp of @size bytes: its line, once the thread had time. */
static void try(const char *name, struct thr_param *tp, long size)
{
	bool cf;
	long r;

	ran = 0;
	tp->start_func = thread;
	tp->stack_base = stack;
	tp->stack_size = sizeof(stack);
	r = fbsd(FBSD_THR_NEW, (long)tp, size, 0, &cf);
	sleep_ms(cf ? 0 : 200);
	put(name);
	put(cf ? " 1 " : " 0 ");
	put_num(r);
	put(ran ? " 1\n" : " 0\n");
}

void start(void);

void start(void)
{
	struct thr_param tp = { 0 };
	struct rtprio rtp = { RTP_PRIO_NORMAL, 0 };
	struct {
		struct thr_param tp;
		long more;
	} big = { { 0 }, 0 };

	try("plain", &tp, sizeof(tp));
	tp.flags = THR_SYSTEM_SCOPE;
	try("system-scope", &tp, sizeof(tp));
	tp.flags = THR_SUSPENDED | THR_SYSTEM_SCOPE;
	try("suspended", &tp, sizeof(tp));
	tp.flags = 0x100;
	try("unknown-flag", &tp, sizeof(tp));
	/* flags and what follows it lie past the size: taken as zero */
	try("short", &tp, __builtin_offsetof(struct thr_param, flags));
	try("long", &big.tp, sizeof(big));
	tp.flags = 0;
	tp.rtp = &rtp;
	try("time-sharing", &tp, sizeof(tp));
	rtp.type = RTP_PRIO_IDLE;
	try("idle", &tp, sizeof(tp));
	rtp.type = RTP_PRIO_REALTIME;
	try("real-time", &tp, sizeof(tp));
	tp.rtp = (void *)8;
	try("bad-rtp", &tp, sizeof(tp));
	fbsd_exit(0);
}

FBSD_ENTRY;
