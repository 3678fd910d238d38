"""Stance results summarised for reading: by group, over time, cue patterns, examples.

Every function takes the scorer's tables plus the Corpus table and returns a DataFrame.
"""
from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

from .evaluate import LABELS


def _join(scores: pd.DataFrame, corpus: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    meta = corpus.set_index("doc_id")[[c for c in cols if c in corpus.columns]]
    key = "id" if "id" in scores else "doc_id"
    return scores.join(meta, on=key)


def wilson(k, n, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of the proportion ``k / n`` (arrays or numbers, ``n > 0``).

    Unlike the normal approximation it stays within [0, 1] and is not empty at 0 or n,
    which matters for the small groups of a media corpus (0 of 3 documents: 0 to 0.56).

    Returns:
        ``(low, high)`` arrays.
    """
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    z = NormalDist().inv_cdf(0.5 + level / 2)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def by_group(scores: pd.DataFrame, corpus: pd.DataFrame, column: str = "outlet_type",
             level: float = 0.95) -> pd.DataFrame:
    """Documents per stance for each value of ``column``: counts, row shares and their
    intervals.

    Returns:
        ``group, n_docs, agree, disagree, discuss, unrelated`` (counts), ``share_<label>``
        columns and, for each share, its Wilson interval at ``level`` (:func:`wilson`) as
        ``low_<label>`` and ``high_<label>``; sorted by group.
    """
    d = _join(scores, corpus, [column])
    counts = pd.crosstab(d[column].fillna("(none)"), d["stance"]).reindex(columns=list(LABELS), fill_value=0)
    out = counts.copy()
    out.insert(0, "n_docs", counts.sum(axis=1))
    for lab in LABELS:
        out[f"share_{lab}"] = (counts[lab] / out["n_docs"]).round(4)
    for lab in LABELS:
        low, high = wilson(counts[lab], out["n_docs"], level)
        out[f"low_{lab}"], out[f"high_{lab}"] = low.round(4), high.round(4)
    return out.rename_axis("group").reset_index().sort_values("group", kind="stable").reset_index(drop=True)


def over_time(scores: pd.DataFrame, corpus: pd.DataFrame, freq: str = "M", column: str | None = None) -> pd.DataFrame:
    """Documents per stance and period (``M`` months, ``W`` weeks), optionally per group.

    Undated documents are left out (counted in the corpus manifest).
    Returns ``period, [group,] stance, n, share`` where share is within period (and group).
    """
    d = _join(scores, corpus, ["date"] + ([column] if column else []))
    d = d[d["date"].notna()].copy()
    d["period"] = d["date"].dt.tz_convert(None).dt.to_period(freq).dt.start_time
    keys = ["period"] + ([column] if column else [])
    n = d.groupby(keys + ["stance"]).size().rename("n").reset_index()
    n["share"] = (n["n"] / n.groupby(keys)["n"].transform("sum")).round(4)
    if column:
        n = n.rename(columns={column: "group"})
    return n.sort_values(keys if not column else ["period", "group", "stance"]).reset_index(drop=True)


CUE_KINDS = {"hedge": "hedge:", "denial": "denial:", "ridicule": "ridicule:", "booster": "booster:",
             "attributed": "attribution:", "scare_quotes": "scare quotes", "question": "question"}


def cue_profile(sentences: pd.DataFrame, corpus: pd.DataFrame, column: str = "outlet_type") -> pd.DataFrame:
    """How each group signals distance: share of its relevant sentences with each cue kind.

    Args:
        sentences: ``StanceScorer.score_sentences(...)`` output.
    Returns:
        ``group, relevant_sentences, own_voice`` and one share column per cue kind
        (hedge, denial, ridicule, booster, attributed, scare_quotes, question).
    """
    s = sentences[sentences["relevant"]].join(corpus.set_index("doc_id")[[column]], on="doc_id")
    rows = []
    for group, g in s.groupby(s[column].fillna("(none)"), sort=True):
        row = {"group": group, "relevant_sentences": len(g), "own_voice": round(float(g["own_voice"].mean()), 4)}
        for kind, prefix in CUE_KINDS.items():
            row[kind] = round(float(g["cues"].map(lambda cs: any(c.startswith(prefix) for c in cs)).mean()), 4)
        rows.append(row)
    return pd.DataFrame(rows)


def examples(sentences: pd.DataFrame, corpus: pd.DataFrame, column: str = "outlet_type", n: int = 2) -> pd.DataFrame:
    """The most confident relevant sentences for each (group, stance) cell, for a reader to check.

    Returns ``group, stance, doc_id, outlet, confidence, text, cues``.
    """
    s = sentences[sentences["relevant"]].join(corpus.set_index("doc_id")[[c for c in (column, "outlet")
                                                                         if c in corpus.columns and c != "doc_id"]],
                                             on="doc_id")
    s = s.sort_values(["confidence", "doc_id", "start"], ascending=[False, True, True], kind="stable")
    out = s.groupby([column, "stance"], sort=True).head(n)
    out = out.rename(columns={column: "group"})
    cols = ["group", "stance", "doc_id"] + (["outlet"] if "outlet" in out and column != "outlet" else []) + [
        "confidence", "text", "cues"]
    out = out.assign(cues=out["cues"].map(lambda cs: "; ".join(cs[:6])))
    return out[cols].sort_values(["group", "stance", "confidence"], ascending=[True, True, False]).reset_index(drop=True)
