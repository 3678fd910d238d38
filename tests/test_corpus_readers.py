"""Readers: every file kind, every way a file can be broken, nothing lost."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from conftest import NOW, write_jsonl
from discourse import corpus
from discourse.errors import CorpusError


def load(path, **kw):
    kw.setdefault("outlets", None)
    kw.setdefault("now", NOW)
    return corpus.load(path, **kw)


def test_folder_of_markdown_with_front_matter_and_plain_text(tmp_path):
    (tmp_path / "a.md").write_text("---\ndoc_id: a1\noutlet: Wire\ndate: 2024-10-18\ntitle: \"Troops: a report\"\n---\nBody one.\n\nBody two.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline of b\nThe text of b.\n", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not a corpus file")
    res = load(tmp_path)
    c = res.corpus.set_index("doc_id")
    assert c.loc["a1", "title"] == "Troops: a report"
    assert c.loc["a1", "text"] == "Body one.\n\nBody two."
    assert c.loc["a1", "date"] == pd.Timestamp("2024-10-18", tz="UTC")
    b = res.corpus[res.corpus["file"] == "b.txt"].iloc[0]
    assert b["title"] == "Headline of b" and b["text"] == "The text of b."
    assert res.manifest["ignored_files"] == [str(tmp_path / "notes.xyz")]
    assert len(res.rejected) == 0


def test_sidecar_csv_adds_metadata_by_file_name(tmp_path):
    (tmp_path / "x.txt").write_text("Title x\nText x here.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,date\nx.txt,Hanbit Daily,2025-01-11\n", encoding="utf-8")
    c = load(tmp_path).corpus
    assert c.loc[0, "outlet"] == "Hanbit Daily"
    assert c.loc[0, "date"] == pd.Timestamp("2025-01-11", tz="UTC")


def test_csv_with_quoted_newlines_keeps_line_numbers(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('id,text,date\n1,"first line\nsecond line",2024-11-01\n2,,2024-11-02\n3,plain,2024-11-03\n', encoding="utf-8")
    res = load(p)
    assert res.corpus.set_index("doc_id").loc["1", "text"] == "first line\nsecond line"
    assert res.rejected[["line", "field", "reason"]].values.tolist() == [[4, "text", "empty text"]]


def test_media_cloud_mapping(tmp_path):
    p = tmp_path / "mc.csv"
    p.write_text("id,title,url,publish_date,media_name,language\n7,Troops seen in Kursk,https://x.example/1,2024-11-05 10:00:00,Some Paper,en\n", encoding="utf-8")
    c = load(p, preset="mediacloud").corpus
    row = c.iloc[0]
    assert (row.doc_id, row.outlet, row.text, row.lang) == ("7", "Some Paper", "Troops seen in Kursk", "en")
    assert bool(row.text_from_title)


def test_missing_required_column_is_named(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("headline,body\nA,B\nC,D\n", encoding="utf-8")
    res = load(p)
    assert len(res.corpus) == 0 and len(res.rejected) == 2
    assert all("missing required column 'text'" in r and "headline, body" in r for r in res.rejected["reason"])


def test_tsv_and_parquet(tmp_path):
    t = tmp_path / "a.tsv"
    t.write_text("doc_id\ttext\nz\thello world\n", encoding="utf-8")
    assert load(t).corpus["text"].tolist() == ["hello world"]
    pq = tmp_path / "a.parquet"
    pd.DataFrame({"doc_id": ["p1", "p2"], "text": ["one", "two"], "date": ["2024-12-01", None]}).to_parquet(pq)
    res = load(pq)
    assert res.corpus["doc_id"].tolist() == ["p1", "p2"]
    assert res.corpus["date_flag"].tolist() == ["", "missing"]


def test_json_array_and_kcna_style_mapping(tmp_path):
    p = tmp_path / "k.json"
    p.write_text(json.dumps([
        {"headline": "H1", "story_text": "Pyongyang, Nov 1 -- text one", "date": "1730419200000", "link": "u1"},
        {"headline": "H2", "story_text": "", "date": "1730419200000", "link": "u2"},
        "not an object",
    ]), encoding="utf-8")
    res = load(p, preset="kcna")
    assert res.corpus["date"].iloc[0] == pd.Timestamp("2024-11-01", tz="UTC")
    assert res.corpus["outlet"].iloc[0] == "KCNA"
    assert sorted(res.rejected["line"]) == [2, 3]


def test_a_mapping_given_with_a_preset_adds_to_its_mapping(tmp_path):
    p = tmp_path / "k.json"
    p.write_text(json.dumps([{"headline": "H1", "story_text": "text one", "date": "1730419200000", "link": "u1",
                              "uid": "a"}]), encoding="utf-8")
    c = load(p, preset="kcna", mapping={"doc_id": "uid"}, defaults={"lang": "en"}).corpus
    assert c[["doc_id", "title", "text", "url", "outlet", "lang"]].values.tolist() == [
        ["a", "H1", "text one", "u1", "KCNA", "en"]]
    # a field the caller maps again is the caller's
    assert load(p, preset="kcna", mapping={"title": "link"}).corpus["title"].tolist() == ["u1"]


def test_truncated_jsonl_line_and_non_object(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text('{"id": "1", "text": "ok"}\n{"id": "2", "text": "cut of\n[1, 2]\n\n{"id": "3", "text": "ok too"}\n', encoding="utf-8")
    res = load(p)
    assert res.corpus["doc_id"].tolist() == ["1", "3"]
    got = res.rejected[["line", "field"]].values.tolist()
    assert got == [[2, "(record)"], [3, "(record)"]]
    assert res.rejected["reason"].iloc[0].startswith("invalid JSON")


@pytest.mark.parametrize("name", ["e.jsonl", "e.csv", "e.txt", "e.json"])
def test_empty_files_are_reported(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    res = load(p)
    assert len(res.corpus) == 0
    assert len(res.rejected) == 1 and "empty" in res.rejected["reason"].iloc[0]


@pytest.mark.parametrize("name", ["b.jsonl", "b.csv", "b.txt", "b.json"])
def test_binary_files_are_reported(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    res = load(p)
    assert len(res.corpus) == 0 and len(res.rejected) == 1
    assert "binary" in res.rejected["reason"].iloc[0]


def test_invalid_utf8_falls_back_to_cp1252_and_says_so(tmp_path):
    p = tmp_path / "w.csv"
    p.write_bytes("doc_id,text\n1,caf\xe9 \x93quoted\x94\n".encode("latin-1"))
    res = load(p)
    assert res.corpus["text"].iloc[0] == "café \u201cquoted\u201d"
    assert any("cp1252" in n for n in res.manifest["files"][0]["notes"])
    j = tmp_path / "w.jsonl"
    j.write_bytes(b'{"id": "a", "text": "fine \xc3\xa9"}\n{"id": "b", "text": "bad \xe9"}\n')
    res = load(j)
    assert res.corpus["text"].tolist() == ["fine é", "bad é"]
    assert res.manifest["files"][0]["notes"] == ["line 2: not valid UTF-8; decoded as cp1252"]


def test_utf8_bom_and_nfc(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_bytes("\ufeffdoc_id,text\n1,Cafe\u0301\n".encode("utf-8"))
    res = load(p)
    assert res.corpus["doc_id"].tolist() == ["1"]
    assert res.corpus["text"].iloc[0] == "Caf\u00e9"


def test_missing_path_raises(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        load(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no corpus files"):
        load(tmp_path)


def test_huge_text_field_is_rejected_not_crashing(tmp_path):
    p = tmp_path / "huge.jsonl"
    big = "x" * (50 * 1024 * 1024)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small", "text": "fine"}) + "\n")
        fh.write('{"id": "big", "text": "' + big + '"}\n')
    del big
    res = load(p)
    assert res.corpus["doc_id"].tolist() == ["small"]
    r = res.rejected.iloc[0]
    assert (r.line, r.field) == (2, "text") and r.reason.startswith("too long (52428800 characters")
    assert len(r.raw) < 1000 and json.loads(r.raw)["id"] == "big"  # which record, not its first characters
