#!/bin/sh
# Checks that a change meant for speed changes no result: runs `extract --json` of a built jar over
# every dev corpus (pages unpacked once into a scratch folder, never into the project) and writes
# one JSON file per corpus into OUT. Compare two builds with `diff -r OUT1 OUT2`.
#   src/tools/bench/same-output.sh target/gazette.jar /tmp/out-before
# SHARED (default ../shared) is the shared corpus folder; SCRATCH (default /tmp/gazette-same-output)
# where the metadata-dev pages are copied under their folder names.
set -eu
JAR=$1
OUT=$2
SHARED=${SHARED:-../shared}
SCRATCH=${SCRATCH:-/tmp/gazette-same-output}
C=$SHARED/corpus
if [ ! -d "$SCRATCH/metadata" ]; then
  mkdir -p "$SCRATCH/metadata"
  for d in "$C"/metadata-dev/*/; do
    cp "$d/source.html" "$SCRATCH/metadata/$(basename "$d").html"
  done
fi
mkdir -p "$OUT"
run() { java -jar "$JAR" extract --json "$2" > "$OUT/$1.json" 2> "$OUT/$1.err" || true; }
run extraction "$C/extraction-dev/html"
run metadata "$SCRATCH/metadata"
run dates "$C/dates-dev/html"
run snippets "$C/snippets-dev/html"
run text "$C/text-dev"
run wire "$C/wire-dev/txt"
for f in "$OUT"/*.json; do
  printf '%s %s\n' "$(basename "$f")" "$(sha256sum < "$f" | cut -c1-16)"
done
