# test: fork and threads inherit the interface; references are dropped at exit
. /lib/scenario.sh
lx_platform lx LXID
expect_eq "$(ifacetest-lx fork | sort | tr '\n' ' ')" "child lx parent lx " fork
expect_eq "$(ifacetest-lx thread | sort | tr '\n' ' ')" "main lx thread lx " thread
# While a forked child sleeps, two tasks use lx; afterwards none.
ifacetest-lx fork $((1500 * SCALE)) >/dev/null &
wait_until tasks_are lx 2
wait
expect_eq "$(stat lx tasks)" 0 "tasks after both exited"
# Native programs stay native.
expect_eq "$(ifacetest fork | sort | tr '\n' ' ')" "child linux parent linux " "native fork"
