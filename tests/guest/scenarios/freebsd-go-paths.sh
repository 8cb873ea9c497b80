# test: freebsd platform: a Go program finds its working directory (__getcwd) and its executable (kern.proc.pathname), and makes a FIFO (mkfifo)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
mkdir d && cd d || fail "mkdir"
out=$(go-paths)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "getwd $PWD <nil>
executable /bin/go-paths <nil>
mkfifo <nil> true" "what it printed"
