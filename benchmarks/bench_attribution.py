"""Quote attribution on the teaching corpus against its gold quotes (prints, asserts nothing).

Matching: a gold quote is found when a predicted quote of the same document overlaps it by
at least half of the gold span's length; a predicted quote is correct when it matches a
gold quote that way. The gold labels do not list every quote of every article, so
precision is a lower bound. Speaker-group accuracy is measured on matched gold quotes.
Speed: documents per second over the whole corpus (best of three runs) and on the corpus
repeated to 10,000 documents. Then the same figures on the synthetic attribution probes
(benchmarks/data/README.md), for the half read for errors and the half held back; the second
multilingual probe is held back whole, the third by odd and even ids.

Last, real text without gold labels, when ../shared is present: the KCNA archive (its texts
that are not duplicates, loaded with the ``kcna`` preset) and the English texts of the stance
dev set (real coverage from many outlets; their stance labels are not used). Printed: quotes, their speaker
groups, and the speaker phrases that are certainly wrong or unresolved by a mechanical test:
a pronoun left unresolved, a phrase that opens with a function word ("which", "to", "as") or
an adverb in -ly, one with a finite verb inside ("is", "has"), or one longer than eight words
(mostly long official titles, "chairman of the Supreme Council of the … Party of Romania": an
overcount). A lower share is better; the test cannot see a wrong person who looks like a speaker.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

import pandas as pd

from discourse import corpus
from discourse import sources
from discourse.attribution import quotes

ROOT = Path(__file__).resolve().parents[1]
TEACHING = ROOT / "corpus" / "teaching"
KCNA = ROOT.parent / "shared" / "data" / "kcna_2024-11-11.json"
DEV = ROOT.parent / "shared" / "data" / "stance_dev.jsonl"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[dict], pred: pd.DataFrame) -> tuple[dict, set]:
    """Gold quote_id -> best matching predicted row index; and the set of matched predictions."""
    by_doc = defaultdict(list)
    for i, r in pred.iterrows():
        by_doc[r["doc_id"]].append((i, r["start"], r["end"]))
    found, used = {}, set()
    for g in gold:
        glen = g["end"] - g["start"]
        best = max(((overlap((g["start"], g["end"]), (s, e)), i) for i, s, e in by_doc[g["doc_id"]]), default=(0, None))
        if best[1] is not None and best[0] * 2 >= glen:
            found[g["quote_id"]] = best[1]
            used.add(best[1])
    return found, used


def figures(gold: list[dict], pred: pd.DataFrame) -> dict:
    """Recall, precision and speaker-group accuracy for one slice."""
    found, used = match(gold, pred)
    hits = [(g, pred.loc[found[g["quote_id"]]]) for g in gold if g["quote_id"] in found]
    agree = sum(p["speaker_group"] == g["speaker_group"] for g, p in hits)
    kind = sum(p["kind"] == g["kind"] for g, p in hits)
    n = len(found)
    return {"gold": len(gold), "pred": len(pred), "recall": n / len(gold) if gold else float("nan"),
            "precision": len(used) / len(pred) if len(pred) else float("nan"),
            "group_acc": agree / n if n else float("nan"), "kind_acc": kind / n if n else float("nan")}


def clear_caches() -> None:
    """Empty the lexicon's memo caches so timings are cold (no text seen before)."""
    sources._find_verbs.cache_clear()
    sources._best_group.cache_clear()


def probe(name: str = "attribution_probe", read: Callable[[int], bool] = lambda k: k % 2 == 1,
          by_lang: bool = False) -> None:
    """Scores on a synthetic attribution probe (benchmarks/data/<name>_{articles,quotes}.jsonl)
    by half: the texts ``read`` selects (by their number) were read for errors, the others
    never; with ``by_lang``, each language of each half too."""
    data = ROOT / "benchmarks" / "data"
    docs = pd.read_json(data / f"{name}_articles.jsonl", lines=True)
    gold = [json.loads(x) for x in open(data / f"{name}_quotes.jsonl", encoding="utf-8")]
    pred = quotes(docs)
    shaping = {d for d in docs["doc_id"] if read(int(d.split("-")[1]))}
    lang = dict(zip(docs["doc_id"], docs["lang"]))
    print(f"\n{name}: {len(docs)} texts, {len(gold)} gold quotes, {len(pred)} predicted")
    print(f"{'half':<22}{'gold':>6}{'pred':>6}{'recall':>8}{'prec':>8}{'group':>8}{'kind':>8}")
    rows = [("all", lambda d: True), ("read for errors", lambda d: d in shaping),
            ("held back", lambda d: d not in shaping)]
    if by_lang:
        rows += [(f"{half} {code}", lambda d, h=inside, c=code: (d in shaping) == h and lang[d] == c)
                 for half, inside in (("read", True), ("held back", False)) for code in sorted(set(lang.values()))]
    for label, keep in rows:
        if not any(keep(g["doc_id"]) for g in gold):
            continue  # a half with no texts (a probe held back whole)
        f = figures([g for g in gold if keep(g["doc_id"])], pred[pred["doc_id"].map(keep)])
        print(f"{label:<22}{f['gold']:>6}{f['pred']:>6}{f['recall']:>8.3f}{f['precision']:>8.3f}"
              f"{f['group_acc']:>8.3f}{f['kind_acc']:>8.3f}")


