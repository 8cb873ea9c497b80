# test: FreeBSD Go program: reads standard input to EOF
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
seq 1 20000 >in
out=$(go-stdin <in)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "$(wc -c <in | tr -d ' ') bytes sha256 $(sha256sum <in | cut -d' ' -f1)" "output"
