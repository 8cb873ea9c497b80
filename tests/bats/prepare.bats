#!/usr/bin/env bats
# harness/prepare.sh against a small fake kernel tree: overlay copies and
# patch handling, without unpacking the real source.

load '../lib/common'

setup() {
	src=$BATS_TEST_TMPDIR/src
	kdir=$BATS_TEST_TMPDIR/linux
	mkdir -p "$src/kernel/syscall_iface" "$src/patches" \
		"$kdir/.syscall_iface/applied" "$kdir/kernel"
	touch "$kdir/.syscall_iface/unpacked" "$kdir/.syscall_iface/overlay.list" \
		"$kdir/.syscall_iface/applied/series"
	printf 'obj-y += fork.o\n' >"$kdir/kernel/Makefile"
	printf 'config FOO\n' >"$src/Kconfig"
	printf 'int x;\n' >"$src/kernel/syscall_iface/a.c"
	touch -d '2001-01-01' "$src/kernel/syscall_iface/a.c"
	printf 'good.patch\n' >"$src/patches/series"
	cat >"$src/patches/good.patch" <<'P'
--- a/kernel/Makefile
+++ b/kernel/Makefile
@@ -1 +1,2 @@
 obj-y += fork.o
+obj-y += syscall_iface/
P
}

@test "prepare overlays files and applies the series" {
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	[ "$output" = "  PATCH   good.patch" ]
	cmp "$src/kernel/syscall_iface/a.c" "$kdir/kernel/syscall_iface/a.c"
	cmp "$src/Kconfig" "$kdir/Kconfig.syscall_iface"
	grep -qx 'obj-y += syscall_iface/' "$kdir/kernel/Makefile"
}

@test "prepare a second time changes nothing" {
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	touch -d '2002-02-02' "$kdir/kernel/Makefile"
	before=$(find "$kdir" -type f -printf '%p %T@\n' | sort)
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ "$(find "$kdir" -type f -printf '%p %T@\n' | sort)" = "$before" ]
}

@test "prepare copies only the file that changed and drops removed ones" {
	printf 'int y;\n' >"$src/kernel/syscall_iface/b.c"
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	touch -d '2003-03-03' "$kdir/kernel/syscall_iface/b.c"
	printf 'int x2;\n' >"$src/kernel/syscall_iface/a.c"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	grep -qx 'int x2;' "$kdir/kernel/syscall_iface/a.c"
	[ "$(stat -c %Y "$kdir/kernel/syscall_iface/b.c")" = "$(date -d 2003-03-03 +%s)" ]
	rm "$src/kernel/syscall_iface/b.c"
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	[ ! -e "$kdir/kernel/syscall_iface/b.c" ]
}

@test "a changed file is new to make, even when the repository's copy is older than its object" {
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	touch -d '2002-02-02' "$kdir/kernel/syscall_iface/a.o"
	printf 'int x2;\n' >"$src/kernel/syscall_iface/a.c"
	touch -d '2001-01-01' "$src/kernel/syscall_iface/a.c"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	grep -qx 'int x2;' "$kdir/kernel/syscall_iface/a.c"
	[ "$kdir/kernel/syscall_iface/a.c" -nt "$kdir/kernel/syscall_iface/a.o" ]
}

@test "a patch that does not apply fails the build, named, and changes nothing" {
	cat >"$src/patches/bad.patch" <<'P'
--- a/kernel/Makefile
+++ b/kernel/Makefile
@@ -1 +1,2 @@
 obj-y += nosuch.o
+obj-y += other/
P
	printf 'bad.patch\n' >"$src/patches/series"
	cp "$kdir/kernel/Makefile" "$BATS_TEST_TMPDIR/Makefile.orig"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 1 ]
	[[ "$output" == *"patch bad.patch does not apply"* ]]
	cmp "$BATS_TEST_TMPDIR/Makefile.orig" "$kdir/kernel/Makefile"
	[ ! -s "$kdir/.syscall_iface/applied/series" ]
}

@test "a changed series takes the old patches back before applying it" {
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	sed -i 's|syscall_iface/|syscall_iface/ # v2|' "$src/patches/good.patch"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "  UNPATCH good.patch" ]
	[ "${lines[1]}" = "  PATCH   good.patch" ]
	[ "$(cat "$kdir/kernel/Makefile")" = "$(printf 'obj-y += fork.o\nobj-y += syscall_iface/ # v2')" ]
}

@test "a series naming a missing patch fails and says which" {
	printf 'nosuch.patch\n' >"$src/patches/series"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 1 ]
	[[ "$output" == *"names nosuch.patch, which does not exist"* ]]
}

@test "a reworded patch is applied again without touching file timestamps" {
	"$REPO/harness/prepare.sh" "$src" "$kdir"
	touch -d '2004-04-04' "$kdir/kernel/Makefile"
	sed -i '1i A description line.' "$src/patches/good.patch"
	run "$REPO/harness/prepare.sh" "$src" "$kdir"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "  PATCH   good.patch" ]
	[ "$(stat -c %Y "$kdir/kernel/Makefile")" = "$(date -d 2004-04-04 +%s)" ]
	grep -qx 'obj-y += syscall_iface/' "$kdir/kernel/Makefile"
}
