#!/usr/bin/python3
"""How much of a benchmark's ratings is the difficulty of the line itself.

Every source line of the development benchmarks was translated by several
systems. If a line's rating were mostly a matter of how hard the line is,
the other systems' ratings of the same line would predict it. Two
measurements, as AUC of bad lines (MQM penalty >= 5) against ok ones (<= 1):

  difficulty oracle  the mean penalty the other systems got on the same line
                     (a score no checker can compute: it reads the ratings);
  consensus          the line's mean chrF against the other systems'
                     translations of it (what multiple MT outputs agree on).

    python3 scripts/line-difficulty.py ../shared/bench/wmt23-news-dev ../shared/bench/ted-dev

Uses the benchmark's own metrics.py (chrF, AUC), found beside the sets.
"""
import collections
import json
import os
import sys

for d in sys.argv[1:]:
    sys.path.insert(0, os.path.dirname(os.path.abspath(d)))
    from metrics import auc, chrf  # noqa: E402

    gold = [json.loads(line) for line in open(os.path.join(d, "gold.jsonl"))]
    same_line = collections.defaultdict(list)
    for r in gold:
        same_line[(r["doc"], r["line"])].append(r)

    def others(r):
        return [o for o in same_line[(r["doc"], r["line"])] if o is not r]

    def oracle(r):
        o = others(r)
        return sum(x["penalty"] for x in o) / len(o) if o else 0.0

    def consensus(r):
        o = others(r)
        return -sum(chrf(r["text"], x["text"]) for x in o) / len(o) if o else 0.0

    bad = [r for r in gold if r["label"] == "bad"]
    ok = [r for r in gold if r["label"] == "ok"]
    print(f"{os.path.basename(os.path.normpath(d))}: {len(bad)} bad, {len(ok)} ok lines")
    print(f"  difficulty oracle (other systems' mean penalty)  AUC {auc([oracle(r) for r in bad], [oracle(r) for r in ok]):.3f}")
    print(f"  consensus (mean chrF against the other systems)  AUC {auc([consensus(r) for r in bad], [consensus(r) for r in ok]):.3f}")
