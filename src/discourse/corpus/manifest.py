"""The corpus manifest: checksums and counts that make a run traceable."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

HASH_COLUMNS = ["doc_id", "outlet", "date", "title", "text", "url", "lang"]


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def corpus_sha256(corpus: pd.DataFrame) -> str:
    """A checksum of the corpus content (core columns, rows sorted by ``doc_id``).

    It does not depend on file names, input order or extra columns, so the same texts
    loaded from CSV or JSONL give the same checksum.
    """
    h = hashlib.sha256()
    if len(corpus) == 0:
        return h.hexdigest()
    cols = [c for c in HASH_COLUMNS if c in corpus.columns]
    table = corpus[cols].sort_values("doc_id", kind="stable")
    fields = []
    for c in cols:
        col = table[c]
        if c == "date":  # epoch nanoseconds (UTC): fast and exact
            missing = col.isna()
            col = col.dt.tz_convert("UTC").dt.tz_localize(None).astype("int64").astype(str).where(~missing, "")
        col = col.astype(object).where(col.notna(), "").astype(str)
        # length-prefixed fields: no separator inside a text can make two corpora collide
        fields.append(col.str.len().astype(str) + ":" + col)
    rows = fields[0].str.cat(fields[1:], sep="\x1f")
    for start in range(0, len(rows), 20000):
        h.update(("\n".join(rows.iloc[start:start + 20000]) + "\n").encode("utf-8"))
    return h.hexdigest()


def build_manifest(corpus: pd.DataFrame, rejected: pd.DataFrame, files: list, *, ignored: list,
                   missing_outlets: list[str], options: dict) -> dict:
    """Counts and checksums for a loaded corpus (JSON-ready)."""
    dates = corpus["date"].dropna() if "date" in corpus else pd.Series([], dtype="datetime64[ns, UTC]")
    dups = int((corpus["dup_of"] != "").sum()) if "dup_of" in corpus else None
    return {
        "corpus_sha256": corpus_sha256(corpus),
        "files": [{"path": f.path, "sha256": file_sha256(f.path), "encoding": f.encoding,
                   "notes": f.notes} for f in files],
        "ignored_files": [str(p) for p in ignored],
        "counts": {
            "input_records": int(len(corpus) + len(rejected)),
            "loaded": int(len(corpus)),
            "rejected": int(len(rejected)),
            "duplicates": dups,
            "undated": int(corpus["date"].isna().sum()) if "date" in corpus else 0,
            "per_outlet": {str(k): int(v) for k, v in corpus["outlet"].value_counts().sort_index().items()}
            if len(corpus) else {},
            "per_lang": {str(k): int(v) for k, v in corpus["lang"].value_counts().sort_index().items()}
            if len(corpus) else {},
            "rejected_by_field": {str(k): int(v) for k, v in rejected["field"].value_counts().sort_index().items()},
        },
        "date_range": [dates.min().isoformat(), dates.max().isoformat()] if len(dates) else None,
        "outlets_missing_metadata": missing_outlets,
        "options": options,
    }
