#!/usr/bin/env bash
# Uploads a generated 50 MB Eurostat TSV through POST /api/v1/evidence/imports to the platform running with a
# small heap (256 MB by default, HEAP changes it), as a data steward, and prints the answer, how long it took
# and the largest heap in use after a garbage collection while the upload was streamed to disk and imported.
# An import that held the upload in memory whole, several times over as text and rows, would not fit.
# Run by hand: bench/upload-memory.sh. Uses port 8091 (PORT changes it) and a fresh H2 database.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8091}
heap=${HEAP:--Xmx256m}
jar=$(ls target/pex-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/pex-platform-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# 30 periods, nearly all missing as in the sparsest Eurostat tables: about 50 MB of text, some 370,000 figures.
file="$work/crim_thb_upload.tsv"
python3 bench/generate-eurostat-tsv.py "$file" "${LINES:-440000}" 30 0.97
echo "file: $(du -h "$file" | cut -f1) ($(stat -c %s "$file") bytes); heap limit $heap; load $(cut -d ' ' -f 1-3 /proc/loadavg)"

java "$heap" "-Xlog:gc:file=$work/gc.log" -jar "$jar" --server.port="$port" --pex.data-dir="$work/data" \
	--pex.evidence.import-shipped-datasets=false \
	--pex.identity.accounts[0].username=bench-steward --pex.identity.accounts[0].password=bench-steward-password \
	--pex.identity.accounts[0].roles=DATA_STEWARD >"$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$port/"; do
	kill -0 "$pid" 2>/dev/null || { echo "the platform stopped:"; tail -20 "$work/app.log"; exit 1; }
	sleep 0.5
done

jar_cookies="$work/cookies"
token() { grep -oE 'name="_csrf" value="[^"]+"' | head -n 1 | sed -E 's/.*value="([^"]+)"/\1/'; }
login_token=$(curl -sf -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/login" | token)
curl -sf -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=bench-steward" \
	--data-urlencode "password=bench-steward-password" --data-urlencode "_csrf=$login_token" "http://localhost:$port/login"
api_token=$(curl -sf -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/evidence/imports" | token)

# The heap the running platform holds before the upload, after a full collection, to set the peak against.
jcmd "$pid" GC.run >/dev/null 2>&1 || true
sleep 1
before=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | tail -n 1 | sed -E 's/.*->([0-9]+)M/\1/')
mark=$(wc -l <"$work/gc.log")
started=$(date +%s%N)
answer=$(curl -s -b "$jar_cookies" -H "X-CSRF-TOKEN: $api_token" -F "file=@$file" \
	"http://localhost:$port/api/v1/evidence/imports")
took=$(( ($(date +%s%N) - started) / 1000000 ))
peak=$(tail -n +"$((mark + 1))" "$work/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | sed -E 's/.*->([0-9]+)M/\1/' \
	| sort -n | tail -n 1)
echo "answer: ${answer:0:300}"
echo "upload and import took $took ms"
echo "heap in use after GC: ${before:-?} MB before the upload, at most ${peak:-?} MB during it ($heap)"
