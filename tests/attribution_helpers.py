"""Helpers shared by the attribution tests: quotes of one text, a span, a row check."""
from __future__ import annotations

import pandas as pd

from discourse.attribution import quotes


def run(text: str, lang: str = "en", doc_id: str = "d1") -> pd.DataFrame:
    return quotes(pd.DataFrame({"doc_id": [doc_id], "text": [text], "lang": [lang]}))


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def check(row, text, speaker, group, verb, category, kind, quote):
    assert (row.speaker, row.speaker_group, row.verb, row.verb_category, row.kind) == (
        speaker, group, verb, category, kind)
    assert (row.start, row.end) == span(text, quote)
    assert row.quote == quote == text[row.start:row.end]
