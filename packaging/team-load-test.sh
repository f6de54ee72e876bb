#!/usr/bin/env bash
# The team load test (a benchmark, not a CTest): N station processes (default 8) label, paint and set
# thresholds on one project on a throw-away PostgreSQL server for D seconds (default 300) while
# `dmad worker` trains. Reports operations, p50/p95 write latency, conflicts, lost updates (must be 0),
# audit rows == operations, and whether a pg_dump of the project restores and compares equal.
#
#   packaging/team-load-test.sh [--stations N] [--seconds D] [--images N] [--build DIR]
#
# Needs the built `dmad` and `dmad_team_load` (cmake --build build --target dmad dmad_team_load) and the
# PostgreSQL server (packaging/setup.sh installs it). As root, the server runs as the `postgres` user.
set -euo pipefail

stations=8
seconds=300
images=200
build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --stations) stations=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --images) images=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: $0 [--stations N] [--seconds D] [--images N] [--build DIR]" >&2; exit 1 ;;
  esac
done

dmad="$build/app/cli/dmad"
load="$build/app/tools/dmad_team_load"
for program in "$dmad" "$load"; do
  [ -x "$program" ] || { echo "$program is not built" >&2; exit 1; }
done
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "no PostgreSQL server installed (packaging/setup.sh)" >&2; exit 1; }

work=$(mktemp -d /tmp/dmad-team-load.XXXXXX)
as_server=()
if [ "$(id -u)" = 0 ]; then as_server=(runuser -u postgres --); fi
owner=dmad_owner
export PGPASSWORD="load-owner-secret"
worker_pid=""
cleanup() {
  if [ -n "$worker_pid" ]; then kill "$worker_pid" 2>/dev/null || true; wait "$worker_pid" 2>/dev/null || true; fi
  "${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/images" "$work/reports"
printf '%s' "$PGPASSWORD" >"$work/pw"
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres "$work" "$work/pw"
"${as_server[@]}" "$pgbin/initdb" -D "$work/data" --username=$owner --pwfile="$work/pw" --auth=scram-sha-256 \
  --locale=C.UTF-8 --encoding=UTF8 >/dev/null
rm -f "$work/pw"
"${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses='' -k $work -c max_connections=100" start >/dev/null
psql=("$pgbin/psql" -X -q -h "$work" -U $owner -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "CREATE DATABASE load_project"
url="postgresql://$owner@localhost:5432/load_project?host=$work"

"$load" setup --url "$url" --image-root "$work/images" --local-folder "$work/owner" \
  --stations "$stations" --images "$images"
echo "project: $images images, $stations stations (even: supervisors, odd: labellers), ${seconds} s"

OMP_WAIT_POLICY=PASSIVE "$dmad" worker --project "$url" --image-root "$work/images" --local-folder "$work/worker" \
  --threads 1 --max-outliers 6 >"$work/worker.log" 2>&1 &
worker_pid=$!

pids=()
for i in $(seq 1 "$stations"); do
  "$load" station --url "$url" --image-root "$work/images" --local-folder "$work/station$i" --station "$i" \
    --seconds "$seconds" --out "$work/reports/station$i.json" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
kill -TERM "$worker_pid" 2>/dev/null || true
wait "$worker_pid" 2>/dev/null || true
worker_pid=""
[ $status = 0 ] || { echo "a station failed" >&2; exit 1; }

verified=0
"$load" verify --url "$url" --image-root "$work/images" --local-folder "$work/owner" "$work"/reports/*.json || verified=1

# Back up with pg_dump, restore into a new database, and compare every table's content.
"$pgbin/pg_dump" -h "$work" -U $owner -Fc -f "$work/project.dump" load_project
"${psql[@]}" -d postgres -c "CREATE DATABASE load_restored"
"$pgbin/pg_restore" -h "$work" -U $owner -d load_restored "$work/project.dump"
tables=$("${psql[@]}" -d load_project -At -c \
  "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
different=0
for table in $tables; do
  query="SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"$table\" t"
  a=$("${psql[@]}" -d load_project -At -c "$query")
  b=$("${psql[@]}" -d load_restored -At -c "$query")
  if [ "$a" != "$b" ]; then echo "pg_dump restore: $table differs" >&2; different=1; fi
done
if [ $different = 0 ]; then
  echo "pg_dump restore: $(echo "$tables" | wc -w) tables compare equal"
else
  verified=1
fi
echo "worker: $(grep -c ': version' "$work/worker.log" || true) versions trained; last lines:"
tail -n 3 "$work/worker.log" | sed 's/^/  /'
exit $verified
