"""Keyness: which words set one group of documents (an outlet, an outlet type) apart.

Counts come from :mod:`discourse.compare.tokens`. For each term ``w`` with
``a`` = its count in the target documents, ``b`` = its count in the reference documents,
``c``/``d`` = the total number of tokens (stop words included) in target/reference:

``g2`` — log-likelihood as in Rayson & Garside (2000), the "keyness" of corpus linguistics
(Dunning 1993's G² over the two observed frequencies)::

    E1 = c * (a + b) / (c + d)         E2 = d * (a + b) / (c + d)
    G2 = 2 * (a * ln(a / E1) + b * ln(b / E2))        (0 * ln 0 = 0)
    p  = P(chi-squared with 1 df >= G2)

``chi2`` — Pearson's chi-squared of the 2x2 table ``[[a, b], [c - a, d - b]]`` (N = c + d)::

    chi2 = N * (a * (d - b) - b * (c - a))**2 / ((a + b) * (N - a - b) * c * d)

with Yates' continuity correction (``|a(d-b) - b(c-a)| - N/2``, floored at 0) only when
``correction=True``.

``log_odds`` — the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
Quinn 2008, "Fightin' Words", section 3.5). The prior is the whole compared corpus
(target + reference): ``alpha_w = alpha0 * (a_w + b_w) / (c + d)``; ``alpha0`` defaults to
``c + d`` (prior counts = the corpus's own counts)::

    delta = ln((a + alpha_w) / (c + alpha0 - a - alpha_w)) - ln((b + alpha_w) / (d + alpha0 - b - alpha_w))
    var   = 1 / (a + alpha_w) + 1 / (b + alpha_w)
    z     = delta / sqrt(var)

Frequencies per 10,000 tokens are rounded to 3 decimals, statistics to 4, p-values to 4
significant digits. ``score`` is signed: positive when the term is relatively more frequent in the target
(G² or chi² with the sign of the difference; z for log-odds), so the table sorted by
``score`` descending starts with the target's key terms and ends with the reference's.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ..errors import StageError
from . import tokens as T

MEASURES = ("g2", "chi2", "log_odds")
COLUMNS = ["term", "freq_target", "freq_reference", "rel_target", "rel_reference", "score", "p_value", "z",
           "direction"]


def _values(value) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


def split(corpus: pd.DataFrame, by: str, target, reference=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The target documents (``by`` in ``target``) and the reference documents.

    ``reference=None`` means every other document that has a ``by`` value.
    """
    T.require(corpus, ("text", by), "compare")
    tv = _values(target)
    if not tv:
        raise StageError("compare: no target value given")
    col = corpus[by]
    is_t = col.isin(tv)
    if not is_t.any():
        raise StageError(f"compare: no document has {by} in {tv!r}; values are: "
                         f"{', '.join(map(str, sorted(col.dropna().unique())))}")
    if reference is None:
        is_r = ~is_t & col.notna()
    else:
        rv = _values(reference)
        overlap = set(rv) & set(tv)
        if overlap:
            raise StageError(f"compare: {sorted(overlap)!r} is both target and reference")
        is_r = col.isin(rv)
    if not is_r.any():
        raise StageError(f"compare: no reference documents ({by} = {reference!r})")
    return corpus[is_t], corpus[is_r]


