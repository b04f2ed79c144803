#!/usr/bin/env bash
# A bulk harvest of one month from a local stand-in of SERCOP's download page: generates PROCESSES SERCOP-shaped
# processes, packs them as SERCOP packs a month (a zip holding a JSON array of release packages), serves the zip
# on 127.0.0.1, harvests the month into an empty schema, then harvests it again (the rerun must cost one request
# and no ingest). Prints the harvest summaries, wall time and peak RSS.
# Usage: bench/harvest-bulk.sh [PROCESSES] [HEAP]   (after ./mvnw package -DskipTests)
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
processes=${1:-30000}
heap=${2:-256m}
schema=bench_harvest
port=18931
jar=target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server"; rm -rf "$work"' EXIT

java -jar "$jar" generate --processes "$processes" --seed 7 --out "$work/month.jsonl"
mkdir -p "$work/site/PLATAFORMA"
python3 - "$work/month.jsonl" "$work/site/PLATAFORMA/download" <<'PY'
import json, sys, zipfile
releases = [line for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
packages = []
for i in range(0, len(releases), 1000):
    packages.append('{"uri":"https://example.org/bench","version":"1.1","releases":['
                    + ",".join(r.strip() for r in releases[i:i + 1000]) + "]}")
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("ocds-2020-03.json", "[" + ",".join(packages) + "]")
print(f"{len(releases):,} releases in {len(packages)} packages")
PY
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $schema cascade"

run() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema" \
  QUARKUS_FLYWAY_SCHEMAS=$schema OPENCOMPRAS_HARVEST_SERCOP_BASE_URL="http://127.0.0.1:$port/PLATAFORMA/" \
  /usr/bin/time -f "peak RSS: %M KB, wall: %e s" \
    java -Xmx"$heap" -jar "$jar" harvest sercop --mode bulk --from 2020-03 --to 2020-03 2>&1 \
    | grep -E "bulk/|finished|loaded:|unchanged:|failed|Harvest stopped|peak RSS" || true
}

echo "== $processes processes, zip of $(du -h "$work/site/PLATAFORMA/download" | cut -f1), heap $heap, $(nproc) cores"
echo "-- first harvest"; run
echo "-- same month again"; run
