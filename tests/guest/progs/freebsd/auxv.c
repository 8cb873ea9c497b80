// SPDX-License-Identifier: GPL-2.0-only
/*
 * auxv: a freestanding program in FreeBSD/amd64's ABI (EI_OSABI 9) that
 * prints its auxiliary vector as FreeBSD numbers it
 * (sys/sys/elf_common.h), one "TYPE VALUE" line per entry:
 *
 *   6 PAGESZ         17 CANARYLEN      18 OSRELDATE      19 NCPUS
 *   15 PATH          (AT_EXECPATH's string)
 *   16 ok            (AT_CANARY points to readable bytes)
 *   28..31 ok|bad    (AT_ARGC, AT_ARGV, AT_ENVC, AT_ENVV against the
 *                    stack the program started with)
 *   TYPE -           (any other entry)
 *
 * and exits 0 with FreeBSD's exit (1).
 */

#include "fbsd.h"

static void put_ok(bool ok)
{
	put(ok ? "ok" : "bad");
}

/* rdi = the address of argc, as FreeBSD's exec passes it. */
void start(long *argcp);

void start(long *argcp)
{
	long argc = argcp[0];
	char **argv = (char **)(argcp + 1);
	char **envp = argv + argc + 1;
	unsigned long *aux, envc = 0;
	volatile char c;

	while (envp[envc])
		envc++;
	for (aux = (unsigned long *)(envp + envc + 1); aux[0]; aux += 2) {
		put_num(aux[0]);
		put(" ");
		switch (aux[0]) {
		case 6: case 17: case 18: case 19:
			put_num(aux[1]);
			break;
		case 15:
			put((const char *)aux[1]);
			break;
		case 16:
			c = *(const char *)aux[1];
			(void)c;
			put("ok");
			break;
		case 28:
			put_ok(aux[1] == (unsigned long)argc);
			break;
		case 29:
			put_ok(aux[1] == (unsigned long)argv);
			break;
		case 30:
			put_ok(aux[1] == envc);
			break;
		case 31:
			put_ok(aux[1] == (unsigned long)envp);
			break;
		default:
			put("-");
		}
		put("\n");
	}
	fbsd_exit(0);
}

asm(".globl _start\n"
	"_start:\n"
	"	jmp start\n");
