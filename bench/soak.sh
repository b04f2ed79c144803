#!/usr/bin/env bash
# A soak: mixed reads, an export every ten seconds and one ingest a minute against the packaged service, for
# MINUTES minutes (loopback only). Prints requests, errors, latency percentiles, and the heap after a full GC and
# the RSS at the start and at the end: they should stay flat.
# Usage: bench/soak.sh [MINUTES] [PROCESSES]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
processes=${2:-5000}
port=8092
jar=${OPENCOMPRAS_JAR:-target/quarkus-app/quarkus-run.jar}
schema=bench_soak
work=$(mktemp -d)
trap 'kill $service 2> /dev/null || true; rm -rf "$work"' EXIT
service=
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema"
export QUARKUS_FLYWAY_SCHEMAS=$schema OPENCOMPRAS_SAMPLE_DATA_LOAD=false
psql -h 127.0.0.1 -U postgres -d postgres -qtAX -c "drop schema if exists $schema cascade" 2> /dev/null

java -jar "$jar" generate --processes "$processes" --seed 3 --out "$work/base.jsonl.gz" 2> /dev/null
java -jar "$jar" ingest --source soak "$work/base.jsonl.gz" 2>&1 | tail -n 2
for minute in $(seq 1 "$minutes"); do
  java -jar "$jar" generate --processes 40 --seed $((100 + minute)) --out "$work/minute-$minute.jsonl.gz" 2> /dev/null
done

OPENCOMPRAS_ADMIN_KEYS=soak-key OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false PORT=$port \
  java -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$jar" > /tmp/opencompras-soak.log 2>&1 &
service=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 1; done
python3 bench/soak.py "$port" "$service" "$minutes" "$work"
