// SPDX-License-Identifier: GPL-2.0-only
/*
 * trampoline-keep IFACE: select IFACE, whose platform maps a trampoline,
 * then go back to linux, which lets go of the platform and its module.
 * Print "ready", wait for a line on stdin (the scenario unloads the
 * module meanwhile), then print the trampoline's line of
 * /proc/self/maps: the mapping outlives the module, and so must what it
 * points to.
 */
#include <linux/syscall_iface.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>

int main(int argc, char **argv)
{
	char line[256];
	FILE *maps;

	if (argc != 2 ||
	    prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, argv[1], 0, 0) ||
	    prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET, "linux", 0, 0)) {
		perror("trampoline-keep: prctl");
		return 2;
	}
	printf("ready\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return 2;
	maps = fopen("/proc/self/maps", "r");
	if (!maps)
		return 2;
	while (fgets(line, sizeof(line), maps))
		if (strstr(line, "[trampoline]"))
			printf("%s", strchr(line, '['));
	return 0;
}
