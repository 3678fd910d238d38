"""Normalisation: ids, types, dates, languages; the loaded + rejected = input property."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import NOW, write_jsonl
from discourse import corpus
from discourse.errors import MappingError


def load(path, **kw):
    kw.setdefault("outlets", None)
    kw.setdefault("now", NOW)
    return corpus.load(path, **kw)


def test_duplicate_ids_reject_the_later_record(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": "one"}, {"id": "a", "text": "two"}])
    res = load(p)
    assert res.corpus["text"].tolist() == ["one"]
    r = res.rejected.iloc[0]
    assert (r.line, r.field) == (2, "id") and "duplicate id 'a'" in r.reason and f"{p}:1" in r.reason
    assert json.loads(r.raw) == {"id": "a"}  # the refused record's id stays readable


def test_derived_ids_are_stable_and_unique(tmp_path):
    recs = [{"text": "same", "outlet": "X"}, {"text": "same", "outlet": "X"}, {"text": "other"}]
    a = load(write_jsonl(tmp_path / "a.jsonl", recs)).corpus["doc_id"].tolist()
    b = load(write_jsonl(tmp_path / "b.jsonl", recs)).corpus["doc_id"].tolist()
    assert a == b and len(set(a)) == 3 and a[1] == a[0] + "-2"


@pytest.mark.parametrize("value,reason", [
    ("2999-01-01", "in the future"), ("1850-05-01", "before 1900"), ("not a date", "cannot parse"),
    (253402300800000, "10000-01-01 is in the future"),  # epoch ms past the years datetime.date holds
])
def test_bad_dates_rejected_or_flagged(tmp_path, value, reason):
    p = write_jsonl(tmp_path / "d.jsonl", [{"id": "1", "text": "t", "date": value}, {"id": "2", "text": "t2"}])
    res = load(p)
    assert res.corpus["doc_id"].tolist() == ["2"]
    assert res.corpus["date_flag"].tolist() == ["missing"]
    assert res.rejected["field"].tolist() == ["date"] and reason in res.rejected["reason"].iloc[0]
    assert json.loads(res.rejected["raw"].iloc[0]) == {"id": "1", "date": value}  # its id, and the value refused
    flagged = load(p, on_bad_date="flag")
    assert flagged.corpus["doc_id"].tolist() == ["1", "2"] and len(flagged.rejected) == 0
    assert reason in flagged.corpus["date_flag"].iloc[0] and pd.isna(flagged.corpus["date"].iloc[0])


def test_dates_are_timezone_aware_utc(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "1", "text": "a", "date": "2024-10-18T09:00:00+09:00"},
        {"id": "2", "text": "b", "date": "October 23, 2024"},
        {"id": "3", "text": "c", "date": 1730419200},
        {"id": "4", "text": "d", "date": "20250428"},
    ])
    d = load(p).corpus["date"]
    assert str(d.dt.tz) == "UTC"
    assert d.tolist() == [pd.Timestamp("2024-10-18 00:00", tz="UTC"), pd.Timestamp("2024-10-23", tz="UTC"),
                          pd.Timestamp("2024-11-01", tz="UTC"), pd.Timestamp("2025-04-28", tz="UTC")]


def test_wrong_types_are_rejected_with_the_field(tmp_path):
    p = write_jsonl(tmp_path / "t.jsonl", [{"id": "1", "text": ["a", "list"]}, {"id": "2", "text": "ok", "title": {"x": 1}}])
    res = load(p)
    assert len(res.corpus) == 0
    assert res.rejected["reason"].tolist() == ["expected text, got list", "expected text, got dict"]
    assert res.rejected["field"].tolist() == ["text", "title"]
    assert [json.loads(r)["id"] for r in res.rejected["raw"]] == ["1", "2"]


def test_language_detected_only_when_absent(tmp_path):
    p = write_jsonl(tmp_path / "l.jsonl", [
        {"id": "1", "text": "Северная Корея направила войска в Россию, сообщили источники."},
        {"id": "2", "text": "North Korea sent troops.", "lang": "EN"},
    ])
    c = load(p).corpus
    assert c["lang"].tolist() == ["ru", "en"] and c["lang_detected"].tolist() == [True, False]


def test_unglue_puts_back_the_spaces_around_glued_names(tmp_path):
    p = write_jsonl(tmp_path / "g.jsonl", [
        {"id": "a", "title": "ComradeKim Jong Unvisits", "text": "Kim Il SungandKim Jong Ilon Kim Il SungUniversity"},
        {"id": "b", "text": "Kim Jong Un's visit, the Kim Jong Un era and Kim Il Sung-Kim Jong Il"},
    ])
    c = load(p, unglue=["Kim Il Sung", "Kim Jong Il", "Kim Jong Un"]).corpus
    assert c["title"].tolist() == ["Comrade Kim Jong Un visits", ""]
    assert c["text"].tolist() == ["Kim Il Sung and Kim Jong Il on Kim Il Sung University",
                                  "Kim Jong Un's visit, the Kim Jong Un era and Kim Il Sung-Kim Jong Il"]
    assert c["spaces_restored"].tolist() == [2 + 4, 0]
    # without the option the text is as given, and there is no such column
    plain = load(p).corpus
    assert plain["text"].iloc[0] == "Kim Il SungandKim Jong Ilon Kim Il SungUniversity"
    assert "spaces_restored" not in plain


def test_kcna_preset_unglues_the_leaders_names(tmp_path):
    p = tmp_path / "k.json"
    p.write_text(json.dumps([{"headline": "H", "story_text": "General SecretaryKim Jong Unsaid", "date": 1730419200000,
                              "link": "u"}]), encoding="utf-8")
    c = load(p, preset="kcna").corpus
    assert c["text"].tolist() == ["General Secretary Kim Jong Un said"] and c["spaces_restored"].tolist() == [2]


@pytest.mark.parametrize("bad", ["Kim Jong Un", [""], [3]])
def test_unglue_wants_a_list_of_names(bad):
    with pytest.raises(ValueError, match="unglue must be a list of names"):
        corpus.LoadOptions(unglue=bad)


def test_unknown_mapping_column_is_refused():
    with pytest.raises(MappingError, match="unknown corpus columns"):
        corpus.LoadOptions(mapping={"body": "x"})


record = st.dictionaries(
    st.sampled_from(["id", "text", "title", "date", "outlet", "lang", "extra"]),
    st.one_of(st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(allow_nan=True),
              st.text(max_size=40), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)),
    max_size=7,
)
# Lines of arbitrary text too (no NUL: a NUL byte makes the whole file "binary", one rejection).
line = st.one_of(record.map(lambda r: json.dumps(r)),
                 st.text(max_size=30).filter(lambda s: not set(s) & {"\n", "\r", "\x00"}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line, min_size=1, max_size=25))
def test_every_input_record_is_loaded_or_rejected(tmp_path, lines):
    p = tmp_path / "h.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nonblank = sum(1 for ln in lines if ln.encode("utf-8").strip())
    res = load(p, dedupe_threshold=0.6)
    if nonblank == 0:
        assert len(res.rejected) == 1 and res.rejected["reason"].iloc[0] == "empty file"
        return
    assert len(res.corpus) + len(res.rejected) == nonblank
    assert res.manifest["counts"]["input_records"] == nonblank
    assert res.corpus["doc_id"].is_unique


def test_kcna_archive_loads_with_no_leader_name_glued_to_a_word(shared_data):
    import re

    res = corpus.load(shared_data / "kcna_2024-11-11.json", preset="kcna", outlets=None, dedupe_threshold=None)
    glued = re.compile(r"[^\W_](?:Kim Il Sung|Kim Jong Il|Kim Jong Un)|(?:Kim Il Sung|Kim Jong Il|Kim Jong Un)[^\W_]")
    texts = res.corpus["title"] + " " + res.corpus["text"]
    assert not texts.str.contains(glued).any()
    assert res.corpus["spaces_restored"].sum() > 0
    # every record is still loaded or rejected
    assert len(res.corpus) + len(res.rejected) == len(json.loads((shared_data / "kcna_2024-11-11.json").read_text()))
