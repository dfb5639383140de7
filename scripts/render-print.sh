#!/usr/bin/env bash
# Render a generated workbook as printed (LibreOffice → PDF → PNG) for the README.
# Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
npm run --silent cli -- generate --year 2027 --branch "机关第一党支部" --out "$work/plan-2027.xlsx" >/dev/null
libreoffice --headless --convert-to pdf --outdir "$work" "$work/plan-2027.xlsx" >/dev/null 2>&1
pdftoppm -png -r 60 -f 1 -l 1 "$work/plan-2027.pdf" "$work/page"
mkdir -p docs
cp "$work"/page-*1.png docs/print-plan.png
echo "docs/print-plan.png (from $work/plan-2027.pdf, $(pdfinfo "$work/plan-2027.pdf" | awk '/^Pages/ {print $2}') pages)"
