"""Paragraphs into sentences, with quotation interiors masked; the record of one attribution found."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..sources import find_verbs, is_anonymous
from .patterns import ABBREV, LEAD_DATELINE, QUOTE, SENT_END, TIMESTAMP


@dataclass
class _Found:
    """One attribution found in a sentence (offsets into the document text)."""

    start: int
    end: int
    kind: str
    speaker: str
    context: str
    verb: str
    verb_category: str
    sentence: str = ""


def _mask_quotes(para: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace quote interiors with 'x' (same length) and return them as (start, end) spans."""
    chars = list(para)
    spans = []
    for m in QUOTE.finditer(para):
        g = next(i for i in range(1, 9) if m.group(i) is not None)
        s, e = m.span(g)
        inner = para[s:e]
        lead = len(inner) - len(inner.lstrip())
        trail = len(inner) - len(inner.rstrip())
        if e - trail - (s + lead) < 2:
            continue
        spans.append((s + lead, e - trail))
        chars[s:e] = "x" * (e - s)
    return "".join(chars), spans


def _sentences(para: str, masked: str) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; quote interiors are never split, abbreviations are kept."""
    out, start = [], 0
    for m in SENT_END.finditer(masked):
        end = m.end()
        tok = masked[max(0, m.start() - 6):m.start() + 1].split()
        prev = tok[-1].lower().rstrip(".") if tok else ""
        if masked[m.start():m.start() + 1] == "." and (prev in ABBREV or re.fullmatch(r"[a-zа-я]", prev)):
            continue
        nxt = masked[end:].lstrip()[:1]
        if nxt and nxt.islower() and not re.match(r"[가-힣]", nxt):
            continue
        # a sentence may also end inside a quote ("…fighting." He said …): the quote's own
        # punctuation is masked, so the closing mark after a final [.!?] ends it too
        # ('"…," Kim said' goes on: the zero-width match after a closing mark ends a sentence
        # only when the quote's last character is one)
        if not m.group(0) and para[max(0, m.start() - 2)] not in ".!?…":
            continue
        out.append((start, end))
        start = end
    out.append((start, len(para)))
    return [(s + len(para[s:e]) - len(para[s:e].lstrip()), e) for s, e in out if para[s:e].strip()]


def _sentence_anonymous(sentence: str) -> bool:
    """True when the sentence carries an explicit anonymity cue."""
    return is_anonymous(sentence)


def _verbs(masked: str, lang: str):
    """Reporting-verb matches in a (masked) sentence: ``(start, end, form, lemma, category)``."""
    return find_verbs(masked, lang)


def _lead(para: str, first: bool) -> int:
    """Where the rules start reading a paragraph: after the dateline of a text's first paragraph
    (``first``; "SEOUL (Yonhap) -- ", "Seoul (npa) – ") or a live blog's time stamp ("11.20 Uhr – "),
    so that "According to …", "Nach Angaben …" open their sentence; else 0."""
    m = (LEAD_DATELINE.match(para) if first else None) or TIMESTAMP.match(para)
    return m.end() if m else 0
