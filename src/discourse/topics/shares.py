"""Topic shares per group with bootstrap confidence intervals, and over time.

A document's topic distribution is the share of its units in each topic (one-hot when
documents are the units); outliers (-1) count as a topic of their own so shares sum to 1.
Per group, the share of topic k is the mean of its documents' distributions. The 95%
interval resamples the group's documents with replacement ``n_boot`` times (percentile
method), the uncertainty a reader needs before comparing outlets.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def doc_topic_matrix(unit_topics: pd.DataFrame) -> pd.DataFrame:
    """Rows: doc_id; columns: topic ids; values: share of the document's units."""
    counts = pd.crosstab(unit_topics["doc_id"], unit_topics["topic"])
    return counts.div(counts.sum(axis=1), axis=0)


def per_group(unit_topics: pd.DataFrame, groups: pd.Series, *, n_boot: int = 1000, level: float = 0.95,
              random_state: int = 0) -> pd.DataFrame:
    """Topic shares per group with bootstrap intervals.

    Args:
        unit_topics: ``doc_id, topic`` per unit.
        groups: the group of each document, indexed by ``doc_id``.
    Returns:
        Columns ``group, topic, share, low, high, n_docs``, sorted by group then topic.
    """
    mat = doc_topic_matrix(unit_topics)
    g = groups.reindex(mat.index)
    rng = np.random.default_rng(random_state)
    alpha = (1 - level) / 2
    rows = []
    for name in sorted(g.dropna().unique(), key=str):
        block = mat.values[(g == name).values]
        n = len(block)
        share = block.mean(axis=0)
        idx = rng.integers(0, n, size=(n_boot, n))
        boot = block[idx].mean(axis=1)
        low, high = np.quantile(boot, [alpha, 1 - alpha], axis=0)
        for k, topic in enumerate(mat.columns):
            rows.append((name, int(topic), float(share[k]), float(low[k]), float(high[k]), n))
    return pd.DataFrame(rows, columns=["group", "topic", "share", "low", "high", "n_docs"])


def over_time(unit_topics: pd.DataFrame, dates: pd.Series, freq: str = "MS") -> pd.DataFrame:
    """Documents per topic and period (``freq`` a pandas offset: ``W``, ``MS`` ...).

    Returns:
        Columns ``period, topic, count, share``: ``count`` is the (fractional) number of
        documents in the topic, ``share`` the count divided by all documents of that
        period. Undated documents are left out (they are counted in the corpus manifest).
    """
    mat = doc_topic_matrix(unit_topics)
    d = dates.reindex(mat.index)
    keep = d.notna().values
    mat, d = mat[keep], d[keep]
    if mat.empty:
        return pd.DataFrame(columns=["period", "topic", "count", "share"])
    periods = d.dt.tz_convert(None).dt.to_period(pd.tseries.frequencies.to_offset(freq).rule_code
                                                 .replace("MS", "M")).dt.start_time
    counts = mat.groupby(periods.values).sum()
    shares = counts.div(counts.sum(axis=1), axis=0)
    out = counts.stack().rename("count").to_frame().join(shares.stack().rename("share"))
    out.index.names = ["period", "topic"]
    out = out.reset_index()
    out["topic"] = out["topic"].astype(int)
    return out.sort_values(["period", "topic"]).reset_index(drop=True)


def roll_up(unit_topics: pd.DataFrame, doc_ids) -> pd.DataFrame:
    """``id, topic`` per document: the most frequent non-outlier topic of its units (ties:
    the lowest topic id; only outliers: -1). Documents without units are left out."""
    def roll(s):
        vc = s[s != -1].value_counts()
        if vc.empty:
            return -1
        return int(min(vc[vc == vc.max()].index))

    per_doc = unit_topics.groupby("doc_id", sort=False)["topic"].agg(roll)
    out = pd.DataFrame({"id": list(doc_ids)})
    out["topic"] = out["id"].map(per_doc)
    out = out.dropna(subset=["topic"])
    out["topic"] = out["topic"].astype(int)
    return out.reset_index(drop=True)
