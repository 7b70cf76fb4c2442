#!/usr/bin/env bash
# The main job: installs what is missing, then starts the whole system with the AppHost.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh run
# The traffic generator runs from the start here (docs/demo.md); later arguments can still turn it off.
exec dotnet run --project AppHost -c Release -- --Traffic:Enabled=true "$@"
