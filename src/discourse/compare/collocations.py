"""Collocations: the words that keep company with a node word (``troops``, ``mercenaries``), per group.

Documents are tokenized with :mod:`discourse.compare.tokens` (lower-cased). For each
occurrence of a node token, every token up to ``window`` positions to its left and right
(within the same document) is a co-occurrence. Within one group of documents, with
``f_nc`` = co-occurrences of node and collocate, ``f_n`` = occurrences of the node,
``f_c`` = occurrences of the collocate and ``N`` = tokens of the group (stop words included)::

    log_dice = 14 + log2(2 * f_nc / (f_n + f_c))          (Rychlý 2008; at most 14)
    E        = f_n * f_c / N                               (co-occurrences expected by chance)
    pmi      = log2(f_nc / E)                              (pointwise mutual information)
    t        = (f_nc - E) / sqrt(f_nc)                     (t-score)

Scores are rounded to 4 decimals. Stop words, the node words themselves and collocates seen fewer than ``min_freq`` times with
the node are left out.
"""
from __future__ import annotations

import math
from collections import Counter

import pandas as pd

from . import tokens as T

MEASURES = ("log_dice", "pmi", "t")
COLUMNS = ["group", "node", "collocate", "freq", "freq_node", "freq_collocate", "tokens", "score"]


def _score(measure: str, f_nc: int, f_n: int, f_c: int, n: int) -> float:
    if measure == "log_dice":
        return 14 + math.log2(2 * f_nc / (f_n + f_c))
    e = f_n * f_c / n
    if measure == "pmi":
        return math.log2(f_nc / e)
    return (f_nc - e) / math.sqrt(f_nc)


def collocations(corpus: pd.DataFrame, node, by: str | None = "outlet_type", window: int = 5, min_freq: int = 3,
                 measure: str = "log_dice", stopwords="english", top: int | None = None) -> pd.DataFrame:
    """Collocates of ``node`` in each group of documents.

    Args:
        corpus: a Corpus table (``text``, and ``by`` unless ``by`` is ``None``).
        node: a word or a list of words (compared lower-cased, like the tokens), e.g.
            ``["troops", "soldiers"]``; each is its own node.
        by: the grouping column (``None``: the whole corpus as one group ``"(all)"``).
        window: tokens on each side of the node.
        min_freq: least co-occurrences with the node.
        measure: ``log_dice``, ``pmi`` or ``t`` (see the module doc).
        stopwords: ``"english"``, ``None`` or a list; never collocates.
        top: keep the best ``top`` collocates per group and node (``None``: all).
    Returns:
        ``group, node, collocate, freq`` (co-occurrences), ``freq_node``, ``freq_collocate``,
        ``tokens`` (of the group), ``score``; sorted by group, node (in the given order),
        score descending, collocate.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown collocation measure {measure!r}: use one of {', '.join(MEASURES)}")
    if window < 1:
        raise ValueError("window must be at least 1")
    nodes = [node] if isinstance(node, str) else list(node)
    nodes = [T.normalize(str(n).strip()) for n in nodes]
    node_set = set(nodes)
    stop = T.stopword_set(stopwords)
    T.require(corpus, ("text",) + ((by,) if by else ()), "collocations")
    groups = corpus[by].fillna("(none)") if by else pd.Series("(all)", index=corpus.index)
    rows = []
    for group in sorted(groups.unique(), key=str):
        docs = [T.tokenize(t) for t in corpus.loc[groups == group, "text"]]
        freq = Counter()
        for toks in docs:
            freq.update(toks)
        n = sum(freq.values())
        for nd in nodes:
            co = Counter()
            for toks in docs:
                for i, tok in enumerate(toks):
                    if tok != nd:
                        continue
                    for j in range(max(0, i - window), min(len(toks), i + window + 1)):
                        if j != i:
                            co[toks[j]] += 1
            f_n = freq.get(nd, 0)
            part = []
            for c, f_nc in co.items():
                if f_nc < min_freq or c in stop or c in node_set:
                    continue
                part.append((group, nd, c, f_nc, f_n, freq[c], n, round(_score(measure, f_nc, f_n, freq[c], n), 4)))
            part.sort(key=lambda r: (-r[7], r[2]))
            rows += part[:top] if top else part
    df = pd.DataFrame(rows, columns=COLUMNS)
    df.attrs["measure"] = measure
    return df
