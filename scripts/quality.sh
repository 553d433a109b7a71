#!/usr/bin/env bash
# Measures mtcheck on the development benchmarks, as the README's Quality
# section reports: plain, with the source text, and with --corpus built for
# each article from the references of the other articles. Also prints the
# cross-validated figures of the scoring model and the alignment accuracy.
#
#   scripts/quality.sh [BENCH_DIR]     # default ../shared/bench
set -euo pipefail
cd "$(dirname "$0")/.."
bench=$(cd "${1:-../shared/bench}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/mtcheck" ./cmd/mtcheck

# One corpus folder per document: every other document's reference.
for ref in "$bench"/*/*.ref.en.txt; do
	doc=$(basename "$ref" .ref.en.txt)
	mkdir -p "$work/corpora/$doc"
	for other in "$bench"/*/*.ref.en.txt; do
		[ "$(basename "$other" .ref.en.txt)" = "$doc" ] || ln -sf "$other" "$work/corpora/$doc/$(basename "$other" .en.txt).txt"
	done
done
cat >"$work/mtcheck-corpus" <<WRAP
#!/bin/sh
for a in "\$@"; do
	case "\$prev" in --ref) doc=\$(basename "\$a" .ref.en.txt) ;; esac
	prev=\$a
done
exec "$work/mtcheck" "\$@" --corpus "$work/corpora/\$doc"
WRAP
chmod +x "$work/mtcheck-corpus"
export MTCHECK_CACHE_DIR="$work/cache"

for set in wmt23-news-dev ted-dev; do
	echo "== $set"
	python3 "$bench/score.py" "$bench/$set" -- "$work/mtcheck" check | tail -4 | head -3
	echo "-- with the source text"
	python3 "$bench/score.py" --with-source "$bench/$set" -- "$work/mtcheck" check | tail -2 | head -1
	echo "-- with --corpus (the other articles' references)"
	python3 "$bench/score.py" "$bench/$set" -- "$work/mtcheck-corpus" check | tail -2 | head -1
done
echo "== scoring model, five-fold cross-validation by document"
go run ./internal/fitmodel "$bench/wmt23-news-dev" "$bench/ted-dev" | sed -n 1,3p
echo "== alignment against the gold one-to-one reference lines"
python3 scripts/alignment-accuracy.py "$work/mtcheck" "$bench/wmt23-news-dev" "$bench/ted-dev"
