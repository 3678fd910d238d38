"""Manifest: checksums independent of format and order; counts add up."""
from __future__ import annotations

import hashlib

import pandas as pd

from conftest import NOW, write_jsonl
from discourse import corpus


def test_checksum_same_for_same_content_in_other_format_and_order(tmp_path):
    recs = [{"doc_id": "a", "text": "one", "outlet": "X", "date": "2024-11-01", "lang": "en"},
            {"doc_id": "b", "text": "two", "outlet": "Y", "date": "2024-11-02", "lang": "en"}]
    j = write_jsonl(tmp_path / "c.jsonl", recs)
    c = tmp_path / "c.csv"
    pd.DataFrame(recs[::-1]).to_csv(c, index=False)
    mj = corpus.load(j, outlets=None, now=NOW).manifest
    mc = corpus.load(c, outlets=None, now=NOW).manifest
    assert mj["corpus_sha256"] == mc["corpus_sha256"]
    assert mj["files"][0]["sha256"] == hashlib.sha256(j.read_bytes()).hexdigest()
    recs[0]["text"] = "changed"
    j2 = write_jsonl(tmp_path / "d.jsonl", recs)
    assert corpus.load(j2, outlets=None, now=NOW).manifest["corpus_sha256"] != mj["corpus_sha256"]


def test_counts(tmp_path):
    j = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "1", "text": "same text here", "outlet": "X", "lang": "en", "date": "2024-11-01"},
        {"id": "2", "text": "same text here", "outlet": "Y", "lang": "de"},
        {"id": "3", "text": ""},
    ])
    m = corpus.load(j, outlets=None, now=NOW).manifest
    assert m["counts"]["input_records"] == 3 and m["counts"]["loaded"] == 2 and m["counts"]["rejected"] == 1
    assert m["counts"]["duplicates"] == 1 and m["counts"]["undated"] == 1
    assert m["counts"]["per_outlet"] == {"X": 1, "Y": 1} and m["counts"]["per_lang"] == {"de": 1, "en": 1}
    assert m["date_range"] == ["2024-11-01T00:00:00+00:00", "2024-11-01T00:00:00+00:00"]
