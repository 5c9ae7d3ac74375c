#!/bin/bash
# make-cases.sh -- real extraction / OCR damage cases in the layouts of
# styles.py: every DOC:STYLE pair is typeset, printed to PDF by headless
# Chromium and read back by pdftotext (default mode and -layout) and, when
# asked, by Tesseract OCR.  The steps are those of the shared corpus's
# ../shared/corpus-real/tools/make.sh, which this script runs with styles.py
# in place of md2html.py.  See README.md.
#
#   scripts/realcases/make-cases.sh TRUTHDIR OUTDIR DOC:STYLE[:KINDS] ...
#   scripts/realcases/make-cases.sh TRUTHDIR OUTDIR -p PLAN
#
# TRUTHDIR  folder of documents DOC/truth.md
# OUTDIR    where the cases go: OUTDIR/DOC-STYLE-KIND/{damaged.txt,truth.md};
#           also OUTDIR/run.sh, the scorer (see run.sh)
# KINDS     comma-separated, of pdftotext (default reading-order mode),
#           layout (pdftotext -layout), ocr (Tesseract on 300 dpi pages);
#           default pdftotext,layout
# PLAN      a file of "DOC STYLE [KINDS]" lines (# starts a comment)
#
# Prints make.sh's reading-order check (order.py) for the pdftotext and OCR
# text and a WARNING for a case read out of order.
# Environment: JOBS=N parallel tesseracts (default 1), NO_OCR=1 (leave out
# ocr everywhere), BUILD=DIR (keep HTML, PDFs, page OCR there), SHARED=DIR
# (default: ../shared beside the repository).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
TOOLS="$SHARED/corpus-real/tools"
PY="${PYTHON:-/usr/bin/python3}"   # system python, for python3-pyphen
die() { echo "make-cases.sh: $*" >&2; exit 1; }
abspath() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

[ $# -ge 3 ] || { sed -n '2,25p' "$0"; exit 2; }
TRUTHDIR="$(abspath "$1")"; OUTDIR="$(abspath "$2")"; shift 2
[ -d "$TRUTHDIR" ] || die "$TRUTHDIR: not a folder"
for f in make.sh order.py md2html.py; do
  [ -f "$TOOLS/$f" ] || die "$TOOLS/$f: not found (set SHARED to the shared folder)"
done

# the plan, one "DOC STYLE KINDS" line per pair
if [ "$1" = -p ]; then
  [ $# -eq 2 ] && [ -f "$2" ] || die "-p needs a plan file"
  plan="$(sed 's/#.*//' "$2" | awk 'NF { print $1, $2, ($3 == "" ? "pdftotext,layout" : $3) }')"
else
  plan="$(for p in "$@"; do IFS=: read -r d s k <<<"$p"; echo "$d ${s:-?} ${k:-pdftotext,layout}"; done)"
fi
[ -n "$plan" ] || die "nothing to make"
styles=" $("$PY" "$HERE/styles.py" --list | awk '{ printf "%s ", $1 }') "
while read -r doc style kinds; do
  [ -f "$TRUTHDIR/$doc/truth.md" ] || die "$TRUTHDIR/$doc/truth.md: no such file"
  [[ "$styles" == *" $style "* ]] || die "$doc: unknown style '$style' (styles.py --list)"
  for k in ${kinds//,/ }; do
    case "$k" in pdftotext|layout|ocr) ;; *) die "$doc $style: unknown kind '$k' (pdftotext, layout, ocr)" ;; esac
  done
done <<<"$plan"

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [ -n "${BUILD:-}" ]; then BUILD="$(abspath "$BUILD")"; else BUILD="$work/build"; fi
mkdir -p "$BUILD" "$OUTDIR"
# make.sh runs the md2html.py beside itself: give it styles.py under that name
mkdir "$work/tools"
ln -s "$TOOLS/make.sh" "$TOOLS/order.py" "$work/tools/"
ln -s "$HERE/styles.py" "$work/tools/md2html.py"

has() { [[ ",$kinds," == *",$1,"* ]]; }
while read -r doc style kinds; do
  name="$doc-$style"
  # make.sh names the cases after the folder of a single truth.md
  mkdir -p "$work/truth/$name"
  cp "$TRUTHDIR/$doc/truth.md" "$work/truth/$name/truth.md"
  if has ocr && [ -z "${NO_OCR:-}" ]; then skip=""; else skip=1; fi
  # make.sh always writes the pdftotext case (and prints its order check)
  msg="$(STYLE="$style" BUILD="$BUILD" JOBS="${JOBS:-1}" NO_OCR="$skip" PYTHON="$PY" \
    "$work/tools/make.sh" "$work/truth/$name/truth.md" "$OUTDIR" </dev/null)"
  echo "$msg"
  if has pdftotext; then
    [[ "$msg" == *"pdftotext: backjumps 0 "* ]] || echo "WARNING: $name: pdftotext read blocks out of order"
  else
    rm -rf "$OUTDIR/$name-pdftotext"
  fi
  if [ -z "$skip" ] && [[ "$msg" != *"ocr: backjumps 0 "* ]]; then
    echo "WARNING: $name: OCR read blocks out of order"
  fi
  if has layout; then
    # the PDF make.sh read with pdftotext (English: the one without soft hyphens)
    pdf="$BUILD/$name/page.pdf"
    [ -f "$BUILD/$name/page-nohyph.pdf" ] && pdf="$BUILD/$name/page-nohyph.pdf"
    mkdir -p "$OUTDIR/$name-layout"
    cp "$TRUTHDIR/$doc/truth.md" "$OUTDIR/$name-layout/truth.md"
    pdftotext -enc UTF-8 -layout "$pdf" "$OUTDIR/$name-layout/damaged.txt"
  fi
done <<<"$plan"

# the scorer, told where the shared scorer is
sed "s|^DEFAULT_SHARED=.*|DEFAULT_SHARED='$(cd "$SHARED" && pwd)'|" "$HERE/run.sh" >"$OUTDIR/run.sh"
chmod +x "$OUTDIR/run.sh"
