# test: a table replaced while a foreign program runs takes effect at its next call
. /lib/scenario.sh
lx_platform lx LXID
ifacetest-lx waitcall /tmp/go 2000 >res &
wait_until tasks_are lx 1
expect_eq "$(ifacetest-lx call 2000)" -38 "2000 before"
{ cat /tmp/lx.table; echo "2000 getppid"; } >$CFG/lx/table
touch /tmp/go
wait
[ "$(cat res)" -gt 0 ] || fail "2000 after replacement gave $(cat res)"
