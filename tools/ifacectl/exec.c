// SPDX-License-Identifier: GPL-2.0-only
/*
 * The commands about programs: brand writes or checks an executable's
 * signature, run execs a program under a chosen interface.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ifacectl.h"

#define HDR 64

/* An x86-64 ELF64 little-endian file, whatever bytes 0-3 hold now. */
static bool elf64_x86(const unsigned char *h, size_t n)
{
	return n >= HDR && h[4] == 2 && h[5] == 1 && h[18] == 62 && h[19] == 0;
}

static void print_bytes(const unsigned char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (b[i] == '\\')
			printf("\\\\");
		else if (isprint(b[i]) && b[i] != ' ')
			putchar(b[i]);
		else
			printf("\\x%02x", b[i]);
	}
}

/*
 * Whether interface @name, as it is bound (handler in @binfmt), claims a
 * file whose first bytes are @h (@n of them).
 */
static bool claims(const char *name, const unsigned char *h, size_t n,
		   bool is_elf, char binfmt[16])
{
	unsigned char magic[SIG_MAX], mask[SIG_MAX];
	char m[4 * SIG_MAX + 2], k[4 * SIG_MAX + 2], o[16];
	unsigned long off;
	int len, j;

	read_attr(name, "binfmt", binfmt, 16);
	read_attr(name, "magic", m, sizeof(m));
	read_attr(name, "mask", k, sizeof(k));
	read_attr(name, "offset", o, sizeof(o));
	len = parse_bytes(m, magic);
	if (!binfmt[0] || len <= 0 || parse_nr(o[0] ? o : "0", SIG_MAX, &off) ||
	    off + len > n || (!strcmp(binfmt, "juha") && is_elf) ||
	    (!strcmp(binfmt, "elf") && !is_elf))
		return false;
	if (k[0] && parse_bytes(k, mask) != len)
		return false;
	for (j = 0; j < len; j++)
		if ((k[0] ? h[off + j] & mask[j] : h[off + j]) != magic[j])
			return false;
	return true;
}

/* Report a file's signature and which bound interface would claim it. */
static int brand_check(const char *file)
{
	unsigned char h[SIG_MAX];
	char binfmt[16], **names;
	bool is_elf, claimed = false;
	ssize_t n;
	int fd, i, cnt;

	fd = open(file, O_RDONLY);
	if (fd < 0) {
		msg("%s: %s", file, strerror(errno));
		return EXIT_USAGE;
	}
	n = read(fd, h, sizeof(h));
	close(fd);
	if (n < 0)
		n = 0;
	is_elf = n >= 4 && !memcmp(h, "\x7f" "ELF", 4);
	printf("%s: first bytes ", file);
	print_bytes(h, n < 16 ? n : 16);
	printf("\n%s: %s\n", file, is_elf ? "ELF magic" :
	       elf64_x86(h, n) ? "x86-64 ELF with a foreign magic" : "not an x86-64 ELF");
	if (need_subsystem())
		return EXIT_SYSTEM;
	cnt = list_ifaces(&names);
	for (i = 0; i < cnt; i++) {
		if (!claims(names[i], h, n, is_elf, binfmt))
			continue;
		printf("%s: claimed by '%s' (binfmt %s)\n", file, names[i], binfmt);
		claimed = true;
	}
	free_names(names, cnt);
	if (!claimed)
		printf("%s: claimed by no interface: runs native\n", file);
	return 0;
}

static int copy_file(const char *from, const char *to)
{
	char buf[65536];
	struct stat st;
	int in, out = -1, e = 0;
	ssize_t n;

	in = open(from, O_RDONLY);
	if (in < 0 || fstat(in, &st))
		e = errno;
	if (!e) {
		out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
		if (out < 0)
			e = errno;
	}
	while (!e && (n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0 || write(out, buf, n) != n)
			e = errno ? errno : EIO;
	}
	if (in >= 0)
		close(in);
	if (out >= 0 && close(out) && !e)
		e = errno;
	if (e)
		msg("cannot copy %s to %s: %s", from, to, strerror(e));
	return e ? EXIT_USAGE : 0;
}

