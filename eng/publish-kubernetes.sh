#!/usr/bin/env bash
# Publishes the AppHost's app model as a kustomize tree for Kubernetes with the Prometheus Operator:
# Aspire's manifest publisher writes the model, the Kubernetes project turns it into objects (docs/kubernetes.md).
# Usage: eng/publish-kubernetes.sh OUT_DIR [--image-registry R] [--image-tag T] [--namespace N] [--Section:Key=value ...]
# Then: kubectl apply -k OUT_DIR
set -euo pipefail

usage="usage: eng/publish-kubernetes.sh OUT_DIR [--image-registry R] [--image-tag T] [--namespace N] [--Section:Key=value ...]"
if [ $# -lt 1 ] || [ -z "$1" ] || [[ "$1" == -* ]]; then
  echo "$usage" >&2
  exit 2
fi
out=$1
shift

# The output directory is checked before anything is built, so a typo costs no build.
if [ -e "$out" ] && [ ! -d "$out" ]; then
  echo "error: OUT_DIR '$out' exists and is not a directory" >&2
  exit 1
fi
if ! mkdir -p "$out" 2>/dev/null || [ ! -w "$out" ]; then
  echo "error: OUT_DIR '$out' cannot be created or is not writable" >&2
  exit 1
fi
out=$(cd "$out" && pwd)

cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Building the AppHost and the Kubernetes publisher..."
dotnet build AppHost/AppHost.csproj -c Release -nologo -v q >"$work/build.log" 2>&1 \
  && dotnet build Kubernetes/Kubernetes.csproj -c Release -nologo -v q >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "error: build failed" >&2; exit 1; }

echo "Writing Aspire's manifest..."
manifest="$work/aspire-manifest.json"
# A cluster runs containers, so the model is taken in container mode (Redis as Aspire's Redis container), whether or
# not this machine has a container runtime. The publisher exits when the file is written; the timeout guards
# against an AppHost that would run instead.
timeout 300 dotnet run --project AppHost -c Release --no-build --no-launch-profile -- \
  --publisher manifest --output-path "$manifest" --Hosting:ResourceMode=container >"$work/manifest.log" 2>&1 || true
if [ ! -s "$manifest" ]; then
  cat "$work/manifest.log" >&2
  echo "error: the AppHost wrote no manifest (it must run on Aspire's hosting to support --publisher manifest)" >&2
  exit 1
fi

dotnet run --project Kubernetes -c Release --no-build -- \
  --manifest "$manifest" --output "$out" --repository-root "$PWD" "$@"
echo "Apply with: kubectl apply -k $out"
