#!/usr/bin/env bash
# Prints how long the platform takes to render a national edition as PDF (the first, cold request and the median of
# the warm ones, for Poland and Germany) and the throughput of a chapter page (sequential and with 4 clients in
# parallel). Run by hand: bench/protocol-editions.sh [requests]. It builds the jar first if there is none, and talks
# only to the platform it starts on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-200}
port=${PORT:-18093}
base="http://127.0.0.1:$port"

jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
fi

data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
java -jar "$jar" --server.port="$port" --pex.data-dir="$data" --pex.evidence.import-shipped-datasets=false \
	>"$data/platform.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/protocol"; do
	kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see its log:"; tail -20 "$data/platform.log"; exit 1; }
	sleep 0.2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

seconds_to_ms() { awk '{ printf "%d", $1 * 1000 }'; }

echo "jar: $jar, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
for country in PL DE; do
	first=$(curl -s -o "$data/$country.pdf" -w '%{time_total}' "$base/api/v1/protocol/editions/$country.pdf" | seconds_to_ms)
	size=$(stat -c %s "$data/$country.pdf")
	warm=$(for _ in $(seq 1 10); do
		curl -s -o /dev/null -w '%{time_total}\n' "$base/api/v1/protocol/editions/$country.pdf"
	done | median | seconds_to_ms)
	printf 'edition %s as PDF: first %5d ms, warm median %5d ms (10 runs), %d KB\n' "$country" "$first" "$warm" \
		$((size / 1024))
done

chapter="$base/protocol/legal-framework"
for _ in $(seq 1 20); do curl -s -o /dev/null "$chapter"; done
started=$(date +%s%N)
for _ in $(seq 1 "$requests"); do curl -s -o /dev/null "$chapter"; done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
printf 'chapter page, 1 client:  %6.1f pages/s (%d requests in %d ms)\n' \
	"$(awk -v n="$requests" -v ms="$elapsed" 'BEGIN { print n * 1000 / ms }')" "$requests" "$elapsed"
started=$(date +%s%N)
seq 1 "$requests" | xargs -P 4 -I{} curl -s -o /dev/null "$chapter"
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
printf 'chapter page, 4 clients: %6.1f pages/s (%d requests in %d ms)\n' \
	"$(awk -v n="$requests" -v ms="$elapsed" 'BEGIN { print n * 1000 / ms }')" "$requests" "$elapsed"
