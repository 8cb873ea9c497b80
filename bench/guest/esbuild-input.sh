#!/bin/sh
# The esbuild bench row's input: DIR/index.js and N modules, m0.js to
# m(N-1).js.  Each module imports two earlier ones and exports a class,
# a function that uses both imports, and a table, so that bundling keeps
# them all and minifying has names, strings and templates to work on.
#
# Usage: bench/guest/esbuild-input.sh DIR N
set -eu
dir=$1 n=$2
mkdir -p "$dir"
i=0
while [ "$i" -lt "$n" ]; do
	a=$((i * 7 / 11)) b=$((i / 3))
	{
		if [ "$i" -gt 0 ]; then
			echo "import { run$a as first, Table$a as table } from './m$a.js';"
			echo "import { run$b as second } from './m$b.js';"
		fi
		cat <<-JS
		// Module $i: a record type, its checks and a lookup table.
		export class Record$i {
		  constructor(name, values) {
		    this.name = name;
		    this.values = values.map((v, k) => ({ key: \`\${name}-\${k}\`, value: v * $((i + 1)) }));
		  }
		  total() {
		    return this.values.reduce((sum, entry) => sum + entry.value, 0);
		  }
		  describe(prefix = 'record') {
		    const parts = this.values.filter((entry) => entry.value % 2 === 0);
		    return \`\${prefix} \${this.name}: \${parts.length} even of \${this.values.length}\`;
		  }
		}
		export const Table$i = Object.freeze({
		  identifier: 'module-$i',
		  weights: [$i, $((i * 3 % 17)), $((i * 5 % 23)), $((i * 11 % 29))],
		  labels: { first: 'alpha-$i', second: 'beta-$i', third: 'gamma-$i' },
		});
		export function run$i(seed) {
		  const record = new Record$i('r$i', Table$i.weights.map((w) => w + seed));
		  let result = record.total();
		JS
		if [ "$i" -gt 0 ]; then
			echo "  result += first(seed + 1) % 97 + second(seed + 2) % 89;"
			echo "  result += table.weights.length;"
		fi
		cat <<-JS
		  if (result < 0) {
		    throw new Error(record.describe('negative'));
		  }
		  return result;
		}
		JS
	} >"$dir/m$i.js"
	i=$((i + 1))
done
{
	i=0
	while [ "$i" -lt "$n" ]; do
		echo "import { run$i } from './m$i.js';"
		i=$((i + 1))
	done
	echo "export const results = ["
	i=0
	while [ "$i" -lt "$n" ]; do
		echo "  () => run$i($i),"
		i=$((i + 1))
	done
	echo "];"
} >"$dir/index.js"
