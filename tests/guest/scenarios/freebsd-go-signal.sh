# test: FreeBSD Go program: os/signal.Notify catches SIGUSR1 (30 on FreeBSD) that it sends itself with kill
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(go-signal)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "got user defined signal 1 (30)" "output"
