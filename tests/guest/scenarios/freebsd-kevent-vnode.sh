# test: freebsd platform: EVFILT_VNODE reports writes, growth, attributes, truncation, links, renames, removal, opens, reads and closes of a watched file, and names made in a watched directory; EV_CLEAR clears the notes, EV_DISPATCH holds them until EV_ENABLE, a closed descriptor's watch is gone, and a pipe, a closed descriptor or an unreadable file is refused
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
cd "$(mktemp -d)" || fail "no directory"
chmod 755 .
out=$(fbsd-kevent-vnode)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "write 1 6
cleared 0
overwrite 1 2
attrib 1 8
truncate 1 8
link 1 16
rename 1 32
unlink 1 1
level 1 6
again 1 6
dispatch 1 6
dispatched 0
rearmed 1 6
(drained) 0
access 1 1408
dir-create 1 2
dir-mkdir 1 18
closed 0
closed-delete 9
pipe 22
badfd 9
unknown 2
delete 1 1
eacces 13" "each change's events"
