#!/usr/bin/env bats
# ifacectl on the host, against a fake root (--root / IFACECTL_ROOT):
# every command, the checks it makes first, JSON output and exit codes.

load '../lib/common'

setup() {
	I=$REPO/build/ifacectl/ifacectl
	root=$BATS_TEST_TMPDIR/root
	cfg=$root/sys/kernel/config/syscall_iface
	mkdir -p "$cfg/linux" "$root/sys/kernel/syscall_iface"
	export IFACECTL_ROOT=$root
	printf '500 iface_info\n314 write\n70 exit\n' >"$BATS_TEST_TMPDIR/custom.tbl"
	tbl=$BATS_TEST_TMPDIR/custom.tbl
}

# The kernel refusing a write: any write fails (EFBIG) under ulimit -f 0.
refusing() {
	(trap '' XFSZ; ulimit -f 0; "$@")
}

@test "ifacectl --help lists every command; COMMAND --help shows its usage" {
	run "$I" --help
	[ "$status" -eq 0 ]
	help=$output
	for c in create set bind unbind table errno list show stats delete brand run apply diff export; do
		[[ "$help" == *"  $c "* ]]
		run "$I" $c --help
		[ "$status" -eq 0 ]
		[[ "$output" == "usage: ifacectl $c"* ]]
	done
	run "$I"
	[ "$status" -eq 1 ]
	run "$I" frobnicate
	[ "$status" -eq 1 ]
	[[ "$output" == *"unknown command 'frobnicate'"* ]]
}

@test "create sets up every attribute in one operation" {
	run "$I" create custom --table "$tbl" --nr-reg rbx --magic 'JU\x48A' --offset 0 --mask '\xff\xff\xff\xdf' --unmapped sigsys
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/custom/nr_reg")" = rbx ]
	[ "$(cat "$cfg/custom/magic")" = 'JU\x48A' ]
	[ "$(cat "$cfg/custom/offset")" = 0 ]
	[ "$(cat "$cfg/custom/mask")" = '\xff\xff\xff\xdf' ]
	[ "$(cat "$cfg/custom/unmapped")" = sigsys ]
	cmp "$tbl" "$cfg/custom/table"
}

@test "create refuses bad options before the kernel sees anything" {
	long=$(printf '%0129d' 0)
	while IFS='|' read -r args want; do
		run "$I" create $args
		echo "$args -> $status $output"
		[ "$status" -eq 1 ]
		[[ "$output" == *"$want"* ]]
		[ -z "$(ls "$cfg" | grep -v linux)" ]
	done <<EOF2
p --nr-reg rsp|unknown register 'rsp'
p --magic AB\q|bad escape
p --magic $long|longer than 128 bytes
p --magic JUHA --offset 125|offset 125 + magic length 4 is past byte 128
p --offset x|offset 'x': not a number
p --offset 128|past byte 127
p --mask \xff|--mask needs --magic
p --magic JUHA --mask \xff|mask must be as long as the magic (4 bytes)
p --unmapped trap|unmapped: unknown value 'trap' (enosys, sigsys or kill)
p --method int2e|method: unknown value 'int2e' (syscall or int80)
p --ret bsd|ret: unknown value 'bsd' (linux or carry)
abcdefghijklmnopqrstuvwxyz0123456|bad interface name
p --bogus 1|unknown option '--bogus'
p --magic|--magic needs a value
EOF2
}

@test "table files: every problem reported as FILE:LINE, nothing created" {
	f=$BATS_TEST_TMPDIR/bad.tbl
	printf '# comment\n1 wirte\nx write\n70000 exit\n2 463\n3 read extra\n4\n5 read\n0x5 write\n' >"$f"
	run "$I" create p --table "$f"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$f:2: unknown syscall 'wirte'" ]
	[ "${lines[1]}" = "$f:3: bad number 'x'" ]
	[ "${lines[2]}" = "$f:4: foreign number 70000 out of range (0-65535)" ]
	[ "${lines[3]}" = "$f:5: native number 463 out of range (0-462)" ]
	[ "${lines[4]}" = "$f:6: unexpected 'extra'" ]
	[ "${lines[5]}" = "$f:7: expected 'FOREIGN_NR NATIVE'" ]
	[ "${lines[6]}" = "$f:9: foreign number 5 mapped twice" ]
	[ ! -e "$cfg/p" ]
	run "$I" create p --table "$BATS_TEST_TMPDIR/nosuch"
	[ "$status" -eq 1 ]
	[[ "$output" == *"nosuch: No such file or directory"* ]]
}

