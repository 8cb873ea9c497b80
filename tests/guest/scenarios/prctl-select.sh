# test: prctl selection: read, select now, select for the next exec, back to native; /proc status; ifacectl run
. /lib/scenario.sh
lx_platform lx LXID
expect_eq "$(ifacetest get)" linux "native task"
expect_eq "$(ifacetest-lx get)" lx "foreign task"
expect_eq "$(ifacetest set lx)" "$(printf 'now lx lx\nthen linux linux')" "set now, then native"
expect_eq "$(ifacetest set nosuch)" "set: -2" "unknown name: ENOENT"
expect_eq "$(ifacetest setexec nosuch /bin/ifacetest name)" "setexec: -2" "unknown name on exec: ENOENT"
# The next exec only, over detection; cleared by that exec.
expect_eq "$(ifacetest setexec lx /bin/ifacetest name)" lx "on exec: a plain ELF runs lx"
expect_eq "$(ifacetest setexec lx /bin/ifacetest exec /bin/ifacetest name)" linux "only the next exec"
expect_eq "$(ifacetest-lx setexec linux /bin/ifacetest-lx name)" linux "on exec: linux over detection"
expect_eq "$(ifacetest setexec lx /bin/ifacetest setexec - /bin/ifacetest-lx name)" lx "cleared choice: detection again"
# ifacectl run is built on it.
expect_eq "$(ifacectl run lx -- /bin/ifacetest name)" lx "ifacectl run"
expect_eq "$(ifacectl run linux -- /bin/ifacetest-lx name)" linux "ifacectl run linux"
out=$(ifacectl run nosuch -- /bin/ifacetest name 2>&1)
expect_eq "$?:$out" "2:ifacectl: run: no interface 'nosuch'" "ifacectl run unknown"
# /proc/PID/status and ifacectl show --pid.
ifacetest-lx sleep $((1000 * SCALE)) >/dev/null &
wait_until tasks_are lx 1
expect_eq "$(grep SyscallIface /proc/$!/status)" "$(printf 'SyscallIface:\tlx')" "status of a foreign task"
expect_eq "$(grep SyscallIface /proc/self/status)" "$(printf 'SyscallIface:\tlinux')" "status of a native task"
expect_eq "$(ifacectl show --pid $!)" "$! lx" "ifacectl show --pid"
wait
