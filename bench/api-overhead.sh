#!/usr/bin/env bash
# What a request costs beyond its own work: requests/s of a contract page, of a cached statistic and of liveness,
# with wrk and 16 connections against the packaged service on generated data (loopback only).
# Prints one row: LABEL (default the commit), page, cached summary, liveness (requests/s), summary ÷ liveness.
# Usage: bench/api-overhead.sh [PROCESSES] [SECONDS]   (after ./mvnw package -DskipTests; OPENCOMPRAS_JAR picks
# another build of the jar, SCHEMA another schema, so that two builds can be measured one after the other)
set -euo pipefail
cd "$(dirname "$0")/.."
processes=${1:-25000}
seconds=${2:-20}
port=8093
jar=${OPENCOMPRAS_JAR:-target/quarkus-app/quarkus-run.jar}
schema=${SCHEMA:-bench_overhead}
label=${LABEL:-$(git rev-parse --short HEAD)}
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
data=$(mktemp --suffix=.jsonl.gz)
trap 'kill $service 2> /dev/null || true; rm -f "$data"' EXIT
service=
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema"
export QUARKUS_FLYWAY_SCHEMAS=$schema OPENCOMPRAS_SAMPLE_DATA_LOAD=false OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false
psql -h 127.0.0.1 -U postgres -d postgres -qtAX -c "drop schema if exists $schema cascade" 2> /dev/null
java -jar "$jar" generate --processes "$processes" --seed 9 --out "$data" 2> /dev/null
java -jar "$jar" ingest --source overhead "$data" > /dev/null 2>&1

PORT=$port java -Xmx512m -jar "$jar" > /tmp/opencompras-overhead.log 2>&1 &
service=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 1; done

rate() {
  wrk -t2 -c16 -d5s "$1" > /dev/null
  wrk -t2 -c16 -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'
}
base="http://127.0.0.1:$port"
page=$(rate "$base/api/v1/contracts?limit=50")
summary=$(rate "$base/api/v1/stats/summary")
live=$(rate "$base/q/health/live")
echo "| $label | $page | $summary | $live | $(awk -v a="$summary" -v b="$live" 'BEGIN {printf "%.2f", a / b}') |"
