# test: netbsd platform: _lwp_wait waits for an LWP made without LWP_DETACHED, running or already exited, once (any, for 0), and _lwp_detach makes one that cannot be waited for; a detached LWP, the caller and a missing LWP are refused (EINVAL, EDEADLK, ESRCH), and so is the last of two LWPs to wait for each other (EDEADLK); the first LWP of a process may be waited for until it detaches itself
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-lwp-wait)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "wait 0 0
departed 1
ran 2
again 1 3
exited 0 0
any 0 0
any-id 1
detached 1 22
detach 0 0
after-detach 1 22
self 1 11
deadlock 1
joined 0 0
none 1 3
none-left 1 3
detach-self 0 0
detach-self-again 1 22" "each call's result"
