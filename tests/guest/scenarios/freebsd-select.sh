# test: freebsd platform: select, pselect and ppoll leave the caller's timeout as it was, and pselect's and ppoll's FreeBSD masks hold for the call only
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-select)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "select 0 0 0 20000
pselect 0 0 0 20000000
ppoll 0 0 0 20000000
ppoll-mask 1 4 1 1
pselect-mask 1 4 1 1
ppoll-einval 1 22 0 1" "each check's line"
