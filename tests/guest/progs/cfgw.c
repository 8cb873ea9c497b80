// SPDX-License-Identifier: GPL-2.0-only
/*
 * cfgw PATH VALUE   write VALUE and a newline to PATH (like echo), print
 *                   OK or the errno's name
 * cfgw -d PATH      mkdir PATH, same
 * cfgw -r PATH      rmdir PATH, same
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *errname(int e)
{
	static char buf[16];

	switch (e) {
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EINVAL: return "EINVAL";
	case ERANGE: return "ERANGE";
	case EEXIST: return "EEXIST";
	case E2BIG: return "E2BIG";
	case ENOSPC: return "ENOSPC";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	case EBUSY: return "EBUSY";
	case EFBIG: return "EFBIG";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	}
	snprintf(buf, sizeof(buf), "E%d", e);
	return buf;
}

int main(int argc, char **argv)
{
	int fd;

	if (argc == 3 && !strcmp(argv[1], "-d")) {
		puts(mkdir(argv[2], 0755) ? errname(errno) : "OK");
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "-r")) {
		puts(rmdir(argv[2]) ? errname(errno) : "OK");
		return 0;
	}
	if (argc != 3) {
		fprintf(stderr, "usage: cfgw PATH VALUE | cfgw -d PATH | cfgw -r PATH\n");
		return 2;
	}
	fd = open(argv[1], O_WRONLY | O_TRUNC);
	if (fd < 0) {
		puts(errname(errno));
		return 0;
	}
	/* Like echo: the value and a newline. */
	if (dprintf(fd, "%s\n", argv[2]) < 0) {
		puts(errname(errno));
		close(fd);
		return 0;
	}
	puts(close(fd) ? errname(errno) : "OK");
	return 0;
}
