#!/usr/bin/env bash
# Query latency on the dataset of bench/query-dataset.sh: median and p99 of page 1 and of a page beyond row
# 500,000 of the contract list, with and without filters, measured with wrk against the packaged service.
# Usage: bench/query-latency.sh [SECONDS] [CONNECTIONS]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-4}
port=8089
base="http://127.0.0.1:$port/api/v1"
jar=target/quarkus-app/quarkus-run.jar
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=bench_query" \
QUARKUS_FLYWAY_SCHEMAS=bench_query OPENCOMPRAS_SAMPLE_DATA_LOAD=false OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false \
PORT=$port java -Xmx512m -jar "$jar" > /tmp/opencompras-bench-service.log 2>&1 &
service=$!
trap 'kill $service 2> /dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 1
done

# The page that starts after row 500,000: walk there 500 rows at a time, then ask for a normal-size page.
deep_page() {
  python3 - "$1" <<'PY'
import json, sys, urllib.parse, urllib.request
url = sys.argv[1] + ("&" if "?" in sys.argv[1] else "?") + "limit=500"
rows = 0
while rows < 500_000:
    with urllib.request.urlopen(url) as response:
        page = json.load(response)
    rows += len(page["data"])
    url = page["links"]["next"]
    if url is None:
        sys.exit(f"only {rows} rows in {sys.argv[1]}")
print(url.replace("limit=500", "limit=50"))
PY
}

measure() {
  local name=$1 url=$2
  local out
  wrk -t2 -c"$connections" -d5s "$url" > /dev/null   # warm-up: JIT, plans, caches
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url")
  local median p99 rate
  median=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  rate=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  printf '| %s | %s | %s | %s |\n' "$name" "$median" "$p99" "$rate"
}

contracts=$(curl -sf "$base/contracts?limit=1&includeTotal=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total"])')
echo "contracts in the dataset: $contracts; wrk -t2 -c$connections -d${seconds}s, limit=50"
echo
echo "| request | median | p99 | requests/s |"
echo "|---|---|---|---|"
for filter in "" "currency=USD&sort=-amount" "mainProcurementCategory=goods" "procurementMethod=open,limited,direct&emergency=false"; do
  list="$base/contracts${filter:+?$filter}"
  label="/contracts${filter:+?$filter}"
  if [ -n "$filter" ]; then separator="&"; else separator="?"; fi
  measure "$label, page 1" "$list${separator}limit=50"
  measure "$label, page after row 500,000" "$(deep_page "$list")"
done
