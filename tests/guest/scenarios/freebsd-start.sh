# test: freebsd platform: a FreeBSD program starts as FreeBSD starts it (argc's address in rdi, rsp 8 off 16), and its exit status and carry-flag errors come through
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-start one "two words")
expect_eq "$?" 43 "exit status (40 + argc)"
expect_eq "$(echo "$out" | sed -n 1,4p)" "argc 3
argv[0] fbsd-start
argv[1] one
argv[2] two words" "arguments"
echo "$out" | grep -q '^env [A-Za-z_]*=' || fail "environment: $out"
expect_eq "$(echo "$out" | sed -n 's/^rsp%16 //p')" 8 "rsp at _start, mod 16"
# An unmapped number: ENOSYS, FreeBSD's 78, with the carry flag; counted.
expect_eq "$(echo "$out" | sed -n 's/^unmapped //p')" "1 78" "unmapped call"
expect_eq "$(stat fbsd unmapped)" 1 "unmapped calls counted"
expect_eq "$(stat fbsd execs)" 1 "execs"
