# test: freebsd platform: thr_new stores the new thread's id in child_tid and parent_tid before the thread runs, and starts no thread when it cannot store it (EFAULT), as FreeBSD does
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-thr-tid)
expect_eq "$?" 0 "exit status"
expect_eq "$(echo "$out" | sed -n 1p)" "threads 200 child 0 parent 0" "ids seen by 200 new threads and their creator"
expect_eq "$(echo "$out" | sed -n 2p)" "badptr 1 14 0" "a child_tid that faults: EFAULT, and no thread"
