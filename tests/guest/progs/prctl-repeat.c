// SPDX-License-Identifier: GPL-2.0-only
/*
 * prctl-repeat IFACE N: select IFACE, then linux, N times over, and
 * print how many trampoline mappings /proc/self/maps has then.  A
 * platform's trampoline is mapped once per process, however often its
 * interface is selected.
 */
#include <linux/syscall_iface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

int main(int argc, char **argv)
{
	int i, n = argc == 3 ? atoi(argv[2]) : -1, count = 0;
	char line[256];
	FILE *maps;

	if (n < 0) {
		fprintf(stderr, "usage: prctl-repeat IFACE N\n");
		return 2;
	}
	for (i = 0; i < n; i++) {
		if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, argv[1], 0, 0) ||
		    prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, "linux", 0, 0)) {
			perror("prctl-repeat: prctl");
			return 2;
		}
	}
	maps = fopen("/proc/self/maps", "r");
	if (!maps)
		return 2;
	while (fgets(line, sizeof(line), maps))
		count += !!strstr(line, "[trampoline]");
	printf("%d\n", count);
	return 0;
}
