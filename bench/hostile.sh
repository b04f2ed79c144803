#!/usr/bin/env bash
# Replays a hostile client and an unlucky operator against the packaged service, on a PostgreSQL server of its
# own (so that stopping the database touches nothing else), loopback only, every step bounded in time.
# Prints, per probe, the answer, how long it took, the service's RSS after it, and the slowest liveness answer
# measured while it ran.
# Usage: bench/hostile.sh [PROCESSES] [HEAP]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
processes=${1:-25000}
heap=${2:-256m}
port=8091
jar=${OPENCOMPRAS_JAR:-target/quarkus-app/quarkus-run.jar}
source bench/private-postgres.sh
data=$(mktemp --suffix=.jsonl.gz)
trap 'kill $service 2> /dev/null || true; pg_cleanup; rm -f "$data"' EXIT
service=

export QUARKUS_DATASOURCE_JDBC_URL=$pg_url OPENCOMPRAS_SAMPLE_DATA_LOAD=false
echo "== $processes generated processes into a private PostgreSQL on port $pg_port"
java -jar "$jar" generate --processes "$processes" --seed 5 --out "$data" 2> /dev/null
java -jar "$jar" ingest --source hostile "$data" 2>&1 | tail -n 3

OPENCOMPRAS_ADMIN_KEYS=hostile-key OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false PORT=$port \
  java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError -jar "$jar" > /tmp/opencompras-hostile.log 2>&1 &
service=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 1; done

PG_PORT=$pg_port python3 bench/hostile.py "$port" "$service"
kill -0 "$service" 2> /dev/null && echo "service still running: yes" || echo "service still running: NO"
