#!/usr/bin/env python3
"""Measures how often mtcheck aligns a sentence with the right reference text.

The benchmarks in ../shared/bench keep, for measurement only, the reference
cut one segment a line beside each translation (NAME.ref-aligned.en). mtcheck
never reads it: it aligns against NAME.ref.en.txt, paragraphed differently.
A sentence's passage counts as right when it lies within the gold reference
line of the sentence's line (or holds it, for merged lines).

    go build -o /tmp/mtcheck ./cmd/mtcheck
    python3 scripts/alignment-accuracy.py /tmp/mtcheck ../shared/bench/wmt23-news-dev ../shared/bench/ted-dev

-v lists the wrong ones.
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def within(passage, gold):
    # A passage of several reference sentences may run past one gold line
    # on either side; its start or end must still be in it.
    return passage in gold or gold in passage or passage[:40] in gold or passage[-40:] in gold


def check_file(exe, bench, name):
    doc = name.split(".")[0]
    gold = open(os.path.join(bench, doc + ".ref-aligned.en"), encoding="utf-8").read().split("\n")
    out = subprocess.run([exe, "check", "--ref", os.path.join(bench, doc + ".ref.en.txt"), "--format", "json",
                          os.path.join(bench, name)], capture_output=True, text=True).stdout
    right, wrong, none = 0, [], 0
    for s in json.loads(out)["files"][0]["sentences"]:
        a = s.get("alignment")
        if not a:
            none += 1
            continue
        g = norm(gold[s["line"] - 1]) if s["line"] <= len(gold) else ""
        if within(norm(a["text"]), g):
            right += 1
        else:
            wrong.append((name, s["line"], s["text"], a["text"], g))
    return right, wrong, none


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    exe, benches = args[0], args[1:]
    for bench in benches:
        names = sorted({json.loads(l)["file"] for l in open(os.path.join(bench, "gold.jsonl"), encoding="utf-8")})
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
            res = list(ex.map(lambda n: check_file(exe, bench, n), names))
        right = sum(r[0] for r in res)
        wrong = [w for r in res for w in r[1]]
        none = sum(r[2] for r in res)
        print(f"{os.path.basename(os.path.normpath(bench))}: {right} sentences aligned right, {len(wrong)} wrong "
              f"({100 * len(wrong) / max(1, right + len(wrong)):.1f}%), {none} unaligned")
        if "-v" in sys.argv:
            for name, line, text, passage, g in wrong:
                print(f"  {name}:{line}\n    sentence: {text[:140]}\n    passage:  {passage[:140]}\n    gold:     {g[:140]}")


if __name__ == "__main__":
    main()
