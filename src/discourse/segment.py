"""Segmentation: documents into paragraphs or sentences, with offsets back into the text.

Units table (design.md): ``doc_id, unit_id, kind, text, start, end`` plus ``lang``;
``text == doc_text[start:end]`` always holds. Boilerplate lines ("Read more", "Subscribe
to continue reading", "Share this article" ...) are left out of the units but stay in the
corpus. Sentences come from NLTK's Punkt models (offline, see :mod:`discourse.resources`),
in the document's language where a model exists, else English Punkt, with a rule-based
split on sentence-final punctuation for scripts Punkt does not cover (CJK).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pandas as pd

from .errors import StageError

UNIT_COLUMNS = ["doc_id", "unit_id", "kind", "text", "start", "end", "lang"]
PUNKT_BY_LANG = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian", "fi": "finnish",
    "fr": "french", "de": "german", "el": "greek", "it": "italian", "no": "norwegian", "nb": "norwegian",
    "pl": "polish", "pt": "portuguese", "ru": "russian", "sl": "slovene", "es": "spanish",
    "sv": "swedish", "tr": "turkish", "uk": "russian", "bg": "russian",
}
BOILERPLATE = re.compile(
    r"^\W*(read more|more on this|related( articles?| stories)?|subscribe|sign up|share (this|on)|share$|"
    r"follow us|support (independent|our)|advertisement|click here|all rights reserved|copyright|©|"
    r"mehr zum thema|lesen sie (auch|mehr)|abonnieren|jetzt abonnieren|teilen|"
    r"читайте также|подписывайтесь|поделиться|"
    r"구독|공유하기|관련 기사|무단 전재)",
    re.IGNORECASE,
)
CJK_SENT = re.compile(r"[^。！？!?\.]+[。！？!?\.]*")
PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@functools.lru_cache(maxsize=None)
def _punkt(name: str):
    """A Punkt tokenizer per language, loaded once per process (read-only; loading the
    tables takes about 0.3 s)."""
    from nltk.tokenize import PunktTokenizer

    return PunktTokenizer(name)


def is_boilerplate(line: str) -> bool:
    """True for a navigation/subscription line that is not part of the article."""
    s = line.strip()
    return bool(s) and len(s) < 160 and bool(BOILERPLATE.match(s))


@dataclass
class Segmenter:
    """Split a Corpus table into units.

    Parameters:
        kind: ``"paragraph"`` (blank-line separated blocks; single lines inside a block
            stay together) or ``"sentence"``.
        drop_boilerplate: leave boilerplate lines out of the units.
        min_chars: units shorter than this (after stripping) are left out.
    """

    kind: str = "paragraph"
    drop_boilerplate: bool = True
    min_chars: int = 1

    def __post_init__(self):
        if self.kind not in ("paragraph", "sentence"):
            raise ValueError("kind must be 'paragraph' or 'sentence'")

    def _paragraph_spans(self, text: str):
        for m in PARAGRAPH.finditer(text):
            start, end = m.span()
            block = m.group(0)
            if self.drop_boilerplate:
                # A block may end with boilerplate lines: trim them, or skip the block.
                lines = block.split("\n")
                while lines and is_boilerplate(lines[-1]):
                    end -= len(lines.pop()) + (1 if lines else 0)
                if not lines or all(is_boilerplate(x) for x in lines):
                    continue
            # strip surrounding whitespace, keeping offsets exact
            seg = text[start:end]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if end - trail - (start + lead) >= self.min_chars:
                yield start + lead, end - trail

    def _sentence_spans(self, text: str, lang: str, tokenizers: dict):
        for pstart, pend in self._paragraph_spans(text):
            para = text[pstart:pend]
            for s, e in self._split_sentences(para, lang, tokenizers):
                piece = para[s:e]
                if self.drop_boilerplate and is_boilerplate(piece):
                    continue
                if len(piece.strip()) >= self.min_chars:
                    yield pstart + s, pstart + e

    @staticmethod
    def _split_sentences(para: str, lang: str, tokenizers: dict):
        if lang in ("zh", "ja", "zh-hant", "zh-hans"):
            for m in CJK_SENT.finditer(para):
                s, e = m.span()
                chunk = para[s:e]
                s += len(chunk) - len(chunk.lstrip())
                e -= len(chunk) - len(chunk.rstrip())
                if e > s:
                    yield s, e
            return
        name = PUNKT_BY_LANG.get(lang, "english")
        tok = tokenizers.get(name)
        if tok is None:
            tok = tokenizers[name] = _punkt(name)
        # Punkt ignores line breaks; a line break inside a paragraph still ends a sentence.
        offset = 0
        for line in para.split("\n"):
            if line.strip():
                for s, e in tok.span_tokenize(line):
                    yield offset + s, offset + e
            offset += len(line) + 1

    def transform(self, corpus: pd.DataFrame) -> pd.DataFrame:
        """Return the Units table for ``corpus`` (needs ``doc_id`` and ``text``; uses ``lang``).

        Raises:
            StageError: a required column is missing.
        """
        missing = [c for c in ("doc_id", "text") if c not in corpus.columns]
        if missing:
            raise StageError(f"segment: the corpus lacks column(s) {', '.join(missing)}")
        tokenizers: dict = {}
        if self.kind == "sentence":
            from .resources import use_nltk_data

            use_nltk_data()
        langs = corpus["lang"] if "lang" in corpus.columns else pd.Series(["en"] * len(corpus), index=corpus.index)
        rows = []
        for doc_id, text, lang in zip(corpus["doc_id"], corpus["text"], langs):
            text = text if isinstance(text, str) else ""
            lang = lang if isinstance(lang, str) and lang else "en"
            spans = (self._paragraph_spans(text) if self.kind == "paragraph"
                     else self._sentence_spans(text, lang.lower(), tokenizers))
            for k, (s, e) in enumerate(spans):
                rows.append((doc_id, f"{doc_id}:{self.kind[0]}{k}", self.kind, text[s:e], s, e, lang))
        units = pd.DataFrame(rows, columns=UNIT_COLUMNS)
        units["start"] = units["start"].astype("int64")
        units["end"] = units["end"].astype("int64")
        return units


def split(corpus: pd.DataFrame, kind: str = "paragraph", **kwargs) -> pd.DataFrame:
    """Split ``corpus`` into units; see :class:`Segmenter`."""
    return Segmenter(kind=kind, **kwargs).transform(corpus)
