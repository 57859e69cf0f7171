#!/usr/bin/env bash
# Renders the reports of the bundled Thạnh Trị 2018 and Phù Yên 2022 cohorts to PNG for docs/reports.md:
#   the HTML report and a letter through headless Chromium (Debian package `chromium`),
#   the workbook through LibreOffice Calc (`libreoffice-calc`, converted to PDF) and pdftoppm (`poppler-utils`).
# Usage: tools/screenshots.sh [output folder]   (default docs/images; run from anywhere in the repo)
# Needs: apt-get install -y chromium libreoffice-calc poppler-utils fonts-liberation (and pngquant, to keep them small)
# The date generated is pinned (SOURCE_DATE_EPOCH) so that the pictures only change when the reports do.
set -euo pipefail

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
out="${1:-$root/docs/images}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$out"/html-*.png "$out"/letter-*.png "$out"/print-*.png "$out"/xlsx-*.png
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1673308800}"   # 2023-01-10
mkdir -p "$out"

for tool in chromium soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: '$tool' is missing (apt-get install -y chromium libreoffice-calc poppler-utils)" >&2; exit 1; }
done

dotnet build "$root/src/ParIndex.Cli" -c Release -v quiet -nologo >/dev/null
parindex() { dotnet "$root/src/ParIndex.Cli/bin/Release/net10.0/parindex.dll" "$@"; }

tt=("$root/samples/frameworks/thanh-tri-2018.json" "$root/samples/assessments/thanh-tri-2018.json")
py=("$root/samples/frameworks/phu-yen-2022.json" "$root/samples/assessments/phu-yen-2022.json")
py_prev=(--previous "$root/samples/assessments/previous/phu-yen-2021.json")

parindex report "${tt[@]}" --format html --out "$work/thanh-tri.html" --unit vinh-thanh
parindex report "${tt[@]}" --format xlsx --out "$work/thanh-tri.xlsx"
parindex report "${py[@]}" "${py_prev[@]}" --format html --out "$work/phu-yen.html" --unit tuong-phu
parindex report "${py[@]}" "${py_prev[@]}" --format xlsx --out "$work/phu-yen.xlsx"
parindex report "${py[@]}" --per-unit --format html --out "$work/thu-phu-yen"
parindex report "$root/samples/frameworks/chi-lang-2023.json" "$root/samples/assessments/chi-lang-2023.json" --per-unit --format html --out "$work/thu-chi-lang"

# A page as a phone or a desktop shows it (full height), then the same page as printed (A4 landscape PDF, first pages).
shot() { # html png width height
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$3,$4" --screenshot="$2" "file://$1" >/dev/null 2>&1
}
printed() { # html png-prefix pages
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/print.pdf" "file://$1" >/dev/null 2>&1
  pdftoppm -png -r 60 -f 1 -l "$3" "$work/print.pdf" "$2"
}
workbook() { # xlsx png-prefix: the first printed page of each sheet, named by the sheet's key
  (cd "$work" && soffice --headless --calc --convert-to pdf --outdir "$work/pdf" "$1" >/dev/null 2>&1)
  local pdf="$work/pdf/$(basename "${1%.xlsx}").pdf" pages key title page
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  while IFS='|' read -r key title; do
    for ((page = 1; page <= pages; page++)); do
      # grep reads everything (no -q): an early exit would break the pipe, and pipefail would call it a miss.
      if pdftotext -f "$page" -l "$page" "$pdf" - | grep -F "$title" >/dev/null; then
        pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$pdf" "$2-$key"
        break
      fi
    done
  done <<'SHEETS'
ranking|Xếp hạng (ranking)
areas|Kết quả theo lĩnh vực (areas)
bands|Xếp loại (bands)
year-over-year|So sánh với năm trước (year over year)
self|Tự chấm – thẩm định (self
remediation|Khắc phục: tiêu chí
SHEETS
}

shot "$work/thanh-tri.html" "$out/html-thanh-tri.png" 1100 2600
shot "$work/phu-yen.html" "$out/html-phu-yen.png" 1100 3400
shot "$work/phu-yen.html" "$out/html-phu-yen-phone.png" 390 1500
shot "$work/thu-chi-lang/y-tich.html" "$out/letter-y-tich.png" 1100 1700
shot "$work/thu-phu-yen/tuong-phu.html" "$out/letter-tuong-phu.png" 1100 1500
printed "$work/phu-yen.html" "$out/print-phu-yen" 3
workbook "$work/phu-yen.xlsx" "$out/xlsx-phu-yen"
workbook "$work/thanh-tri.xlsx" "$out/xlsx-thanh-tri"

# Keep the pictures small: 8-bit palettes where pngquant is available.
if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --ext .png --quality 60-90 "$out"/*.png || true; fi
# pdftoppm pads page numbers to the page count; the docs name pages 1, 2, ...
for f in "$out"/*-0[1-9].png; do [ -e "$f" ] && mv "$f" "${f%-0*}-${f##*-0}"; done
ls -l "$out"/*.png
