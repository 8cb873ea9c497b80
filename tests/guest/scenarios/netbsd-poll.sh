# test: netbsd platform: poll in NetBSD's event bits (POLLWRBAND, POLLWRNORM as POLLOUT), the program's events left as they were; pollts, select and pselect time out and leave the timeout as it was, select's and SO_SNDTIMEO's 32-bit tv_usec read without its padding
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-poll)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "writable 0 1 4 260
plain 0 1 65 65
fault 1 14
pollts 0 0 20000000
select 0 0 20000 1
pselect 0 0 20000000
pselect-nsec 1 22
sndtimeo 0 0 200000 1" "each check's line"
