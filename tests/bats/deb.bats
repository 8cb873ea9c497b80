#!/usr/bin/env bats
# make deb: the packages for a real machine.  The tools package is built
# and checked on every run; the kernel's packages take a kernel build of
# their own, so make test-long builds them (on the guest's small config,
# merged with the project's fragment as a distribution config is) and
# boots the kernel they hold.

load '../lib/common'

DEB=$BATS_RUN_TMPDIR/deb

# deb_kernel: build the kernel's packages once per run, or say why not.
deb_kernel() {
	[ -n "${TEST_LONG:-}" ] || skip "a kernel build of its own: make test-long"
	if [ ! -f "$DEB/kernel.done" ]; then
		mkdir -p "$DEB"
		"$REPO/harness/deb.sh" "$REPO/build/deb-test/linux" \
			"$REPO/build/linux/.config" "$DEB" >"$DEB/kernel.log" 2>&1 &&
			touch "$DEB/kernel.done"
	fi
	cat "$DEB/kernel.log"
	[ -f "$DEB/kernel.done" ]
}

@test "make deb: the tools package holds ifacectl, its man page, completion, unit and platform files" {
	run "$REPO/harness/deb-tools.sh" "$BATS_TEST_TMPDIR/ifacectl" \
		"$REPO/build/linux" "$BATS_TEST_TMPDIR/out"
	echo "$output"
	[ "$status" -eq 0 ]
	pkg=$(ls "$BATS_TEST_TMPDIR"/out/syscall-iface-tools_*_amd64.deb)
	[ "$(dpkg-deb -f "$pkg" Package Architecture)" = "Package: syscall-iface-tools
Architecture: amd64" ]
	files=$(dpkg-deb -c "$pkg" | awk '{ print $1, $2, $6 }')
	echo "$files"
	for f in "-rwxr-xr-x root/root ./usr/sbin/ifacectl" \
		 "-rw-r--r-- root/root ./usr/share/man/man8/ifacectl.8.gz" \
		 "-rw-r--r-- root/root ./usr/share/doc/syscall-iface-tools/copyright" \
		 "-rw-r--r-- root/root ./usr/lib/systemd/system/syscall-iface.service" \
		 "-rw-r--r-- root/root ./usr/share/bash-completion/completions/ifacectl" \
		 "-rw-r--r-- root/root ./usr/share/syscall-iface/platforms/freebsd.conf" \
		 "-rw-r--r-- root/root ./usr/share/syscall-iface/platforms/freebsd.table" \
		 "-rw-r--r-- root/root ./usr/share/syscall-iface/platforms/freebsd.errno" \
		 "drwxr-xr-x root/root ./etc/syscall-iface.d/"; do
		echo "$files" | grep -qxF -- "$f" || { echo "missing: $f"; false; }
	done
	# It installs, and what it installed runs.
	root=$BATS_TEST_TMPDIR/root
	mkdir -p "$root"
	dpkg-deb -x "$pkg" "$root"
	"$root/usr/sbin/ifacectl" --version
	# The man page renders without a warning.
	run sh -c "MANWIDTH=80 man --warnings -l '$root/usr/share/man/man8/ifacectl.8.gz' 2>&1 >/dev/null"
	[ -z "$output" ]
}

@test "make deb without a config says which file to give" {
	run "$REPO/harness/deb.sh" "$BATS_TEST_TMPDIR/k" /nonexistent/config \
		"$BATS_TEST_TMPDIR/out"
	[ "$status" -eq 1 ]
	[ "$output" = "deb: no kernel config at '/nonexistent/config'; set DEB_CONFIG to one (a distribution kernel's, such as /boot/config-VERSION)" ]
	[ ! -e "$BATS_TEST_TMPDIR/k" ]
}

@test "make deb: the kernel's packages hold the patched kernel and the FreeBSD platform module" {
	deb_kernel
	img=$(ls "$DEB"/linux-image-*-syscall-iface_*_amd64.deb | grep -v -- -dbg_)
	ls "$DEB"/linux-headers-*-syscall-iface_*_amd64.deb
	files=$(dpkg-deb -c "$img" | awk '{ print $6 }')
	echo "$files" | grep -qE '^\./boot/vmlinuz-6\.12\.[0-9]+-syscall-iface$'
	echo "$files" | grep -qE '^\./boot/config-6\.12\.[0-9]+-syscall-iface$'
	echo "$files" | grep -qE '/kernel/syscall_iface/freebsd/syscall_iface_freebsd\.ko$'
	dpkg-deb -x "$img" "$DEB/root"
	grep -qx CONFIG_SYSCALL_IFACE=y "$DEB"/root/boot/config-*
	grep -qx CONFIG_SYSCALL_IFACE_FREEBSD=m "$DEB"/root/boot/config-*
}

@test "make deb: the packaged kernel boots and runs a FreeBSD program" {
	deb_kernel
	[ -d "$DEB/root" ] || dpkg-deb -x "$(ls "$DEB"/linux-image-*-syscall-iface_*_amd64.deb | grep -v -- -dbg_)" "$DEB/root"
	# The packaged module replaces the test kernel's in the initramfs.
	ko=$(find "$DEB/root/lib/modules" -name syscall_iface_freebsd.ko)
	echo "file /lib/modules/syscall_iface_freebsd.ko $ko 0644 0 0" >"$DEB/mod.list"
	"$REPO/build/linux/usr/gen_init_cpio" "$DEB/mod.list" >"$DEB/mod.cpio"
	mkdir -p "$DEB/scen"
	cp "$SCENARIO_DIR/freebsd-go-hello.sh" "$SCENARIO_DIR/freebsd-kevent-timer.sh" "$DEB/scen/"
	run env GUEST_KERNEL="$(ls "$DEB"/root/boot/vmlinuz-*)" \
		GUEST_EXTRA_CPIO="$DEB/mod.cpio" \
		"$REPO/harness/guest-run.sh" "$DEB/guest" "$DEB/scen"
	echo "$output"
	grep -q 'syscall-iface' "$DEB/guest/console.log"
	for s in freebsd-go-hello freebsd-kevent-timer; do
		cat "$DEB/guest/results/$s/out"
		[ "$(cat "$DEB/guest/results/$s/rc")" = 0 ]
	done
}
