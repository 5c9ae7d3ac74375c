#!/bin/bash
# run.sh -- score a normalizer on every case beside this script (each
# <case>/damaged.txt with <case>/truth.md; make-cases.sh puts a copy in its
# output folder) with the shared corpus's run_dev_real.sh and score.py:
# one row per case, MACRO rows per kind (pdftotext, ocr, layout), a last
# JSON line with the averages.
#
#   ./run.sh [--keep DIR] [--timeout SEC] 'CMD {}'
#   CASES='*-ocr' ./run.sh 'CMD {}'        # only the cases matching a glob
#
# CMD prints Markdown on stdout; "{}" is the path of damaged.txt.
# CASEDIR=DIR scores the cases of another folder; SHARED=DIR is the shared
# folder (holding corpus/score.py and corpus-real/run_dev_real.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DEFAULT_SHARED="$HERE/../../../shared"
SHARED="${SHARED:-$DEFAULT_SHARED}"
CASEDIR="${CASEDIR:-$HERE}"
for f in corpus/score.py corpus-real/run_dev_real.sh; do
  [ -f "$SHARED/$f" ] || { echo "run.sh: $SHARED/$f not found (set SHARED)" >&2; exit 2; }
done
# run_dev_real.sh scores the case folders beside itself with ../corpus/score.py:
# give it a folder of links to ours
farm="$(mktemp -d)"; trap 'rm -rf "$farm"' EXIT
mkdir "$farm/set"
ln -s "$SHARED/corpus" "$farm/corpus"
ln -s "$SHARED/corpus-real/run_dev_real.sh" "$farm/set/run_dev_real.sh"
n=0
for d in "$CASEDIR"/*/; do
  d="${d%/}"; name="$(basename "$d")"
  [ -f "$d/truth.md" ] && [ -f "$d/damaged.txt" ] || continue
  # shellcheck disable=SC2053  # CASES is a glob
  [[ "$name" == ${CASES:-*} ]] || continue
  ln -s "$(cd "$d" && pwd)" "$farm/set/$name"; n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "run.sh: no cases in $CASEDIR${CASES:+ matching $CASES}" >&2; exit 1; }
"$farm/set/run_dev_real.sh" "$@"
