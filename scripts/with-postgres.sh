#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a new cluster in a temporary folder,
# listening on 127.0.0.1 only (a free port; its socket in that folder), password
# authentication (SCRAM), TLS offered with a certificate for `localhost` signed by a
# throwaway authority. The command finds the server's URL in RELAIS_TEST_POSTGRES and that
# authority in RELAIS_TEST_POSTGRES_CA; the tests make one database per desk in it. The
# cluster is stopped and deleted afterwards.
#
#   bash scripts/with-postgres.sh cargo test -p relais-e2e
#
# Needs Debian's `postgresql` package (installed here when missing, as CI does).
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if ((${#need[@]})); then
  echo "== installing ${need[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

dir=$(mktemp -d /tmp/relais-pg.XXXXXX)
chmod 755 "$dir"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# initdb refuses to run as root: the cluster then belongs to the `postgres` system user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

(umask 077; printf '%s\n' "$password" > "$dir/pwfile")
[ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U relais --pwfile="$dir/pwfile" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$dir/pwfile"

# TLS: an authority and a server certificate for `localhost` (P-256, two days).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=Relais throwaway test authority" -keyout "$dir/ca.key" -out "$dir/ca.pem" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
  -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' \
  > "$dir/server.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
  -days 2 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
rm -f "$dir/ca.key" "$dir/server.csr" "$dir/server.ext"
chmod 600 "$dir/server.key"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
# Loopback only; enough connections for many test desks at once (each has four writers and
# four readers).
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400 -c shared_buffers=128MB -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" \
  start >/dev/null

export RELAIS_TEST_POSTGRES="postgres://relais:$password@127.0.0.1:$port/postgres"
export RELAIS_TEST_POSTGRES_CA="$dir/ca.pem"
echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster in $dir)"
status=0
"$@" || status=$?
if [ "$status" -ne 0 ] && [ -f "$dir/server.log" ]; then
  echo "== PostgreSQL server log (last lines)"
  tail -n 30 "$dir/server.log" || true
fi
exit "$status"
