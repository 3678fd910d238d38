"""The stage: :func:`quotes` reads every document of a corpus."""
from __future__ import annotations

import re
import warnings

import pandas as pd

from ..errors import StageError
from ..sources import source_group
from .direct import _direct, _fragments_in_clause
from .indirect import _indirect
from .patterns import DE_KONJUNKTIV, PARAGRAPH, UNKNOWN
from .resolve import (
    _DocState, _home_group, _is_person, _named_subject, _other_named_subject, _resolve, _subject_home,
)
from .sentences import _lead, _mask_quotes, _sentences


QUOTE_COLUMNS = ["doc_id", "quote_id", "speaker", "speaker_group", "verb", "verb_category", "kind", "quote",
                 "start", "end"]
MAX_CHARS = 200_000  # longer documents are read up to this many characters (design: cap sizes)
RULE_LANGS = ("en", "de", "ru", "ko", "fr")


def _doc_quotes(doc_id, text, lang, country=None) -> list[tuple]:
    """Rows (without quote_id) for one document; ``country`` is its outlet's country."""
    text = text[:MAX_CHARS]
    lang = lang if lang in RULE_LANGS else "en"
    state = _DocState(text, lang=lang, home=_home_group(text))
    if not state.home and isinstance(country, str):
        state.outlet_home = source_group(country)
    rows = []
    quoted_last = False  # whether the sentence before gave a quote (German reported speech goes on)
    for p_idx, pm in enumerate(PARAGRAPH.finditer(text)):
        para, p0 = pm.group(0), pm.start()
        masked, spans = _mask_quotes(para)
        lead = _lead(para, p_idx == 0)
        for s, e in _sentences(para, masked):
            s = max(s, lead)
            if s >= e:
                continue
            if lang == "en":
                named = _named_subject(para[s:e])
                if named:
                    group = source_group(named) or _subject_home(named, state) or UNKNOWN
                    if not (named.startswith("The ") and group == UNKNOWN):
                        # "The President" with no group of its own names no one new; the words
                        # up to the name ("Ms. Park …") tell a gender where a title does
                        sent = para[s:e]
                        state.people.append((p_idx, named, group, sent[:sent.find(named) + len(named)]))
            elif lang in ("de", "fr", "ru"):
                named = _other_named_subject(para[s:e])
                if named:
                    group = source_group(named) or state.home or UNKNOWN
                    state.people.append((p_idx, named, group, named))
                    state.last_subject = (p_idx, named, group, len(state.speakers))
            found = _direct(p0, para, masked, s, e, spans, lang)
            if not any(f.verb for f in found):
                found += _indirect(p0, para, masked, s, e, lang)
            elif lang != "ko":
                found = _fragments_in_clause(found, _indirect(p0, para, masked, s, e, lang), text)
            n_rows = len(rows)
            if lang == "de" and not found and quoted_last and rows:
                row = _konjunktiv_continuation(para, masked, s, e, p0, rows[-1])
                if row:  # "Der NIS teilte mit, … Zudem hätten sie gefälschte Papiere erhalten."
                    rows.append(row)
            for f in sorted(found, key=lambda x: x.start):
                spk, group = _resolve(f, p_idx, state)
                if not spk and not f.verb:
                    continue
                if spk:
                    state.speakers.append((p_idx, spk, group))
                    if _is_person(spk):
                        state.people.append((p_idx, spk, group, spk))
                verb, cat = f.verb, f.verb_category
                if not verb:  # continuation of the previous quote
                    prev = [r for r in rows if r[1] == spk]
                    verb, cat = (prev[-1][3], prev[-1][4]) if prev else ("", "")
                rows.append((doc_id, spk or UNKNOWN, group, " ".join(verb.split()), cat or "", f.kind,
                             text[f.start:f.end], f.start, f.end))
            quoted_last = len(rows) > n_rows
    return rows


def _konjunktiv_continuation(para: str, masked: str, s: int, e: int, p0: int, last: tuple) -> tuple | None:
    """German reported speech that goes on in the subjunctive without a reporting verb of its own
    ("Der NIS teilte mit, … Zudem hätten sie gefälschte Papiere erhalten."): a row for the
    sentence ``para[s:e]`` with the speaker, group and verb of ``last`` (the quote of the sentence
    before), or None when the sentence has no verb in Konjunktiv I (see :data:`DE_KONJUNKTIV`)."""
    sent = masked[s:e]
    if not DE_KONJUNKTIV.search(sent) or re.match(r"\s*x{4,}", sent):
        return None
    body = para[s:e].strip()
    start = p0 + s + (len(para[s:e]) - len(para[s:e].lstrip()))
    body = body.rstrip(" .!?")
    if len(body.split()) < 3:
        return None
    return (last[0], last[1], last[2], last[3], last[4], "indirect", body, start, start + len(body))


def quotes(corpus: pd.DataFrame) -> pd.DataFrame:
    """Direct and indirect quotes with speaker, speaker group and reporting verb.

    Args:
        corpus: a Corpus table with ``doc_id`` and ``text`` (``lang`` used when present; rows
            without it are read with the English rules; ``country``, the outlet's, used when
            present, see :mod:`discourse.attribution`). Non-string or empty texts yield no rows;
            texts longer than :data:`MAX_CHARS` are read up to that length.
    Returns:
        One row per quote, columns :data:`QUOTE_COLUMNS`: ``doc_id``, ``quote_id``
        (``"<doc_id>:q<k>"``), ``speaker`` ("unknown" when none was found), ``speaker_group``
        (a group of :data:`discourse.sources.GROUPS` or "unknown"), ``verb`` (as written),
        ``verb_category`` (neutral/assertive/distancing/denying, "" when the verb is not
        known), ``kind`` (direct|indirect), ``quote`` (``text[start:end]``; direct quotes
        without their quotation marks), ``start``, ``end`` (character offsets into ``text``).
    Raises:
        StageError: ``corpus`` lacks ``doc_id`` or ``text``.
    """
    missing = [c for c in ("doc_id", "text") if c not in corpus.columns]
    if missing:
        raise StageError(f"attribution: the corpus lacks column(s) {', '.join(missing)}")
    langs = corpus["lang"] if "lang" in corpus.columns else pd.Series("en", index=corpus.index)
    out = []
    countries = corpus["country"] if "country" in corpus.columns else pd.Series(None, index=corpus.index)
    for doc_id, text, lang, country in zip(corpus["doc_id"], corpus["text"], langs, countries):
        if not isinstance(text, str) or not text.strip():
            continue
        lang = lang.lower() if isinstance(lang, str) else "en"
        try:
            rows = _doc_quotes(doc_id, text, lang, country)
        except Exception as exc:  # one bad document never stops the run
            warnings.warn(f"attribution: document {doc_id!r} skipped ({type(exc).__name__}: {exc})", stacklevel=2)
            continue
        out += [(r[0], f"{doc_id}:q{k}", *r[1:]) for k, r in enumerate(rows)]
    df = pd.DataFrame(out, columns=QUOTE_COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df
