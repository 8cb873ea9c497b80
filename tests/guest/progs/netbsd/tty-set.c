// SPDX-License-Identifier: GPL-2.0-only
/*
 * tty-set: ../freebsd/tty-set.c as a NetBSD/amd64 program.  NetBSD's ioctl
 * numbers, struct termios, flags, control-character indexes and errnos
 * are FreeBSD's; only pipe2's number differs.
 */

#define PIPE2		453
#include "../freebsd/tty-set.c"
