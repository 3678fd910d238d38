"""Sentences and masked quotations (:mod:`discourse.attribution.sentences`), through the quotes
they let the rules find."""
from __future__ import annotations

import pytest

from attribution_helpers import run
from discourse.attribution.sentences import _mask_quotes, _sentences


def test_a_quote_ending_in_a_comma_does_not_end_its_sentence():
    text = ('North Korea defended its role, according to state media KCNA on Saturday.\n'
            '\u201cOur participation was just,\u201d Kim said, according to KCNA. '
            '\u201cThe soldiers are heroes,\u201d he added.')
    q = run(text)
    assert q[["speaker", "verb", "kind", "quote"]].values.tolist() == [
        ["state media KCNA", "according to", "indirect", "North Korea defended its role"],
        ["Kim", "said", "direct", "Our participation was just,"],
        ["Kim", "added", "direct", "The soldiers are heroes,"]]
    # a quote that ends with its own full stop still ends the sentence
    q = run('\u201cWe will fight.\u201d The minister left the room. Kim said the talks were over.')
    assert q["speaker"].tolist() == ["Kim"]


def test_quote_interiors_are_masked_to_the_same_length():
    para = 'Kim said: \u201cWe will go. Now.\u201d Then \u00ab\u0414\u0430\u00bb and "x".'
    masked, spans = _mask_quotes(para)
    assert len(masked) == len(para)
    assert [para[s:e] for s, e in spans] == ["We will go. Now.", "\u0414\u0430"]  # not the one-letter "x"
    assert masked == 'Kim said: \u201c' + "x" * 16 + '\u201d Then \u00abxx\u00bb and "x".'


def test_sentences_keep_abbreviations_initials_and_quotes_whole():
    para = ('Mr. Kim met Gen. Park in the U.S. capital on Monday. J. Smith said: \u201cThey left. All of '
            'them.\u201d The talks ended. \u201cWe won!\u201d he said.')
    masked, _ = _mask_quotes(para)
    assert [para[s:e] for s, e in _sentences(para, masked)] == [
        "Mr. Kim met Gen. Park in the U.S. capital on Monday.",
        "J. Smith said: \u201cThey left. All of them.\u201d",
        "The talks ended.",
        "\u201cWe won!\u201d he said."]


@pytest.mark.parametrize("text,lang,speaker,verb,quote", [
    ("SEOUL, Oct. 18 (Yonhap) -- According to the NIS, North Korea has sent troops to Russia.", "en",
     "NIS", "According to", "North Korea has sent troops to Russia"),
    ("Seoul (npa) – Laut NIS hat Nordkorea Soldaten geschickt.", "de", "NIS", "Laut", "hat Nordkorea Soldaten geschickt"),
    ("SÉOUL, 23 octobre 2024 (ACP) - Selon le maire, trois soldats étaient morts.", "fr", "maire", "Selon",
     "trois soldats étaient morts"),
    # a live blog's time stamp opens a paragraph
    ("Liveblog\n\n11.20 Uhr – Nach Angaben des ukrainischen Generalstabs griffen Einheiten an.", "de",
     "ukrainischen Generalstabs", "Nach Angaben des", "griffen Einheiten an"),
])
def test_a_dateline_or_time_stamp_is_skipped_so_the_sentence_opens_after_it(text, lang, speaker, verb, quote):
    q = run(text, lang)
    assert q[["speaker", "verb", "quote"]].values.tolist() == [[speaker, verb, quote]]


def test_the_quote_of_a_first_sentence_leaves_out_its_dateline():
    text = "KHARKIV, Ukraine (Wire) — Three people died overnight, the mayor said."
    assert run(text)["quote"].tolist() == ["Three people died overnight"]


def test_a_dateline_needs_a_month():
    from discourse.attribution.patterns import DATELINE
    for line in ("SEOUL, Oct. 18 (Yonhap) -- ", "Pyongyang, October 23 (KCNA) -- ", "MOSCOW, October 18. /TASS/. "):
        assert DATELINE.match(line).end() == len(line)
    assert DATELINE.match("One day in May, Juche 73 (1984) -- ") is None
