# test: over 200 malformed inputs (generated and hand-written) through configfs: each refused with its errno, the tree identical before and after
# timeout: 300
. /lib/scenario.sh
paper_custom
mkdir $CFG/other $CFG/bare
echo ZZZZ >$CFG/other/magic
echo juha >$CFG/other/binfmt

# The service slots, and every attribute of every interface but the two
# that report rather than configure: stats (counters) and table_error (the
# last refusal, by design).
snapshot() {
	ls $CFG
	cat /sys/kernel/syscall_iface/services
	for d in $CFG/*/; do
		for f in "$d"*; do
			case ${f##*/} in stats|table_error) continue ;; esac
			echo "== $f"
			cat "$f"
		done
	done
}
snapshot >before

n=0 bad=0
miss() { echo "MISS: $*"; bad=$((bad + 1)); }

# attr ERRNO IFACE ATTR VALUE: the write fails with ERRNO, nothing changes.
attr() {
	n=$((n + 1))
	old=$(cat $CFG/$2/$3)
	got=$(cfgw $CFG/$2/$3 "$4")
	[ "$got" = "$1" ] || miss "$2/$3 <- '$4': $got, expected $1"
	[ "$(cat $CFG/$2/$3)" = "$old" ] || miss "$2/$3 changed by '$4'"
}

# table ERRNO TEXT: writing TEXT to custom's table is refused with ERRNO
# (reported by table_error, since configfs drops a binary attribute's
# error at close), and the table is unchanged.
table() {
	n=$((n + 1))
	old=$(cat $CFG/custom/table)
	printf '%b' "$2" >$CFG/custom/table
	e=$(cat $CFG/custom/table_error)
	case $e in
	"-$1: "*) ;;
	*) miss "table '$2': '$e', expected -$1" ;;
	esac
	[ "$(cat $CFG/custom/table)" = "$old" ] || miss "table changed by '$2'"
}

# errno ERRNO TEXT: an errno map (printf %b escapes) refused with ERRNO
# in table_error, the map unchanged.
errmap() {
	n=$((n + 1))
	old=$(cat $CFG/custom/errno)
	printf '%b' "$2" >$CFG/custom/errno
	e=$(cat $CFG/custom/table_error)
	case $e in
	"-$1: errno: "*) ;;
	*) miss "errno '$2': '$e', expected -$1" ;;
	esac
	[ "$(cat $CFG/custom/errno)" = "$old" ] || miss "errno map changed by '$2'"
}

# mkdir ERRNO NAME
mkd() {
	n=$((n + 1))
	got=$(cfgw -d "$CFG/$2")
	[ "$got" = "$1" ] || miss "mkdir '$2': $got, expected $1"
}

## Generated: a misspelling of each of these syscalls.
for s in read write open close stat fstat lstat poll lseek mmap mprotect \
	munmap brk ioctl pread64 readv writev access pipe select dup dup2 \
	pause nanosleep getpid socket connect clone fork execve exit wait4 \
	kill uname fcntl flock fsync getcwd chdir rename mkdir rmdir; do
	table EINVAL "1 write\n7 ${s}zz\n"
done
## Generated: foreign numbers out of range, and numbers that do not parse.
for f in 65536 65537 70000 131071 1048576 4294967295 4294967296 \
	18446744073709551615; do
	table ERANGE "$f write\n"
done
for f in -1 -65535 x 1x 0x 0xg 1.5 +-1 '1 2 3' "$(printf 'a%.0s' 1 2 3 4 5 6 7 8)"; do
	table EINVAL "$f write\n"
done
## Generated: native numbers out of range, and services that do not parse.
for t in 463 464 511 600 1000 4095 99999; do
	table ERANGE "1 $t\n"
done
for t in service: 'service: ' service:- service:a.b service:UPPER? \
	"service:$(printf 'n%.0s' $(seq 40))" '-1' 0x '1e3'; do
	table EINVAL "1 $t\n"
done
## Generated: a foreign number mapped twice, in several spellings.
for d in '1 read\n1 write' '16 read\n0x10 write' '9 read\n0x9 close' \
	'65535 read\n0xffff write' '0 read\n00 write' '2 a\n2 b'; do
	case $d in *'2 a'*) e=EINVAL ;; *) e=EEXIST ;; esac
	table $e "$d\n"
