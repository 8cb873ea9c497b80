# test: freebsd platform: FreeBSD's timekeeping page (AT_TIMEKEEP) gives FreeBSD's libc reader the kernel's clocks without a system call: read-only, kept in step with the timekeeper through its updates and a clock step, disabled while the clocksource is not the TSC
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
CS=/sys/devices/system/clocksource/clocksource0
cs=$(cat $CS/current_clocksource)
trap 'echo "$cs" >$CS/current_clocksource' EXIT
case $cs in
tsc*) ;;
*) fail "the clocksource is $cs: this test needs the TSC" ;;
esac

# Mapped read-only into FreeBSD programs, not into native ones.
fbsd-start sleep 2 >/dev/null &
pid=$!
wait_until grep -q '\[timekeep\]' /proc/$pid/maps
expect_eq "$(awk '$6 == "[timekeep]" { print $2 }' /proc/$pid/maps)" r--p "the page's protection"
wait $pid
sleep 2 &
pid=$!
expect_eq "$(grep -c '\[timekeep\]' /proc/$pid/maps)" 0 "no page in a native program"
wait $pid

# Read against clock_gettime for 3 seconds; the time of day is stepped
# 1000 s forward meanwhile, and put back after.
fbsd-timekeep 3 >out &
pid=$!
sleep 1
date -s "@$(($(date +%s) + 1000))" >/dev/null || fail "date -s"
wait $pid
rc=$?
date -s "@$(($(date +%s) - 1000))" >/dev/null
expect_eq "$rc" 0 "exit status"
expect_eq "$(sed -n 1,3p out)" "timekeep ok
ver 1 enabled 1
mprotect 1 13" "the page: in the vector, version 1, enabled, never writable"
v() { sed -n "s/^$1 //p" out; }
expect_eq "$(v outside)" 0 "every read between the clock_gettime calls around it"
expect_eq "$(v backwards)" 0 "CLOCK_MONOTONIC never back"
[ "$(v updates)" -ge 10 ] || fail "the page followed only $(v updates) timekeeper updates in 3 s"
[ "$(v rounds)" -ge 100 ] || fail "only $(v rounds) rounds"
# date -s sets whole seconds: the step is 999 to 1000 s.
case $(v boot-moved) in
999 | 1000) ;;
*) fail "the page's time of day moved $(v boot-moved) s for a 1000 s step" ;;
esac

# Another clocksource: the page is disabled, FreeBSD programs fall back to
# clock_gettime; the TSC again: enabled again.
other=$(tr ' ' '\n' <$CS/available_clocksource | grep -v -e '^tsc' -e '^$' | head -n 1)
[ -n "$other" ] || fail "no clocksource but the TSC"
echo "$other" >$CS/current_clocksource
fbsd-timekeep 1 >out
expect_eq "$?:$(sed -n 2p out)" "1:ver 1 enabled 0" "disabled under $other"
echo "$cs" >$CS/current_clocksource
fbsd-timekeep 1 >out
expect_eq "$?:$(sed -n 2p out)" "0:ver 1 enabled 1" "enabled again under $cs"
expect_eq "$(v outside) $(v backwards)" "0 0" "right again under $cs"
