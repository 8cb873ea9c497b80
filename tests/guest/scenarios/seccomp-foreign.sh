# test: seccomp sees the native call: a filter on native write stops the foreign-numbered write
. /lib/scenario.sh
lx_platform lx LXID
out=$(ifacetest-lx seccomp)
expect_eq "$?" 0 "status"
expect_eq "$out" "$(printf 'native write(42): -1\nforeign write(42): -1\nforeign write(1) passes')" output
