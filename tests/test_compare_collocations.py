"""compare.collocations on a tiny example worked out by hand."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from discourse import compare

# group g: "red troops march" + "red troops rest" -> N = 6 tokens; f(troops) = 2, f(red) = 2,
# f(march) = f(rest) = 1. window 1: troops co-occurs with red twice, with march and rest once each.
DOCS = pd.DataFrame({"grp": ["g", "g", "h"], "text": ["Red troops march", "red troops rest", "troops parade red"]})


def colls(measure, **kw):
    c = compare.collocations(DOCS, "troops", by="grp", window=1, min_freq=1, measure=measure, stopwords=None, **kw)
    return c[c["group"] == "g"].set_index("collocate")


def test_log_dice():
    c = colls("log_dice")
    # red: 14 + log2(2 * 2 / (2 + 2)) = 14 ; march: 14 + log2(2 * 1 / (2 + 1)) = 14 + log2(2/3) = 13.4150375
    assert c.loc["red", "score"] == pytest.approx(14.0)
    assert c.loc["march", "score"] == pytest.approx(13.4150375, abs=1e-4)
    assert c.loc["red", ["freq", "freq_node", "freq_collocate", "tokens"]].tolist() == [2, 2, 2, 6]
    assert list(c.index) == ["red", "march", "rest"]  # score desc, then alphabetical


def test_pmi_and_t():
    p = colls("pmi")
    # red: E = 2 * 2 / 6 = 2/3 ; pmi = log2(2 / (2/3)) = log2 3 = 1.5849625
    assert p.loc["red", "score"] == pytest.approx(math.log2(3), abs=1e-4)
    # march: E = 2 * 1 / 6 = 1/3 ; pmi = log2(1 / (1/3)) = log2 3 as well
    assert p.loc["march", "score"] == pytest.approx(math.log2(3), abs=1e-4)
    t = colls("t")
    # red: t = (2 - 2/3) / sqrt(2) = 0.9428090 ; march: (1 - 1/3) / sqrt(1) = 0.6666667
    assert t.loc["red", "score"] == pytest.approx(0.9428090, abs=1e-4)
    assert t.loc["march", "score"] == pytest.approx(2 / 3, abs=1e-4)


def test_window_groups_min_freq_and_stopwords():
    c = compare.collocations(DOCS, "troops", by="grp", window=2, min_freq=1, stopwords=None)
    h = c[c["group"] == "h"].set_index("collocate")
    assert set(h.index) == {"parade", "red"}  # window 2 reaches "red" two places away
    assert set(compare.collocations(DOCS, "troops", by="grp", window=1, min_freq=2, stopwords=None)["collocate"]) == {
        "red"}
    assert "red" not in set(compare.collocations(DOCS, "troops", by="grp", window=1, min_freq=1,
                                                 stopwords=["red"])["collocate"])
    whole = compare.collocations(DOCS, "troops", by=None, window=1, min_freq=1, stopwords=None)
    # window 1 over all documents: "red" is next to "troops" twice (in h it is two places away)
    assert set(whole["group"]) == {"(all)"} and whole.set_index("collocate").loc["red", "freq"] == 2


def test_several_nodes_and_top():
    c = compare.collocations(DOCS, ["Troops", "red"], by=None, window=1, min_freq=1, stopwords=None, top=1)
    assert c["node"].tolist() == ["troops", "red"]
    assert "troops" not in set(c["collocate"])  # node words are never collocates
    with pytest.raises(ValueError):
        compare.collocations(DOCS, "troops", measure="dice")
