# test: NetBSD Go program: os/exec runs a FreeBSD program (both platforms loaded) and native ones over pipes (fork, execve, __wait450), sees a child's signal in NetBSD's numbering, and reports a missing program
# timeout: 90
. /lib/scenario.sh
netbsd_iface nbsd
freebsd_iface fbsd
out=$(nbsd-go-exec)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line freebsd)" "argc 2 42" "a FreeBSD child: its output and exit status"
expect_eq "$(line native)" "native 0" "a native child's output"
expect_eq "$(line pipe)" "through a pipe 0" "stdin and stdout through pipes"
expect_eq "$(line signal)" "true 30" "a child killed by SIGUSR1, NetBSD's 30"
expect_eq "$(line missing)" "fork/exec /bin/no-such-program: no such file or directory" "a missing program"