@test "table load and show; linux takes only services at extra numbers" {
	"$I" create custom
	run "$I" table custom load "$tbl"
	[ "$status" -eq 0 ]
	cmp "$tbl" "$cfg/custom/table"
	run "$I" table custom show
	[ "$output" = "$(cat "$tbl")" ]
	printf '548 iface_info\n1 read\n600 write\n' >"$BATS_TEST_TMPDIR/l.tbl"
	run "$I" table linux load "$BATS_TEST_TMPDIR/l.tbl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"l.tbl:2: 1 is a native syscall of linux"* ]]
	[[ "$output" == *"l.tbl:3: linux maps only extra numbers to services, not 'write'"* ]]
	printf '548 iface_info\n' | "$I" table linux load -
	[ "$(cat "$cfg/linux/table")" = "548 iface_info" ]
	run "$I" table nosuch load "$tbl"
	[ "$status" -eq 2 ]
	run "$I" table custom frob
	[ "$status" -eq 1 ]
}

@test "a refused write rolls create back and names the attribute and value (exit 2)" {
	run refusing "$I" create custom --nr-reg rbx --magic JUHA
	[ "$status" -eq 2 ]
	[[ "$output" == *"cannot set nr_reg of 'custom' to 'rbx': File too large"* ]]
	[[ "$output" == *"interface 'custom' not created"* ]]
	[ ! -e "$cfg/custom" ]
	"$I" create custom --magic JUHA
	run refusing "$I" bind custom juha
	[ "$status" -eq 2 ]
	[[ "$output" == *"cannot set binfmt of 'custom' to 'juha'"* ]]
	mkdir "$cfg/taken"
	run "$I" create taken
	[ "$status" -eq 2 ]
	[[ "$output" == *"cannot create interface 'taken': File exists"* ]]
}

@test "a refused table (table_error) is reported with the kernel's reason" {
	"$I" create custom
	printf -- '-EINVAL: line 1: unknown syscall\n' >"$cfg/custom/table_error"
	run "$I" table custom load "$tbl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"kernel refused the table of 'custom': -EINVAL: line 1: unknown syscall"* ]]
}

@test "bind and unbind" {
	"$I" create custom --magic JUHA
	run "$I" bind custom juha
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/custom/binfmt")" = juha ]
	run "$I" unbind custom
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/custom/binfmt")" = "" ]
	run "$I" bind custom misc
	[ "$status" -eq 1 ]
	[[ "$output" == *"unknown handler 'misc' (juha or elf)"* ]]
	"$I" create plain
	run "$I" bind plain elf
	[ "$status" -eq 1 ]
	[[ "$output" == *"'plain' has no magic yet"* ]]
	run "$I" bind nosuch juha
	[ "$status" -eq 2 ]
	[[ "$output" == *"no interface 'nosuch'"* ]]
}

@test "list, in text and JSON" {
	"$I" create custom --nr-reg rbx --magic JUHA
	"$I" bind custom juha
	printf 'binfmt: juha\ntasks: 2\nexecs: 5\nsyscalls: 9\nunmapped: 1\n' >"$cfg/custom/stats"
	echo rax >"$cfg/linux/nr_reg"
	run "$I" list
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "NAME                             BINFMT  NR_REG TASKS" ]
	[ "${lines[1]}" = "custom                           juha    rbx    2" ]
	[ "${lines[2]}" = "linux                            -       rax    -" ]
	run "$I" list --json
	[ "$status" -eq 0 ]
	[ "$(jq -c . <<<"$output")" = '[{"name":"custom","binfmt":"juha","nr_reg":"rbx","tasks":2},{"name":"linux","binfmt":"","nr_reg":"rax","tasks":null}]' ]
}

