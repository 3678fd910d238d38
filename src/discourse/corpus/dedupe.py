"""Exact and near-duplicate detection (syndicated copies), marking, never dropping.

Method: texts are lower-cased and split into word tokens; each document becomes the set
of its word 3-shingles (hashed to 64-bit integers with a fixed, seed-free hash, so the
result never depends on the process). A MinHash signature of ``num_perm`` values per
document goes through locality-sensitive hashing (``bands`` x ``rows``) to find
candidate pairs; each candidate pair is then checked with the exact Jaccard similarity
of the two shingle sets. Pairs at or above ``threshold`` are linked; each connected group
keeps its earliest document (by date, then input order) as the original and the others
get ``dup_of`` = that original's ``doc_id`` and ``dup_similarity`` = their exact Jaccard
similarity to it. Identical texts (after whitespace and case folding) are exact copies
(similarity 1.0) whatever their length.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 3) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word k-shingles of ``text`` (as the search uses them)."""
    return np.unique(Deduplicator._shingle_table([TOKEN.findall(text.lower())], k)[0])


@dataclass
class Deduplicator:
    """Find exact and near duplicates in a Corpus table.

    Parameters:
        threshold: exact Jaccard similarity of word 3-shingles at or above which two
            documents are copies (0.6 catches wire copies with small edits; raise it to
            be stricter).
        num_perm: MinHash signature length.
        bands: LSH bands (``num_perm`` must be divisible by it). ``None`` picks the
            fewest bands that still make a pair at exactly ``threshold`` a candidate with
            probability >= 0.85 (pairs above the threshold are found more surely still):
            16 bands of 4 rows for 0.6, 32 of 2 for 0.3.
        min_tokens: shorter texts are only matched exactly.
        random_state: seed of the MinHash permutations.
    """

    threshold: float = 0.6
    num_perm: int = 64
    bands: int | None = None
    min_tokens: int = 8
    random_state: int = 0

    def _signatures(self, flat: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """MinHash signatures of the documents whose shingles are ``flat[starts[i]:starts[i+1]]``
        (the minimum over a multiset equals the minimum over its set: no unique needed)."""
        rng = np.random.default_rng(self.random_state)
        a = rng.integers(1, (1 << 61) - 1, size=self.num_perm, dtype=np.uint64) | np.uint64(1)
        b = rng.integers(0, (1 << 61) - 1, size=self.num_perm, dtype=np.uint64)
        sig = np.empty((len(starts), self.num_perm), dtype=np.uint64)
        if len(starts) == 0:
            return sig
        with np.errstate(over="ignore"):
            for p in range(self.num_perm):
                sig[:, p] = np.minimum.reduceat((flat * a[p] + b[p]) >> np.uint64(3), starts)
        return sig

    def _bands(self) -> int:
        if self.bands is not None:
            if self.num_perm % self.bands:
                raise ValueError("num_perm must be divisible by bands")
            return self.bands
        for rows in sorted((r for r in range(1, self.num_perm + 1) if self.num_perm % r == 0), reverse=True):
            b = self.num_perm // rows
            if 1 - (1 - self.threshold ** rows) ** b >= 0.85:
                return b
        return self.num_perm

    @staticmethod
    def _shingle_table(tokens: list[list[str]], k: int = 3) -> tuple[np.ndarray, np.ndarray]:
        """All word k-shingle hashes in document order, and the document of each."""
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        if lengths.sum() == 0:
            return np.empty(0, np.uint64), np.empty(0, np.int64)
        flat = pd.Series([w for t in tokens for w in t], dtype=object)
        codes, uniques = pd.factorize(flat)
        uh = np.fromiter((int.from_bytes(hashlib.blake2b(u.encode("utf-8"), digest_size=8).digest(), "little")
                          for u in uniques), dtype=np.uint64, count=len(uniques))
        h = uh[codes]
        doc = np.repeat(np.arange(len(tokens)), lengths)
        n = len(h) - k + 1
        if n <= 0:
            return np.empty(0, np.uint64), np.empty(0, np.int64)
        with np.errstate(over="ignore"):
            acc = h[:n].copy()
            for j in range(1, k):
                acc = acc * np.uint64(1000003) ^ h[j:j + n]
        valid = doc[:n] == doc[k - 1:k - 1 + n]
        return acc[valid], doc[:n][valid]

    def find_pairs(self, texts: list[str]) -> list[tuple[int, int, float]]:
        """Return ``(i, j, similarity)`` for every linked pair (i < j)."""
        bands = self._bands()
        tokens = [TOKEN.findall(t.lower()) for t in texts]
        pairs: dict[tuple[int, int], float] = {}
        first: dict[str, int] = {}
        for i, toks in enumerate(tokens):
            key = " ".join(toks)
            if key in first:
                pairs[(first[key], i)] = 1.0
            else:
                first[key] = i
        # exact copies are already paired with their first occurrence: only first occurrences
        # enter the near-duplicate search (their links carry over through the union-find)
        firsts = set(first.values())
        eligible_mask = np.fromiter((len(t) >= self.min_tokens and i in firsts for i, t in enumerate(tokens)),
                                    dtype=bool, count=len(tokens))
        sh, doc = self._shingle_table([t if ok else [] for t, ok in zip(tokens, eligible_mask)])
        eligible = np.unique(doc)
        starts = np.searchsorted(doc, eligible)
        sig = self._signatures(sh, starts)
        ends = np.append(starts[1:], len(sh))
        span = {int(d): (int(s0), int(e0)) for d, s0, e0 in zip(eligible, starts, ends)}
        rows = self.num_perm // bands
        candidates: set[tuple[int, int]] = set()
        for band in range(bands):
            block = np.ascontiguousarray(sig[:, band * rows:(band + 1) * rows])
            keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
            order = np.argsort(keys, kind="stable")
            sk = keys[order]
            change = np.flatnonzero(sk[1:] != sk[:-1]) + 1
            g_start = np.concatenate([[0], change])
            g_end = np.concatenate([change, [len(sk)]])
            for g in np.flatnonzero(g_end - g_start > 1):  # only buckets holding two or more documents
                members = eligible[order[g_start[g]:g_end[g]]].tolist()
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        candidates.add((members[x], members[y]))
        sets: dict[int, np.ndarray] = {}

        def shingle_set(i):
            if i not in sets:
                s0, e0 = span[i]
                sets[i] = np.unique(sh[s0:e0])
            return sets[i]

        for i, j in sorted(candidates):
            if (i, j) in pairs:
                continue
            a, b = shingle_set(i), shingle_set(j)
            inter = len(np.intersect1d(a, b, assume_unique=True))
            sim = inter / (len(a) + len(b) - inter)
            if sim >= self.threshold:
                pairs[(i, j)] = sim
        return sorted((i, j, s) for (i, j), s in pairs.items())

    def transform(self, corpus: pd.DataFrame) -> pd.DataFrame:
        """Return a copy of ``corpus`` with ``dup_of`` and ``dup_similarity`` set.

        ``dup_of`` is empty for originals and documents without copies.
        """
        out = corpus.copy()
        n = len(out)
        texts = out["text"].astype(str).tolist()
        pairs = self.find_pairs(texts)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i, j, _ in pairs:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
        groups: dict[int, list[int]] = {}
        for i in range(n):
            groups.setdefault(find(i), []).append(i)
        dates = out["date"] if "date" in out else pd.Series([pd.NaT] * n)
        order_key = [(pd.isna(d), d if not pd.isna(d) else None, i) for i, d in enumerate(dates)]
        sim = {(i, j): s for i, j, s in pairs}
        dup_of = [""] * n
        dup_sim = [np.nan] * n
        for members in groups.values():
            if len(members) == 1:
                continue
            members.sort(key=lambda i: (order_key[i][0], order_key[i][1] or pd.Timestamp.min.tz_localize("UTC"), i))
            orig = members[0]
            for m in members[1:]:
                key = (min(orig, m), max(orig, m))
                s = sim.get(key)
                if s is None:  # linked through a third copy: measure against the original
                    a = shingles(texts[orig])
                    b = shingles(texts[m])
                    inter = len(np.intersect1d(a, b, assume_unique=True))
                    s = inter / max(1, len(a) + len(b) - inter)
                dup_of[m] = out["doc_id"].iloc[orig]
                dup_sim[m] = round(float(s), 4)
        out["dup_of"] = dup_of
        out["dup_similarity"] = dup_sim
        return out


def dedupe(corpus: pd.DataFrame, threshold: float = 0.6, **kwargs) -> pd.DataFrame:
    """Mark exact and near duplicates; see :class:`Deduplicator`. Nothing is dropped."""
    return Deduplicator(threshold=threshold, **kwargs).transform(corpus)
