"""Stance summaries against hand-computed tables: by group with Wilson intervals, over time,
cue profiles and example sentences."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse.stance import summary


@pytest.fixture()
def corpus():
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e", "f", "g"],
        "outlet": ["W1", "W1", "W2", "W2", "S1", "S1", "S1"],
        "outlet_type": ["wire", "wire", "wire", "wire", "state media", "state media", "state media"],
        "date": pd.to_datetime(["2024-10-03", "2024-10-20", "2024-11-02", None, "2024-10-05", "2024-10-06",
                                "2024-11-09"], utc=True)})


@pytest.fixture()
def scores():
    return pd.DataFrame({"id": ["a", "b", "c", "d", "e", "f", "g"],
                         "stance": ["agree", "agree", "discuss", "agree", "disagree", "disagree", "discuss"]})


def test_wilson_interval_hand_computed():
    low, high = summary.wilson([2, 0, 3], [4, 3, 3])
    # 2 of 4: centre 0.5, half-width 0.35; 0 of 3: 0 to z^2/3 / (1 + z^2/3) = 0.5615; 3 of 3 mirrors it
    assert low.round(4).tolist() == [0.1500, 0.0, 0.4385]
    assert high.round(4).tolist() == [0.8500, 0.5615, 1.0]
    narrow = summary.wilson(50, 100, level=0.5)
    assert narrow[1] - narrow[0] < high[0] - low[0]


def test_by_group_counts_shares_and_intervals(scores, corpus):
    t = summary.by_group(scores, corpus, "outlet_type")
    assert t["group"].tolist() == ["state media", "wire"]
    state, wire = t.iloc[0], t.iloc[1]
    assert (state["n_docs"], state["disagree"], state["discuss"], state["agree"]) == (3, 2, 1, 0)
    assert (wire["n_docs"], wire["agree"], wire["discuss"]) == (4, 3, 1)
    assert state["share_disagree"] == pytest.approx(0.6667) and wire["share_agree"] == 0.75
    assert (state["low_agree"], state["high_agree"]) == (0.0, 0.5615)  # 0 of 3
    assert (wire["low_unrelated"], wire["high_unrelated"]) == (0.0, 0.4899)  # 0 of 4
    for lab in ("agree", "disagree", "discuss", "unrelated"):
        assert (t[f"low_{lab}"] <= t[f"share_{lab}"]).all() and (t[f"share_{lab}"] <= t[f"high_{lab}"]).all()


def test_over_time_leaves_undated_documents_out(scores, corpus):
    t = summary.over_time(scores, corpus, "M")
    october = t[t["period"] == pd.Timestamp("2024-10-01")].set_index("stance")
    assert october["n"].to_dict() == {"agree": 2, "disagree": 2}
    assert october["share"].to_dict() == {"agree": 0.5, "disagree": 0.5}
    assert t["n"].sum() == 6  # d is undated
    by_type = summary.over_time(scores, corpus, "M", column="outlet_type")
    nov = by_type[by_type["period"] == pd.Timestamp("2024-11-01")]
    assert sorted(zip(nov["group"], nov["stance"], nov["share"])) == [("state media", "discuss", 1.0),
                                                                      ("wire", "discuss", 1.0)]


def test_cue_profile_and_examples(corpus):
    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "e", "e"], "start": [0, 40, 0, 50], "relevant": [True, True, True, False],
        "own_voice": [True, False, True, True], "stance": ["agree", "discuss", "disagree", "unrelated"],
        "confidence": [0.9, 0.6, 0.8, 0.99],
        "text": ["Troops are in Kursk.", "Seoul reportedly said so.", "The story is a hoax.", "Grain prices rose."],
        "cues": [[], ["hedge:reportedly", "attribution:said"], ["denial:hoax"], []]})
    p = summary.cue_profile(sentences, corpus, "outlet_type").set_index("group")
    assert p.loc["wire", "relevant_sentences"] == 2 and p.loc["wire", "own_voice"] == 0.5
    assert p.loc["wire", "hedge"] == 0.5 and p.loc["wire", "attributed"] == 0.5 and p.loc["wire", "denial"] == 0.0
    assert p.loc["state media", "denial"] == 1.0  # the irrelevant sentence of e does not count
    ex = summary.examples(sentences, corpus, "outlet_type", n=1)
    assert list(zip(ex["group"], ex["stance"], ex["text"])) == [
        ("state media", "disagree", "The story is a hoax."), ("wire", "agree", "Troops are in Kursk."),
        ("wire", "discuss", "Seoul reportedly said so.")]
