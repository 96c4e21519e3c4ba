#!/usr/bin/env bash
# Configures an unpacked WildFly for the platform, offline (embed-server): datasource for the chosen
# database, Elytron security domain, batch job repository. Safe to rerun.
set -euo pipefail
jboss_home=$1
db=$2
pgjar=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

case "$db" in
  h2|postgresql) ;;
  *) echo "unknown database '$db' (h2 or postgresql)" >&2; exit 2 ;;
esac

marker="$jboss_home/.zhicheng-configured"
if [ -f "$marker" ] && [ "$marker" -nt "$here/configure-server.cli" ] && [ "$marker" -nt "$here/datasource-$db.cli" ]; then
  exit 0
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "set pgjar=$pgjar"
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  cat "$here/datasource-$db.cli"
  cat "$here/configure-server.cli"
  echo "stop-embedded-server"
} > "$script"

JAVA_OPTS="-Xmx512m" "$jboss_home/bin/jboss-cli.sh" --file="$script"
touch "$marker"
echo "WildFly at $jboss_home configured for $db"