@test "show, in text and JSON" {
	"$I" create custom --nr-reg rbx --magic JUHA --offset 0 --table "$tbl"
	printf 'binfmt: -\ntasks: 0\nexecs: 1\nsyscalls: 3\nunmapped: 0\n' >"$cfg/custom/stats"
	run "$I" show custom
	[ "$status" -eq 0 ]
	[[ "$output" == *"nr_reg       rbx"* ]]
	[[ "$output" == *"entries      3"* ]]
	[[ "$output" == *"syscalls     3"* ]]
	run "$I" show --json custom
	[ "$(jq -c . <<<"$output")" = '{"name":"custom","binfmt":"","nr_reg":"rbx","unmapped":"","method":"","ret":"","platform":"","magic":"JUHA","offset":0,"mask":"","table_error":"","entries":3,"errno_entries":0,"stats":{"tasks":0,"execs":1,"syscalls":3,"unmapped":0}}' ]
	run "$I" show nosuch
	[ "$status" -eq 2 ]
}

@test "stats, in text and JSON, agree with the stats file" {
	cat >"$root/sys/kernel/syscall_iface/stats" <<'EOF2'
interface        binfmt     tasks    execs     syscalls   unmapped
linux            -             26       23            -          -
custom           juha           1        2            6          0
total            -             27       25            6          0
EOF2
	run "$I" stats
	[ "$status" -eq 0 ]
	[ "$output" = "$(cat "$root/sys/kernel/syscall_iface/stats")" ]
	run "$I" stats --json
	[ "$(jq -c . <<<"$output")" = '{"interfaces":[{"name":"linux","binfmt":null,"tasks":26,"execs":23,"syscalls":null,"unmapped":null},{"name":"custom","binfmt":"juha","tasks":1,"execs":2,"syscalls":6,"unmapped":0}],"total":{"name":"total","binfmt":null,"tasks":27,"execs":25,"syscalls":6,"unmapped":0}}' ]
	run "$I" stats custom --json
	[ "$(jq -c . <<<"$output")" = '{"interfaces":[{"name":"custom","binfmt":"juha","tasks":1,"execs":2,"syscalls":6,"unmapped":0}]}' ]
	run "$I" stats nosuch
	[ "$status" -eq 2 ]
}

@test "stats fills in from configfs the interfaces a full summary page left out" {
	mkdir -p "$cfg/custom" "$cfg/zz1" "$cfg/zz2"
	printf 'binfmt: elf\ntasks: 3\nexecs: 4\nsyscalls: 500\nunmapped: 7\n' >"$cfg/zz1/stats"
	printf 'binfmt: \ntasks: 0\nexecs: 0\nsyscalls: 0\nunmapped: 0\n' >"$cfg/zz2/stats"
	cat >"$root/sys/kernel/syscall_iface/stats" <<'EOF2'
interface        binfmt     tasks    execs     syscalls   unmapped
linux            -             26       23            -          -
custom           juha           1        2            6          0
(2 more interfaces; each has its own stats in configfs)
total            -             30       29          506          7
EOF2
	run "$I" stats
	[ "$status" -eq 0 ]
	[ "${lines[3]}" = "zz1              elf            3        4          500          7" ]
	[ "${lines[4]}" = "zz2              -              0        0            0          0" ]
	[ "${lines[5]}" = "total            -             30       29          506          7" ]
	[ "${#lines[@]}" -eq 6 ]
	run "$I" stats zz1 --json
	[ "$(jq -c . <<<"$output")" = '{"interfaces":[{"name":"zz1","binfmt":"elf","tasks":3,"execs":4,"syscalls":500,"unmapped":7}]}' ]
}

@test "delete" {
	"$I" create custom
	run "$I" delete custom
	[ "$status" -eq 0 ]
	[ ! -e "$cfg/custom" ]
	run "$I" delete custom
	[ "$status" -eq 2 ]
	run "$I" delete linux
	[ "$status" -eq 2 ]
	[[ "$output" == *"linux, the native interface, cannot be deleted"* ]]
}

