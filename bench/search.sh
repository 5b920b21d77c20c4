#!/usr/bin/env bash
# Prints how long the search index takes to build on a first start and to check on a second start (from the
# platform's log), and the latency of the search API over N queries (p50, p95, slowest). Run by hand:
# bench/search.sh (RUNS=200 by default). It starts the platform twice on a data directory of its own (the first start
# imports the shipped data) unless BASE_URL names a running one, in which case only the queries are timed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-200}
base=${BASE_URL:-}
queries=(
	"trafficking" "Palermo Protocol" "189a" "232 StGB" "handel ludzmi" "debt bondage" "recruitment" "UNODC"
	"victims" "consent" "%22forced prostitution%22" "exploitation of children" "Sweden" "passport" "advertisement"
	"shelter" "referral mechanism" "interview" "abuse of a position of vulnerability" "population"
)

start_platform() {
	local label=$1
	java -jar "$jar" --server.port="$port" --pex.data-dir="$data" >"$data/$label.log" 2>&1 &
	pid=$!
	until grep -q "Built the search index\|The search index is current\|search index could not" "$data/$label.log"; do
		kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see $data/$label.log"; exit 1; }
		sleep 0.2
	done
	printf '%-13s %s\n' "$label" "$(grep -o "Built the search index.*\|The search index is current.*" "$data/$label.log")"
}

if [ -z "$base" ]; then
	jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
	if [ -z "$jar" ]; then
		./mvnw -q -DskipTests package
		jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
	fi
	data=$(mktemp -d)
	port=${PORT:-18094}
	trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
	echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	start_platform "first start"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	start_platform "second start"
	base="http://localhost:$port"
fi

for query in "${queries[@]}"; do
	curl -s -o /dev/null "$base/api/v1/search?lang=en&q=${query// /+}"
done
times=()
for i in $(seq 0 $((runs - 1))); do
	query=${queries[$((i % ${#queries[@]}))]}
	times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base/api/v1/search?lang=en&q=${query// /+}")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" '{ t[NR] = $1 * 1000 } END {
	printf "%d searches through GET /api/v1/search after one warm-up each, in ms: p50 %.1f  p95 %.1f  slowest %.1f\n",
		runs, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR] }'
