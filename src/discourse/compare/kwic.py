"""Keyword in context: every hit of a word, phrase or regular expression, with its neighbours.

Offsets are exact: ``text[start:end] == match`` for the document's loaded ``text``. A word or
phrase pattern (``regex=False``) only hits whole words: the hit is neither preceded nor
followed by a letter, digit or underscore (``troops`` does not hit ``troopship``; it does hit
``troops,`` and ``troops'``; ``army`` hits ``ghost-army``, as hyphens and apostrophes are word
boundaries here). The words of a phrase may be separated by any whitespace, including a line
break. A regular expression is used as written (add ``\\b`` yourself). Context is counted in
whitespace-separated words; near the start or end of a document it is simply shorter.
"""
from __future__ import annotations

import bisect
import re

import pandas as pd

from . import tokens as T

COLUMNS = ["doc_id", "outlet", "date", "left", "match", "right", "start", "end"]
_CHUNK = re.compile(r"\S+")


def compile_pattern(pattern: str, regex: bool = False, ignore_case: bool = True) -> re.Pattern:
    """The compiled form of a KWIC pattern (see the module doc)."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("kwic: the pattern must be a non-empty string")
    flags = re.IGNORECASE if ignore_case else 0
    if regex:
        return re.compile(pattern, flags)
    words = pattern.split()
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", flags)


def _squash(s: str) -> str:
    return " ".join(s.split())


def _contexts(text: str, spans: list[tuple[int, int]], starts: list[int], ends: list[int], s: int, e: int,
              window: int) -> tuple[str, str]:
    # left: whitespace words that start before the hit; one cut by the hit does not count
    i = bisect.bisect_left(starts, s)  # chunks [0, i) start before s
    n_left = window + (1 if i > 0 and ends[i - 1] > s else 0)
    lo = spans[max(0, i - n_left)][0] if i > 0 and window > 0 else s
    lo = min(lo, s)
    # right: whitespace words that end after the hit; one cut by the hit does not count
    j = bisect.bisect_right(ends, e)  # chunks [j, ...) end after e
    n_right = window + (1 if j < len(spans) and spans[j][0] < e else 0)
    hi = spans[min(len(spans), j + n_right) - 1][1] if j < len(spans) and window > 0 else e
    hi = max(hi, e)
    return _squash(text[lo:s]), _squash(text[e:hi])


def kwic(corpus: pd.DataFrame, pattern, window: int = 8, regex: bool = False, ignore_case: bool = True,
         max_hits: int | None = None) -> pd.DataFrame:
    """Every hit of ``pattern`` in the corpus texts with ``window`` words of context each side.

    Args:
        corpus: a Corpus table (``doc_id``, ``text``; ``outlet`` and ``date`` shown when present).
        pattern: a word, a phrase (``"ghost army"``) or, with ``regex=True``, a regular
            expression; a list of them gives one table with a ``pattern`` column.
        window: words of context on each side (whitespace-separated words; whitespace in
            the context is shown as single spaces).
        regex: treat the pattern as a regular expression (no word boundaries added).
        ignore_case: case-insensitive matching (Unicode-aware: Cyrillic too).
        max_hits: stop after this many hits (``None``: all).
    Returns:
        ``doc_id, outlet, date, left, match, right, start, end`` (``text[start:end] == match``),
        sorted by date (undated last), doc_id and start.
    """
    T.require(corpus, ("doc_id", "text"), "kwic")
    patterns = pattern if isinstance(pattern, (list, tuple)) else [pattern]
    compiled = [(p, compile_pattern(p, regex, ignore_case)) for p in patterns]
    outlets = corpus["outlet"] if "outlet" in corpus.columns else pd.Series(None, index=corpus.index, dtype=object)
    dates = corpus["date"] if "date" in corpus.columns else pd.Series(pd.NaT, index=corpus.index)
    rows = []
    for pos, (doc_id, text, outlet, date) in enumerate(zip(corpus["doc_id"], corpus["text"], outlets, dates)):
        if not isinstance(text, str) or not text:
            continue
        spans = [m.span() for m in _CHUNK.finditer(text)]
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        for p, rx in compiled:
            for m in rx.finditer(text):
                s, e = m.span()
                if s == e:
                    continue
                left, right = _contexts(text, spans, starts, ends, s, e, window)
                rows.append((pos, doc_id, outlet, date, left, m.group(), right, s, e, p))
                if max_hits is not None and len(rows) >= max_hits:
                    break
    df = pd.DataFrame(rows, columns=["_pos"] + COLUMNS + ["pattern"])
    if not df.empty:
        df["_nat"] = df["date"].isna()
        df = df.sort_values(["_nat", "date", "doc_id", "start", "_pos", "pattern"], kind="mergesort")
        df = df.drop(columns="_nat")
    df = df.drop(columns="_pos").reset_index(drop=True)
    if max_hits is not None:
        df = df.head(max_hits)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    if not isinstance(pattern, (list, tuple)):
        df = df.drop(columns="pattern")
    return df


def frequency(corpus: pd.DataFrame, patterns, by: str = "outlet_type", regex: bool = False,
              ignore_case: bool = True, per: float = 10_000, wide: bool = False) -> pd.DataFrame:
    """How often each group uses each word, phrase or pattern (counted like :func:`kwic`).

    Args:
        patterns: a list of words/phrases (or regular expressions with ``regex=True``).
        by: the grouping column (every group is listed, also with no hit).
        per: ``rate`` is hits per this many tokens of the group (default per 10,000 words).
        wide: return one row per group and one column of hits per pattern instead.
    Returns:
        ``group, pattern, hits, docs`` (documents with at least one hit), ``n_docs``,
        ``tokens`` and ``rate``; sorted by group, then in the order of ``patterns``.
    """
    T.require(corpus, ("doc_id", "text", by), "frequency")
    patterns = [patterns] if isinstance(patterns, str) else list(patterns)
    compiled = [(p, compile_pattern(p, regex, ignore_case)) for p in patterns]
    rows = []
    groups = corpus[by].fillna("(none)")
    for group in sorted(groups.unique(), key=str):
        g = corpus[groups == group]
        texts = [t for t in g["text"] if isinstance(t, str)]
        n_tokens = sum(len(T.tokenize(t)) for t in texts)
        for p, rx in compiled:
            per_doc = [sum(1 for m in rx.finditer(t) if m.end() > m.start()) for t in texts]
            hits = int(sum(per_doc))
            rows.append({"group": group, "pattern": p, "hits": hits, "docs": int(sum(1 for h in per_doc if h)),
                         "n_docs": int(len(g)), "tokens": int(n_tokens),
                         "rate": round(hits / n_tokens * per, 3) if n_tokens else 0.0})
    df = pd.DataFrame(rows, columns=["group", "pattern", "hits", "docs", "n_docs", "tokens", "rate"])
    if wide:
        w = df.pivot(index="group", columns="pattern", values="hits").reindex(columns=patterns).fillna(0)
        w = w.astype("int64").reset_index()
        w.columns.name = None
        w.insert(1, "n_docs", df.groupby("group")["n_docs"].first().reindex(w["group"]).to_numpy())
        return w
    return df


def sample(table: pd.DataFrame, n: int = 2, by: str = "outlet") -> pd.DataFrame:
    """A reading sample of a :func:`kwic` table: the first ``n`` hits of each ``by`` value.

    Returns ``doc_id, outlet, date`` (as ``YYYY-MM-DD``), ``left, match, right``, in the
    order of the KWIC table (by date).
    """
    if table.empty:
        return table[[c for c in ("doc_id", "outlet", "date", "left", "match", "right") if c in table.columns]]
    t = table.groupby(table[by].fillna("(none)"), sort=False).head(n).copy()
    if "date" in t.columns:
        t["date"] = t["date"].map(lambda d: "" if pd.isna(d) else pd.Timestamp(d).strftime("%Y-%m-%d"))
    return t[[c for c in ("doc_id", "outlet", "date", "left", "match", "right") if c in t.columns]].reset_index(
        drop=True)
