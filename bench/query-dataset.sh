#!/usr/bin/env bash
# Builds the dataset of the query benchmarks: PROCESSES generated SERCOP-shaped processes (1,130,000 give
# about 1,006,000 contracts and 3.27 million releases), loaded into schema bench_query of database postgres by
# two ingest runs in parallel, then analyzed. Takes about an hour on 2 cores and ~25 GB of disk.
# Usage: bench/query-dataset.sh [PROCESSES]   (after ./mvnw package -DskipTests)
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
processes=${1:-1130000}
schema=bench_query
jar=target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar "$jar" generate --processes "$processes" --seed 11 --out "$work/all.jsonl"
lines=$(wc -l < "$work/all.jsonl")
split -l $(( (lines + 1) / 2 )) -d --additional-suffix=.jsonl "$work/all.jsonl" "$work/part"
rm "$work/all.jsonl"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $schema cascade"

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema"
export QUARKUS_FLYWAY_SCHEMAS=$schema OPENCOMPRAS_SAMPLE_DATA_LOAD=false
# The first run creates the schema; the second starts once it exists.
java -Xmx512m -jar "$jar" ingest --source bench "$work/part00.jsonl" &
first=$!
sleep 30
java -Xmx512m -jar "$jar" ingest --source bench "$work/part01.jsonl" &
second=$!
wait $first $second
psql -h 127.0.0.1 -U postgres -d postgres -qc "analyze"
psql -h 127.0.0.1 -U postgres -d postgres -Atc \
  "select count(*) || ' contracts, ' || (select count(*) from $schema.process) || ' processes' from $schema.contract"
