"""Words for counting: a Unicode-aware tokenizer, stop words, per-group term counts.

A *token* is a run of letters and digits (any script: Latin, Cyrillic, Hangul, ...),
optionally joined by hyphens or apostrophes inside the word (``so-called``, ``don't``,
``Ким-Чен``). Tokens made only of digits are dropped (years and casualty figures are not
vocabulary). With ``lowercase=True`` tokens are lower-cased and an English possessive
``'s`` is cut (``Russia's`` counts as ``russia``). No stemming and no morphological
analysis: Korean words keep their particles (``북한군은`` and ``북한군이`` are two terms),
Russian and German words keep their endings. Compare texts in one language at a time.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

import pandas as pd

from ..errors import StageError

# letters/digits (no underscore) joined by single hyphens or apostrophes
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """scikit-learn's English stop word list (318 words; offline, no download)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def stopword_set(stopwords) -> frozenset[str]:
    """``"english"`` -> :func:`english_stopwords`; ``None`` -> empty; a list -> those words (lower-cased)."""
    if stopwords is None or stopwords is False:
        return frozenset()
    if isinstance(stopwords, str):
        if stopwords.lower() == "english":
            return english_stopwords()
        raise ValueError(f"unknown stop word list {stopwords!r}: use 'english', None or a list of words")
    return frozenset(str(w).lower() for w in stopwords)


def normalize(token: str, lowercase: bool = True) -> str:
    """The counted form of one token (lower-cased, possessive ``'s`` cut when ``lowercase``)."""
    if lowercase:
        token = _POSSESSIVE.sub("", token.lower())
    return token


def tokenize(text, lowercase: bool = True) -> list[str]:
    """The tokens of ``text`` in order (see the module doc); non-strings give ``[]``."""
    if not isinstance(text, str):
        return []
    out = []
    for m in TOKEN_RE.finditer(text):
        tok = m.group()
        if not _HAS_LETTER.search(tok):
            continue
        out.append(normalize(tok, lowercase))
    return out


def token_spans(text) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` of every token of ``text`` as written (``text[start:end] == token``)."""
    if not isinstance(text, str):
        return []
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text) if _HAS_LETTER.search(m.group())]


def require(corpus: pd.DataFrame, columns: Iterable[str], who: str) -> None:
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise StageError(f"{who}: the corpus lacks column(s) {', '.join(missing)}")


def count(texts: Iterable, lowercase: bool = True) -> Counter:
    """Token counts over many texts (all tokens, stop words included)."""
    c: Counter = Counter()
    for t in texts:
        c.update(tokenize(t, lowercase))
    return c


def originals(corpus: pd.DataFrame) -> pd.DataFrame:
    """The documents that are not marked as copies of another (``dup_of`` empty or missing).

    Syndicated wire copies repeat one voice; leave them out when a wire story republished
    by three outlets should count once.
    """
    if "dup_of" not in corpus.columns:
        return corpus
    d = corpus["dup_of"]
    return corpus[d.isna() | (d.astype(str).str.strip() == "")]
