# test: benchmarks (harness/bench.sh): one "ROW NS" line per measurement
# timeout: 3000
# Runs on the vanilla kernel and on ours; rows that need the subsystem
# only on ours.  NS is guest nanoseconds per call, which under
# -icount shift=0 is instructions.
CFG=/sys/kernel/config/syscall_iface
row() { # row NAME BENCH-ARGS...
	name=$1
	shift
	set -- $(bench "$@") || exit 1
	[ -n "$2" ] || exit 1
	echo "$name $2"
}
echo "clocksource $(cat /sys/devices/system/clocksource/clocksource0/current_clocksource)"
row native_getppid native
row native_6arg native6
row native_enosys enosys
row native_int80 native80
row native_clock clock
row emul_sud sud
row emul_seccomp seccomp
row emul_sysemu sysemu
# A real workload, natively on both kernels: esbuild as npm publishes it
# for Linux bundles and minifies 300 modules (bench/guest/esbuild-input.sh).
# The FreeBSD build of the same version does the same further down.
es() { # es BUILD OUT: esbuild BUILD's command line, writing OUT
	echo "/bin/esbuild-$1 index.js --bundle --minify --outfile=$2"
}
cd /bench/esbuild || exit 1
row esbuild_linux run $(es linux /tmp/linux.js)
echo "esbuild_version $(/bin/esbuild-linux --version)"
cd /
# The clock as Go's runtime reads it, time.Now() (the time of day and the
# monotonic clock): the Linux build through the vDSO.  The FreeBSD build
# reads FreeBSD's timekeeping page further down.
gorow() { # gorow NAME PROGRAM: PROGRAM prints "clock_read NS"
	set -- "$1" $("$2" bench) || exit 1
	[ "$2" = clock_read ] && [ -n "$3" ] || exit 1
	echo "$1 $3"
}
gorow go_clock_linux /bin/go-clock-linux
[ -d $CFG ] || { row exec_native_1 exec /bin/exit0; exit 0; }

# fax and fbx: foreign 7 = getppid, 8 = futex, 9 unmapped; rax and rbx.
for r in ax bx; do
	mkdir $CFG/f$r
	printf '7 getppid\n8 futex\n' >$CFG/f$r/table
	echo r$r >$CFG/f$r/nr_reg
done
row foreign_getppid_rax foreign fax
row foreign_getppid_rbx foreign fbx
row foreign_6arg foreign6 fax
row foreign_unmapped unmapped fax
rmdir $CFG/fax $CFG/fbx

# Entry method int80 and the carry convention: f80 takes getppid (7)
# through int $0x80, fcr returns results the BSD way.  While f80 exists,
# the int $0x80 entry asks the interface layer first: native_int80_on.
mkdir $CFG/f80 $CFG/fcr
printf '7 getppid\n' >$CFG/f80/table
echo int80 >$CFG/f80/method
printf '7 getppid\n' >$CFG/fcr/table
echo carry >$CFG/fcr/ret
row foreign_int80 foreign80 f80
row foreign_carry foreign fcr
row native_int80_on native80
rmdir $CFG/f80 $CFG/fcr

# The freebsd platform: FreeBSD's getppid (39), mapped straight to the
# native call under the carry convention, and clock_gettime (232), which
# a service translates.
P=/usr/share/syscall-iface/platforms
insmod /lib/modules/syscall_iface_freebsd.ko || exit 1
mkdir $CFG/fbsd
echo freebsd >$CFG/fbsd/platform || exit 1
cat $P/freebsd.table >$CFG/fbsd/table
cat $P/freebsd.errno >$CFG/fbsd/errno
echo carry >$CFG/fbsd/ret
row freebsd_getppid freebsd fbsd
row freebsd_clock freebsd_clock fbsd

# The real workload again: esbuild's FreeBSD build, branded FreeBSD
# (EI_OSABI 9), under the freebsd platform.  Its output must be the Linux
# build's, byte for byte.  Then each build runs once more under strace,
# untimed: the calls it makes, by kind, which is where a difference in
# time goes; a service (strace knows it by number only) by its name.
printf '\\x09' >$CFG/fbsd/magic
echo 7 >$CFG/fbsd/offset
echo elf >$CFG/fbsd/binfmt || exit 1
cd /bench/esbuild || exit 1
row esbuild_freebsd run $(es freebsd /tmp/freebsd.js)
cmp /tmp/linux.js /tmp/freebsd.js || exit 1
echo "esbuild_bytes $(wc -c </tmp/linux.js)"
gorow go_clock_freebsd /bin/go-clock
for b in linux freebsd; do
	strace -f -o /tmp/$b.trace $(es $b /tmp/$b-traced.js) >/dev/null 2>&1 ||
		exit 1
	sed -n 's/^[0-9]* *\([a-z0-9_]*\)(.*/\1/p' /tmp/$b.trace | sort | uniq -c |
		awk -v b=$b 'NR == FNR { svc[sprintf("syscall_0x%x", $1)] = $2; next }
			{ print "calls_" b "_" ($2 in svc ? svc[$2] : $2), $1 }' \
			/sys/kernel/syscall_iface/services -
done
cd /
rmdir $CFG/fbsd

# exec and exit with 1, 64 and 1024 interfaces registered, each bound with
# its own signature.  "bench" (BNCH) is rebound after the fillers, so it is
# the last one the matcher tries: the foreign rows pay for the whole walk.
mkdir $CFG/bench
echo '60 exit' >$CFG/bench/table
echo BNCH >$CFG/bench/magic
n=1
for want in 1 64 1024; do
	while [ $n -lt $want ]; do
		d=$CFG/x$n
		mkdir $d && printf 'X%03x' $n >$d/magic && echo juha >$d/binfmt || exit 1
		n=$((n + 1))
	done
	echo >$CFG/bench/binfmt
	echo juha >$CFG/bench/binfmt
	row exec_native_$want exec /bin/exit0
	row exec_foreign_$want exec /bin/exit0-foreign
done
