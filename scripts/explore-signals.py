#!/usr/bin/python3
"""Tries candidate sentence signals before they are built into check/.

Reads the per-sentence dump of internal/fitmodel and reports, per benchmark,
the five-fold cross-validated AUC (folds by document, like fitmodel) of a
line-level logistic model over the committed features, then of the same model
with each candidate signal added. A signal worth building moves these numbers.

    go run ./internal/fitmodel -dump /tmp/dump.jsonl ../shared/bench/wmt23-news-dev ../shared/bench/ted-dev
    apt-get install python3-numpy python3-sklearn python3-sphinxbase pocketsphinx-en-us
    /usr/bin/python3 scripts/explore-signals.py /tmp/dump.jsonl

The language-model signals use CMU Sphinx's generic US English trigram model
(pocketsphinx-en-us); they are skipped when it is not installed. Nothing here
is used by mtcheck itself.
"""
import collections
import difflib
import json
import math
import re
import sys
import zlib

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

NFEAT = 13  # the committed features without the LLM ones
LM_PATH = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def ngram_pr(h, r, n):
    H = collections.Counter(tuple(h[i:i + n]) for i in range(len(h) - n + 1))
    R = collections.Counter(tuple(r[i:i + n]) for i in range(len(r) - n + 1))
    m = sum((H & R).values())
    return m / max(sum(H.values()), 1), m / max(sum(R.values()), 1)


def edit_runs(r):
    h, p = words(r["text"]), words(r["passage"])
    ops = difflib.SequenceMatcher(a=h, b=p, autojunk=False).get_opcodes()
    changed = [o for o in ops if o[0] != "equal"]
    return len(changed), sum(max(o[2] - o[1], o[4] - o[3]) for o in changed)


def candidates():
    c = {
        "word 1-gram P/R": [lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 1)[0],
                            lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 1)[1]],
        "word 2-gram P/R": [lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 2)[0],
                            lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 2)[1]],
        "edit runs, edited words": [lambda r: edit_runs(r)[0], lambda r: edit_runs(r)[1]],
        "length x (1 - chrF)": [lambda r: len(words(r["text"])) * (1 - r["f"][5])],
        "length ratio": [lambda r: abs(math.log((1 + len(words(r["text"]))) / (1 + len(words(r["passage"])))))],
    }
    try:
        import sphinxbase.sphinxbase as sb
        lm = sb.NGramModel(LM_PATH)
    except Exception as e:  # no LM here: skip its signals
        print("language model signals skipped:", e, file=sys.stderr)
        return c
    ln = math.log(1.0001)  # sphinx log base
    memo = {}

    def lp(s):
        if s not in memo:
            w = ["<s>"] + words(s) + ["</s>"]
            memo[s] = [(lm.prob([w[i]] + w[max(0, i - 2):i][::-1]) * ln, lm.prob([w[i]]) * ln)
                       for i in range(1, len(w))]
        return memo[s]

    def slor(s):
        v = lp(s)
        return sum(a - u for a, u in v) / len(v)

    c["LM mean log-prob"] = [lambda r: sum(a for a, _ in lp(r["text"])) / len(lp(r["text"]))]
    c["LM SLOR, and minus the passage's"] = [lambda r: slor(r["text"]),
                                             lambda r: slor(r["text"]) - slor(r["passage"]) if r["passage"] else 0]
    c["LM words far below their unigram"] = [lambda r: sum(1 for a, u in lp(r["text"]) if a - u < -1)]
    return c


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    lines = collections.OrderedDict()
    for r in rows:
        if r["label"] in ("ok", "bad"):
            lines.setdefault((r["set"], r["file"], r["line"]), []).append(r)
    keys = list(lines)
    y = np.array([lines[k][0]["label"] == "bad" for k in keys])
    sets = np.array([k[0] for k in keys])
    fold = np.array([zlib.crc32(lines[k][0]["doc"].encode()) % 5 for k in keys])

    def matrix(fns):
        # A line's features: the sum over its sentences.
        return np.array([np.sum([[f(r) for f in fns] for r in lines[k]], axis=0) for k in keys], float)

    def cv(X):
        p = np.zeros(len(y))
        for f in range(5):
            tr = fold != f
            sc = StandardScaler().fit(X[tr])
            m = LogisticRegression(max_iter=3000).fit(sc.transform(X[tr]), y[tr])
            p[~tr] = m.predict_proba(sc.transform(X[~tr]))[:, 1]
        return [roc_auc_score(y[sets == s], p[sets == s]) for s in sorted(set(sets))]

    # Label noise: the same text for the same segment, from two systems,
    # rated one bad and one ok.
    same = collections.defaultdict(list)
    for k in keys:
        rs = lines[k]
        same[(k[0], rs[0]["doc"], k[2], " ".join(r["text"] for r in rs))].append(rs[0]["label"])
    for s in sorted(set(sets)):
        pairs = split = 0
        for key, labels in same.items():
            if key[0] == s:
                for i in range(len(labels)):
                    for j in range(i + 1, len(labels)):
                        pairs += 1
                        split += labels[i] != labels[j]
        print("set%d: identical translations of a segment rated one bad, one ok: %d of %d pairs" % (s, split, pairs))

    base = [lambda r, i=i: r["f"][i] for i in range(NFEAT)]
    Xb = matrix(base)
    print("%-36s %s" % ("signals", "   ".join("set%d AUC" % s for s in sorted(set(sets)))))
    print("%-36s %s" % ("committed features", "   ".join("%.3f   " % a for a in cv(Xb))))
    for name, fns in candidates().items():
        X = np.hstack([Xb, matrix(fns)])
        print("%-36s %s" % ("+ " + name, "   ".join("%.3f   " % a for a in cv(X))))


if __name__ == "__main__":
    main()
