"""The bundled teaching corpus: loads cleanly, covers what issue 3 asks, labels match it."""
from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from conftest import ROOT
from discourse import corpus

TEACHING = ROOT / "corpus" / "teaching"
LABELS = {"agree", "disagree", "discuss", "unrelated"}
GROUPS = {"Ukraine", "US", "South Korea", "NATO/EU", "Russia", "North Korea", "China", "expert", "anonymous"}


@pytest.fixture(scope="module")
def loaded():
    return corpus.load(TEACHING / "articles")


def test_loads_with_zero_rejections_and_meets_the_brief(loaded):
    c = loaded.corpus
    assert len(loaded.rejected) == 0
    assert len(c) >= 150
    assert loaded.manifest["outlets_missing_metadata"] == []
    # kinds as the issue lists them: type and country (a South Korean paper is not a US paper)
    assert c["outlet"].nunique() >= 12 and len(c.groupby(["outlet_type", "country"])) >= 7
    assert {"wire", "state media", "alternative", "aggregator", "forum"} <= set(c["outlet_type"])
    assert (c["lang"] != "en").mean() >= 0.10 and {"ru", "ko", "de"} <= set(c["lang"])
    assert c["corpus_note"].str.contains("Teaching corpus written for the discourse project").all()
    assert c["date"].isna().sum() >= 2 and c["date"].dropna().between(
        pd.Timestamp("2024-10-01", tz="UTC"), pd.Timestamp("2025-12-31 23:59", tz="UTC")).all()
    words = c["text"].str.split().str.len()
    assert ((words >= 100) & (words <= 500)).mean() > 0.9
    assert (c["dup_of"] != "").sum() >= 6  # the republished wire stories


def test_outlets_csv_covers_every_outlet(loaded):
    outlets = corpus.read_outlets(ROOT / "corpus" / "outlets.csv")
    assert set(loaded.corpus["outlet"]) <= set(outlets["outlet"])


def test_document_labels_cover_every_article(loaded):
    rows = list(csv.DictReader(open(TEACHING / "labels" / "documents.csv", encoding="utf-8")))
    assert sorted(r["doc_id"] for r in rows) == sorted(loaded.corpus["doc_id"])
    assert {r["stance"] for r in rows} == LABELS


def test_sentence_and_quote_spans_match_the_text(loaded):
    text = dict(zip(loaded.corpus["doc_id"], loaded.corpus["text"]))
    sents = [json.loads(x) for x in open(TEACHING / "labels" / "sentences.jsonl", encoding="utf-8")]
    quotes = [json.loads(x) for x in open(TEACHING / "labels" / "quotes.jsonl", encoding="utf-8")]
    assert len(sents) >= 600 and len(quotes) >= 150
    for r in sents:
        assert r["stance"] in LABELS
        assert text[r["doc_id"]][r["start"]:r["end"]] == r["sentence"]
    for q in quotes:
        assert q["speaker_group"] in GROUPS and q["kind"] in {"direct", "indirect"} and q["speaker"] and q["verb"]
        assert text[q["doc_id"]][q["start"]:q["end"]] == q["quote"]
    assert {r["stance"] for r in sents} == LABELS