done
## Generated: one bad line after many good ones.
good=$(i=0; while [ $i -lt 300 ]; do echo "$i getpid"; i=$((i + 1)); done)
table EINVAL "$good\n301 nosuchcall\n"
table EEXIST "$good\n299 getppid\n"
table ERANGE "$good\n70000 getppid\n"
## Hand-written table syntax.
table EINVAL "1\n"
table EINVAL "1 write extra\n"
table EINVAL "write 1\n"
table EINVAL "1 write # ok\n2\n"
table EINVAL "1 write\00002 read\n"
table ERANGE "0x10000 write\n"
table EEXIST "1 write\n1 write\n"
table EINVAL "1 service:a/b\n2 service:ok_name\n"
table EINVAL "2 service:ok_name\n3 service:\n"

## nr_reg: generated register names that do not exist.
for r in rsp rip eax ax al RAX Rax rflags eflags cs ss fs gs r16 r0 r-1 \
	r8d r15w xmm0 0 1 15 '' ' ' 'rax rbx' 'rax,rbx' rbx.; do
	attr EINVAL custom nr_reg "$r"
done
## unmapped: policies that do not exist.
for p in '' enosy enosys2 ENOSYS sigsegv SIGSYS kill9 Kill 0 1 'kill sigsys'; do
	attr EINVAL custom unmapped "$p"
done
## method and ret: entry methods and conventions that do not exist.
for m in '' int2e INT80 int 80 0x80 sysenter syscall32 'syscall int80'; do
	attr EINVAL custom method "$m"
done
for r in '' bsd BSD Linux cf carry1 errno 'linux carry'; do
	attr EINVAL custom ret "$r"
done
## errno maps: syntax, names, ranges, restart codes, duplicates.
errmap EINVAL "ENOENT\n"
errmap EINVAL "2 3 4\n"
errmap EINVAL "ENOTANERRNO 2\n"
errmap EINVAL "enoent 2\n"
errmap EINVAL "2 ENOENT\n"
errmap EINVAL "-2 2\n"
errmap EINVAL "2 0x\n"
errmap EINVAL "2 2\000\n"
errmap ERANGE "0 2\n"
errmap ERANGE "2 0\n"
errmap ERANGE "4096 2\n"
errmap ERANGE "2 99999999999999999999\n"
errmap EINVAL "512 2\n"
errmap EINVAL "2 516\n"
errmap EINVAL "ERESTARTSYS 2\n"
errmap EEXIST "2 3\nENOENT 4\n"
## restricted: only 0 or 1.
for v in 2 -1 10 yes no true false on off '' ' ' 0x; do
	attr EINVAL custom restricted "$v"
done
## magic: empty, too long, bad escapes.
attr EINVAL custom magic ''
for l in 129 130 200 255 1000; do
	attr E2BIG custom magic "$(printf "%0${l}d" 0)"
done
for m in '\x' '\x4' '\xzz' '\q' 'AB\' '\\\x1' '\8' 'A\xg0'; do
	attr EINVAL custom magic "$m"
done
## offset: not a number, or past byte 128 with JUHA's four bytes.
for o in abc -1 1x '' 0x 12.5; do
	attr EINVAL custom offset "$o"
done
for o in 125 126 127 128 129 1000 4294967296; do
	attr ERANGE custom offset "$o"
done
## mask: a length other than the magic's four bytes.
for m in '\xff' '\xff\xff' '\xff\xff\xff' '\xff\xff\xff\xff\xff' \
	"$(printf '%0128d' 0)"; do
	attr EINVAL custom mask "$m"
done
## binfmt: unknown handlers; binding without a magic; a clash.
for b in misc ELF Juha 'juha elf' juha2 script none ' ' 0; do
	attr EINVAL custom binfmt "$b"
done
attr EINVAL bare binfmt juha
attr EINVAL bare binfmt elf
mkdir $CFG/clash
echo JUHA >$CFG/clash/magic
attr EEXIST clash binfmt juha
rmdir $CFG/clash
attr EEXIST other magic JUHA
## linux, the native interface: everything but its table is fixed.
for a in 'nr_reg rbx' 'unmapped kill' 'restricted 1' 'magic JUHA' \
	'offset 4' 'mask \xff' 'binfmt juha' 'binfmt elf' 'method int80' \
	'ret carry'; do
	attr EPERM linux ${a%% *} "${a#* }"
done
## mkdir: names too long, names that exist.
for l in 33 34 40 64 255; do
	mkd ENAMETOOLONG "$(printf "%0${l}d" 0)"
done
mkd EEXIST linux
mkd EEXIST custom
mkd EEXIST other

snapshot >after
if ! cmp -s before after; then
	diff before after
	fail "the tree changed"
fi
echo "malformed inputs: $n, refused as expected: $((n - bad))"
[ $bad = 0 ] || fail "$bad cases not refused as expected"
[ $n -ge 200 ] || fail "only $n cases"
