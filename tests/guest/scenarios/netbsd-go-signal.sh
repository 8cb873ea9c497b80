# test: NetBSD Go program: os/signal.Notify catches SIGUSR1 (30 on NetBSD) that it sends itself with kill
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-go-signal)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "got user defined signal 1 (30)" "output"
