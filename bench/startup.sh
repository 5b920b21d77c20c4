#!/usr/bin/env bash
# Prints how long the platform takes from launch to its first served page, and the heap in use after start,
# for a first start (empty data directory: migrations and the shipped datasets are imported) and a second start
# (everything already there). Run by hand: bench/startup.sh. It builds the jar first if there is none.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
fi

data=$(mktemp -d)
port=${PORT:-18080}
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

measure() {
	local label=$1
	local started
	started=$(date +%s%N)
	java -jar "$jar" --server.port="$port" --pex.data-dir="$data" >"$data/$label.log" 2>&1 &
	pid=$!
	until curl -sf -o /dev/null "http://localhost:$port/"; do
		kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see $data/$label.log"; tail -20 "$data/$label.log"; exit 1; }
		sleep 0.1
	done
	local ready=$(( ($(date +%s%N) - started) / 1000000 ))
	local heap
	# Collect first, so the figure is what the platform holds rather than garbage not yet collected.
	jcmd "$pid" GC.run >/dev/null 2>&1 || true
	heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i+1); exit}}')
	printf '%-13s first page after %6d ms   heap in use after a full GC %s\n' "$label" "$ready" "${heap:-unknown}"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

echo "jar: $jar ($(du -h "$jar" | cut -f1)), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure "first start"
measure "second start"
