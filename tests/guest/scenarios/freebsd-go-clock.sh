# test: FreeBSD Go program: Go's runtime reads the clock from the timekeeping page, without a system call, and correctly; with the page disabled (another clocksource) it falls back to clock_gettime
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
CS=/sys/devices/system/clocksource/clocksource0
cs=$(cat $CS/current_clocksource)
trap 'echo "$cs" >$CS/current_clocksource' EXIT
n=100000
calls() { # calls CLOCKSOURCE: $made, the FreeBSD calls one run makes
	echo "$1" >$CS/current_clocksource
	before=$(stat fbsd syscalls)
	out=$(go-clock check $n)
	expect_eq "$?" 0 "exit status under $1"
	expect_eq "$out" "calls $n outside 0 backwards 0" "clock reads under $1"
	made=$(($(stat fbsd syscalls) - before))
}
calls "$cs"
fast=$made
other=$(tr ' ' '\n' <$CS/available_clocksource | grep -v -e '^tsc' -e '^$' | head -n 1)
calls "$other"
slow=$made
echo "$cs" >$CS/current_clocksource
# time.Now() is two reads (wall and monotonic): 2n calls without the page.
[ "$fast" -lt $((n / 10)) ] || fail "$fast calls for $n clock reads under $cs"
[ "$slow" -ge $((2 * n)) ] || fail "only $slow calls for $n clock reads under $other"
