# test: netbsd platform: a seccomp filter's SECCOMP_RET_TRAP on the native call a netbsd call runs gives the program's SA_SIGINFO handler its SIGSYS, with si_addr, in the platform's siginfo, at the address after the call
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
# Linux's getpid is 39.
out=$(deny -s 39 nbsd-sigsys)
expect_eq "$?" 0 "exit status: the handler ran"
expect_eq "$out" "signo 12
code 1
addr 1" "the handler's siginfo"
# Without the filter there is no SIGSYS: the test can fail.
out=$(nbsd-sigsys)
expect_eq "$?:$out" "1:getpid 0" "no filter, no signal"
