# test: a real NetBSD/amd64 Go program from npm (esbuild 0.28.2, unmodified): its version, its help, TypeScript transpiled, a bundle written to files, and a non-blocking stdin read through its netpoller (kqueue, woken by EVFILT_USER)
# timeout: 120
. /lib/scenario.sh
netbsd_iface nbsd
expect_eq "$(esbuild-netbsd --version)" 0.28.2 "version"
esbuild-netbsd --help 2>&1 | grep -q '^  esbuild \[options\] \[entry points\]$' ||
	fail "help: $(esbuild-netbsd --help 2>&1 | head -5)"
printf 'const greet = (who: string): string => "hi " + who;\nconsole.log(greet("bsd"));\n' >a.ts
expect_eq "$(esbuild-netbsd a.ts --minify)" 'const greet=s=>"hi "+s;console.log(greet("bsd"));' "transpiled"
# A bundle: two sources read, one output written.
printf 'export const who = "bsd";\n' >b.ts
printf 'import { who } from "./b";\nconsole.log("hi " + who);\n' >c.ts
esbuild-netbsd c.ts --bundle --format=esm --outfile=out.js >log 2>&1 ||
	fail "bundle: $(head -5 log)"
grep -q 'var who = "bsd";' out.js || fail "bundle: $(head -5 out.js)"
grep -q 'console.log("hi " + who);' out.js || fail "bundle: $(head -5 out.js)"
# Go polls a non-blocking stdin: its netpoller starts, a kqueue whose
# wakeups are kevent's EVFILT_USER (Go 1.22 and later).  Without
# EVFILT_USER the runtime throws "kevent failed" here.
out=$(printf 'let x: number = 1;\nconsole.log(x);\n' |
	ifacetest nonblock /bin/esbuild-netbsd --loader=ts --minify 2>&1)
expect_eq "$out" 'let x=1;console.log(x);' "transpiled from a non-blocking stdin"
