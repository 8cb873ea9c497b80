# test: freebsd platform: thr_new takes a parameter struct of at most its size, THR_SYSTEM_SCOPE and THR_SUSPENDED (which FreeBSD ignores) and a time-sharing priority, and refuses other flags, a longer struct, other priority classes and a bad priority pointer
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
chmod 755 .
out=$(fbsd-thr-params)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "plain 0 0 1
system-scope 0 0 1
suspended 0 0 1
unknown-flag 1 22 0
short 0 0 1
long 1 22 0
time-sharing 0 0 1
idle 1 22 0
real-time 1 22 0
bad-rtp 1 14 0" "each call's result, as root"
expect_eq "$(ifacetest asuser 1000 /bin/fbsd-thr-params | grep real-time)" \
	"real-time 1 1 0" "a real-time priority without privilege"
