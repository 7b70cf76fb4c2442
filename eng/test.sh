#!/usr/bin/env bash
# The test job: installs what is missing, builds once, runs every test project, prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh test || exit 1

results=TestResults
rm -rf "$results"
dotnet build Aspire.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

# Faults.Tests spends its minutes waiting for alerts to pass their `for:`, not on the CPU, so it runs beside
# the projects that start no AppHost; the projects whose bounds are timings under load run alone after it.
background=(Faults.Tests)
timed=(AppHost.Tests Distributed.Tests Reliability.Tests)

run_project() { # run_project NAME: one test project, its TRX in $results; a crashed host writes none
  local name=$1
  echo "== $name"
  dotnet test "Tests/$name/$name.csproj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results"
}

status=0
background_log=$(mktemp)
trap 'rm -f "$background_log"' EXIT
( s=0; for name in "${background[@]}"; do run_project "$name" || s=1; done; exit $s ) >"$background_log" 2>&1 &
background_pid=$!

for project in Tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  [[ " ${background[*]} ${timed[*]} " == *" $name "* ]] && continue
  run_project "$name" || status=1
done
wait "$background_pid" || status=1
cat "$background_log"
for name in "${timed[@]}"; do run_project "$name" || status=1; done

# A test host that crashes writes no TRX; count it as a failure rather than losing it.
crashed=0
for project in Tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  [ -f "$results/$name.trx" ] || { echo "$name produced no results"; crashed=$((crashed + 1)); }
done

totals=$(eng/test-totals.sh "$results")
read -r passed _ failed _ <<<"$totals"
echo "$passed passed, $((failed + crashed)) failed"
[ $crashed = 0 ] || status=1
exit $status