@test "brand writes a signature into an x86-64 ELF, in place or to a copy" {
	cp "$REPO/build/guest/bin/hello" "$BATS_TEST_TMPDIR/h"
	chmod 0751 "$BATS_TEST_TMPDIR/h"
	run "$I" brand "$BATS_TEST_TMPDIR/h" --magic JUHA -o "$BATS_TEST_TMPDIR/hm"
	[ "$status" -eq 0 ]
	[ "$(head -c 4 "$BATS_TEST_TMPDIR/hm")" = JUHA ]
	[ "$(head -c 4 "$BATS_TEST_TMPDIR/h" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]
	[ "$(stat -c %a "$BATS_TEST_TMPDIR/hm")" = 751 ]
	cmp -i 4 "$BATS_TEST_TMPDIR/h" "$BATS_TEST_TMPDIR/hm"
	# The paper's branded file is byte for byte the Makefile's.
	cmp "$BATS_TEST_TMPDIR/hm" "$REPO/build/guest/bin/hello-modified"
	run "$I" brand "$BATS_TEST_TMPDIR/h" --magic '\x42' --offset 7
	[ "$status" -eq 0 ]
	[ "$(od -An -tx1 -j7 -N1 "$BATS_TEST_TMPDIR/h" | tr -d ' ')" = 42 ]
	# Re-branding a branded file is fine; a non-ELF file is refused.
	run "$I" brand "$BATS_TEST_TMPDIR/hm" --magic ABCD
	[ "$status" -eq 0 ]
	printf 'not an elf file, just text, long enough to have a header......\n' >"$BATS_TEST_TMPDIR/txt"
	cp "$BATS_TEST_TMPDIR/txt" "$BATS_TEST_TMPDIR/txt.orig"
	run "$I" brand "$BATS_TEST_TMPDIR/txt" --magic JUHA
	[ "$status" -eq 1 ]
	[[ "$output" == *"not an x86-64 ELF64 executable; not branded"* ]]
	cmp "$BATS_TEST_TMPDIR/txt" "$BATS_TEST_TMPDIR/txt.orig"
	run "$I" brand "$BATS_TEST_TMPDIR/h" --magic JUHA --offset 126
	[ "$status" -eq 1 ]
	run "$I" brand "$BATS_TEST_TMPDIR/h"
	[ "$status" -eq 1 ]
}

@test "brand --check reports the signature and which interface claims the file" {
	"$I" create custom --magic JUHA
	"$I" bind custom juha
	"$I" create osabi --magic '\x42' --offset 7
	"$I" bind osabi elf
	run "$I" brand --check "$REPO/build/guest/bin/hello-modified"
	[ "$status" -eq 0 ]
	[[ "$output" == *"hello-modified: first bytes JUHA\x02\x01\x01"* ]]
	[[ "$output" == *"x86-64 ELF with a foreign magic"* ]]
	[[ "$output" == *"claimed by 'custom' (binfmt juha)"* ]]
	run "$I" brand --check "$REPO/build/guest/bin/osabi-branded"
	[[ "$output" == *"claimed by 'osabi' (binfmt elf)"* ]]
	run "$I" brand --check "$REPO/build/guest/bin/hello"
	[[ "$output" == *"ELF magic"* ]]
	[[ "$output" == *"claimed by no interface: runs native"* ]]
}

@test "run on a kernel without PR_SYSCALL_IFACE says it is not available (exit 3)" {
	run "$I" run custom -- /bin/true
	[ "$status" -eq 3 ]
	[[ "$output" == *"run: not available"* ]]
	run "$I" run custom /bin/true
	[ "$status" -eq 1 ]
}

@test "a --help after -- is the program's, not ifacectl's" {
	run "$I" run custom -- /bin/echo --help
	[ "$status" -eq 3 ]
	[[ "$output" == *"run: not available"* ]]
	[[ "$output" != *"usage:"* ]]
	run "$I" run custom --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: ifacectl run"* ]]
}

@test "a missing subsystem is exit 3; --json only with list, show, stats" {
	for c in list "show x" "stats" "create x" "bind x juha" "delete x"; do
		run "$I" --root "$BATS_TEST_TMPDIR/empty" $c
		[ "$status" -eq 3 ]
		[[ "$output" == *"syscall-iface is not available"* ]]
	done
	run "$I" --json create x
	[ "$status" -eq 1 ]
	run "$I" --version
	[ "$output" = "ifacectl 0.2" ]
}

@test "show --pid reads the task's interface from /proc/PID/status" {
	mkdir -p "$root/proc/4242"
	printf 'Name:\tx\nSyscallIface:\tcustom\n' >"$root/proc/4242/status"
	run "$I" show --pid 4242
	[ "$status" -eq 0 ]
	[ "$output" = "4242 custom" ]
	run "$I" show --pid 4242 --json
	[ "$(jq -c . <<<"$output")" = '{"pid":4242,"interface":"custom"}' ]
	run "$I" show --pid 4343
	[ "$status" -eq 2 ]
	run "$I" show --pid x
	[ "$status" -eq 1 ]
}

@test "table files may name services: built in, loaded (from the services list), or service:NAME" {
	printf '4096 iface_info built-in\n4097 getpid_plus_one svc_sample\n4098 later absent\n' \
		>"$root/sys/kernel/syscall_iface/services"
	f=$BATS_TEST_TMPDIR/s.tbl
	printf '1 iface_info\n2 getpid_plus_one\n3 service:later\n4 service:not_loaded_yet\n' >"$f"
	run "$I" create s --table "$f"
	[ "$status" -eq 0 ]
	cmp "$f" "$cfg/s/table"
	printf '1 later\n2 service:\n3 service:%033d\n' 0 >"$f"
	run "$I" create t --table "$f"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$f:1: unknown syscall 'later'" ]
	[ "${lines[1]}" = "$f:2: bad service name ''" ]
	[ "${lines[2]}" = "$f:3: bad service name '$(printf '%033d' 0)'" ]
}

@test "create and set take the entry method, the return convention and an errno map" {
	printf '# FreeBSD numbers\nENOENT 2\nEAGAIN 35\n\n35 11\n' >"$BATS_TEST_TMPDIR/bsd.errno"
	run "$I" create bsd --table "$tbl" --method int80 --ret carry --errno "$BATS_TEST_TMPDIR/bsd.errno"
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/bsd/method")" = int80 ]
	[ "$(cat "$cfg/bsd/ret")" = carry ]
	# Names become numbers, a line for a line (the kernel's line numbers
	# in table_error match the file's).
	[ "$(cat "$cfg/bsd/errno")" = "$(printf '\n2 2\n11 35\n\n35 11')" ]
	run "$I" show bsd
	[[ "$output" == *"method       int80"* ]]
	[[ "$output" == *"ret          carry"* ]]
	run "$I" set bsd --method syscall --ret linux --unmapped sigsys
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/bsd/method") $(cat "$cfg/bsd/ret") $(cat "$cfg/bsd/unmapped")" = "syscall linux sigsys" ]
	printf 'EPERM 1\n' | "$I" errno bsd load -
	[ "$(cat "$cfg/bsd/errno")" = "1 1" ]
	run "$I" errno bsd show
	[ "$output" = "1 1" ]
	run "$I" set bsd
	[ "$status" -eq 1 ]
	run "$I" set bsd --magic JUHA
	[ "$status" -eq 1 ]
	run "$I" set nosuch --ret carry
	[ "$status" -eq 2 ]
}

