# test: freebsd platform: procctl's PROC_PDEATHSIG_CTL and PROC_PDEATHSIG_STATUS set and read the parent-death signal in FreeBSD's numbering, for the caller only; other idtypes, pids, signals and commands are EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-procctl)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "set 0 0
status 0 0 30
self 0 0
clear 0 0
status 0 0 0
idtype 1 22
other 1 22
badsig 1 22
cmd 1 22" "each call's line"
