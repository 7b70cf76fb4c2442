#!/usr/bin/env bash
# Regenerates the pictures in docs/ from the real running system: builds Release, runs the browser tests
# (Tests/AppHost.Tests/Browser: the AppHost as people start it, the Aspire dashboard and Prometheus in Debian's
# chromium) with their screenshots sent to a temp directory, then copies the ones the docs show into docs/images.
# A failing browser test fails the script and leaves docs/images as it was.
#
# Usage: eng/screenshots.sh      Env: SCREENSHOTS_NO_BUILD=1 (use the last Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh test

# The pictures the docs show (docs/demo.md, README.md), as the browser tests name them.
pictures=(dashboard exemplar-chart exemplar-trace trace prometheus-alerts prometheus-graph prometheus-alert-firing)

[ "${SCREENSHOTS_NO_BUILD:-0}" = 1 ] || { dotnet build Tests/AppHost.Tests -c Release -nologo -v q &&
  dotnet build Tests/Faults.Tests -c Release -nologo -v q; }
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
SCREENSHOT_DIRECTORY=$shots APPHOST_TESTS_TRAFFIC=true dotnet test Tests/AppHost.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~AppHost.Tests.Browser"
# A firing alert: the Redis-outage fault under the test profile (its alert fires in seconds, not minutes).
SCREENSHOT_DIRECTORY=$shots dotnet test Tests/Faults.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~RedisOutage"

for picture in "${pictures[@]}"; do
  [ -f "$shots/$picture.png" ] || { echo "error: no $picture.png was taken" >&2; exit 1; }
done
for picture in "${pictures[@]}"; do
  cp "$shots/$picture.png" "docs/images/$picture.png"
  echo "docs/images/$picture.png"
done
