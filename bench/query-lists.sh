#!/usr/bin/env bash
# Speed of the process, supplier and buyer lists on a schema that already holds loaded data: times the refresh of
# the organization totals, then starts the service on the schema and times each list (first call, then the
# median of three more) and a page 20 cursors deep.
# Usage: bench/query-lists.sh SCHEMA [DATABASE]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
schema=$1
database=${2:-postgres}
port=18181
jar=target/quarkus-app/quarkus-run.jar
psql=(psql -h 127.0.0.1 -U postgres -d "$database" -qAt)

echo "== $("${psql[@]}" -c "select count(*) from $schema.contract") contracts, \
$("${psql[@]}" -c "select count(*) from $schema.process") processes, \
$("${psql[@]}" -c "select count(*) from $schema.organization") organizations"
echo "-- refresh of the organization totals (as after every ingest)"
"${psql[@]}" -c "set search_path = $schema" -c "\\timing on" \
  -c "refresh materialized view concurrently organization_values" \
  -c "refresh materialized view concurrently organization_totals" | grep Time

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database?currentSchema=$schema" \
  QUARKUS_FLYWAY_SCHEMAS=$schema OPENCOMPRAS_SAMPLE_DATA_LOAD=false OPENCOMPRAS_API_RATE_LIMIT_ENABLED=false PORT=$port \
  java -jar "$jar" > /tmp/query-lists-service.log 2>&1 &
service=$!
trap 'kill $service' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$port/q/health/ready" > /dev/null && break
  sleep 1
done

top() {
  "${psql[@]}" -c "select identity_key from $schema.organization_totals where role = '$1' order by contracts desc limit 1"
}
supplier=$(top supplier)
buyer=$(top buyer)

seconds() {
  local answer
  answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "localhost:$port$1")
  [ "${answer%% *}" = 200 ] || { echo "HTTP ${answer%% *} for $1" >&2; exit 1; }
  echo "${answer#* }"
}

timed() {
  local first rest
  first=$(seconds "$1")
  rest=$(for _ in 1 2 3; do seconds "$1"; done | sort -n | sed -n 2p)
  printf '%8.3f s %8.3f s  %s\n' "$first" "$rest" "$1"
}

deep() {
  local url=$1 start
  start=$(date +%s.%N)
  for _ in $(seq 1 20); do
    url=$(curl -s "localhost:$port$url" | grep -o '"next":"[^"]*"' | sed -E 's/"next":"http:\/\/[^/]+//; s/"$//')
  done
  printf '%8.3f s per page over 20 pages  %s\n' "$(echo "($(date +%s.%N) - $start) / 20" | bc -l)" "$1"
}

echo "-- first call, then median of three   (top supplier $supplier, top buyer $buyer)"
for url in \
  "/api/v1/processes?limit=50" \
  "/api/v1/processes?limit=50&emergency=true" \
  "/api/v1/processes?limit=50&procurementMethod=direct&includeTotal=true" \
  "/api/v1/processes?limit=50&q=mascarillas" \
  "/api/v1/processes?limit=50&q=mascarillas&sort=relevance" \
  "/api/v1/processes?limit=50&sort=-amount&currency=USD" \
  "/api/v1/processes?limit=50&buyer=$buyer" \
  "/api/v1/processes?limit=50&supplier=$supplier" \
  "/api/v1/suppliers?limit=50" \
  "/api/v1/suppliers?limit=50&sort=-contracts" \
  "/api/v1/suppliers?limit=50&sort=-amount&currency=USD" \
  "/api/v1/suppliers?limit=50&rucValid=false&includeTotal=true" \
  "/api/v1/suppliers?limit=50&name=MAXINSUMO&sort=relevance" \
  "/api/v1/suppliers?limit=50&name=distribuidora%20farma" \
  "/api/v1/buyers?limit=50&sort=-contracts" \
  "/api/v1/buyers?limit=50&sort=-amount&currency=USD&includeTotal=true" \
  "/api/v1/suppliers/$supplier" \
  "/api/v1/suppliers/$supplier/contracts?limit=50" \
  "/api/v1/suppliers/$supplier/buyers?limit=50" \
  "/api/v1/buyers/$buyer" \
  "/api/v1/buyers/$buyer/contracts?limit=50" \
  "/api/v1/buyers/$buyer/suppliers?limit=50&sort=-amount&currency=USD"; do
  timed "$url"
done
echo "-- deep pages"
deep "/api/v1/processes?limit=50"
deep "/api/v1/suppliers?limit=50&sort=-contracts"
deep "/api/v1/buyers/$buyer/contracts?limit=50"
