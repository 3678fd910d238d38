"""compare.kwic: exact offsets, whole-word boundaries, phrases, regexes, document edges, Unicode."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse import compare


def corpus(*texts, **cols):
    n = len(texts)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": cols.get("outlet", ["O"] * n),
                         "date": pd.to_datetime(cols.get("date", ["2024-10-18"] * n), utc=True), "text": list(texts)})


def check_offsets(df, docs):
    text = dict(zip(docs["doc_id"], docs["text"]))
    for r in df.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.match


def test_columns_and_exact_offsets():
    docs = corpus("The troopship carried troops, not troop-carriers. Troops!")
    k = compare.kwic(docs, "troops")
    assert list(k.columns) == ["doc_id", "outlet", "date", "left", "match", "right", "start", "end"]
    assert k["match"].tolist() == ["troops", "Troops"]  # not "troopship"
    check_offsets(k, docs)
    assert k.loc[0, "start"] == docs.loc[0, "text"].index("troops,")


def test_word_not_substring():
    docs = corpus("The troopship carried troops, not troop-carriers.")
    k = compare.kwic(docs, "troop")
    # hyphen is a boundary: "troop-carriers" hits; "troopship" and "troops" do not
    assert k["match"].tolist() == ["troop"]
    assert k.loc[0, "right"].startswith("-carriers.")
    assert compare.kwic(docs, "ship").empty


def test_case():
    docs = corpus("Troops and troops")
    assert len(compare.kwic(docs, "troops")) == 2
    assert compare.kwic(docs, "troops", ignore_case=False)["start"].tolist() == [11]


def test_phrase_across_whitespace_and_boundaries():
    docs = corpus("a so-called ghost\narmy and the ghost  army's fans, not ghost armies or ghostarmy")
    k = compare.kwic(docs, "ghost army")
    assert k["match"].tolist() == ["ghost\narmy", "ghost  army"]
    check_offsets(k, docs)


def test_regex():
    docs = corpus("Mercenary units, mercenaries, and a mercenarial tone; (Mercenaries)")
    k = compare.kwic(docs, r"\bmercenar(?:y|ies)\b", regex=True)
    assert k["match"].tolist() == ["Mercenary", "mercenaries", "Mercenaries"]
    check_offsets(k, docs)
    # a regex is used as written: no boundaries added
    assert len(compare.kwic(docs, "mercenar", regex=True)) == 4


def test_context_window_and_document_edges():
    docs = corpus("Troops arrived. Later, more troops")
    k = compare.kwic(docs, "troops", window=2)
    assert (k.loc[0, "left"], k.loc[0, "right"]) == ("", "arrived. Later,")
    assert (k.loc[1, "left"], k.loc[1, "right"]) == ("Later, more", "")
    k = compare.kwic(docs, "troops", window=20)
    assert k.loc[0, "right"] == "arrived. Later, more troops"
    assert k.loc[1, "left"] == "Troops arrived. Later, more"


def test_context_punctuation_attached_does_not_use_up_the_window():
    docs = corpus("one two three (troops) four five six")
    k = compare.kwic(docs, "troops", window=2)
    assert (k.loc[0, "left"], k.loc[0, "right"]) == ("two three (", ") four five")


def test_unicode_cyrillic_and_korean():
    docs = corpus("ВОЙСКА КНДР; войска прибыли, войскам", "북한군 병력. 북한군은 파병됐다")
    k = compare.kwic(docs, "войска")
    assert k["match"].tolist() == ["ВОЙСКА", "войска"]
    k = compare.kwic(docs, "북한군")  # whole words only: "북한군은" carries a particle
    assert k["match"].tolist() == ["북한군"]
    k = compare.kwic(docs, r"북한군\w*", regex=True)
    assert k["match"].tolist() == ["북한군", "북한군은"]
    check_offsets(k, docs)
    assert k.loc[1, "left"] == "북한군 병력." and k.loc[1, "right"] == "파병됐다"


def test_sorted_by_date_and_several_patterns():
    docs = corpus("troops late", "troops early", None, date=["2025-01-01", "2024-01-01", "2024-06-01"])
    k = compare.kwic(docs, "troops")
    assert k["doc_id"].tolist() == ["d1", "d0"]
    k = compare.kwic(docs, ["late", "early"])
    assert "pattern" in k and set(k["pattern"]) == {"late", "early"}
    assert len(compare.kwic(docs, "troops", max_hits=1)) == 1


def test_bad_pattern():
    with pytest.raises(ValueError):
        compare.kwic(corpus("x"), "  ")


def test_frequency():
    docs = corpus("troops troops ghost army", "mercenaries", "troops")
    docs["outlet_type"] = ["alt", "alt", "wire"]
    f = compare.frequency(docs, ["troops", "ghost army", "mercenaries"], by="outlet_type")
    got = {(r.group, r.pattern): (r.hits, r.docs) for r in f.itertuples()}
    assert got[("alt", "troops")] == (2, 1)
    assert got[("alt", "ghost army")] == (1, 1)
    assert got[("wire", "mercenaries")] == (0, 0)
    # rate per 10,000 tokens: alt has 5 tokens -> 2 / 5 * 10000
    assert f[(f.group == "alt") & (f.pattern == "troops")]["rate"].item() == 4000.0
    w = compare.frequency(docs, ["troops", "mercenaries"], by="outlet_type", wide=True)
    assert w.columns.tolist() == ["group", "n_docs", "troops", "mercenaries"]
    assert w["troops"].tolist() == [2, 1]
