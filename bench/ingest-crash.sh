#!/usr/bin/env bash
# Kills an ingest with SIGKILL part-way, checks the database is consistent, re-runs the same command and
# compares the final state with an uninterrupted load of the same file.
# Usage: bench/ingest-crash.sh [PROCESSES] [SECONDS_BEFORE_KILL]   (after ./mvnw package -DskipTests)
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
processes=${1:-20000}
kill_after=${2:-15}
jar=target/quarkus-app/quarkus-run.jar
db=postgres
psql_q() { psql -h 127.0.0.1 -U postgres -d "$db" -qtAX "$@"; }
file=$(mktemp --suffix=.jsonl.gz)
trap 'rm -f "$file"' EXIT

ingest() { # schema, then ingest arguments; exec, so that a background call's $! is the JVM itself
  local schema=$1; shift
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=$schema" \
  QUARKUS_FLYWAY_SCHEMAS="$schema" exec java -jar "$jar" ingest --source crash "$@"
}

java -jar "$jar" generate --processes "$processes" --seed 42 --out "$file"
for schema in crash_reference crash_killed; do psql_q -c "drop schema if exists $schema cascade"; done

echo "== uninterrupted load"
(ingest crash_reference "$file") 2>&1 | tail -n 8
reference=$(psql_q -c "set search_path = crash_reference" -f bench/state-digest.sql)

echo "== load killed after ${kill_after}s"
(ingest crash_killed "$file" >/dev/null 2>&1) & pid=$!
sleep "$kill_after"
kill -9 "$pid" 2>/dev/null || { echo "the load finished before the kill: give fewer seconds"; exit 2; }
wait "$pid" 2>/dev/null || true
psql_q -c "set search_path = crash_killed" -c "
  select 'after kill: ' || count(*) || ' releases, ' || (select count(*) from process) || ' processes, '
    || (select count(*) from release r where not exists (select 1 from process p where p.ocid = r.ocid))
    || ' releases without their process, '
    || (select count(*) from process p where release_count <> (select count(*) from release r where r.ocid = p.ocid))
    || ' processes compiled from a different number of releases' from release"

echo "== same command again"
(ingest crash_killed "$file") 2>&1 | tail -n 8
killed=$(psql_q -c "set search_path = crash_killed" -f bench/state-digest.sql)

echo "reference: $reference"
echo "re-run:    $killed"
[ "$reference" = "$killed" ] && echo "SAME FINAL STATE" || { echo "DIFFERENT FINAL STATE"; exit 1; }
