#!/usr/bin/env bash
# Compare policygen with the usual document chain on the same 25 documents.
#
# The peer chain turns each Markdown document of the complete example into HTML with
# pandoc and into PDF with pandoc + wkhtmltopdf, two jobs at a time. policygen builds the
# same documents as Markdown, HTML and PDF (-f md,html,pdf) in one process. The two run
# alternately, ROUNDS times each; the script prints both medians and their ratio.
#
#   bash bench/compare.sh [ROUNDS]        (default 5; installs pandoc and wkhtmltopdf)
#
# Not run by CI: it installs packages and takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}

need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v xvfb-run >/dev/null || true
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -trimpath -o "$work/policygen" ./cmd/policygen
"$work/policygen" build examples/complete.yaml -o "$work/md" -f md -q
mapfile -t docs < <(cd "$work/md" && find . -name '*.md' | sort)
[ ${#docs[@]} -eq 25 ] || { echo "expected 25 Markdown documents, found ${#docs[@]}" >&2; exit 1; }

peer_one() { # $1: document path relative to the Markdown folder
  local src="$work/md/$1" base="$work/peer/${1%.md}"
  mkdir -p "$(dirname "$base")"
  pandoc -s -f gfm -t html5 --metadata title=policy "$src" -o "$base.html" 2>/dev/null
  wkhtmltopdf -q --encoding utf-8 "$base.html" "$base.pdf" >/dev/null 2>&1
}
export -f peer_one
export work

now() { date +%s.%N; }
peer_times=() ours_times=()
for ((i = 1; i <= rounds; i++)); do
  rm -rf "$work/peer" "$work/ours"
  t0=$(now)
  printf '%s\n' "${docs[@]}" | xargs -P 2 -I{} bash -c 'peer_one "$1"' _ {}
  t1=$(now)
  "$work/policygen" build examples/complete.yaml -o "$work/ours" -f md,html,pdf -q
  t2=$(now)
  peer_times+=("$(echo "$t1 - $t0" | bc)")
  ours_times+=("$(echo "$t2 - $t1" | bc)")
  printf 'round %d: peer chain %.3f s, policygen %.3f s\n' "$i" "${peer_times[-1]}" "${ours_times[-1]}" >&2
done
[ "$(find "$work/peer" -name '*.pdf' | wc -l)" -eq 25 ] || { echo "the peer chain did not write 25 PDFs" >&2; exit 1; }

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
peer=$(median "${peer_times[@]}")
ours=$(median "${ours_times[@]}")
printf 'peer chain (pandoc → HTML, pandoc + wkhtmltopdf → PDF, 2 in parallel): median %.3f s\n' "$peer"
printf 'policygen build -f md,html,pdf (75 documents + manifest):               median %.3f s\n' "$ours"
printf 'ratio: %.1f×\n' "$(echo "$peer / $ours" | bc -l)"
