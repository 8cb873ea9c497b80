#!/usr/bin/env bats
# The build, boot and test harness itself.

load '../lib/common'

@test "the guest boots the kernel we built" {
	scenario kernel-version
	[ "$status" -eq 0 ]
	[ "$output" = "$(make -s -C "${GUEST_KDIR:-$REPO/build/linux}" kernelrelease)" ]
}

@test "syscall-iface and binfmt_juha are configured in" {
	grep -qx 'CONFIG_SYSCALL_IFACE=y' "${GUEST_KDIR:-$REPO/build/linux}/.config"
	grep -qx 'CONFIG_BINFMT_JUHA=y' "${GUEST_KDIR:-$REPO/build/linux}/.config"
	scenario subsystem-present
	want=$(sed -n 's/^#define SYSCALL_IFACE_VERSION\t*"\(.*\)"$/\1/p' \
		"$REPO/include/uapi/linux/syscall_iface.h")
	[ -n "$want" ]
	[ "$output" = "$want" ]
}

@test "a static NASM program prints its line and exits 42" {
	scenario nasm-static
	[ "$output" = "$(printf 'hello from nasm\nstatus=42')" ]
}

@test "guest output and files come back byte for byte" {
	scenario transport
	[ "$status" -eq 0 ]
	printf 'to stdout\r\n' | cmp - "$GUEST_RESULTS/boot/results/transport/out"
	[ "$stderr" = "to stderr" ]
	printf 'cr\r\nnul\000ff\377end' | cmp - "$files/bytes"
	seq 1 20000 | cmp - "$files/seq"
}

# The next two boot guests of their own, with scenarios made here.
nested_env() {
	env $(compgen -e | grep '^BATS_' | sed 's/^/-u /') \
		SCENARIO_DIR="$BATS_TEST_TMPDIR/scen" \
		GUEST_RESULTS="$BATS_TEST_TMPDIR/res" \
		GUEST_SECONDS="$BATS_TEST_TMPDIR/seconds" "$@"
}

@test "a failing or hung guest scenario makes the suite fail" {
	normal_kernel_only "a test of the harness"
	mkdir "$BATS_TEST_TMPDIR/scen"
	cd "$BATS_TEST_TMPDIR/scen"
	printf '# test: passes\nexit 0\n' >a-pass.sh
	printf '# test: fails\necho boom\nexit 3\n' >b-fail.sh
	printf '# test: hangs\n# timeout: 3\nsleep 1000\n' >c-hang.sh
	run nested_env "$REPO/tests/run" --scenarios-only
	echo "$output"
	[ "$status" -ne 0 ]
	[[ "$output" == *"ok 1 guest a-pass: passes"* ]]
	[[ "$output" == *"not ok 2 guest b-fail: fails"* ]]
	[[ "$output" == *"scenario b-fail exited 3"* ]]
	[[ "$output" == *"not ok 3 guest c-hang: hangs"* ]]
	[[ "$output" == *"scenario c-hang exited 137 (SIGKILL: its time limit?)"* ]]
	# and what it left running is listed: sleep, in state S, native
	[[ "$output" == *"--- still running"* ]]
	[[ "$output" =~ [0-9]+\ S\ [^\ ]*\ linux:\ sleep\ 1000 ]]
	[[ "$output" == *"ok 4 guest console: no BUG, WARNING, KASAN, lockdep or kmemleak report"* ]]
	[ "${lines[-1]}" = "2 passed, 2 failed" ]
}

@test "a guest that never finishes is killed by the hard timeout" {
	normal_kernel_only "a test of the harness"
	mkdir "$BATS_TEST_TMPDIR/scen"
	printf '# timeout: 1000\nsleep 1000\n' >"$BATS_TEST_TMPDIR/scen/stuck.sh"
	SECONDS=0
	run nested_env GUEST_TIMEOUT=20 "$REPO/harness/guest-run.sh" \
		"$BATS_TEST_TMPDIR/res" "$BATS_TEST_TMPDIR/scen"
	echo "$output"
	[ "$status" -eq 1 ]
	[ "$SECONDS" -lt 60 ]
	grep -q 'killed after 20s' "$BATS_TEST_TMPDIR/res/boot.status"
	[ ! -d "$BATS_TEST_TMPDIR/res/results/stuck" ]
}

