#!/usr/bin/env bats
# The admin guide's lists of the BSD platforms' calls are generated from
# the platforms' tables (harness/platform-calls.sh, make docs).

load '../lib/common'

calls() {
	"$REPO/harness/platform-calls.sh" "FreeBSD/amd64 calls" "$1" \
		"$(go env GOROOT)/src/syscall/zsysnum_freebsd_amd64.go"
}

@test "the admin guide's FreeBSD call list is what freebsd.table maps (make docs)" {
	calls "$REPO/tools/ifacectl/platforms/freebsd.table" >"$BATS_TEST_TMPDIR/calls.rst"
	diff -u "$REPO/Documentation/admin-guide/syscall-iface-freebsd-calls.rst" \
		"$BATS_TEST_TMPDIR/calls.rst"
}

@test "the admin guide's NetBSD call list is what netbsd.table maps (make docs)" {
	"$REPO/harness/platform-calls.sh" "NetBSD/amd64 calls" \
		"$REPO/tools/ifacectl/platforms/netbsd.table" \
		"$(go env GOROOT)/src/syscall/zsysnum_netbsd_amd64.go" >"$BATS_TEST_TMPDIR/calls.rst"
	diff -u "$REPO/Documentation/admin-guide/syscall-iface-netbsd-calls.rst" \
		"$BATS_TEST_TMPDIR/calls.rst"
}

@test "a call the table maps leaves the unmapped list for the mapped one" {
	t=$BATS_TEST_TMPDIR/freebsd.table
	calls "$REPO/tools/ifacectl/platforms/freebsd.table" >"$BATS_TEST_TMPDIR/before"
	grep -qE '(^| )78 mincore[,.]' "$BATS_TEST_TMPDIR/before"
	{ cat "$REPO/tools/ifacectl/platforms/freebsd.table"; echo "78 mincore"; } >"$t"
	calls "$t" >"$BATS_TEST_TMPDIR/after"
	grep -qE '^78 +mincore +native ``mincore``$' "$BATS_TEST_TMPDIR/after"
	! grep -qE '(^| )78 mincore[,.]' "$BATS_TEST_TMPDIR/after"
	grep -q "^Mapped ($(($(grep -c '^[0-9]' "$REPO/tools/ifacectl/platforms/freebsd.table") + 1)) calls):" \
		"$BATS_TEST_TMPDIR/after"
}

@test "a call a service runs keeps the platform's own name" {
	calls "$REPO/tools/ifacectl/platforms/freebsd.table" >"$BATS_TEST_TMPDIR/calls"
	grep -qE '^455 +thr_new +service ``freebsd_thr_new``$' "$BATS_TEST_TMPDIR/calls"
	grep -qE '^202 +__sysctl +service ``freebsd_sysctl``$' "$BATS_TEST_TMPDIR/calls"
}
