# test: a real FreeBSD/amd64 Go program from npm (esbuild 0.28.2, unmodified): its version, its help, and TypeScript transpiled
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
expect_eq "$(esbuild-freebsd --version)" 0.28.2 "version"
esbuild-freebsd --help 2>&1 | grep -q '^  esbuild \[options\] \[entry points\]$' ||
	fail "help: $(esbuild-freebsd --help 2>&1 | head -5)"
printf 'const greet = (who: string): string => "hi " + who;\nconsole.log(greet("bsd"));\n' >a.ts
expect_eq "$(esbuild-freebsd a.ts --minify)" 'const greet=s=>"hi "+s;console.log(greet("bsd"));' "transpiled"
