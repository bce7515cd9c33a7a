#!/usr/bin/env bash
# Makes a local MariaDB (the stand-in for MySQL on machines without a MySQL server) ready for the
# integration tests: starts it when it does not answer at 127.0.0.1:3306, finds an account that may
# connect over TCP, and creates the test database afresh (DROP + CREATE, so every run starts clean).
#
# Usage: eval "$(scripts/start-mariadb.sh)"     then ./mvnw verify
#
# Prints on stdout only `export` lines for ONTOUR_TEST_DB_URL, ONTOUR_TEST_DB_USERNAME and
# ONTOUR_TEST_DB_PASSWORD, which the tests read; progress goes to stderr.
#
# Where root may not connect over TCP (Debian's default socket authentication: ERROR 1698), a user
# 'ontour'@'127.0.0.1' is created through the socket with rights on the test database only. Its
# password is $ONTOUR_TEST_DB_PASSWORD when set, else a new random one on every run.
#
# Settings (environment): ONTOUR_TEST_DB_HOST (127.0.0.1), ONTOUR_TEST_DB_PORT (3306),
# ONTOUR_TEST_DB_NAME (ontour_test), ONTOUR_TEST_DB_PASSWORD (for the non-root user),
# ONTOUR_TEST_DB_OWN_USER=1 (use the 'ontour' user even where root may connect over TCP).
set -euo pipefail

HOST="${ONTOUR_TEST_DB_HOST:-127.0.0.1}"
PORT="${ONTOUR_TEST_DB_PORT:-3306}"
DB="${ONTOUR_TEST_DB_NAME:-ontour_test}"
APP_USER=ontour
WAIT_SECONDS=60

say() { printf '[start-mariadb] %s\n' "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

[[ "$DB" =~ ^[A-Za-z0-9_]+$ ]] || fail "database name '$DB' may only hold letters, digits and _"

client="$(command -v mariadb || command -v mysql || true)"
admin="$(command -v mariadb-admin || command -v mysqladmin || true)"

install_server() {
  [[ "$(id -u)" -eq 0 ]] || fail "MariaDB is not installed and this is not root: apt-get install mariadb-server"
  command -v apt-get >/dev/null 2>&1 || fail "MariaDB is not installed and there is no apt-get"
  say "installing mariadb-server (Debian package)"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client >&2
  client="$(command -v mariadb || command -v mysql)"
  admin="$(command -v mariadb-admin || command -v mysqladmin)"
}

# 0 as soon as the server answers over TCP, even if it then refuses root: mysqladmin ping exits
# 0 on "Access denied", but 1 when root has no entry for this host (1130), so look at its words.
answers() {
  local output
  output="$("$admin" --protocol=tcp -h "$HOST" -P "$PORT" -uroot --connect-timeout=2 ping 2>&1)" && return 0
  case "$output" in
    *1130* | *1698* | *1045* | *"Access denied"* | *"is not allowed to connect"*) return 0 ;;
  esac
  return 1
}

start_server() {
  local daemon=/usr/sbin/mariadbd
  [[ -x "$daemon" ]] || daemon=/usr/sbin/mysqld
  [[ -x "$daemon" ]] || fail "no MariaDB server binary in /usr/sbin"
  [[ "$(id -u)" -eq 0 ]] || fail "MariaDB does not answer at $HOST:$PORT, and starting it needs root"
  mkdir -p /run/mysqld
  chown mysql:mysql /run/mysqld
  if [[ ! -d /var/lib/mysql/mysql ]]; then
    say "initialising the data directory /var/lib/mysql"
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/tmp/ontour-mariadb-install.log 2>&1 \
      || fail "mariadb-install-db failed; see /tmp/ontour-mariadb-install.log"
  fi
  say "starting $daemon"
  if command -v start-stop-daemon >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec "$daemon" >&2 || true
  fi
  if ! wait_until_answering 15; then
    say "start-stop-daemon did not bring it up; starting $daemon --user=mysql directly (log: /tmp/ontour-mariadb.log)"
    nohup "$daemon" --user=mysql --bind-address=127.0.0.1 --port="$PORT" >/tmp/ontour-mariadb.log 2>&1 &
  fi
}

