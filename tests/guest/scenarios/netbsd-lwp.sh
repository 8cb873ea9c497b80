# test: netbsd platform: _lwp_park keeps an early unpark, times out, and a forked child has no token of its parent, mmap takes its offset from the stack, F_GETFL and kevent timers in NetBSD's numbers, and bad parks, trampolines, ucontexts, alignments and filters are refused with NetBSD's errnos
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
cd /tmp
out=$(nbsd-lwp)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "park-pending 1 37
park-timeout 1 60
fork-token 1 60
park-clock 1 22
park-flags 1 22
unpark-none 1 3
tramp-none 1 22
tramp-version 1 22
create-nocpu 1 22
create-suspended 1 22
mmap-pos 0 1
mmap-aligned 1 22
getfl 0 4
timer 0 1 6 0 1
filter-bad 1 22" "output"
