// SPDX-License-Identifier: GPL-2.0-only
/*
 * thr-name: thr_set_name (464), by which pthread_set_name_np() names a
 * thread, as a freestanding FreeBSD/amd64 program.  A thread's name is
 * its Linux comm, which the program reads back from /proc/self/comm.
 * Lines "NAME CF R", and the names it reads:
 *
 *   set 0 0              thr_set_name(self, "fbsd-thread")
 *   comm fbsd-thread
 *   long 0 0             a name of 26 letters...
 *   comm abcdefghijklmno ...keeps 15 (Linux's comm; FreeBSD keeps 19)
 *   null 0 0             thr_set_name(self, NULL): no name
 *   comm
 *   fault 1 14           a name at a bad address: EFAULT
 *   none 1 3             thread 0, which FreeBSD never has: ESRCH
 */

#include "fbsd.h"

#define THR_SELF	432
#define THR_SET_NAME	464

void start(void);

void start(void)
{
	char buf[32];
	long self;
	bool cf;
	long r;

	fbsd(THR_SELF, (long)&self, 0, 0, &cf);
	r = fbsd(THR_SET_NAME, self, (long)"fbsd-thread", 0, &cf);
	put_result("set", r, cf);
	read_file("/proc/self/comm", buf, sizeof(buf));
	put("comm ");
	put(buf);
	r = fbsd(THR_SET_NAME, self, (long)"abcdefghijklmnopqrstuvwxyz", 0,
		 &cf);
	put_result("long", r, cf);
	read_file("/proc/self/comm", buf, sizeof(buf));
	put("comm ");
	put(buf);
	r = fbsd(THR_SET_NAME, self, 0, 0, &cf);
	put_result("null", r, cf);
	read_file("/proc/self/comm", buf, sizeof(buf));
	put("comm ");
	put(buf);
	r = fbsd(THR_SET_NAME, self, 8, 0, &cf);
	put_result("fault", r, cf);
	r = fbsd(THR_SET_NAME, 0, (long)"x", 0, &cf);
	put_result("none", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
