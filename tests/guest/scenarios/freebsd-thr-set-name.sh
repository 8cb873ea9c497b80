# test: freebsd platform: thr_set_name names a thread as its Linux comm (which /proc shows), cut to 15 bytes, or empties it for a NULL name; a bad name is EFAULT and a missing thread ESRCH
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-thr-name)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "set 0 0
comm fbsd-thread
long 0 0
comm abcdefghijklmno
null 0 0
comm 
fault 1 14
none 1 3" "each call's result"
