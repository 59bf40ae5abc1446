#!/bin/sh
# Score extraction on the seeds and the real APP-350 dev corpus with one command, so that a before and an
# after are measured the same way. Needs the shared folder (default ../shared, or $POLICYKG_SHARED);
# nothing here is read at run time by policykg itself.
# usage: bench/eval_external.sh OUTDIR      (writes OUTDIR/app350-facts.json, OUTDIR/*.txt)
set -eu
OUT=${1:?usage: bench/eval_external.sh OUTDIR}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${POLICYKG_SHARED:-$ROOT/../shared}
[ -d "$SHARED/eval" ] || SHARED=/work/shared
PK="$ROOT/.venv/bin/policykg"
PY="$ROOT/.venv/bin/python"
mkdir -p "$OUT"
rm -rf "$OUT/store"
/usr/bin/time -f "app350-dev ingest: %e s wall, %U+%S s CPU, %M KB peak" \
  "$PK" --store "$OUT/store" ingest "$SHARED/eval/external/app350-dev/policies" --jobs 2 --quiet --no-tables 2> "$OUT/ingest-time.txt" || true
cat "$OUT/ingest-time.txt"
"$PK" --store "$OUT/store" facts --format json --out "$OUT/app350-facts.json"
"$PY" "$SHARED/eval/score_app350.py" "$SHARED/eval/external/app350-dev/annotations" "$OUT/app350-facts.json" | tee "$OUT/app350.txt"
"$PK" evaluate --gold "$SHARED/eval/seeds-gold.json" --policies "$SHARED/seeds" --by field | tee "$OUT/seeds-field.txt"
"$PK" evaluate --gold "$SHARED/eval/seeds-gold.json" --policies "$SHARED/seeds" --by language | tee "$OUT/seeds-language.txt"
"$PK" evaluate --gold "$ROOT/policykg/samples/gold.json" --policies "$ROOT/policykg/samples/policies" --by field | tee "$OUT/samples-field.txt"
"$PK" evaluate --gold "$ROOT/policykg/samples/gold.json" --policies "$ROOT/policykg/samples/policies" --by language | tee "$OUT/samples-language.txt"
