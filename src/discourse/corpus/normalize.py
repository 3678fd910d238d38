"""Normalise raw records into the Corpus table and the Rejected table (design.md).

Every raw record ends up in exactly one of the two tables.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from .dates import parse_dates
from .readers import Raw, preview

CORE_COLUMNS = ["doc_id", "outlet", "date", "title", "text", "url", "lang", "source"]
REJECTED_COLUMNS = ["source", "line", "field", "reason", "raw"]
MAPPABLE = ("doc_id", "outlet", "date", "title", "text", "url", "lang")
# Fields read when the mapping does not name them (first one present wins).
FALLBACKS = {"doc_id": ("doc_id", "id"), "outlet": ("outlet",), "date": ("date",),
             "title": ("title",), "text": ("text",), "url": ("url",), "lang": ("lang",)}


def _record_preview(rec: dict, name: str) -> str:
    """The Rejected table's ``raw`` for a record refused because of its field ``name``: the
    record as JSON, with that field's value and any long text shortened, so the record's id
    stays readable."""
    short = {k: preview(v, 80) if k == name or (isinstance(v, str) and len(v) > 200) else v for k, v in rec.items()}
    return preview(json.dumps(short, default=str, ensure_ascii=False))


def _field_preview(row: dict, name: str, value) -> str:
    """The Rejected table's ``raw`` for a record refused after normalising, because of its
    field ``name``: JSON with the record's id (when given) and that field's value."""
    short = {row["_idfield"]: row["doc_id"]} if row.get("doc_id") else {}
    short[name] = preview(value, 80) if isinstance(value, str) else value
    return preview(json.dumps(short, default=str, ensure_ascii=False))


@dataclass
class LoadOptions:
    """How records are read and checked. Every field has a safe default.

    Attributes:
        mapping: corpus column -> input field, e.g. ``{"text": "story_text"}``.
        defaults: constant values for corpus columns the input lacks, e.g.
            ``{"outlet": "KCNA"}``.
        date_unit: ``"s"`` or ``"ms"`` for epoch numbers; ``None`` guesses.
        dayfirst: read ``03/04/2025`` as 3 April.
        on_bad_date: ``"reject"`` refuses records whose date is unparseable, before 1900
            or in the future; ``"flag"`` keeps them with no date and the reason in
            ``date_flag``. Missing dates are always kept and flagged ``missing``.
        max_text_chars: longer texts are refused (a guard against runaway fields).
        title_as_text: use the title as text when the text is empty (flagged in
            ``text_from_title``) instead of refusing the record.
        detect_lang: fill a missing ``lang`` with an offline language guess.
        unglue: names that the source prints glued to the words around them (the KCNA
            archive drops the spaces around its leaders' names: "ComradeKim Jong Unsaid").
            A space is put back between such a name and a letter or digit touching it, in
            ``title`` and ``text``; the column ``spaces_restored`` counts them per record.
            The input file is not changed.
        now: reference time for "in the future" (tests pin it).
    """

    mapping: dict = field(default_factory=dict)
    defaults: dict = field(default_factory=dict)
    date_unit: str | None = None
    dayfirst: bool = False
    on_bad_date: str = "reject"
    max_text_chars: int = 1_000_000
    title_as_text: bool = False
    detect_lang: bool = True
    unglue: tuple = ()
    now: pd.Timestamp | None = None

    def __post_init__(self):
        unknown = set(self.mapping) - set(MAPPABLE)
        if unknown:
            from ..errors import MappingError

            raise MappingError(
                f"mapping names unknown corpus columns {sorted(unknown)}; "
                f"mappable columns are {list(MAPPABLE)}"
            )
        if self.on_bad_date not in ("reject", "flag"):
            raise ValueError("on_bad_date must be 'reject' or 'flag'")
        if self.date_unit not in (None, "s", "ms"):
            raise ValueError("date_unit must be None, 's' or 'ms'")
        if isinstance(self.unglue, str) or not all(isinstance(n, str) and n.strip() for n in self.unglue):
            raise ValueError("unglue must be a list of names, e.g. ['Kim Jong Un']")
        self.unglue = tuple(self.unglue)


def unglue_pattern(names) -> re.Pattern:
    """A pattern for :func:`unglue`: any of ``names`` (longest first), with the letter or
    digit glued before it (group 1, may be empty) and, looked ahead at, the one glued after
    it (group 3)."""
    alt = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"([^\W_]?)({alt})(?=([^\W_])?)")


def unglue(s: str, pattern: re.Pattern) -> tuple[str, int]:
    """``s`` with a space put back on each side of a name (see :func:`unglue_pattern`) where
    a letter or digit touches it, and the number of spaces put back.

    >>> unglue("ComradeKim Jong Unsaid", unglue_pattern(["Kim Jong Un"]))
    ('Comrade Kim Jong Un said', 2)
    """
    n = 0

    def space(m: re.Match) -> str:
        nonlocal n
        left, name, right = m.group(1), m.group(2), m.group(3)
        n += bool(left) + bool(right)
        return (left + " " if left else "") + name + (" " if right else "")

    return pattern.sub(space, s), n


def nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def _scalar_text(value, name: str) -> tuple[str | None, str]:
    """A text-like field as a string, or an error reason."""
    if value is None:
        return "", ""
    if isinstance(value, str):
        return nfc(value.strip()), ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value:  # NaN from Parquet/pandas
            return "", ""
        return str(value), ""
    return None, f"expected text, got {type(value).__name__}"


class _Builder:
    """Collects accepted rows and rejections while records stream in."""

    def __init__(self, options: LoadOptions, sidecar: dict[str, dict] | None):
        self.o = options
        self.sidecar = sidecar or {}
        self.rows: list[dict] = []
        self.raw_dates: list = []
        self.rejected: list[dict] = []
        self.headers: dict[str, list[str]] = {}
        self.fields = {k: ((options.mapping[k],) if k in options.mapping else FALLBACKS[k]) for k in MAPPABLE}
        self.unglue = unglue_pattern(options.unglue) if options.unglue else None
        self.consumed = {name for names in self.fields.values() for name in names}

    def reject(self, source, line, fieldname, reason, raw=""):
        self.rejected.append({"source": source, "line": int(line), "field": fieldname,
                              "reason": reason, "raw": raw})

    def _missing_columns(self, header: list[str]) -> str:
        need = self.fields["text"]
        if any(n in header for n in need):
            return ""
        if self.o.title_as_text and any(n in header for n in self.fields["title"]):
            return ""
        return (f"missing required column {need[0]!r} (for text); "
                f"columns present: {', '.join(header) or '(none)'}")

    def add(self, item: Raw) -> None:
        if item.record is None:
            if item.field == "__header__":
                self.headers[item.source] = item.raw.split("\x1f") if item.raw else []
                return
            self.reject(item.source, item.line, item.field, item.reason, item.raw)
            return
        rec = item.record
        header = self.headers.get(item.source)
        if header is not None:
            missing = self._missing_columns(header)
            if missing:
                self.reject(item.source, item.line, "text", missing, preview(json.dumps(rec, default=str)))
                return
        if self.sidecar and "file" in rec:
            extra = self.sidecar.get(str(rec["file"]))
            if extra:
                rec = {**extra, **rec}
        row: dict = {}
        for col in ("doc_id", "outlet", "title", "text", "url", "lang"):
            value, name = None, self.fields[col][0]
            for candidate in self.fields[col]:
                if candidate in rec:
                    value, name = rec[candidate], candidate
                    break
            if col == "doc_id":
                row["_idfield"] = name
            if col == "text" and isinstance(value, str) and len(value) > self.o.max_text_chars:
                self.reject(item.source, item.line, "text",
                            f"too long ({len(value)} characters; the limit is {self.o.max_text_chars}, "
                            "see max_text_chars)", _record_preview(rec, name))
                return
            s, err = _scalar_text(value, col)
            if err:
                self.reject(item.source, item.line, name, err, _record_preview(rec, name))
                return
            if not s and col in self.o.defaults:
                s = str(self.o.defaults[col])
            row[col] = s
        if not row["text"]:
            if self.o.title_as_text and row["title"]:
                row["text"] = row["title"]
                row["text_from_title"] = True
            else:
                self.reject(item.source, item.line, self.fields["text"][0],
                            "missing" if not any(n in rec for n in self.fields["text"]) else "empty text",
                            preview(json.dumps(rec, default=str, ensure_ascii=False)))
                return
        if self.unglue is not None:
            restored = 0
            for col in ("title", "text"):
                row[col], n = unglue(row[col], self.unglue)
                restored += n
            row["spaces_restored"] = restored
        row["lang"] = row["lang"].lower()
        date_value = None
        for name in self.fields["date"]:
            if name in rec:
                date_value = rec[name]
                break
        if date_value is None and "date" in self.o.defaults:
            date_value = self.o.defaults["date"]
        row["source"] = f"{item.source}:{item.line}"
        row["_src"], row["_line"] = item.source, item.line
        for k, v in rec.items():
            if k in self.consumed or k in row:
                continue
            if isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False, default=str)
            row[k] = v
        self.rows.append(row)
        self.raw_dates.append(date_value)

    def finish(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        o = self.o
        dates, problems = parse_dates(self.raw_dates, unit=o.date_unit, dayfirst=o.dayfirst, now=o.now)
        keep, flags = [], []
        datefield = self.fields["date"][0]
        for i, (row, prob) in enumerate(zip(self.rows, problems)):
            if prob and prob != "missing" and o.on_bad_date == "reject":
                self.reject(row["_src"], row["_line"], datefield, prob,
                            _field_preview(row, datefield, self.raw_dates[i]))
                continue
            keep.append(i)
            flags.append(prob)
        rows = [self.rows[i] for i in keep]
        # Stable ids: given ids must be unique; derived ids come from the content.
        seen: dict[str, str] = {}
        out_rows, out_idx, out_flags = [], [], []
        for i, row, flag in zip(keep, rows, flags):
            given = row["doc_id"]
            if given:
                if given in seen:
                    self.reject(row["_src"], row["_line"], row["_idfield"],
                                f"duplicate id {given!r} (first at {seen[given]})",
                                _field_preview(row, row["_idfield"], given))
                    continue
                seen[given] = row["source"]
            out_rows.append(row)
            out_idx.append(i)
            out_flags.append(flag)
        for row in out_rows:
            if not row["doc_id"]:
                h = hashlib.sha1("\x1f".join((row["outlet"], row["title"], row["text"])).encode("utf-8"))
                base = "d" + h.hexdigest()[:15]
                doc_id, k = base, 1
                while doc_id in seen:
                    k += 1
                    doc_id = f"{base}-{k}"
                seen[doc_id] = row["source"]
                row["doc_id"] = doc_id
            del row["_src"], row["_line"], row["_idfield"]
        corpus = pd.DataFrame(out_rows)
        if corpus.empty:
            corpus = pd.DataFrame(columns=[c for c in CORE_COLUMNS if c != "date"])
        corpus["date"] = pd.Series(dates.to_numpy()[out_idx] if out_idx else [], dtype="datetime64[ns, UTC]",
                                   index=corpus.index)
        corpus["date_flag"] = pd.Series(out_flags, dtype=object, index=corpus.index)
        if "text_from_title" in corpus:
            corpus["text_from_title"] = corpus["text_from_title"].fillna(False).astype(bool)
        if o.detect_lang and len(corpus):
            from .langid import detect

            missing = corpus["lang"].eq("")
            corpus["lang_detected"] = missing
            if missing.any():
                corpus.loc[missing, "lang"] = detect(corpus.loc[missing, "text"].tolist())
        extras = [c for c in corpus.columns if c not in CORE_COLUMNS]
        corpus = corpus[CORE_COLUMNS + extras].reset_index(drop=True)
        rejected = pd.DataFrame(self.rejected, columns=REJECTED_COLUMNS)
        rejected["line"] = rejected["line"].astype("int64")
        return corpus, rejected


def build(items: Iterable[Raw], options: LoadOptions, sidecar: dict[str, dict] | None = None):
    """Turn raw records into ``(corpus, rejected)`` DataFrames."""
    b = _Builder(options, sidecar)
    for item in items:
        b.add(item)
    return b.finish()
