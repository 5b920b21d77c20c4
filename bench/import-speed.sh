#!/usr/bin/env bash
# Import speed, in rows per second, of the full shipped GLOTIP workbook and of a generated Eurostat TSV of
# 1,000,000 rows (100,000 lines of 10 periods each; LINES and PERIODS change that), on the embedded H2 database
# and on PostgreSQL, each into a fresh database through the command line import (one transaction per file).
# Prints the time taken, rows per second, the importing thread's processor time (which, unlike the time taken,
# does not grow when other programs share the machine) and the largest heap in use after a garbage collection.
# Run by hand: bench/import-speed.sh. Needs PostgreSQL on 127.0.0.1:5432 with trust for user postgres
# (PGUSER, PGHOST change that); SKIP_POSTGRES=1 leaves it out.
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${LINES:-100000}
periods=${PERIODS:-10}
heap=${HEAP:--Xmx1g}
jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tsv="$work/crim_thb_bench.tsv"
python3 bench/generate-eurostat-tsv.py "$tsv" "$lines" "$periods"
cp src/main/resources/datasets/data_glotip.xlsx "$work/data_glotip.xlsx"
echo "jar: $jar; $(nproc) cores; load average $(cut -d ' ' -f 1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
echo "Eurostat TSV: $lines lines x $periods periods = $((lines * periods)) rows, $(du -h "$tsv" | cut -f1)"

# Runs one import and prints its figures. $1 = database label, $2 = file, then settings for the application.
measure() {
	local label=$1 file=$2
	shift 2
	local log="$work/gc-$label-$(basename "$file").log"
	local report
	report=$(java "$heap" "-Xlog:gc:file=$log" -jar "$jar" import "$file" "$@" 2>&1 | grep ' rows/s' || true)
	local peak
	peak=$(grep -oE '[0-9]+M->[0-9]+M' "$log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -n 1)
	if [ -z "$report" ]; then
		echo "$label $(basename "$file"): the import failed; run it by hand to see why"
		return
	fi
	printf '%-10s %s\n           heap in use after GC at most %s MB (%s)\n' "$label" "$report" "${peak:-?}" "$heap"
}

measure H2 "$work/data_glotip.xlsx" --pex.data-dir="$work/h2-glotip"
measure H2 "$tsv" --pex.data-dir="$work/h2-tsv"

if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
	pguser=${PGUSER:-postgres}
	pghost=${PGHOST:-127.0.0.1}
	for name in glotip tsv; do
		db="pex_bench_${name}_$$"
		psql -h "$pghost" -U "$pguser" -d postgres -qc "create database $db"
		file="$work/data_glotip.xlsx"
		[ "$name" = tsv ] && file=$tsv
		measure PostgreSQL "$file" --spring.profiles.active=postgres \
			--spring.datasource.url="jdbc:postgresql://$pghost:5432/$db" --spring.datasource.username="$pguser" \
			--pex.data-dir="$work/pg-$name"
		psql -h "$pghost" -U "$pguser" -d postgres -qc "drop database $db with (force)"
	done
fi