def main() -> int:
    docs = corpus.load(TEACHING / "articles").corpus
    gold = [json.loads(x) for x in open(TEACHING / "labels" / "quotes.jsonl", encoding="utf-8")]
    best = float("inf")
    for _ in range(3):
        clear_caches()
        t = time.perf_counter()
        pred = quotes(docs)
        best = min(best, time.perf_counter() - t)
    lang = dict(zip(docs["doc_id"], docs["lang"]))
    print(f"{len(docs)} documents, {len(gold)} gold quotes, {len(pred)} predicted")
    print(f"{'slice':<10}{'gold':>6}{'pred':>6}{'recall':>8}{'prec':>8}{'group':>8}{'kind':>8}")
    slices = [("all", gold, pred)]
    for code in sorted(set(lang.values())):
        slices.append((code, [g for g in gold if lang[g["doc_id"]] == code], pred[pred["doc_id"].map(lang) == code]))
    for kind in ("direct", "indirect"):
        slices.append((kind, [g for g in gold if g["kind"] == kind], pred[pred["kind"] == kind]))
    for name, g, p in slices:
        f = figures(g, p)
        print(f"{name:<10}{f['gold']:>6}{f['pred']:>6}{f['recall']:>8.3f}{f['precision']:>8.3f}"
              f"{f['group_acc']:>8.3f}{f['kind_acc']:>8.3f}")
    print(f"speed: {len(docs) / best:,.0f} documents/s on the teaching corpus, cold caches, one process "
          f"({best:.2f} s; 10,000 such documents would take {10_000 * best / len(docs):.0f} s)")
    big = pd.concat([docs] * (10_000 // len(docs) + 1), ignore_index=True).head(10_000)
    big["doc_id"] = [f"d{i}" for i in range(len(big))]
    clear_caches()
    t = time.perf_counter()
    quotes(big)
    dt = time.perf_counter() - t
    print(f"speed: the teaching corpus repeated to 10,000 documents: {dt:.1f} s ({10_000 / dt:,.0f} documents/s, "
          f"one process; repeated sentences hit the lexicon caches)")
    probe()
    # German, French, Russian and Korean texts in turn: the first four texts of every eight
    # (ids 1-4, 9-12, …) were read for errors, the other four never
    probe("attribution_probe_multi", read=lambda k: (k - 1) // 4 % 2 == 0, by_lang=True)
    # a second probe in the same four languages, written later and held back whole
    probe("attribution_probe_multi_2", read=lambda k: False, by_lang=True)
    # a third, German, French and Russian in turn: the odd ids read for errors, the even ones never
    probe("attribution_probe_multi_3", read=lambda k: k % 2 == 1, by_lang=True)
    real_text()
    return 0


def speaker_flaw(speaker: str) -> str:
    """A mechanical test of one speaker phrase (see the module docstring): the flaw's name, or ""."""
    low = speaker.lower()
    if low in ("he", "she", "they", "it", "we", "i", "him", "them"):
        return "unresolved pronoun"
    if re.match(r"(?i:which|who|whom|that|where|when|while|and|but|or|then|thus|so|of|to|in|on|for|with|as|if|"
                r"even|only|is|are|was|were|can|could|should|would|will)\b|[a-z]+ly\b", speaker):
        return "opens with a function word or an adverb"
    if re.search(r"\b(?:is|are|was|were|has|have|had|did|does|do|should|can|could|would|will|must|shall|may)\b",
                 low):
        return "finite verb inside"
    if len(speaker.split()) > 8:
        return "longer than eight words"
    return ""


def real_text() -> None:
    """Label-free figures on the KCNA archive and the dev set's English texts (see the module docstring)."""
    if not KCNA.exists() or not DEV.exists():
        print(f"\nreal text: {KCNA.parent} is absent, skipped")
        return
    docs = corpus.load(KCNA, preset="kcna", outlets=ROOT / "corpus" / "outlets.csv").corpus
    docs = docs[docs["dup_of"].fillna("") == ""].reset_index(drop=True)
    flaw_figures(f"{KCNA.name}, {len(docs)} texts that are not duplicates", quotes(docs))
    dev = pd.read_json(DEV, lines=True)
    dev = dev[dev["lang"] == "en"].rename(columns={"id": "doc_id"})[["doc_id", "text", "lang"]]
    flaw_figures(f"{DEV.name}, its {len(dev)} English texts", quotes(dev))


def flaw_figures(title: str, pred: pd.DataFrame) -> None:
    """Print the quotes' speaker groups and the speaker phrases with a mechanical flaw."""
    named = pred[pred["speaker"] != "unknown"]
    flaws = named["speaker"].map(speaker_flaw)
    print(f"\nreal text, no gold: {title}, {len(pred)} quotes")
    groups = pred["speaker_group"].value_counts()
    print("  speaker groups: " + ", ".join(f"{g} {n}" for g, n in groups.items()))
    print(f"  speaker phrases with a mechanical flaw: {(flaws != '').sum()} of {len(named)} "
          f"({(flaws != '').mean():.1%}); no speaker at all: {len(pred) - len(named)}")
    for flaw, n in flaws[flaws != ""].value_counts().items():
        print(f"    {flaw:<42}{n:>5}")


if __name__ == "__main__":
    sys.exit(main())
