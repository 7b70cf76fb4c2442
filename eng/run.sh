#!/usr/bin/env bash
# The main job: installs what is missing, then starts the whole system with the AppHost.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh run
exec dotnet run --project AppHost -c Release -- "$@"
