"""Topic quality: NPMI coherence on the corpus itself, topic diversity, outlier share.

NPMI window: the whole document. p(w) is the share of documents containing w and
p(w1, w2) the share containing both (boolean document co-occurrence), computed over the
documents the model was fitted on, with the model's own tokenisation (lower-case, the
vectorizer's stop words removed, n-grams as the vectorizer makes them). A pair that never
co-occurs scores -1. A topic's coherence is the mean NPMI over all pairs of its top words.
"""
from __future__ import annotations

import itertools

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer


def npmi_per_topic(texts: list[str], top_words: dict[int, list[str]], ngram_range=(1, 1),
                   stop_words="english", token_pattern: str = r"(?u)\b\w\w+\b") -> dict[int, float]:
    """Mean pairwise NPMI of each topic's top words over ``texts`` (document window).

    ``stop_words`` and ``token_pattern`` must be the topic model's own, so that n-grams
    are formed the same way (stop words are removed before n-grams are built).
    """
    vocab = sorted({w for words in top_words.values() for w in words})
    if not vocab or not texts:
        return {t: float("nan") for t in top_words}
    max_n = max(len(w.split()) for w in vocab)
    cv = CountVectorizer(vocabulary=vocab, ngram_range=(1, max(max_n, ngram_range[1])), binary=True,
                         lowercase=True, token_pattern=token_pattern, stop_words=stop_words)
    X = cv.transform(texts).tocsc().astype(np.float64)
    n = X.shape[0]
    index = {w: i for i, w in enumerate(cv.get_feature_names_out())}
    df = np.asarray(X.sum(axis=0)).ravel()
    co = (X.T @ X).toarray()
    out = {}
    for t, words in top_words.items():
        scores = []
        for a, b in itertools.combinations([w for w in words if w in index], 2):
            i, j = index[a], index[b]
            p12 = co[i, j] / n
            if p12 == 0:
                scores.append(-1.0)
                continue
            p1, p2 = df[i] / n, df[j] / n
            if p12 == 1.0:
                scores.append(1.0)
                continue
            scores.append(float(np.log(p12 / (p1 * p2)) / -np.log(p12)))
        out[t] = float(np.mean(scores)) if scores else float("nan")
    return out


def diversity(top_words: dict[int, list[str]]) -> float:
    """Share of unique words among all topics' top words (1.0 = no word repeats)."""
    words = [w for ws in top_words.values() for w in ws]
    return len(set(words)) / len(words) if words else float("nan")