def keyness_table(target_counts: Counter, reference_counts: Counter, measure: str = "g2", min_freq: int = 5,
                  stopwords="english", alpha0: float | None = None, correction: bool = False,
                  per: float = 10_000) -> pd.DataFrame:
    """Keyness from two term counters (the arithmetic of :func:`keyness`).

    Totals ``c``/``d`` are the sums of the counters (stop words included); stop words and
    terms with ``a + b < min_freq`` are then left out of the table.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown keyness measure {measure!r}: use one of {', '.join(MEASURES)}")
    c = float(sum(target_counts.values()))
    d = float(sum(reference_counts.values()))
    if c == 0 or d == 0:
        raise StageError("keyness: the target or the reference has no tokens")
    vocab = sorted(set(target_counts) | set(reference_counts))
    a_all = np.array([target_counts.get(w, 0) for w in vocab], dtype=float)
    b_all = np.array([reference_counts.get(w, 0) for w in vocab], dtype=float)
    stop = T.stopword_set(stopwords)
    keep = np.array([w not in stop for w in vocab], dtype=bool) & (a_all + b_all >= min_freq)
    terms = [w for w, k in zip(vocab, keep) if k]
    a, b = a_all[keep], b_all[keep]
    n = c + d
    rel_t, rel_r = a / c * per, b / d * per
    p_value = np.full(len(terms), np.nan)
    z = np.full(len(terms), np.nan)
    extra = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "g2":
            e1 = c * (a + b) / n
            e2 = d * (a + b) / n
            t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
            t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
            stat = np.maximum(2.0 * (t1 + t2), 0.0)
        elif measure == "chi2":
            o21, o22 = c - a, d - b
            diff = np.abs(a * o22 - b * o21)
            if correction:
                diff = np.maximum(diff - n / 2.0, 0.0)
            denom = (a + b) * (o21 + o22) * c * d
            stat = np.where(denom > 0, n * diff ** 2 / denom, 0.0)
        if measure in ("g2", "chi2"):
            from scipy.stats import chi2 as _chi2

            p_value = _chi2.sf(stat, 1)
            sign = np.sign(a / c - b / d)
            score = sign * stat
        else:
            a0 = n if alpha0 is None else float(alpha0)
            if a0 <= 0:
                raise ValueError("alpha0 must be positive")
            alpha = a0 * (a + b) / n
            delta = (np.log((a + alpha) / (c + a0 - a - alpha)) - np.log((b + alpha) / (d + a0 - b - alpha)))
            var = 1.0 / (a + alpha) + 1.0 / (b + alpha)
            z = delta / np.sqrt(var)
            score = z
            extra["log_odds_ratio"] = delta
    direction = np.where(score > 0, "target", np.where(score < 0, "reference", "none"))
    # rounded for reading and byte-stable CSVs: frequencies to 3 decimals, statistics to 4,
    # p-values to 4 significant digits
    p_value = np.array([float(f"{v:.4g}") if np.isfinite(v) else np.nan for v in p_value])
    extra = {k: np.round(v, 4) for k, v in extra.items()}
    df = pd.DataFrame({"term": terms, "freq_target": a.astype("int64"), "freq_reference": b.astype("int64"),
                       "rel_target": np.round(rel_t, 3), "rel_reference": np.round(rel_r, 3),
                       "score": np.round(score, 4), "p_value": p_value, "z": np.round(z, 4),
                       "direction": direction, **extra})
    df = df.sort_values(["score", "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    df.attrs.update({"measure": measure, "tokens_target": int(c), "tokens_reference": int(d), "per": per})
    return df


def keyness(corpus: pd.DataFrame, by: str = "outlet_type", target=None, reference=None, measure: str = "g2",
            min_freq: int = 5, stopwords="english", lowercase: bool = True, alpha0: float | None = None,
            correction: bool = False, per: float = 10_000, on_missing: str = "raise") -> pd.DataFrame:
    """Key terms of the documents whose ``by`` is ``target``, against a reference.

    Args:
        corpus: a Corpus table (``text`` and the ``by`` column).
        by: the column that defines the groups (``outlet``, ``outlet_type``, ``country`` ...).
        target: a value of ``by`` (or a list of values) whose documents are the target.
        reference: ``None`` (every other document with a ``by`` value), a value or a list.
        measure: ``g2`` (log-likelihood), ``chi2`` (Pearson, 2x2) or ``log_odds``
            (Monroe et al.'s log-odds ratio with an informative Dirichlet prior; see the module doc).
        min_freq: leave out terms with fewer occurrences in target and reference together.
        stopwords: ``"english"``, ``None`` or a list of words left out of the table (they still
            count in the token totals).
        lowercase: count lower-cased tokens (and cut a possessive ``'s``).
        alpha0: log_odds only: the prior's total weight (default: the number of tokens compared).
        correction: chi2 only: apply Yates' continuity correction.
        per: ``rel_*`` are frequencies per this many tokens (default per 10,000).
        on_missing: ``raise`` (default) or ``empty``: when the target or the reference has no
            documents or no tokens (e.g. a report run on another corpus), warn and return an
            empty table with the same columns instead of raising.
    Returns:
        ``term, freq_target, freq_reference, rel_target, rel_reference, score, p_value`` (g2 and
        chi2; NaN for log_odds), ``z`` (log_odds; NaN otherwise), ``direction`` (``target`` when the
        term is relatively more frequent in the target, ``reference`` when less, ``none``), and
        for log_odds ``log_odds_ratio``; sorted by ``score`` descending, then term.
        ``attrs`` holds ``measure``, ``target``, ``reference``, ``tokens_target``, ``tokens_reference``.
    Raises:
        StageError: missing columns, no target or reference documents.
    """
    if on_missing not in ("raise", "empty"):
        raise ValueError("on_missing must be 'raise' or 'empty'")
    try:
        tdocs, rdocs = split(corpus, by, target, reference)
        out = keyness_table(T.count(tdocs["text"], lowercase), T.count(rdocs["text"], lowercase), measure=measure,
                            min_freq=min_freq, stopwords=stopwords, alpha0=alpha0, correction=correction, per=per)
    except StageError as exc:
        if on_missing == "raise":
            raise
        import warnings

        warnings.warn(f"keyness: {exc}; the table is empty", stacklevel=2)
        out = pd.DataFrame({c: pd.Series(dtype=object if c in ("term", "direction") else float) for c in COLUMNS})
        if measure == "log_odds":
            out["log_odds_ratio"] = pd.Series(dtype=float)
        out.attrs.update({"measure": measure, "per": per})
    out.attrs.update({"by": by, "target": target, "reference": "rest" if reference is None else reference})
    return out


def by_group(corpus: pd.DataFrame, by: str = "outlet_type", top: int = 15, measure: str = "g2",
             max_p: float | None = 0.05, **kwargs) -> pd.DataFrame:
    """The ``top`` key terms of each value of ``by`` against all the other documents.

    Args:
        max_p: for g2/chi2, keep only terms with ``p_value <= max_p`` (``None``: no filter);
            for log_odds, terms with ``|z| >= 1.96``.
        kwargs: passed on to :func:`keyness` (``min_freq``, ``stopwords`` ...).
    Returns:
        ``group, rank`` and the columns of :func:`keyness` (only the group's over-used terms,
        ``direction == "target"``), groups sorted by name.
    """
    T.require(corpus, ("text", by), "compare")
    frames = []
    for group in sorted(corpus[by].dropna().unique(), key=str):
        if (corpus[by] == group).all():
            continue
        k = keyness(corpus, by=by, target=group, measure=measure, **kwargs)
        k = k[k["direction"] == "target"]
        if max_p is not None:
            k = k[k["p_value"] <= max_p] if measure != "log_odds" else k[k["z"].abs() >= 1.96]
        k = k.head(top).copy()
        k.insert(0, "rank", np.arange(1, len(k) + 1))
        k.insert(0, "group", group)
        frames.append(k)
    if not frames:
        return pd.DataFrame(columns=["group", "rank"] + COLUMNS)
    return pd.concat(frames, ignore_index=True)
