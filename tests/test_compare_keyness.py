"""compare.keyness against values worked out by hand on a tiny corpus.

Tiny corpus (stop words off, min_freq 1):
    group A: "Troops troops army."  +  "TROOPS"           -> troops 3, army 1            c = 4 tokens
    group B: "troops army army soldiers" + "army soldiers soldiers soldiers"
                                                          -> troops 1, army 3, soldiers 4 d = 8 tokens
    group C: "parade parade"  (only in the reference when reference=None)
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from discourse import compare
from discourse.compare import tokens as T
from discourse.errors import StageError

COLS = ["term", "freq_target", "freq_reference", "rel_target", "rel_reference", "score", "p_value", "z", "direction"]


@pytest.fixture
def tiny():
    return pd.DataFrame({
        "doc_id": ["a1", "a2", "b1", "b2", "c1"],
        "grp": ["A", "A", "B", "B", "C"],
        "text": ["Troops troops army.", "TROOPS", "troops army army soldiers", "army soldiers soldiers soldiers",
                 "parade parade"],
    })


def kw(tiny, measure, **kw):
    k = compare.keyness(tiny, by="grp", target="A", reference="B", measure=measure, min_freq=1, stopwords=None, **kw)
    return k.set_index("term")


def test_g2_by_hand(tiny):
    k = kw(tiny, "g2")
    # troops: a=3, b=1, c=4, d=8, N=12
    #   E1 = c(a+b)/N = 4*4/12 = 4/3 ; E2 = d(a+b)/N = 8*4/12 = 8/3
    #   G2 = 2 * (3 ln(3 / (4/3)) + 1 ln(1 / (8/3))) = 2 * (3 ln 2.25 + ln 0.375)
    #      = 2 * (3 * 0.8109302 - 0.9808293) = 2 * 1.4519613 = 2.9039228
    assert k.loc["troops", "score"] == pytest.approx(2.9039228, abs=1e-4)
    # p = P(chi2_1 >= 2.9039) = erfc(sqrt(G2 / 2)) = 0.08840
    assert k.loc["troops", "p_value"] == pytest.approx(math.erfc(math.sqrt(2.9039228 / 2)), abs=1e-4)
    assert k.loc["troops", "p_value"] == pytest.approx(0.0884, abs=1e-4)
    # army: a=1, b=3 -> G2 = 2 * (1 ln(1/(4/3)) + 3 ln(3/(8/3))) = 2 * (-0.2876821 + 3 * 0.1177830)
    #      = 0.1313341, relatively more frequent in B (1/4 < 3/8): negative score
    assert k.loc["army", "score"] == pytest.approx(-0.1313341, abs=1e-4)
    assert k.loc["army", "direction"] == "reference"
    # soldiers: a=0, b=4 -> G2 = 2 * (0 + 4 ln(4 / (8/3))) = 8 ln 1.5 = 3.2437208
    assert k.loc["soldiers", "score"] == pytest.approx(-3.2437208, abs=1e-4)
    # frequencies per 10,000 tokens: troops 3/4 and 1/8
    assert k.loc["troops", "rel_target"] == pytest.approx(7500.0)
    assert k.loc["troops", "rel_reference"] == pytest.approx(1250.0)
    assert k.loc["troops", ["freq_target", "freq_reference"]].tolist() == [3, 1]
    assert k.loc["troops", "direction"] == "target"
    assert k["z"].isna().all()


def test_chi2_by_hand(tiny):
    k = kw(tiny, "chi2")
    # troops: table [[3, 1], [4-3, 8-1]] = [[3, 1], [1, 7]], N = 12
    #   chi2 = N (a*d' - b*c')^2 / ((a+b)(c'+d') c d) = 12 * (3*7 - 1*1)^2 / (4 * 8 * 4 * 8)
    #        = 12 * 400 / 1024 = 4.6875
    assert k.loc["troops", "score"] == pytest.approx(4.6875)
    # soldiers: [[0, 4], [4, 4]] -> 12 * (0*4 - 4*4)^2 / (4 * 8 * 4 * 8) = 3072 / 1024 = 3.0 (toward B)
    assert k.loc["soldiers", "score"] == pytest.approx(-3.0)
    # p of chi2 = 3 with 1 df = erfc(sqrt(1.5))
    assert k.loc["soldiers", "p_value"] == pytest.approx(math.erfc(math.sqrt(1.5)), abs=1e-4)


def test_chi2_yates_only_when_asked(tiny):
    k = kw(tiny, "chi2", correction=True)
    # troops: (|20| - N/2)^2 = (20 - 6)^2 = 196 -> 12 * 196 / 1024 = 2.296875
    assert k.loc["troops", "score"] == pytest.approx(2.296875, abs=1e-4)


def test_log_odds_by_hand(tiny):
    k = kw(tiny, "log_odds")
    # prior from the whole compared corpus, alpha0 = N = 12 -> alpha_w = 12 * (a+b) / 12 = a + b
    # troops: alpha = 4
    #   omega_A = (3 + 4) / (4 + 12 - 3 - 4) = 7/9 ; omega_B = (1 + 4) / (8 + 12 - 1 - 4) = 5/15 = 1/3
    #   delta = ln(7/9) - ln(1/3) = ln(7/3) = 0.8472979
    #   var = 1/(3+4) + 1/(1+4) = 12/35 ; z = 0.8472979 / sqrt(12/35) = 0.8472979 / 0.5855400 = 1.4470366
    assert k.loc["troops", "log_odds_ratio"] == pytest.approx(math.log(7 / 3), abs=1e-4)
    assert k.loc["troops", "z"] == pytest.approx(1.4470366, abs=1e-4)
    assert k.loc["troops", "score"] == k.loc["troops", "z"]
    # army: alpha = 4 ; omega_A = (1+4)/(4+12-1-4) = 5/11 ; omega_B = (3+4)/(8+12-3-4) = 7/13
    #   delta = ln(65/77) = -0.1694180 ; z = -0.1694180 / sqrt(1/5 + 1/7) = -0.2893361
    assert k.loc["army", "z"] == pytest.approx(-0.2893361, abs=1e-4)
    assert k["p_value"].isna().all()


def test_log_odds_alpha0(tiny):
    k = kw(tiny, "log_odds", alpha0=6)
    # alpha_troops = 6 * 4 / 12 = 2 ; omega_A = (3+2)/(4+6-3-2) = 1 ; omega_B = (1+2)/(8+6-1-2) = 3/11
    # delta = ln(11/3) = 1.2992830 ; var = 1/5 + 1/3 = 8/15 ; z = 1.2992830 / 0.7302967 = 1.7791165
    assert k.loc["troops", "z"] == pytest.approx(1.7791165, abs=1e-4)


def test_columns_sorting_and_default_reference(tiny):
    k = compare.keyness(tiny, by="grp", target="A", min_freq=1, stopwords=None)
    assert list(k.columns) == COLS
    assert k["score"].is_monotonic_decreasing
    assert k.iloc[0]["term"] == "troops"
    # reference=None: B and C together (d = 10 tokens)
    assert k.attrs["tokens_reference"] == 10 and k.attrs["tokens_target"] == 4
    assert "parade" in set(k["term"])


def test_min_freq_and_stopwords(tiny):
    # troops 3+1, army 1+3, soldiers 0+4: all have 4 occurrences
    k = compare.keyness(tiny, by="grp", target="A", reference="B", min_freq=4, stopwords=None)
    assert set(k["term"]) == {"troops", "army", "soldiers"}
    assert compare.keyness(tiny, by="grp", target="A", reference="B", min_freq=5, stopwords=None).empty
    # the English list drops function words only
    k3 = compare.keyness(pd.DataFrame({"g": ["A", "B"], "text": ["the troops", "the army"]}), by="g", target="A",
                         min_freq=1)
    assert set(k3["term"]) == {"troops", "army"}
    k2 = compare.keyness(tiny, by="grp", target="A", reference="B", min_freq=1, stopwords=["army"])
    assert "army" not in set(k2["term"])
    # stop words still count in the totals
    assert k2.attrs["tokens_target"] == 4


def test_errors(tiny):
    with pytest.raises(StageError):
        compare.keyness(tiny, by="grp", target="Z")
    with pytest.raises(StageError):
        compare.keyness(tiny, by="nope", target="A")
    with pytest.raises(StageError):
        compare.keyness(tiny, by="grp", target="A", reference="A")
    with pytest.raises(ValueError):
        compare.keyness(tiny, by="grp", target="A", measure="tfidf")


def test_by_group(tiny):
    t = compare.keyness_by_group(tiny, by="grp", top=2, min_freq=1, stopwords=None, max_p=None)
    assert set(t["group"]) == {"A", "B", "C"}
    assert (t["direction"] == "target").all()
    assert t[t["group"] == "A"]["term"].tolist()[0] == "troops"


def test_tokenizer_unicode():
    assert T.tokenize("Russia's so-called «volunteers» in 2024: Войска КНДР; 북한군은 파병") == [
        "russia", "so-called", "volunteers", "in", "войска", "кндр", "북한군은", "파병"]
    assert T.tokenize("A_B 12 x2", lowercase=False) == ["A", "B", "x2"]


def test_unicode_keyness():
    df = pd.DataFrame({"g": ["ru", "ru", "ko"], "text": ["Войска войска КНДР", "войска", "북한군 파병 북한군"]})
    k = compare.keyness(df, by="g", target="ru", min_freq=1, stopwords=None).set_index("term")
    assert k.loc["войска", "freq_target"] == 3
    assert k.loc["북한군", "freq_reference"] == 2


def test_originals():
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "dup_of": ["", "a", None], "text": ["x", "x", "y"]})
    assert compare.originals(df)["doc_id"].tolist() == ["a", "c"]
