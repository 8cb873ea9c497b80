// SPDX-License-Identifier: GPL-2.0-only
/*
 * ia32: a 32-bit program, for the rule that interfaces decode only 64-bit
 * calls.
 *
 *   ia32 name          print the interface (prctl GET)
 *   ia32 sleep MS      sleep MS ms in clock_nanosleep (through the vDSO),
 *                      which a stop and continue
 *                      restart; print the interface and the result
 *   ia32 int80 NAME    select NAME (prctl SET), then make two raw int $0x80
 *                      calls: eax=4 (ia32 write; 64-bit "4" in the test
 *                      platform is getpid) and eax=3 with edi=42 (ia32
 *                      read; "3" there is exit, whose argument is rdi).
 *                      Decoded as 64-bit calls they would exit with 42;
 *                      left undecoded they get the interface's unmapped
 *                      policy, and a ud2 ends the program if it lives.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/syscall_iface.h>

static const char *iface(void)
{
	static char name[64];

	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_GET, name, sizeof(name), 0) < 0)
		snprintf(name, sizeof(name), "prctl: %s", strerror(errno));
	return name;
}

static long int80(long nr, long ebx, long ecx, long edx, long edi)
{
	long ret;

	asm volatile("int $0x80"
		     : "=a"(ret)
		     : "a"(nr), "b"(ebx), "c"(ecx), "d"(edx), "D"(edi)
		     : "memory");
	return ret;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "name")) {
		puts(iface());
	} else if (argc > 2 && !strcmp(argv[1], "sleep")) {
		long ms = atol(argv[2]);
		/* clock_nanosleep_time64, through the vDSO. */
		long long ts[2] = { ms / 1000, (ms % 1000) * 1000000 };
		long r = syscall(407, 1 /* CLOCK_MONOTONIC */, 0, ts, NULL);

		printf("%s slept %s\n", iface(), r ? strerror(errno) : "0");
	} else if (argc > 2 && !strcmp(argv[1], "int80")) {
		static const char msg[] = "ia32 write\n";

		fflush(stdout);
		if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, argv[2], 0, 0)) {
			printf("set: %s\n", strerror(errno));
			return 1;
		}
		int80(4, 1, (long)msg, sizeof(msg) - 1, 0);
		int80(3, 0, 0, 0, 42);
		asm volatile("ud2");
	} else {
		fprintf(stderr, "ia32: bad command\n");
		return 2;
	}
	return 0;
}
