"""NPMI and diversity against hand-computed values."""
from __future__ import annotations

import math

import pytest

from discourse.topics import diversity, npmi_per_topic

DOCS = ["troops kursk", "troops kursk", "troops grain", "grain ports"]


def test_npmi_hand_computed():
    # p(troops)=3/4, p(kursk)=2/4, p(troops,kursk)=2/4 -> log(0.5/0.375)/-log(0.5)
    expected = math.log(0.5 / (0.75 * 0.5)) / -math.log(0.5)
    got = npmi_per_topic(DOCS, {0: ["troops", "kursk"], 1: ["kursk", "ports"]}, stop_words=None)
    assert got[0] == pytest.approx(expected)
    assert got[1] == -1.0  # never together


def test_npmi_bigrams_formed_after_stop_words():
    docs = ["the troops of kursk", "troops kursk", "grain"]
    got = npmi_per_topic(docs, {0: ["troops kursk", "troops"]}, ngram_range=(1, 2))
    assert got[0] == pytest.approx(1.0)  # both in the same two documents


def test_diversity():
    assert diversity({0: ["a", "b"], 1: ["b", "c"]}) == 0.75