@test "errno map files: every problem reported as FILE:LINE, nothing changed" {
	"$I" create bsd --ret carry
	f=$BATS_TEST_TMPDIR/bad.errno
	printf 'ENOENT\nENOPE 2\n0 2\n2 4096\n512 3\n2 516\nEPERM 2 3\n2 x\nENOENT 3\n2 4\n' >"$f"
	run "$I" errno bsd load "$f"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$f:1: expected 'NATIVE_ERRNO FOREIGN_ERRNO'" ]
	[ "${lines[1]}" = "$f:2: unknown errno 'ENOPE'" ]
	[ "${lines[2]}" = "$f:3: native errno 0 out of range (1-4095)" ]
	[ "${lines[3]}" = "$f:4: foreign errno 4096 out of range (1-4095)" ]
	[ "${lines[4]}" = "$f:5: native errno 512 is a restart code" ]
	[ "${lines[5]}" = "$f:6: foreign errno 516 is a restart code" ]
	[ "${lines[6]}" = "$f:7: unexpected '3'" ]
	[ "${lines[7]}" = "$f:8: bad errno 'x'" ]
	[ "${lines[8]}" = "$f:10: errno 2 mapped twice" ]
	[ ! -e "$cfg/bsd/errno" ]
	run "$I" create p --errno "$f"
	[ "$status" -eq 1 ]
	[ ! -e "$cfg/p" ]
}

