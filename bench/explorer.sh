#!/usr/bin/env bash
# Prints how long the explorer takes to answer typical views (the JSON API its chart uses, the CSV download and the
# whole page), as median and slowest of repeated requests. Run by hand: bench/explorer.sh. It starts the platform
# on a data directory of its own (the first start imports the shipped data) unless BASE_URL names a running one.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-20}
base=${BASE_URL:-}
if [ -z "$base" ]; then
	jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
	if [ -z "$jar" ]; then
		./mvnw -q -DskipTests package
		jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
	fi
	data=$(mktemp -d)
	port=${PORT:-18092}
	java -jar "$jar" --server.port="$port" --pex.data-dir="$data" >"$data/platform.log" 2>&1 &
	pid=$!
	trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
	base="http://localhost:$port"
	until curl -sf -o /dev/null "$base/"; do
		kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see $data/platform.log"; exit 1; }
		sleep 0.2
	done
fi

views=(
	"two countries, 9 years, rates|/api/v1/evidence/explorer?geo=SE&geo=FI&from=2015&to=2023&measure=rate"
	"member countries, 20 years, counts|/api/v1/evidence/explorer?from=2003&to=2022"
	"member countries, by sex, rates|/api/v1/evidence/explorer?from=2003&to=2022&sex=Female&sex=Male&sex=Total&measure=rate"
	"all 180 countries, 10 years|/api/v1/evidence/explorer?geo=$(curl -s "$base/api/v1/evidence/datasets" | python3 -c 'import json,sys; print(",".join(next(d for d in json.load(sys.stdin) if d["code"]=="unodc-glotip")["coverage"]["geo"]))')&from=2013&to=2022"
	"CSV download, member countries|/api/v1/evidence/explorer.csv?from=2003&to=2022&measure=rate"
	"explorer page, member countries|/evidence/explore?from=2013&to=2022&measure=rate"
)

echo "$(nproc) cores, $runs requests per view after one warm-up, times in ms"
printf '%-40s %8s %8s\n' "view" "median" "slowest"
for entry in "${views[@]}"; do
	label=${entry%%|*}
	path=${entry#*|}
	curl -s -o /dev/null "$base$path"
	times=()
	for _ in $(seq 1 "$runs"); do
		times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$path")")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
		printf "%-40s %8.1f %8.1f\n", label, t[int((NR + 1) / 2)], t[NR] }'
done
