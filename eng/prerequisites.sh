#!/usr/bin/env bash
# Installs the Debian packages the project runs against, only when missing.
# Usage: eng/prerequisites.sh run|test
set -euo pipefail

need_cmds=(redis-server prometheus promtool)
need_pkgs=(redis-server prometheus)
if [ "${1:-run}" = test ]; then
  need_cmds+=(chromium npm)
  need_pkgs+=(chromium npm)
fi

missing=()
for i in "${!need_cmds[@]}"; do
  command -v "${need_cmds[$i]}" >/dev/null 2>&1 || missing+=("${need_pkgs[$i]}")
done
# de-duplicate (prometheus provides both prometheus and promtool)
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk 'NF && !seen[$0]++')

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK (dotnet) is not on PATH; install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts packaged services on install where an init system runs; this project starts its own.
  for svc in redis-server prometheus; do
    command -v systemctl >/dev/null 2>&1 && systemctl stop "$svc" >/dev/null 2>&1 || true
  done
else
  echo "error: missing prerequisites: ${missing[*]}" >&2
  echo "       install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
