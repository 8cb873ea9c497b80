// SPDX-License-Identifier: GPL-2.0-only
/*
 * onpty: run a command with a pseudo-terminal as its controlling terminal
 * and its stdin, stdout and stderr, copying what it writes there to our
 * stdout (the terminal's line discipline turns "\n" into "\r\n").  Exits
 * with the command's status.  /dev/pts must be mounted.
 *
 * Usage: onpty COLS ROWS COMMAND [ARG...]
 *   COLS and ROWS set the terminal's window size first.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct winsize ws = { 0 };
	char buf[4096];
	int master, slave, status;
	pid_t pid;
	ssize_t n;

	if (argc < 4) {
		fprintf(stderr, "usage: onpty COLS ROWS COMMAND [ARG...]\n");
		return 2;
	}
	ws.ws_col = atoi(argv[1]);
	ws.ws_row = atoi(argv[2]);
	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master)) {
		perror("onpty: posix_openpt");
		return 2;
	}
	slave = open(ptsname(master), O_RDWR | O_NOCTTY);
	if (slave < 0 || ioctl(slave, TIOCSWINSZ, &ws)) {
		perror("onpty: the terminal");
		return 2;
	}
	pid = fork();
	if (pid == 0) {
		close(master);
		if (setsid() < 0 || ioctl(slave, TIOCSCTTY, 0) ||
		    dup2(slave, 0) < 0 || dup2(slave, 1) < 0 ||
		    dup2(slave, 2) < 0) {
			perror("onpty: child");
			_exit(2);
		}
		close(slave);
		execvp(argv[3], argv + 3);
		perror("onpty: exec");
		_exit(127);
	}
	close(slave);
	/* Until the last writer closes the terminal: then read fails (EIO). */
	while ((n = read(master, buf, sizeof(buf))) > 0)
		if (write(1, buf, n) != n)
			break;
	if (waitpid(pid, &status, 0) < 0)
		return 2;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
