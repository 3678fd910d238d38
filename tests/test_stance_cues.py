"""Cue extraction on hand-written sentences: relevance, voice, hedges, denial, sources."""
from __future__ import annotations

import pytest

from discourse.stance.cues import FEATURES, CueExtractor

X = CueExtractor()


def feats(text, lang="en"):
    f, cues, group = X.sentence(text, lang)
    return dict(zip(FEATURES, f)), cues, group


def test_relevance_needs_north_korea_and_soldiers():
    assert feats("North Korean soldiers are fighting in Kursk.")[0]["relevant"]
    assert not feats("North Korea launched a missile into the sea.")[0]["relevant"]
    assert not feats("Russian troops advanced near Pokrovsk.")[0]["relevant"]
    assert feats("Nordkoreanische Soldaten sollen in Kursk sein.", "de")[0]["relevant"]
    assert feats("북한군이 쿠르스크에 파병됐다.", "ko")[0]["relevant"]
    assert feats("Северокорейские солдаты воюют под Курском.", "ru")[0]["relevant"]


def test_own_voice_denial_versus_attributed_denial():
    own, cues, _ = feats("There are no North Korean soldiers in Russia; it is fake news.")
    assert own["own_voice"] and own["denial_own"] >= 2 and "denial:fake" in cues
    attr, cues, group = feats("The Kremlin denied that North Korean troops were in Kursk.")
    assert not attr["own_voice"] and attr["denial_attr"] >= 1 and attr["verb_denying"] == 1
    assert group == "Russia" and "source:Russia" in cues and "verb:deny(denying)" in cues


@pytest.mark.parametrize("text,lang,hedge", [
    ("North Korean troops have reportedly arrived in Kursk.", "en", "reportedly"),
    ("In Kursk sollen nordkoreanische Soldaten kämpfen.", "de", "sollen"),
    ("Северокорейские военные якобы прибыли в Курск.", "ru", "якобы"),
    ("Des soldats nord-coréens auraient été déployés.", "fr", "auraient"),
])
def test_hedges_in_several_languages(text, lang, hedge):
    f, cues, _ = feats(text, lang)
    assert f["hedge"] >= 1 and f"hedge:{hedge}" in cues


def test_sources_questions_scare_quotes():
    f, cues, group = feats("North Korean troops are in Kursk, a Pentagon spokesman said.")
    assert group == "US" and f["verb_neutral"] == 1 and not f["own_voice"]
    f, cues, _ = feats('Where are the photos of these "North Korean troops"?')
    assert f["question"] and f["scare_quote"] and "question" in cues and "scare quotes" in cues
    f, _, _ = feats('"We will not send soldiers anywhere," the minister said.')
    assert f["quoted"] and not f["own_voice"]
