# test: freebsd platform: fork and vfork return 1 in rdx to the child and 0 to the parent (an error leaves rdx), and the child inherits no kqueue
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(ifacetest asuser 1000 /bin/fbsd-fork)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "child 0 0 1
child-kqueue 1 9
child-pipe 0 0
parent 0 0
parent-kqueue 0 0
vfork-child 256
vfork-parent 0 0
nproc 0 0
refused 1 35 85" "each check's line"