wait_until_answering() {
  local seconds="$1" i
  for ((i = 0; i < seconds; i++)); do
    answers && return 0
    sleep 1
  done
  return 1
}

[[ -n "$client" && -n "$admin" ]] || install_server

if answers; then
  say "MariaDB answers at $HOST:$PORT"
else
  start_server
  wait_until_answering "$WAIT_SECONDS" || fail "MariaDB still does not answer at $HOST:$PORT after ${WAIT_SECONDS}s"
  say "MariaDB started and answers at $HOST:$PORT"
fi

# How to run statements as an administrator: root over TCP when allowed, else root via the socket.
root_tcp() { "$client" --protocol=tcp -h "$HOST" -P "$PORT" -uroot --batch --skip-column-names "$@"; }
root_socket() { "$client" --protocol=socket -uroot --batch --skip-column-names "$@"; }

own_user="${ONTOUR_TEST_DB_OWN_USER:-0}"
if tcp_error="$(root_tcp -e 'SELECT 1' 2>&1 >/dev/null)"; then
  say "root may connect over TCP without a password"
  admin_sql() { root_tcp -e "$1"; }
  user=root
  password=
else
  case "$tcp_error" in
    *1698* | *1045* | *1130*) say "root over TCP is refused ($(head -n1 <<<"$tcp_error")); using a user of our own" ;;
    *) fail "cannot connect as root over TCP: $tcp_error" ;;
  esac
  root_socket -e 'SELECT 1' >/dev/null 2>&1 \
    || fail "root over the socket is refused too; create a user with rights on '$DB' and set ONTOUR_TEST_DB_URL/USERNAME/PASSWORD yourself"
  admin_sql() { root_socket -e "$1"; }
  own_user=1
fi

if [[ "$own_user" == 1 ]]; then
  user="$APP_USER"
  if [[ -n "${ONTOUR_TEST_DB_PASSWORD:-}" ]]; then
    password="$ONTOUR_TEST_DB_PASSWORD"
  else
    password="ontour-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  fi
  quoted_password="${password//\\/\\\\}"
  quoted_password="${quoted_password//\'/\\\'}"
  admin_sql "CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$quoted_password';
             ALTER USER '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$quoted_password';
             GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$APP_USER'@'127.0.0.1';
             FLUSH PRIVILEGES;"
  say "user '$APP_USER'@'127.0.0.1' may use database $DB"
fi

# The suite caches up to 32 Spring contexts, each with its own small pool: more than the server's
# default 151 connections allow at once.
admin_sql "SET GLOBAL max_connections = GREATEST(@@GLOBAL.max_connections, 500);" \
  || say "could not raise max_connections (needs SUPER); the test pools are kept small anyway"
admin_sql "DROP DATABASE IF EXISTS \`$DB\`;
           CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

# Prove that the tests will get in: connect over TCP as the chosen user, without a password prompt.
check="$(MYSQL_PWD="$password" "$client" --protocol=tcp -h "$HOST" -P "$PORT" -u "$user" --batch --skip-column-names \
  -e "SELECT CONCAT(CURRENT_USER(), ' on ', VERSION(), ', database ', DATABASE(), ' in ', @@character_set_database)" \
  "$DB")" || fail "cannot connect to $DB over TCP as $user"
say "connected as $check"

# nullDatabaseMeansCurrent: metadata lookups without a catalogue (Hibernate's schema checks) stay in
# this database; without it Connector/J reads every database on the server, and a neighbour's
# database being recreated at that moment fails this start ("Table 'other.x' doesn't exist").
url="jdbc:mysql://$HOST:$PORT/$DB?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&allowPublicKeyRetrieval=true&useSSL=false&nullDatabaseMeansCurrent=true"
say "database $DB created (utf8mb4)"
say "JDBC URL: $url"
say "user: $user"

printf 'export ONTOUR_TEST_DB_URL=%q\n' "$url"
printf 'export ONTOUR_TEST_DB_USERNAME=%q\n' "$user"
printf 'export ONTOUR_TEST_DB_PASSWORD=%q\n' "$password"