@test "a refused errno map is reported with the kernel's reason; set puts the old settings back" {
	"$I" create bsd --method int80
	printf -- '-EINVAL: errno: line 1: unknown errno\n' >"$cfg/bsd/table_error"
	printf 'EPERM 1\n' >"$BATS_TEST_TMPDIR/e"
	run "$I" set bsd --method syscall --errno "$BATS_TEST_TMPDIR/e"
	[ "$status" -eq 2 ]
	[[ "$output" == *"kernel refused the errno of 'bsd': -EINVAL: errno: line 1: unknown errno"* ]]
	[[ "$output" == *"'bsd' unchanged"* ]]
	[ "$(cat "$cfg/bsd/method")" = int80 ]
}

@test "create and set name a platform, and show lists it" {
	run "$I" create fb --ret carry --platform freebsd
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/fb/platform")" = freebsd ]
	run "$I" show fb
	[[ "$output" == *"platform     freebsd"* ]]
	run "$I" set fb --platform ""
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/fb/platform")" = "" ]
}

@test "each command takes only its own options: brand refuses --unmapped, naming itself" {
	cp "$REPO/build/guest/bin/hello" "$BATS_TEST_TMPDIR/h"
	cp "$BATS_TEST_TMPDIR/h" "$BATS_TEST_TMPDIR/h.orig"
	run "$I" brand "$BATS_TEST_TMPDIR/h" --magic JUHA --unmapped kill
	[ "$status" -eq 1 ]
	[[ "$output" == *"brand: unknown option '--unmapped'"* ]]
	cmp "$BATS_TEST_TMPDIR/h" "$BATS_TEST_TMPDIR/h.orig"
	run "$I" set linux --table "$tbl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"set: unknown option '--table'"* ]]
	run "$I" list --magic JUHA
	[ "$status" -eq 1 ]
	[[ "$output" == *"list: unknown option '--magic'"* ]]
	run "$I" delete --pid 1 linux
	[ "$status" -eq 1 ]
	[[ "$output" == *"delete: unknown option '--pid'"* ]]
}

@test "one command table: every command in --help runs, and nothing else does" {
	listed=$("$I" --help | sed -n 's/^  \([a-z]\+\) .*/\1/p; s/^  \([a-z]\+\)$/\1/p' | sort)
	[ "$listed" = "$(printf '%s\n' apply bind brand create delete diff errno export list run set show stats table unbind | sort)" ]
	for c in $listed; do
		run "$I" "$c" --bogus
		[[ "$output" == *"$c: unknown option '--bogus'"* ]]
	done
}

