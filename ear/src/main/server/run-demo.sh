#!/usr/bin/env bash
# README command 1: starts the configured WildFly with the EAR and the demo data, prints the URL and the demo
# accounts, and stays in the foreground until Ctrl-C.
set -euo pipefail
jboss_home=$1
db=$2
ear=$3
here=$(cd "$(dirname "$0")" && pwd)

# ZC_PORT_OFFSET moves every port (HTTP 8080 + offset), e.g. to run a second copy beside the first
offset=${ZC_PORT_OFFSET:-0}
opts=(-Dzhicheng.demo=true -Dzhicheng.clock.start=2021-01-10T09:00:00 -Djboss.bind.address=127.0.0.1
      -Djboss.socket.binding.port-offset="$offset")
if [ "$db" = h2 ]; then
  opts+=("-Dzc.db.url=jdbc:h2:file:$jboss_home/standalone/data/zhicheng-demo;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000")
else
  opts+=(-Dzc.db.host="${ZC_DB_HOST:-127.0.0.1}" -Dzc.db.port="${ZC_DB_PORT:-5432}" -Dzc.db.name="${ZC_DB_NAME:-zhicheng}"
         -Dzc.db.user="${ZC_DB_USER:-postgres}" -Dzc.db.password="${ZC_DB_PASSWORD:-postgres}")
  if command -v psql >/dev/null 2>&1; then
    PGPASSWORD="${ZC_DB_PASSWORD:-}" psql -h "${ZC_DB_HOST:-127.0.0.1}" -p "${ZC_DB_PORT:-5432}" -U "${ZC_DB_USER:-postgres}" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '${ZC_DB_NAME:-zhicheng}'" | grep -q 1 \
      || PGPASSWORD="${ZC_DB_PASSWORD:-}" createdb -h "${ZC_DB_HOST:-127.0.0.1}" -p "${ZC_DB_PORT:-5432}" -U "${ZC_DB_USER:-postgres}" "${ZC_DB_NAME:-zhicheng}" || true
  fi
fi

rm -f "$jboss_home"/standalone/deployments/zhicheng.ear*
cp "$ear" "$jboss_home/standalone/deployments/zhicheng.ear"

# in background mode standalone.sh relays TERM/INT to the JVM, so stopping this script stops the server too
LAUNCH_JBOSS_IN_BACKGROUND=1 "$jboss_home/bin/standalone.sh" "${opts[@]}" > "$jboss_home/standalone/log/console.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; exit 0' INT TERM

url=http://127.0.0.1:$((8080 + offset))/zhicheng/
echo "Starting WildFly ($db) ... log: $jboss_home/standalone/log/server.log"
for _ in $(seq 1 240); do
  if [ -f "$jboss_home/standalone/deployments/zhicheng.ear.deployed" ]; then break; fi
  if [ -f "$jboss_home/standalone/deployments/zhicheng.ear.failed" ]; then
    echo "Deployment failed:"; cat "$jboss_home/standalone/deployments/zhicheng.ear.failed"; kill $server; exit 1
  fi
  if ! kill -0 $server 2>/dev/null; then echo "WildFly stopped; see the log"; exit 1; fi
  sleep 1
done

cat "$here/demo-accounts.txt"
echo
echo "  职称评审平台 is running at  $url   (database: $db)"
echo "  Ctrl-C stops it."
wait $server
