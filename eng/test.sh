#!/usr/bin/env bash
# The test job: installs what is missing, builds once, runs every test project, prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh test || exit 1

results=TestResults
rm -rf "$results"
dotnet build Aspire.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

status=0
crashed=0
for project in Tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" || status=1
  # A test host that crashes writes no TRX; count it as a failure rather than losing it.
  [ -f "$results/$name.trx" ] || { echo "$name produced no results"; crashed=$((crashed + 1)); }
done

totals=$(eng/test-totals.sh "$results")
read -r passed _ failed _ <<<"$totals"
echo "$passed passed, $((failed + crashed)) failed"
exit $status
