# test: netbsd platform: sysctl kern.proc2.OP.ARG.SIZE.COUNT gives NetBSD's struct kinfo_proc2 (680 bytes) of the processes OP and ARG select (a pid, all, a user): the caller's ids, user, blocked signals, memory, name and threads; with no buffer the room they take with five to spare; entries of the size asked, as many as asked; too little room is ENOMEM; a pid no process has gives none, a short name EINVAL; kern.proc_args gives the arguments and their count
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
expect_eq "$(nbsd-kinfo2)" "size 0 0
size 4080
read 0 0
len 680
pid 1
ppid 1
uid 1
masked 1
resident 1
comm nbsd-kinfo2
threads 1
short 1 12
shortlen 0
small 0 0
smalllen 16
all 0 0
allself 1
byuid 0 0
uidself 1
none 0 0
nonelen 0
bare 1 22
argv 0 0
argvlen 12
arg0 nbsd-kinfo2
nargv 0 0
nargv 1" "kinfo_proc2"
