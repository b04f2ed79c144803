#!/usr/bin/env bash
# Ingest speed and memory: generates PROCESSES SERCOP-shaped processes, loads them into an empty schema with a
# capped heap, then loads the same file again (every release a duplicate). Prints releases/s and peak RSS.
# Usage: bench/ingest-throughput.sh [PROCESSES] [HEAP]   (after ./mvnw package -DskipTests)
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
processes=${1:-100000}
heap=${2:-256m}
schema=bench_ingest
jar=target/quarkus-app/quarkus-run.jar
file=$(mktemp --suffix=.jsonl.gz)
trap 'rm -f "$file"' EXIT

java -jar "$jar" generate --processes "$processes" --seed 7 --out "$file"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $schema cascade"

run() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema" \
  QUARKUS_FLYWAY_SCHEMAS=$schema /usr/bin/time -f "peak RSS: %M KB, wall: %e s" \
    java -Xmx"$heap" -jar "$jar" ingest --source bench "$file" 2>&1 | grep -E "finished|releases read|inserted|duplicates|processes compiled|peak RSS"
}

echo "== $processes processes, $(du -h "$file" | cut -f1) gzip'ed, heap $heap, $(nproc) cores"
echo "-- first load"; run
echo "-- same file again"; run
