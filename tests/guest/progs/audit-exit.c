// SPDX-License-Identifier: GPL-2.0-only
/*
 * audit-exit NR[,NR...] PROG [ARG...]: run PROG with audit on and one
 * exit rule for the native x86-64 calls NR, as auditctl -a always,exit
 * -F arch=b64 -S NR would add, and print the SYSCALL records of PROG's
 * process, one per line, with the fields a rule and an administrator
 * look at:
 *
 *   syscall=263 success=yes exit=0 a0=ffffff9c a1=4b1000 a2=0 a3=0
 *
 * This program takes audit's daemon's place (AUDIT_SET's pid), so the
 * records come to its socket rather than the console; at the end audit
 * is off again and the rule gone.  Exit status: 0, or 1 if audit could
 * not be set up or PROG not run.
 */
#include <errno.h>
#include <linux/audit.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static int sock;

/* Send one request and wait for its acknowledgment. */
static int request(int type, const void *data, size_t len)
{
	struct {
		struct nlmsghdr nh;
		char data[sizeof(struct audit_rule_data) + 16];
	} req = { 0 };
	char buf[8192];
	struct nlmsghdr *nh = (struct nlmsghdr *)buf;
	struct nlmsgerr *err;
	ssize_t n;

	req.nh.nlmsg_len = NLMSG_LENGTH(len);
	req.nh.nlmsg_type = type;
	req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	req.nh.nlmsg_seq = type;
	memcpy(req.data, data, len);
	if (send(sock, &req, req.nh.nlmsg_len, 0) < 0)
		return -errno;
	for (;;) {
		n = recv(sock, buf, sizeof(buf), 0);
		if (n < 0)
			return -errno;
		if (!NLMSG_OK(nh, n) || nh->nlmsg_type != NLMSG_ERROR ||
		    nh->nlmsg_seq != (unsigned int)type)
			continue;	/* a record: not ours to read yet */
		err = NLMSG_DATA(nh);
		return err->error;
	}
}

static int set(int enabled, int pid)
{
	struct audit_status s = {
		.mask = AUDIT_STATUS_ENABLED | AUDIT_STATUS_PID,
		.enabled = enabled,
		.pid = pid,
	};

	return request(AUDIT_SET, &s, sizeof(s));
}

static int rule(int type, const char *nrs)
{
	struct audit_rule_data r = {
		.flags = AUDIT_FILTER_EXIT,
		.action = AUDIT_ALWAYS,
		.field_count = 1,
		.fields = { AUDIT_ARCH },
		.values = { AUDIT_ARCH_X86_64 },
		.fieldflags = { AUDIT_EQUAL },
	};
	char *list = strdup(nrs), *s, *save;

	for (s = strtok_r(list, ",", &save); s; s = strtok_r(NULL, ",", &save))
		r.mask[AUDIT_WORD(atoi(s))] |= AUDIT_BIT(atoi(s));
	free(list);
	return request(type, &r, sizeof(r));
}

/* Print @rec's field @name (" name=value"), if it has one. */
static void field(const char *rec, const char *name, const char *sep)
{
	char key[16];
	const char *p;
	size_t len;

	snprintf(key, sizeof(key), " %s=", name);
	p = strstr(rec, key);
	if (!p)
		return;
	p += strlen(key);
	len = strcspn(p, " ");
	printf("%s=%.*s%s", name, (int)len, p, sep);
}

/* The SYSCALL records of process @pid that came, until none comes for 1 s. */
static void records(int pid)
{
	struct timeval tv = { .tv_sec = 1 };
	char buf[9000], key[32];
	struct nlmsghdr *nh;
	ssize_t n;
	char *rec;

	setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	snprintf(key, sizeof(key), " pid=%d ", pid);
	while ((n = recv(sock, buf, sizeof(buf) - 1, 0)) > 0) {
		buf[n] = 0;
		for (nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, n);
		     nh = NLMSG_NEXT(nh, n)) {
			if (nh->nlmsg_type != AUDIT_SYSCALL)
				continue;
			rec = NLMSG_DATA(nh);
			rec[nh->nlmsg_len - NLMSG_HDRLEN] = 0;
			if (!strstr(rec, key))
				continue;
			field(rec, "syscall", " ");
			field(rec, "success", " ");
			field(rec, "exit", " ");
			field(rec, "a0", " ");
			field(rec, "a1", " ");
			field(rec, "a2", " ");
			field(rec, "a3", "\n");
		}
	}
}

int main(int argc, char **argv)
{
	int pid, status, ret;

	if (argc < 3) {
		fprintf(stderr, "usage: audit-exit NR[,NR...] PROG [ARG...]\n");
		return 1;
	}
	sock = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_AUDIT);
	if (sock < 0) {
		perror("audit-exit: socket");
		return 1;
	}
	ret = set(1, getpid());
	if (!ret)
		ret = rule(AUDIT_ADD_RULE, argv[1]);
	if (ret) {
		fprintf(stderr, "audit-exit: setting up audit: %s\n",
			strerror(-ret));
		return 1;
	}
	fflush(stdout);
	pid = fork();
	if (!pid) {
		execvp(argv[2], argv + 2);
		perror("audit-exit: exec");
		_exit(127);
	}
	waitpid(pid, &status, 0);
	records(pid);
	rule(AUDIT_DEL_RULE, argv[1]);
	set(0, 0);
	return !WIFEXITED(status) || WEXITSTATUS(status) == 127;
}
