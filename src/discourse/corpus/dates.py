"""Date parsing for corpus records: vectorised, timezone-aware (UTC), never silent."""
from __future__ import annotations

import math
from datetime import datetime, timezone

import numpy as np
import pandas as pd
from dateutil import parser as dateutil_parser

EARLIEST = pd.Timestamp("1900-01-01", tz="UTC")


def _from_number(value: float, unit: str | None) -> pd.Timestamp | None:
    if unit is None:
        # Epoch seconds up to the year 5138 are below 1e11; milliseconds are above.
        unit = "ms" if abs(value) >= 1e11 else "s"
    try:
        return pd.Timestamp(value, unit=unit, tz="UTC")
    except (OverflowError, ValueError, pd.errors.OutOfBoundsDatetime):
        return None


def _day(ts: pd.Timestamp) -> str:
    """YYYY-MM-DD of a timestamp, also beyond the years ``datetime.date`` can hold."""
    return f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"


def parse_dates(values: list, *, unit: str | None = None, dayfirst: bool = False,
                now: pd.Timestamp | None = None) -> tuple[pd.Series, list[str]]:
    """Parse raw date values into UTC timestamps.

    Args:
        values: raw values (ISO strings, other date strings, epoch numbers or numeric
            strings, ``None``).
        unit: ``"s"`` or ``"ms"`` to force the epoch unit of numbers; ``None`` guesses
            by magnitude (8-digit strings are read as ``YYYYMMDD``).
        dayfirst: read ambiguous strings such as ``03/04/2025`` as 3 April.
        now: the reference time for "in the future" (default: the current time).
    Returns:
        ``(dates, problems)``: a UTC datetime Series (NaT where no date) and, per value,
        ``""`` (fine), ``"missing"``, or the reason the value is unusable.
    """
    now = now if now is not None else pd.Timestamp(datetime.now(timezone.utc))
    latest = now + pd.Timedelta(days=1)
    n = len(values)
    out: list = [pd.NaT] * n
    problems = [""] * n
    strings: dict[int, str] = {}
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            problems[i] = "missing"
        elif isinstance(v, bool):
            problems[i] = f"not a date: {v!r}"
        elif isinstance(v, (int, float, np.integer, np.floating)):
            ts = _from_number(float(v), unit)
            if ts is None:
                problems[i] = f"number {v!r} is not a usable epoch time"
            else:
                out[i] = ts
        elif isinstance(v, (datetime, pd.Timestamp)):
            ts = pd.Timestamp(v)
            out[i] = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
        else:
            s = str(v).strip()
            if not s:
                problems[i] = "missing"
            elif s.isdigit() and len(s) == 8 and unit is None:
                strings[i] = f"{s[:4]}-{s[4:6]}-{s[6:]}"
            elif s.lstrip("-").replace(".", "", 1).isdigit():
                ts = _from_number(float(s), unit)
                if ts is None:
                    problems[i] = f"number {s!r} is not a usable epoch time"
                else:
                    out[i] = ts
            else:
                strings[i] = s
    if strings:
        idx = list(strings)
        texts = pd.Series([strings[i] for i in idx], dtype=object)
        parsed = pd.to_datetime(texts, utc=True, format="ISO8601", errors="coerce")
        for i, ts, s in zip(idx, parsed, texts):
            if ts is pd.NaT or pd.isna(ts):
                try:
                    d = dateutil_parser.parse(s, dayfirst=dayfirst)
                    ts = pd.Timestamp(d)
                    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
                except (ValueError, OverflowError, TypeError, pd.errors.OutOfBoundsDatetime):
                    problems[i] = f"cannot parse {s[:60]!r} as a date"
                    continue
            out[i] = ts
    for i, ts in enumerate(out):
        if problems[i] or ts is pd.NaT:
            continue
        if ts < EARLIEST:
            problems[i] = f"{_day(ts)} is before 1900"
            out[i] = pd.NaT
        elif ts > latest:
            problems[i] = f"{_day(ts)} is in the future"
            out[i] = pd.NaT
    series = pd.Series(pd.to_datetime(pd.Series(out, dtype=object), utc=True), dtype="datetime64[ns, UTC]")
    return series, problems
