# Sourced by benchmarks that stop and start the database: a PostgreSQL server of their own, in a temporary
# directory on its own port, run as the postgres user (the server refuses to run as root). Never the machine's.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/opencompras-pg.XXXXXX)
pg_port=${PG_PORT:-55432}
chmod 777 "$pg_dir"
pg_as=""
[ "$(id -u)" = 0 ] && pg_as="runuser -u postgres --"
export PG_START_COMMAND="$pg_as $pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/server.log -w -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' start"
export PG_STOP_COMMAND="$pg_as $pg_bin/pg_ctl -D $pg_dir/data -m immediate -w stop"
pg_cleanup() { bash -c "$PG_STOP_COMMAND" > /dev/null 2>&1 || true; rm -rf "$pg_dir"; }
$pg_as "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres --no-sync > /dev/null
bash -c "$PG_START_COMMAND" > /dev/null
pg_url="jdbc:postgresql://127.0.0.1:$pg_port/postgres?currentSchema=opencompras"
