# test: turbo's daemon (FreeBSD, from npm) runs: it watches the monorepo's directories with kqueue's EVFILT_VNODE (through Go's fsnotify), answers status over its unix socket, serves a build, and stops when asked
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
turbo_repo
# Without EVFILT_VNODE the daemon exits at once: "failed adding watch".
out=$(turbo-freebsd daemon start 2>&1)
expect_eq "$out" "turbo daemon is running" "daemon start"
status=$(turbo-freebsd daemon status --json 2>&1)
pidfile=$(echo "$status" | sed -n 's/.*"pidFile": "\(.*\)".*/\1/p')
[ -s "$pidfile" ] || fail "no pid file: $status"
pid=$(cat "$pidfile")
log=$(echo "$status" | sed -n 's/.*"logFile": "\(.*\)".*/\1/p')
grep -q "fsnotify: watching directory $PWD/packages/b" "$log" ||
	fail "not watching: $(tail -5 "$log")"
turbo-freebsd run build >run 2>&1 || fail "build: $(tail -5 run)"
expect_eq "$(cat packages/a/dist/out)" "b
a" "the build's output"
expect_eq "$(turbo-freebsd daemon stop 2>&1)" \
	"Successfully requested that turbo daemon shut down" "daemon stop"
wait_until eval "! kill -0 $pid 2>/dev/null"
