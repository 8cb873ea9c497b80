# test: freebsd platform: sysctl kern.proc.pid.PID gives the process's struct kinfo_proc (1088 bytes): its ids, user, name, state, threads, memory, start time, blocked and ignored signals; the parent's too; a short buffer is ENOMEM, a pid no process has ESRCH, the name without a pid EINVAL; kern.proc.proc and kern.proc.all list every process, the caller and its parent among them, as many as fit; kern.proc.uid, .gid and .pgrp list those they name; kern.proc.args gives the arguments
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
expect_eq "$(fbsd-kinfo)" "name2oid 0 0
oid 1 14 1
size 0 0
size 1088
self 0 0
structsize 1
pid 1
ppid 1
uid 1
comm fbsd-kinfo
stat 2
threads 1
resident 1
started 1
masked 1
ignored 1
parent 0 0
parentpid 1
short 1 12
missing 1 3
bare 1 22
list 0 0
listed 1
read 0 0
whole 1
self 1
parent 1
onlyone 1 12
onlylen 1088
list 0 0
listed 1
read 0 0
whole 1
self 1
parent 1
onlyone 1 12
onlylen 1088
byuid 0 0
byuid 1
bygid 0 0
bygid 1
bypgrp 0 0
bypgrp 1
threads 0 0
threads 1
nouid 0 0
nouid 2
uidbare 1 22
unbuilt 1 2
args 0 0
argslen 11
arg0 fbsd-kinfo" "kinfo_proc"
