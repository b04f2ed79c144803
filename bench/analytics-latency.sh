#!/usr/bin/env bash
# Latency of the statistics and analytics endpoints on the dataset of bench/query-dataset.sh. For each question:
# "cold" is its first answer after the service starts (nothing cached by the service; PostgreSQL's own buffers
# are as earlier queries left them), "cached" the median of 20 more answers to the same question.
# The questions are in bench/analytics-questions.txt (name and path, one per line).
# Usage: bench/analytics-latency.sh   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
port=8089
base="http://127.0.0.1:$port/api/v1"
jar=target/quarkus-app/quarkus-run.jar

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=bench_query" \
QUARKUS_FLYWAY_SCHEMAS=bench_query OPENCOMPRAS_SAMPLE_DATA_LOAD=false OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false \
PORT=$port java -Xmx1g -jar "$jar" > /tmp/opencompras-bench-service.log 2>&1 &
service=$!
trap 'kill $service 2> /dev/null || true' EXIT
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 1
done

seconds() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$1"
}

echo "| question | cold (s) | cached median (ms) |"
echo "|---|---|---|"
while read -r name path; do
  [ -z "$name" ] && continue
  read -r status cold < <(seconds "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  median=$(for _ in $(seq 1 20); do seconds "$base$path"; done | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}')
  printf '| %s `%s` | %s | %s |\n' "$name" "$path" "$cold" "$median"
done < bench/analytics-questions.txt
