# test: a second real FreeBSD/amd64 Go program from npm (Turborepo's turbo 1.4.7, unmodified) builds a two-package monorepo: its version, the task graph in dependency order, the tasks run as subprocesses in that order, and a second run that replays both from its cache
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
expect_eq "$(turbo-freebsd --version)" 1.4.7 "version"
turbo_repo
# The dry run's JSON: a's build depends on b's.
turbo-freebsd run build --dry=json --no-daemon >dry.json 2>dry.err ||
	fail "dry run: $(head -5 dry.err)"
tr -d ' \n' <dry.json | grep -q '"taskId":"a#build".*"dependencies":\["b#build"\]' ||
	fail "task graph: $(head -c 600 dry.json)"
# The build: b's task, then a's, which reads b's output.
turbo-freebsd run build --no-daemon >run1 2>&1 || fail "build: $(tail -5 run1)"
expect_eq "$(cat packages/a/dist/out)" "b
a" "a's output, made from b's"
expect_eq "$(cat "$LOG")" "npm run build in b
npm run build in a" "the tasks run, in order"
grep -q 'Cached:    0 cached, 2 total' run1 || fail "first run: $(tail -5 run1)"
# The same build again, its outputs gone: both come from the cache.
rm -rf packages/a/dist packages/b/dist
turbo-freebsd run build --no-daemon >run2 2>&1 || fail "rebuild: $(tail -5 run2)"
grep -q 'Cached:    2 cached, 2 total' run2 || fail "second run: $(tail -5 run2)"
expect_eq "$(cat packages/a/dist/out)" "b
a" "a's output, from the cache"
expect_eq "$(wc -l <"$LOG")" 2 "no task run again"
