#!/usr/bin/env bash
# Installs the Debian packages the project runs against, only those that are missing.
# Usage: eng/prerequisites.sh run|test
#   root with apt-get: installs what is missing (nothing at all when everything is present);
#   otherwise:         names the packages and the one command that installs them, and exits 1.
set -euo pipefail

mode=${1:-run}
case "$mode" in
  run|test) ;;
  *) echo "usage: eng/prerequisites.sh run|test (got '$mode')" >&2; exit 2 ;;
esac

# The one table of prerequisites: a command this project runs, the Debian package that provides it,
# and the jobs that need it. A new prerequisite is a new row here, and Tests/Eng.Tests proves it.
prerequisites="
redis-server  redis-server  run test
redis-cli     redis-tools   run test
prometheus    prometheus    run test
promtool      prometheus    run test
chromium      chromium      test
"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK (dotnet) is not on PATH; install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

missing=()
while read -r cmd pkg jobs; do
  [ -n "$cmd" ] || continue
  [[ " $jobs " == *" $mode "* ]] || continue
  command -v "$cmd" >/dev/null 2>&1 && continue
  [[ " ${missing[*]:-} " == *" $pkg "* ]] || missing+=("$pkg")
done <<<"$prerequisites"

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing prerequisites for eng/$mode.sh: ${missing[*]}" >&2
  echo "       install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 update -qq
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts packaged services on install where an init system runs; this project starts its own.
if command -v systemctl >/dev/null 2>&1; then
  for svc in redis-server prometheus; do systemctl stop "$svc" >/dev/null 2>&1 || true; done
fi
