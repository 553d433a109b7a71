#!/usr/bin/env bash
# Measures offline `mtcheck check` on synthetic corpora of 1,000 and 10,000
# articles (about 30 sentences each, with a reference each): wall time and
# peak resident memory. Not part of CI; run it on an otherwise idle machine:
#
#   scripts/bench-check.sh [DIR]      # corpora are generated into DIR once
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-${TMPDIR:-/tmp}/mtcheck-bench}
mkdir -p "$dir"
go build -o "$dir/mtcheck" ./cmd/mtcheck
for n in 1000 10000; do
	[ -d "$dir/c$n" ] || go run ./scripts/gencorpus -n "$n" -o "$dir/c$n"
done
echo "machine: $(nproc) CPUs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in 1000 10000; do
	for fmt in jsonl text; do
		args=(check --format "$fmt")
		[ "$fmt" = text ] && args+=(-q)
		/usr/bin/time -f "$n articles, --format $fmt: wall %e s, peak RSS %M KB, user %U s, sys %S s" \
			"$dir/mtcheck" "${args[@]}" "$dir/c$n" >/dev/null 2>"$dir/time.txt" || true
		tail -1 "$dir/time.txt"
	done
done