@test "the version and the limits come from the uapi header" {
	v=$(sed -n 's/^#define SYSCALL_IFACE_VERSION[[:space:]]*"\(.*\)"/\1/p' "$REPO/include/uapi/linux/syscall_iface.h")
	[ -n "$v" ]
	run "$I" --version
	[ "$output" = "ifacectl $v" ]
	run "$I" -V
	[ "$output" = "ifacectl $v" ]
	# No uapi value is written out again in the tool's sources.
	run grep -nE '"0\.2"|define +[A-Z_]+[[:space:]]+(65535|128|32|1024)\b|define +(PR_|PTRACE_|SYSCALL_IFACE)' "$REPO"/tools/ifacectl/*.[ch]
	[ "$status" -eq 1 ]
}

@test "one JSON writer: --pretty indents the same documents, -j is --json" {
	"$I" create custom --nr-reg rbx --magic JUHA --offset 0 --table "$tbl"
	printf 'binfmt: -\ntasks: 0\nexecs: 1\nsyscalls: 3\nunmapped: 0\n' >"$cfg/custom/stats"
	cat >"$root/sys/kernel/syscall_iface/stats" <<'EOF2'
interface        binfmt     tasks    execs     syscalls   unmapped
custom           -              0        1            3          0
total            -              0        1            3          0
EOF2
	mkdir -p "$root/proc/7"
	printf 'SyscallIface:\tcustom\n' >"$root/proc/7/status"
	for c in list "show custom" stats "stats custom" "show --pid 7"; do
		compact=$("$I" $c --json)
		pretty=$("$I" $c --pretty)
		[ "$(jq -c . <<<"$pretty")" = "$(jq -c . <<<"$compact")" ]
		[ "$(jq -c . <<<"$compact")" = "$compact" ]
		[ "$("$I" -j $c)" = "$compact" ]
		[ "$pretty" = "$(jq --indent 2 . <<<"$compact")" ]
	done
}

# A platform file: the paper's interface, its table inline.
paper_conf() {
	cat <<'EOF2'
# the paper's platform
interface custom {
	nr_reg rbx
	magic JUHA
	offset 0
	binfmt juha
	table {
		500 iface_info
		314 write	# write(2)
		70 exit
	}
}
EOF2
}

@test "apply creates what a platform file describes; applying it again changes nothing" {
	paper_conf >"$BATS_TEST_TMPDIR/p.conf"
	run "$I" apply "$BATS_TEST_TMPDIR/p.conf"
	[ "$status" -eq 0 ]
	[ "$output" = "custom: created, with nr_reg, table, magic, binfmt" ]
	[ "$(cat "$cfg/custom/nr_reg")" = rbx ]
	[ "$(cat "$cfg/custom/binfmt")" = juha ]
	grep -q '^314 write' "$cfg/custom/table"
	before=$(cd "$cfg" && find . -type f -exec md5sum {} + | sort)
	run "$I" apply "$BATS_TEST_TMPDIR/p.conf"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'custom: unchanged\nnothing to change')" ]
	[ "$(cd "$cfg" && find . -type f -exec md5sum {} + | sort)" = "$before" ]
}

@test "export, apply on an empty tree, export again: the same file" {
	paper_conf >"$BATS_TEST_TMPDIR/p.conf"
	"$I" apply "$BATS_TEST_TMPDIR/p.conf"
	"$I" export >"$BATS_TEST_TMPDIR/e1.conf"
	grep -q '^interface custom {$' "$BATS_TEST_TMPDIR/e1.conf"
	rm -rf "$cfg/custom"
	run "$I" apply "$BATS_TEST_TMPDIR/e1.conf"
	[ "$status" -eq 0 ]
	"$I" export >"$BATS_TEST_TMPDIR/e2.conf"
	cmp "$BATS_TEST_TMPDIR/e1.conf" "$BATS_TEST_TMPDIR/e2.conf"
	run "$I" export linux
	[ "$status" -eq 1 ]
}

@test "platform files: every problem is FILE:LINE, and nothing is created" {
	f=$BATS_TEST_TMPDIR/bad.conf
	cat >"$f" <<'EOF2'
interface a {
	nr_reg rsp
	colour blue
	ret carry
	ret linux
	table {
		1 wirte
	}
	mask \xff
}
interface a {
}
interface linux {
}
interface b
interface c {
	unmapped
EOF2
	run "$I" apply "$f"
	[ "$status" -eq 1 ]
	[[ "$output" == *"bad.conf:2: nr_reg: unknown register 'rsp'"* ]]
	[[ "$output" == *"bad.conf:3: unknown key 'colour'"* ]]
	[[ "$output" == *"bad.conf:5: a: ret given twice"* ]]
	[[ "$output" == *"bad.conf:7: unknown syscall 'wirte'"* ]]
	[[ "$output" == *"bad.conf:10: a: mask, offset and binfmt need a magic"* ]]
	[[ "$output" == *"bad.conf:11: interface 'a' is also at"*"bad.conf:1"* ]]
	[[ "$output" == *"bad.conf:13: linux, the native interface, is not set up by platform files"* ]]
	[[ "$output" == *"bad.conf:15: expected 'interface NAME {'"* ]]
	[[ "$output" == *"bad.conf:17: unmapped needs a value"* ]]
	[[ "$output" == *"missing '}' of interface 'c' (line 16)"* ]]
	# A refused interface's body is skipped, not reported line by line.
	[[ "$output" != *"bad.conf:12:"* ]]
	[[ "$output" != *"bad.conf:14:"* ]]
	[ -z "$(ls "$cfg" | grep -v linux)" ]
}

@test "apply --dry-run and diff say what would change, and change nothing" {
	paper_conf >"$BATS_TEST_TMPDIR/p.conf"
	run "$I" apply --dry-run "$BATS_TEST_TMPDIR/p.conf"
	[ "$status" -eq 0 ]
	[ "$output" = "custom: would create, with nr_reg, table, magic, binfmt" ]
	[ -z "$(ls "$cfg" | grep -v linux)" ]
	"$I" apply "$BATS_TEST_TMPDIR/p.conf"
	paper_conf | sed 's/nr_reg rbx/nr_reg rcx/; s/70 exit/60 exit/' >"$BATS_TEST_TMPDIR/q.conf"
	run "$I" diff "$BATS_TEST_TMPDIR/q.conf"
	[ "$status" -eq 0 ]
	[[ "$output" == *"custom nr_reg: 'rbx' -> 'rcx'"* ]]
	[[ "$output" == *"custom table: - 70 exit"* ]]
	[[ "$output" == *"custom table: + 60 exit"* ]]
	[ "$(cat "$cfg/custom/nr_reg")" = rbx ]
	run "$I" diff "$BATS_TEST_TMPDIR/p.conf"
	[ "$output" = "no differences" ]
}

@test "apply takes a directory's *.conf in name order, and tables by path" {
	d=$BATS_TEST_TMPDIR/d
	mkdir -p "$d/tables"
	printf '500 iface_info\n' >"$d/tables/t.tbl"
	printf 'interface b {\n\ttable tables/t.tbl\n}\n' >"$d/20-b.conf"
	printf 'interface a {\n\tret carry\n}\n' >"$d/10-a.conf"
	printf 'interface z {\n}\n' >"$d/README"
	run "$I" apply "$d"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "a: created, with ret" ]
	[ "${lines[1]}" = "b: created, with table" ]
	[ ! -e "$cfg/z" ]
	grep -q '^500 iface_info' "$cfg/b/table"
	# A platform file linked into a directory finds its tables beside itself.
	rm -rf "$cfg/b"
	mkdir "$BATS_TEST_TMPDIR/etc"
	ln -s "$d/20-b.conf" "$BATS_TEST_TMPDIR/etc/b.conf"
	run "$I" apply "$BATS_TEST_TMPDIR/etc"
	[ "$status" -eq 0 ]
	grep -q '^500 iface_info' "$cfg/b/table"
}

@test "a refused apply removes the interfaces it created" {
	paper_conf >"$BATS_TEST_TMPDIR/p.conf"
	run refusing "$I" apply "$BATS_TEST_TMPDIR/p.conf"
	[ "$status" -eq 2 ]
	[[ "$output" == *"p.conf:2: interface 'custom' refused; this apply changed nothing"* ]]
	[ ! -e "$cfg/custom" ]
}

@test "export names services service:NAME, so a file applies before their modules load" {
	printf '4096 iface_info built-in\n4097 freebsd_open syscall_iface_freebsd\n' \
		>"$root/sys/kernel/syscall_iface/services"
	printf 'interface f {\n\ttable {\n\t\t5 freebsd_open\n\t\t4 write\n\t}\n}\n' >"$BATS_TEST_TMPDIR/f.conf"
	"$I" apply "$BATS_TEST_TMPDIR/f.conf"
	run "$I" export f
	[[ "$output" == *$'\t\t5 service:freebsd_open\n'* ]]
	[[ "$output" == *$'\t\t4 write\n'* ]]
	# The module gone, the export still applies, and matches.
	rm "$root/sys/kernel/syscall_iface/services"
	"$I" export f >"$BATS_TEST_TMPDIR/e.conf"
	run "$I" diff "$BATS_TEST_TMPDIR/e.conf"
	[ "$output" = "no differences" ]
}

@test "create and set take restricted, 0 or 1" {
	run "$I" create r --restricted 1
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/r/restricted")" = 1 ]
	run "$I" set r --restricted 2
	[ "$status" -eq 1 ]
	[[ "$output" == *"restricted: unknown value '2' (0 or 1)"* ]]
	run "$I" set r --restricted 0
	[ "$status" -eq 0 ]
	[ "$(cat "$cfg/r/restricted")" = 0 ]
}

@test "no fixed argument limit: apply takes 300 files, export 300 names" {
	files=()
	for i in $(seq 300); do
		printf 'interface i%s {\n\tret carry\n}\n' "$i" >"$BATS_TEST_TMPDIR/$i.conf"
		files+=("$BATS_TEST_TMPDIR/$i.conf")
	done
	run "$I" apply "${files[@]}"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 300 ]
	[ "$(ls "$cfg" | grep -c '^i')" -eq 300 ]
	run "$I" export $(seq -f 'i%g' 300)
	[ "$status" -eq 0 ]
	[ "$(grep -c '^interface i' <<<"$output")" -eq 300 ]
}
