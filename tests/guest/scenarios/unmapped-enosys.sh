# test: a foreign number with no mapping returns -ENOSYS and counts as unmapped
. /lib/scenario.sh
lx_platform lx LXID
u0=$(stat lx unmapped)
expect_eq "$(ifacetest-lx call 4242)" -38 "call 4242"
expect_eq "$(ifacetest-lx call 65535)" -38 "call 65535"
p=$(ifacetest-lx call 1001)
[ "$p" -gt 1 ] || fail "getpid through 1001 gave $p"
expect_eq "$(stat lx unmapped)" $((u0 + 2)) unmapped
