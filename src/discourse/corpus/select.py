"""Select the documents a study looks at: by date range, outlet, outlet type and language.

These are the filters the report notebooks take as parameters (``date_from``, ``date_to``,
``outlets``, ``outlet_types``, ``langs``)::

    from discourse.corpus.select import select
    docs = select(result.corpus, date_from="2024-10-01", outlet_types=["wire", "state media"])

A filter left at ``None`` keeps everything. A value that names nothing in the corpus (a
typo such as ``outlets=["Meridan Wire"]``) raises :class:`~discourse.errors.CorpusError`
listing the values that exist, rather than quietly selecting nothing.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

import pandas as pd

from ..errors import CorpusError

__all__ = ["select"]


def _as_list(value, name: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable):
        raise CorpusError(f"select: {name} expects a string or a list of strings, got {value!r}")
    return [str(v) for v in value]


def _as_utc(value, name: str, *, end: bool) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    date_only = isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
    if isinstance(value, str):
        text = value.strip()
        date_only = len(text) <= 10 and "T" not in text and ":" not in text
        value = text
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise CorpusError(f"select: {name}={value!r} is not a date ({exc})") from exc
    if ts is pd.NaT:
        return None
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if end and date_only:  # a day given as date_to includes the whole day
        ts = ts + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    return ts


def _filter_values(corpus: pd.DataFrame, column: str, wanted: list[str] | None, name: str) -> pd.Series:
    keep = pd.Series(True, index=corpus.index)
    if wanted is None:
        return keep
    if column not in corpus.columns:
        raise CorpusError(f"select: {name} given but the corpus has no {column!r} column")
    present = corpus[column].fillna("").astype(str)
    known = sorted(set(present) - {""})
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise CorpusError(f"select: {name} not in the corpus: {', '.join(map(repr, unknown))}; "
                          f"known: {', '.join(map(repr, known))}")
    return present.isin(wanted)


def select(corpus: pd.DataFrame, date_from=None, date_to=None, outlets=None, outlet_types=None,
           langs=None) -> pd.DataFrame:
    """Return the rows of ``corpus`` that pass every given filter (the input is not changed).

    Args:
        corpus: a Corpus table (``corpus.load(...).corpus``).
        date_from: first day (or instant) to keep, inclusive; a string, date or Timestamp.
            Naive values are read as UTC.
        date_to: last day to keep, inclusive (a date without a time keeps that whole day).
        outlets: an outlet name or a list of them (exact names, as in the ``outlet`` column).
        outlet_types: outlet types (``outlet_type`` column, from corpus/outlets.csv).
        langs: language codes (``lang`` column), e.g. ``["en", "ko"]``.
    Returns:
        The selected rows in their original order, with the original index.
        Undated documents are kept only when neither ``date_from`` nor ``date_to`` is
        given (they cannot be placed in a date range).
    Raises:
        CorpusError: a date does not parse, ``date_from`` is after ``date_to``, or a
            value names no outlet, type or language in the corpus.
    """
    start = _as_utc(date_from, "date_from", end=False)
    stop = _as_utc(date_to, "date_to", end=True)
    if start is not None and stop is not None and start > stop:
        raise CorpusError(f"select: date_from {date_from!r} is after date_to {date_to!r}")
    keep = pd.Series(True, index=corpus.index)
    if start is not None or stop is not None:
        dates = pd.to_datetime(corpus["date"], utc=True) if "date" in corpus.columns else None
        if dates is None:
            raise CorpusError("select: a date range given but the corpus has no 'date' column")
        keep &= dates.notna()
        if start is not None:
            keep &= dates >= start
        if stop is not None:
            keep &= dates <= stop
    keep &= _filter_values(corpus, "outlet", _as_list(outlets, "outlets"), "outlets")
    keep &= _filter_values(corpus, "outlet_type", _as_list(outlet_types, "outlet_types"), "outlet_types")
    keep &= _filter_values(corpus, "lang", _as_list(langs, "langs"), "langs")
    return corpus[keep.fillna(False).astype(bool)].copy()