int cmd_brand(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "magic", required_argument, NULL, 'm' },
		{ "offset", required_argument, NULL, 'O' },
		{ "check", no_argument, NULL, 'c' },
		HELP_OPTION,
		{ NULL, 0, NULL, 0 }
	};
	const char *magic_s = NULL, *offset = NULL, *out = NULL, *target, *file;
	unsigned char magic[SIG_MAX], h[HDR];
	unsigned long off = 0;
	bool check = false;
	int c, fd, n, len, r = EXIT_USAGE;

	while ((c = cmd_getopt(argc, argv, ":ho:", lo, &r)) != -1) {
		switch (c) {
		case 'm':
			magic_s = optarg;
			break;
		case 'O':
			offset = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'c':
			check = true;
			break;
		default:
			return r;
		}
	}
	if (argc - optind != 1 ||
	    (check ? magic_s || offset || out : !magic_s))
		return cmd_usage("brand", true);
	file = argv[optind];
	if (check)
		return brand_check(file);
	len = check_bytes("magic", magic_s, magic);
	if (len <= 0)
		return EXIT_USAGE;
	if (offset && parse_nr(offset, SIG_MAX - 1, &off))
		return msg("offset '%s': a number from 0 to %d", offset,
			   SIG_MAX - 1), EXIT_USAGE;
	if (off + len > SIG_MAX)
		return msg("offset %lu + magic length %d is past byte %d", off,
			   len, SIG_MAX), EXIT_USAGE;

	fd = open(file, O_RDONLY);
	if (fd < 0)
		return msg("%s: %s", file, strerror(errno)), EXIT_USAGE;
	n = read(fd, h, sizeof(h));
	close(fd);
	if (n < 0 || !elf64_x86(h, n))
		return msg("%s: not an x86-64 ELF64 executable; not branded",
			   file), EXIT_USAGE;

	target = out ? out : file;
	if (out && copy_file(file, out))
		return EXIT_USAGE;
	fd = open(target, O_WRONLY);
	if (fd < 0 || pwrite(fd, magic, len, off) != len || close(fd))
		return msg("%s: %s", target, strerror(errno)), EXIT_USAGE;
	return 0;
}

/* run NAME -- PROG [ARGS]: choose NAME for the exec of PROG. */
int cmd_run(int argc, char **argv)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	const char *name;
	char **prog;
	int r;

	/*
	 * Options may come before NAME and between NAME and "--"; what
	 * follows "--" is the program's ("+": no reordering).
	 */
	if (cmd_getopt(argc, argv, "+:h", lo, &r) != -1)
		return r;
	if (optind == argc)
		return cmd_usage("run", true);
	name = argv[optind++];
	if (cmd_getopt(argc, argv, "+:h", lo, &r) != -1)
		return r;
	if (optind == argc || strcmp(argv[optind - 1], "--"))
		return cmd_usage("run", true);
	prog = argv + optind;
	if (!valid_name(name))
		return EXIT_USAGE;
	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET_EXEC, name, 0, 0)) {
		int e = errno;

		if (e == ENOENT) {
			msg("run: no interface '%s'", name);
			return EXIT_KERNEL;
		}
		if (e == EPERM) {
			msg("run: '%s' is restricted: selecting it needs CAP_SYS_ADMIN",
			    name);
			return EXIT_SYSTEM;
		}
		if (e == EINVAL) {
			msg("run: not available: this kernel cannot select an interface (no PR_SYSCALL_IFACE)");
			return EXIT_SYSTEM;
		}
		msg("run: cannot select '%s': %s", name, strerror(e));
		return EXIT_KERNEL;
	}
	execvp(prog[0], prog);
	msg("run: cannot run %s: %s", prog[0], strerror(errno));
	return EXIT_USAGE;
}
