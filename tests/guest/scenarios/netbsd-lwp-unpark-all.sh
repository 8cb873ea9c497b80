# test: netbsd platform: _lwp_unpark_all gives its limit when asked (as libpthread does at start), unparks each LWP of a list, and refuses an empty or too long list (EINVAL), a bad one (EFAULT) and a missing LWP (ESRCH, after unparking the rest)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-unpark-all)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "max 0 1024
empty 1 22
long 1 22
fault 1 14
self 0 0
park-self 1 37
missing 1 3
park-missing 1 37
park-none 1 60" "each call's result"
