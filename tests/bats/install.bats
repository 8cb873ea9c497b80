#!/usr/bin/env bats
# make install, the boot unit, bash completion, and platform files
# applied at boot (a boot of its own, with /etc/syscall-iface.d).

load '../lib/common'

setup() {
	dest=$BATS_TEST_TMPDIR/dest
}

@test "make install DESTDIR= installs the tool, man page, unit, completion and platforms" {
	run make -s -C "$REPO" install DESTDIR="$dest"
	echo "$output"
	[ "$status" -eq 0 ]
	for f in usr/sbin/ifacectl usr/share/man/man8/ifacectl.8 \
		 usr/lib/systemd/system/syscall-iface.service \
		 usr/share/bash-completion/completions/ifacectl \
		 usr/share/syscall-iface/platforms/paper.conf \
		 usr/share/syscall-iface/platforms/freebsd.conf \
		 usr/share/syscall-iface/platforms/freebsd.table \
		 usr/share/syscall-iface/platforms/freebsd.errno \
		 usr/share/syscall-iface/platforms/netbsd.conf \
		 usr/share/syscall-iface/platforms/netbsd.table \
		 usr/share/syscall-iface/platforms/netbsd.errno; do
		[ -f "$dest/$f" ] || { echo "missing $f"; false; }
	done
	[ -d "$dest/etc/syscall-iface.d" ]
	"$dest/usr/sbin/ifacectl" --version
	# The man page renders without a warning.
	run sh -c "MANWIDTH=80 man --warnings -l '$dest/usr/share/man/man8/ifacectl.8' 2>&1 >/dev/null"
	[ -z "$output" ]
	# The example platforms check: what apply would do on a fresh tree.
	root=$BATS_TEST_TMPDIR/root
	mkdir -p "$root/sys/kernel/config/syscall_iface/linux"
	run env IFACECTL_ROOT="$root" "$dest/usr/sbin/ifacectl" apply --dry-run \
		"$dest/usr/share/syscall-iface/platforms"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "freebsd: would create, with ret, platform, table, errno, magic, offset, binfmt" ]
	[ "${lines[1]}" = "netbsd: would create, with ret, platform, table, errno, magic, offset, binfmt" ]
	[ "${lines[2]}" = "custom: would create, with nr_reg, table, magic, binfmt" ]
}

@test "syscall-iface.service passes systemd-analyze verify and runs the installed ifacectl" {
	make -s -C "$REPO" install DESTDIR="$dest"
	unit=$dest/usr/lib/systemd/system/syscall-iface.service
	exec=$(sed -n 's/^ExecStart=\([^ ]*\) .*/\1/p' "$unit")
	[ "$exec" = /usr/sbin/ifacectl ]
	[ -x "$dest$exec" ]
	grep -q '^ConditionPathIsDirectory=/sys/kernel/config/syscall_iface$' "$unit"
	grep -q '^After=.*sys-kernel-config.mount' "$unit"
	# verify checks that the command exists: the same unit, pointing at
	# the installed copy.
	sed "s|^ExecStart=/usr/sbin/ifacectl|ExecStart=$dest/usr/sbin/ifacectl|" "$unit" \
		>"$BATS_TEST_TMPDIR/syscall-iface.service"
	run systemd-analyze verify --man=no "$BATS_TEST_TMPDIR/syscall-iface.service"
	echo "$output"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

# complete WORDS...: what the completion offers for the last word.
complete_words() {
	COMP_WORDS=("$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_ifacectl
	printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}

@test "bash completion: commands, interface names, registers, handlers" {
	source "$REPO/tools/ifacectl/ifacectl.bash"
	root=$BATS_TEST_TMPDIR/root
	mkdir -p "$root/sys/kernel/config/syscall_iface/linux" \
		"$root/sys/kernel/config/syscall_iface/custom"
	export IFACECTL_ROOT=$root
	[[ "$(complete_words ifacectl a)" == "apply " ]]
	[[ "$(complete_words ifacectl e)" == "errno export " ]]
	[[ "$(complete_words ifacectl show '')" == "custom linux " ]]
	[[ "$(complete_words ifacectl bind custom '')" == "elf juha " ]]
	[[ "$(complete_words ifacectl create x --nr-reg r1)" == "r10 r11 r12 r13 r14 r15 " ]]
	[[ "$(complete_words ifacectl set custom --unmapped '')" == "enosys kill sigsys " ]]
	[[ "$(complete_words ifacectl table custom '')" == "load show " ]]
	[[ "$(complete_words ifacectl apply --d)" == "--dry-run " ]]
}

# boot_with FILE NAME: boot with FILE as /etc/syscall-iface.d/NAME and
# the scenario of tests/guest/boot-apply; its results in $res.
boot_with() {
	work=$BATS_TEST_TMPDIR
	printf 'dir /etc 0755 0 0\ndir /etc/syscall-iface.d 0755 0 0\nfile /etc/syscall-iface.d/%s %s 0644 0 0\n' \
		"$2" "$1" >"$work/list"
	"$REPO/build/linux/usr/gen_init_cpio" "$work/list" >"$work/etc.cpio"
	res=$work/res-$2
	GUEST_EXTRA_CPIO=$work/etc.cpio run "$REPO/harness/guest-run.sh" \
		"$res" "$REPO/tests/guest/boot-apply"
	echo "$output"
	[ "$status" -eq 0 ]
	r=$res/results/applied
	cat "$r/out" "$r/err"
	[ "$(cat "$r/rc")" -eq 0 ]
}

@test "the guest applies /etc/syscall-iface.d at boot, as the unit does" {
	normal_kernel_only "a test of ifacectl apply"
	boot_with "$REPO/tools/ifacectl/platforms/paper.conf" 10-paper.conf
}

@test "export, apply at a fresh boot, export again: the same file" {
	normal_kernel_only "a test of ifacectl export"
	boot_with "$REPO/tools/ifacectl/platforms/paper.conf" 10-paper.conf
	cp "$res/results/applied/files/export.conf" "$BATS_TEST_TMPDIR/first.conf"
	grep -q '^interface custom {$' "$BATS_TEST_TMPDIR/first.conf"
	boot_with "$BATS_TEST_TMPDIR/first.conf" export.conf
}
