# test: NetBSD Go program: reads standard input to EOF
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
seq 1 20000 >in
out=$(nbsd-go-stdin <in)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "$(wc -c <in | tr -d ' ') bytes sha256 $(sha256sum <in | cut -d' ' -f1)" "output"
