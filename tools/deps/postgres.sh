# shellcheck shell=bash
# Sourced by ./test.sh (and .ci/run): installs Debian's PostgreSQL when missing, starts a throwaway cluster on a
# loopback port, creates a password-protected role and database, and exports LADDER_TEST_POSTGRES for the tests.
# Safe to source again: a cluster this script already started is reused.

ladder_pg_port="${LADDER_PG_PORT:-55432}"
ladder_pg_dir="${LADDER_PG_DIR:-/tmp/ladder-test-postgres}"
ladder_pg_socket="${ladder_pg_dir}-socket"
ladder_pg_password="ladder-test-only"

ladder_pg_bindir() {
  find /usr/lib/postgresql -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1
}

# PostgreSQL refuses to run as root, so as root run its programs as the postgres user.
ladder_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ladder_pg_start() {
  local bin
  bin="$(ladder_pg_bindir)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: installing Debian's postgresql" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(ladder_pg_bindir)"
  fi
  if [ -z "$bin" ]; then
    echo "postgres.sh: PostgreSQL binaries not found after install" >&2
    return 1
  fi

  if ! ladder_pg_as_owner "$bin/pg_ctl" -D "$ladder_pg_dir" status >/dev/null 2>&1; then
    rm -rf "$ladder_pg_dir" "$ladder_pg_socket"
    mkdir -p "$ladder_pg_dir" "$ladder_pg_socket"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$ladder_pg_dir" "$ladder_pg_socket"; fi
    chmod 700 "$ladder_pg_dir"
    # Superuser over the socket only (trust); over TCP every role needs its password.
    ladder_pg_as_owner "$bin/initdb" -D "$ladder_pg_dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    ladder_pg_as_owner "$bin/pg_ctl" -D "$ladder_pg_dir" -l "$ladder_pg_dir/server.log" -w -t 60 \
      -o "-p $ladder_pg_port -k $ladder_pg_socket -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
  fi

  local psql=("$bin/psql" -h "$ladder_pg_socket" -p "$ladder_pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
  if [ "$(ladder_pg_as_owner "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'ladder_test'")" != 1 ]; then
    ladder_pg_as_owner "${psql[@]}" -c "CREATE ROLE ladder_test LOGIN PASSWORD '$ladder_pg_password'"
  fi
  if [ "$(ladder_pg_as_owner "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'ladder_test'")" != 1 ]; then
    ladder_pg_as_owner "${psql[@]}" -c "CREATE DATABASE ladder_test OWNER ladder_test"
  fi
  export LADDER_TEST_POSTGRES="Host=127.0.0.1;Port=$ladder_pg_port;Username=ladder_test;Password=$ladder_pg_password;Database=ladder_test"
  echo "postgres.sh: PostgreSQL ready on 127.0.0.1:$ladder_pg_port (LADDER_TEST_POSTGRES exported)" >&2
}

ladder_pg_start
