# test: netbsd platform: mkdirat, symlinkat, readlinkat, renameat and __getrusage50, which NetBSD's table maps straight to Linux's, at NetBSD's numbers; getrusage's timevals come back with their padding clear
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir w && cd w || fail "mkdir"
out=$(nbsd-paths)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "mkdirat 0 0
symlinkat 0 0
readlinkat 0 6
link target
renameat 0 0
renameat-gone 1 2
getrusage 0 0
rusage OK" "each call's result"
[ -d e ] && [ ! -e d ] || fail "d was not renamed to e"
expect_eq "$(busybox stat -c %a e)" 700 "e's mode"
expect_eq "$(readlink s)" target "s's target"