@test "a guest whose initramfs does not fit in its memory fails its boot, saying so" {
	normal_kernel_only "a test of the harness"
	mkdir "$BATS_TEST_TMPDIR/scen"
	printf '# test: passes\nexit 0\n' >"$BATS_TEST_TMPDIR/scen/a-pass.sh"
	# 270 MiB: more than the rootfs of a 512 MiB guest holds (half)
	head -c 270M /dev/zero >"$BATS_TEST_TMPDIR/blob"
	echo "file /blob $BATS_TEST_TMPDIR/blob 0644 0 0" |
		"${GUEST_KDIR:-$REPO/build/linux}/usr/gen_init_cpio" - \
		>"$BATS_TEST_TMPDIR/big.cpio"
	rm "$BATS_TEST_TMPDIR/blob"
	run nested_env GUEST_MEM=512M GUEST_EXTRA_CPIO="$BATS_TEST_TMPDIR/big.cpio" \
		"$REPO/harness/guest-run.sh" "$BATS_TEST_TMPDIR/res" \
		"$BATS_TEST_TMPDIR/scen"
	echo "$output"
	[ "$status" -eq 1 ]
	grep -q 'Initramfs unpacking failed.*does not fit in GUEST_MEM=512M' \
		"$BATS_TEST_TMPDIR/res/boot.status"
}

@test "make demo shows the paper's experiment end to end" {
	normal_kernel_only "the demo's scenarios run among the others"
	run "$REPO/harness/demo.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"0000000   H   e   l   l   o   ,       w   o   r   l   d   !  \r  \n"* ]]
	[[ "$output" == *"iface_info: hello["*"] runs interface linux"* ]]
	[[ "$output" == *"iface_info: hello-modified["*"] runs interface custom"* ]]
	[ "$(grep -c '^(exit status 1)$' <<<"$output")" -eq 2 ]
	[[ "$output" == *"hello from freebsd/amd64"*"(exit status 3)"* ]]
	[[ "$output" == *"hello from netbsd/amd64"*"(exit status 4)"* ]]
}

@test "a BUG, WARNING, KASAN, lockdep or kmemleak line on the console fails the run" {
	GUEST_RESULTS=$BATS_TEST_TMPDIR/res
	mkdir -p "$GUEST_RESULTS/boot"
	echo ok >"$GUEST_RESULTS/boot/boot.status"
	log=$GUEST_RESULTS/boot/console.log
	printf '[    0.5] Run /init as init process\n[    9.0] kmemleak: scan done\n' >"$log"
	console_clean
	for bad in 'BUG: KASAN: slab-use-after-free in syscall_iface_exec+0x1c/0x90' \
		'WARNING: possible circular locking dependency detected' \
		'WARNING: CPU: 1 PID: 77 at kernel/syscall_iface/iface.c:120' \
		'kmemleak: 2 new suspected memory leaks (see /sys/kernel/debug/kmemleak)' \
		'BUG: sleeping function called from invalid context at mm/slub.c:4119' \
		'Oops: general protection fault, probably for non-canonical address'; do
		printf '[    0.5] Run /init as init process\n[    3.1] %s\n' "$bad" >"$log"
		run console_clean
		[ "$status" -ne 0 ]
		[[ "$output" == *"$bad"* ]]
	done
}

@test "a boot that left no result shows the first report on its console, not only the stack's tail" {
	log=$BATS_TEST_TMPDIR/console.log
	{
		echo '[   13.1] swapper/0 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0'
		echo '[   13.1] Call Trace:'
		for i in $(seq 60); do echo "[   13.8]  frame_$i+0x1/0x2"; done
		echo '[   13.9] Kernel panic - not syncing: System is deadlocked on memory'
	} >"$log"
	run console_lost "$log"
	[[ "$output" == *"swapper/0 invoked oom-killer"* ]]
	[[ "$output" == *"System is deadlocked on memory"* ]]
	run console_lost "$BATS_TEST_TMPDIR/none"
	[ "$output" = "no console log" ]
}

