// SPDX-License-Identifier: GPL-2.0-only
/*
 * extattr: FreeBSD's extended attribute calls on a file in the directory
 * given as the first argument, as a freestanding FreeBSD/amd64 program.
 * Lines "CALL CF R", R a result or FreeBSD errno:
 *   "set"        extattr_set_file(f, USER, "test", "gopher", 6): 6
 *   "size"       extattr_get_file with no buffer: the value's size
 *   "get", "value S"  into 16 bytes, and what came
 *   "short", "cut S"  into 3 bytes: cut short, not an error
 *   "fdset"      extattr_set_fd(fd, USER, "two", "x", 1)
 *   "list", "names S"  extattr_list_fd(fd, USER): each name after its
 *                length, here printed as "<N>NAME"
 *   "delete"     extattr_delete_file(f, USER, "test")
 *   "missing"    extattr_get_file of it then (ENOATTR)
 *   "system", "sysnames S"  an attribute in the system namespace (root
 *                only), and that namespace's list
 *   "badns"      namespace 3 (EINVAL)
 *   "empty"      an empty name (EINVAL)
 *   "link"       extattr_set_link on a symbolic link (EPERM: Linux keeps
 *                no user attribute on a link)
 *   "badfd"      extattr_get_fd on a closed descriptor (EBADF)
 * ../netbsd/extattr.c builds it with NetBSD's numbers, and "getxattr CF R"
 * after "names": NetBSD's Linux-style getxattr of "user.two".
 */

#include "fbsd.h"

#ifndef SET_FILE
#define SET_FILE	356
#define GET_FILE	357
#define DELETE_FILE	358
#define SET_FD		371
#define LIST_FD		437
#define SET_LINK	412
#define GET_FD		372
#endif

#define OPEN		5
#define SYMLINK		57
#define CHDIR		12
#define O_RDWR		0x0002
#define O_CREAT		0x0200
#define USER		1
#define SYSTEM		2

static void names(const char *what, const unsigned char *b, long n)
{
	long i = 0;
	char num[2] = "0";

	put(what);
	while (i < n) {
		num[0] = '0' + b[i];
		put(" <");
		put(num);
		put(">");
		put_n((const char *)b + i + 1, b[i]);
		i += 1 + b[i];
	}
	put("\n");
}

void start(long *sp);

void start(long *sp)
{
	const char *dir = (const char *)sp[2];
	unsigned char buf[64];
	long r, fd;
	bool cf;

	fbsd(CHDIR, (long)dir, 0, 0, &cf);
	fd = fbsd(OPEN, (long)"f", O_RDWR | O_CREAT, 0644, &cf);
	r = fbsd6(SET_FILE, (long)"f", USER, (long)"test", (long)"gopher", 6,
		  0, &cf);
	put_result("set", r, cf);
	r = fbsd6(GET_FILE, (long)"f", USER, (long)"test", 0, 0, 0, &cf);
	put_result("size", r, cf);
	r = fbsd6(GET_FILE, (long)"f", USER, (long)"test", (long)buf, 16, 0,
		  &cf);
	put_result("get", r, cf);
	put("value ");
	put_n((const char *)buf, cf ? 0 : r);
	put("\n");
	r = fbsd6(GET_FILE, (long)"f", USER, (long)"test", (long)buf, 3, 0,
		  &cf);
	put_result("short", r, cf);
	put("cut ");
	put_n((const char *)buf, cf ? 0 : r);
	put("\n");
	r = fbsd6(SET_FD, fd, USER, (long)"two", (long)"x", 1, 0, &cf);
	put_result("fdset", r, cf);
	r = fbsd6(LIST_FD, fd, USER, (long)buf, sizeof(buf), 0, 0, &cf);
	put_result("list", r, cf);
	names("names", buf, cf ? 0 : r);
#ifdef GETXATTR
	r = fbsd6(GETXATTR, (long)"f", (long)"user.two", (long)buf, 16, 0, 0,
		  &cf);
	put_result("getxattr", r, cf);
#endif
	r = fbsd(DELETE_FILE, (long)"f", USER, (long)"test", &cf);
	put_result("delete", r, cf);
	r = fbsd6(GET_FILE, (long)"f", USER, (long)"test", 0, 0, 0, &cf);
	put_result("missing", r, cf);
	r = fbsd6(SET_FILE, (long)"f", SYSTEM, (long)"s", (long)"y", 1, 0,
		  &cf);
	put_result("system", r, cf);
	r = fbsd6(LIST_FD, fd, SYSTEM, (long)buf, sizeof(buf), 0, 0, &cf);
	names("sysnames", buf, cf ? 0 : r);
	r = fbsd6(SET_FILE, (long)"f", 3, (long)"x", (long)"y", 1, 0, &cf);
	put_result("badns", r, cf);
	r = fbsd6(SET_FILE, (long)"f", USER, (long)"", (long)"y", 1, 0, &cf);
	put_result("empty", r, cf);
	fbsd(SYMLINK, (long)"f", (long)"l", 0, &cf);
	r = fbsd6(SET_LINK, (long)"l", USER, (long)"x", (long)"y", 1, 0, &cf);
	put_result("link", r, cf);
	r = fbsd6(GET_FD, 1000, USER, (long)"x", 0, 0, 0, &cf);
	put_result("badfd", r, cf);
	fbsd_exit(0);
}

BSD_ENTRY;
