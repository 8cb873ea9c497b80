# test: netbsd platform: _lwp_setname names an LWP, the caller or another, as its Linux comm (which /proc shows), cut to 15 bytes, and _lwp_getname reads it back (ENAMETOOLONG with too little room); a NULL name, a bad buffer and a missing LWP are refused (EFAULT, ESRCH)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-lwp-name)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "set 0 0
comm nbsd-main
get 0 0
name nbsd-main
set-other 0 0
comm-other worker
get-other 0 0
name-other worker
long 0 0
name-long abcdefghijklmno
short 1 63
name-short abcd
null 1 14
fault 1 14
none 1 3
get-none 1 3" "each call's result"
