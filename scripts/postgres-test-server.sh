#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a loopback port in a temporary directory, for the store tests.
#   eval "$(bash scripts/postgres-test-server.sh start)"   # exports ZWGK_PG_URL and ZWGK_PG_DIR
#   bash scripts/postgres-test-server.sh stop "$ZWGK_PG_DIR"
# Installs Debian's postgresql package when no server binaries are found (CI runs as root).
set -euo pipefail
PORT="${ZWGK_PG_PORT:-54329}"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

case "${1:-}" in
  start)
    if ! BIN=$(find_bin); then
      echo "PostgreSQL server not found: installing Debian's postgresql" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
      BIN=$(find_bin)
    fi
    DIR=$(mktemp -d /tmp/zwgk-pg.XXXXXX)
    AS=()
    if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; AS=(runuser -u postgres --); fi
    "${AS[@]}" "$BIN/initdb" -D "$DIR/data" -U zwgk --auth=trust >&2
    "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" -w start >&2
    echo "export ZWGK_PG_URL=postgres://zwgk@127.0.0.1:$PORT/postgres ZWGK_PG_DIR=$DIR"
    ;;
  stop)
    DIR="${2:?the directory printed by start}"
    BIN=$(find_bin)
    AS=()
    [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
    "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