@test "the Go suites' verdict compares the platform it is given, and skips packages not built for it" {
	d=$BATS_TEST_TMPDIR/files
	mkdir -p "$d"
	printf 'os\nnet\n' >"$d/packages"
	printf -- '--- PASS: TestA (0.00s)\n--- PASS: TestB (0.00s)\n' >"$d/os.linux.log"
	printf 'TestA\nTestB\n' >"$d/os.netbsd.list"
	printf -- '--- PASS: TestA (0.00s)\n--- FAIL: TestB (0.00s)\n' >"$d/os.netbsd.log"
	printf -- '--- PASS: TestC (0.00s)\n' >"$d/net.linux.log"
	: >"$BATS_TEST_TMPDIR/known"
	run "$REPO/harness/gotests-verdict.sh" "$d" "$BATS_TEST_TMPDIR/known" netbsd
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"NEW    os TestB: FAIL under netbsd, passes natively"* ]]
	[[ "$output" != *"net "* ]]
	echo "os TestB a reason" >"$BATS_TEST_TMPDIR/known"
	run "$REPO/harness/gotests-verdict.sh" "$d" "$BATS_TEST_TMPDIR/known" netbsd
	[ "$status" -eq 0 ]
	[[ "$output" == *"1 differences, 0 new, 0 fixed"* ]]
}

@test "the Go suites' verdict fails on a platform's own test that does not pass" {
	d=$BATS_TEST_TMPDIR/files
	mkdir -p "$d"
	echo syscall >"$d/packages"
	printf 'TestA\n' >"$d/syscall.linux.list"
	printf -- '--- PASS: TestA (0.00s)\n' >"$d/syscall.linux.log"
	printf 'TestA\nTestOwn\nTestOwnSkip\nTestOwnPass\n' >"$d/syscall.freebsd.list"
	printf -- '--- PASS: TestA (0.00s)\n--- FAIL: TestOwn (0.00s)\n--- SKIP: TestOwnSkip (0.00s)\n--- PASS: TestOwnPass (0.00s)\n' \
		>"$d/syscall.freebsd.log"
	: >"$BATS_TEST_TMPDIR/known"
	run "$REPO/harness/gotests-verdict.sh" "$d" "$BATS_TEST_TMPDIR/known"
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"NEW    syscall TestOwn: FAIL under freebsd, its own"* ]]
	[[ "$output" == *"NEW    syscall TestOwnSkip: SKIP under freebsd, its own"* ]]
	[[ "$output" != *"TestOwnPass"* ]]
	[[ "$output" == *"2 differences, 2 new, 0 fixed"* ]]
}

@test "the Go suites' verdict fails on a test that skips itself natively and fails under the platform" {
	d=$BATS_TEST_TMPDIR/files
	mkdir -p "$d"
	echo os >"$d/packages"
	printf 'TestSkipFail\nTestSkipSkip\n' >"$d/os.linux.list"
	printf -- '--- SKIP: TestSkipFail (0.00s)\n--- SKIP: TestSkipSkip (0.00s)\n' \
		>"$d/os.linux.log"
	printf 'TestSkipFail\nTestSkipSkip\n' >"$d/os.freebsd.list"
	printf -- '--- FAIL: TestSkipFail (0.00s)\n--- SKIP: TestSkipSkip (0.00s)\n' \
		>"$d/os.freebsd.log"
	: >"$BATS_TEST_TMPDIR/known"
	run "$REPO/harness/gotests-verdict.sh" "$d" "$BATS_TEST_TMPDIR/known"
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"NEW    os TestSkipFail: FAIL under freebsd, skips natively"* ]]
	[[ "$output" != *"TestSkipSkip"* ]]
	[[ "$output" == *"1 differences, 1 new, 0 fixed"* ]]
}
