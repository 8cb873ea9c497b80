# test: freebsd platform: setrlimit and getrlimit in FreeBSD's numbering, FreeBSD's RLIM_INFINITY (and any negative limit) is the kernel's unlimited
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-rlimit)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "lower 0 0
get 0 0 4096 8192
proc 4096 8192 bytes
infinity 0 0
get 0 0 9223372036854775807 9223372036854775807
proc unlimited unlimited bytes
lower 0 0
negative 0 0
proc unlimited unlimited bytes
sbsize 1 22
unknown 1 22
nofile 0 0
open-65th 1 24" "each check's line"
