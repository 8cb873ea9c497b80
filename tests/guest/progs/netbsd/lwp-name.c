// SPDX-License-Identifier: GPL-2.0-only
/*
 * lwp-name: _lwp_setname (323) and _lwp_getname (324) as a freestanding
 * NetBSD/amd64 program.  An LWP's name is its Linux comm, so the
 * program reads it back from /proc too.  Lines "NAME CF R", and the
 * names it reads:
 *
 *   set 0 0            _lwp_setname(0, "nbsd-main"): the caller
 *   comm nbsd-main     /proc/self/comm
 *   get 0 0            _lwp_getname(0, buf, 32)...
 *   name nbsd-main     ...which is the name
 *   set-other 0 0      _lwp_setname(lid, "worker") of another LWP
 *   comm-other worker  /proc/self/task/LID/comm
 *   get-other 0 0      _lwp_getname(lid, ...)
 *   name-other worker
 *   long 0 0           a name of 26 letters...
 *   name-long abcdefghijklmno   ...keeps 15, as NetBSD (MAXCOMLEN - 1)
 *   short 1 63         _lwp_getname with room for 4 bytes: ENAMETOOLONG
 *   name-short abcd    ...with those 4 bytes copied
 *   null 1 14          _lwp_setname(0, NULL): EFAULT
 *   fault 1 14         _lwp_getname to a bad address: EFAULT
 *   none 1 3           _lwp_setname of an LWP that does not exist: ESRCH
 *   get-none 1 3       and _lwp_getname of it
 */

#include "nbsd.h"

#define LWP_EXIT	310
#define LWP_SETNAME	323
#define LWP_GETNAME	324
#define LWP_PARK	478
#define LWP_UNPARK	321
#define LWP_WAIT	312

static char stack[16384] __attribute__((aligned(16)));

void start(void);
void lwp_main(long arg);

/* Park until unparked, and exit. */
void lwp_main(long arg)
{
	bool cf;

	(void)arg;
	fbsd6(LWP_PARK, 0, 0, 0, 0, 0, 0, &cf);
	fbsd(LWP_EXIT, 0, 0, 0, &cf);
	for (;;)
		;
}

/* "/proc/self/task/LID/comm" in @path. */
static void task_comm(char *path, int lid)
{
	static const char head[] = "/proc/self/task/";
	char digits[12];
	int i = 0, n = 0;

	for (; head[i]; i++)
		path[i] = head[i];
	do {
		digits[n++] = '0' + lid % 10;
		lid /= 10;
	} while (lid);
	while (n)
		path[i++] = digits[--n];
	for (n = 0; "/comm"[n]; n++)
		path[i++] = "/comm"[n];
	path[i] = '\0';
}

/* "NAME VALUE", where @value is a name (with no newline). */
static void put_name(const char *name, const char *value)
{
	put(name);
	put(" ");
	put(value);
	put("\n");
}

void start(void)
{
	char buf[32], path[48];
	bool cf;
	int lid;
	long r;

	r = fbsd(LWP_SETNAME, 0, (long)"nbsd-main", 0, &cf);
	put_result("set", r, cf);
	read_file("/proc/self/comm", buf, sizeof(buf));
	put("comm ");
	put(buf);
	r = fbsd(LWP_GETNAME, 0, (long)buf, sizeof(buf), &cf);
	put_result("get", r, cf);
	put_name("name", buf);

	lid = lwp_start(lwp_main, 0, stack, sizeof(stack), 0);
	r = fbsd(LWP_SETNAME, lid, (long)"worker", 0, &cf);
	put_result("set-other", r, cf);
	task_comm(path, lid);
	read_file(path, buf, sizeof(buf));
	put("comm-other ");
	put(buf);
	r = fbsd(LWP_GETNAME, lid, (long)buf, sizeof(buf), &cf);
	put_result("get-other", r, cf);
	put_name("name-other", buf);
	fbsd(LWP_UNPARK, lid, 0, 0, &cf);
	fbsd(LWP_WAIT, lid, 0, 0, &cf);

	r = fbsd(LWP_SETNAME, 0, (long)"abcdefghijklmnopqrstuvwxyz", 0, &cf);
	put_result("long", r, cf);
	fbsd(LWP_GETNAME, 0, (long)buf, sizeof(buf), &cf);
	put_name("name-long", buf);
	buf[4] = '\0';
	r = fbsd(LWP_GETNAME, 0, (long)buf, 4, &cf);
	put_result("short", r, cf);
	put_name("name-short", buf);

	r = fbsd(LWP_SETNAME, 0, 0, 0, &cf);
	put_result("null", r, cf);
	r = fbsd(LWP_GETNAME, 0, 8, sizeof(buf), &cf);
	put_result("fault", r, cf);
	r = fbsd(LWP_SETNAME, 0x3fffffff, (long)"x", 0, &cf);
	put_result("none", r, cf);
	r = fbsd(LWP_GETNAME, 0x3fffffff, (long)buf, sizeof(buf), &cf);
	put_result("get-none", r, cf);
	fbsd_exit(0);
}

NBSD_ENTRY;
