#!/usr/bin/env bash
# Compare policygen with the usual document chain on the same 25 documents.
#
# The peer chain turns each Markdown document of the complete example into HTML with
# pandoc and into PDF with pandoc + wkhtmltopdf, two jobs at a time. policygen builds the
# same documents as Markdown, HTML and PDF (-f md,html,pdf) in one process. The two run
# alternately, ROUNDS times each; the script prints both medians and their ratio, of the wall
# time and of the CPU time (user + system, every process), which a busy machine distorts less.
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

# timed CMD…: runs CMD and prints "WALL CPU" in seconds, CPU being user + system time of
# CMD and every process it started. On a shared machine the wall time counts the waits for
# a core too; the CPU time does not.
timed() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$@" >/dev/null 2>&1; } 2>&1) || return 1
  awk '{printf "%s %.3f\n", $1, $2 + $3}' <<<"$t"
}
peer_chain() { printf '%s\n' "${docs[@]}" | xargs -P 2 -I{} bash -c 'peer_one "$1"' _ {}; }

peer_times=() ours_times=() peer_cpu=() ours_cpu=()
for ((i = 1; i <= rounds; i++)); do
  rm -rf "$work/peer" "$work/ours"
  sync # each tool starts with nothing of the other's waiting to be written
  read -r pw pc < <(timed peer_chain)
  sync
  read -r ow oc < <(timed "$work/policygen" build examples/complete.yaml -o "$work/ours" -f md,html,pdf -q)
  [ -n "$ow" ] || { echo "policygen build failed" >&2; exit 1; }
  peer_times+=("$pw") ours_times+=("$ow") peer_cpu+=("$pc") ours_cpu+=("$oc")
  printf 'round %d: peer chain %.3f s (CPU %.2f s), policygen %.3f s (CPU %.3f s)\n' "$i" "$pw" "$pc" "$ow" "$oc" >&2
done
[ "$(find "$work/peer" -name '*.pdf' | wc -l)" -eq 25 ] || { echo "the peer chain did not write 25 PDFs" >&2; exit 1; }

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
peer=$(median "${peer_times[@]}")
ours=$(median "${ours_times[@]}")
pcpu=$(median "${peer_cpu[@]}")
ocpu=$(median "${ours_cpu[@]}")
printf 'load average before the last round: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'peer chain (pandoc → HTML, pandoc + wkhtmltopdf → PDF, 2 in parallel): median %.3f s wall, %.2f s CPU\n' "$peer" "$pcpu"
printf 'policygen build -f md,html,pdf (75 documents + manifest):               median %.3f s wall, %.3f s CPU\n' "$ours" "$ocpu"
printf 'ratio: %.1f× (wall), %.1f× (CPU)\n' "$(echo "$peer / $ours" | bc -l)" "$(echo "$pcpu / $ocpu" | bc -l)"
