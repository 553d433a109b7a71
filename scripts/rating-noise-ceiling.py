#!/usr/bin/python3
"""How far rater disagreement alone limits AUC on a rated benchmark.

Where two systems produced the identical translation of a segment, any
score computed from the text gives both the same value; how often their
labels (bad: MQM penalty >= 5, ok: <= 1) still differ measures the raters'
noise. Modelling each line's chance of being rated bad as drawn from a Beta
distribution whose mean is the base rate and whose spread reproduces that
disagreement (E[2p(1-p)] = disagreement), the AUC of an oracle that knows
every line's chance is what a perfect text-based score could reach.

    /usr/bin/python3 scripts/rating-noise-ceiling.py ../shared/bench/ted-dev

Needs python3-numpy, python3-scipy and python3-sklearn (Debian).
"""
import collections
import json
import sys

import numpy as np
from scipy import stats
from sklearn.metrics import roc_auc_score

for d in sys.argv[1:]:
    gold = [json.loads(line) for line in open(d + "/gold.jsonl")]
    texts = {}
    groups = collections.defaultdict(list)
    for r in gold:
        if r["label"] not in ("ok", "bad"):
            continue
        if r["file"] not in texts:
            texts[r["file"]] = open(d + "/" + r["file"]).read().split("\n")
        text = texts[r["file"]][r["line"] - 1].strip()
        groups[(r["doc"], r["line"], text)].append(r["label"] == "bad")
    pairs = disagree = 0
    for labels in groups.values():
        n, bad = len(labels), sum(labels)
        pairs += n * (n - 1) // 2
        disagree += bad * (n - bad)
    base = np.mean([x for v in groups.values() for x in v])
    q = disagree / pairs if pairs else 0
    var = base * (1 - base) - q / 2
    print(f"{d}: {pairs} pairs of identical lines, labels differ in {q:.1%}; bad lines {base:.1%}")
    if q == 0:
        print("  no disagreement: the ratings put no ceiling below AUC 1.0")
        continue
    s = base * (1 - base) / var - 1
    p = stats.beta(base * s, (1 - base) * s).rvs(400000, random_state=1)
    y = np.random.default_rng(2).random(len(p)) < p
    print(f"  an oracle knowing each line's chance of a bad rating: AUC {roc_auc_score(y, p):.3f}")
