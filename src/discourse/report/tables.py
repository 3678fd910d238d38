"""Result tables: shown in the notebook (escaped, truncated) and saved as CSV for the manifest.

CSV files are deterministic: UTF-8, ``\\n`` line ends, no index, dates as ISO strings,
rows in the order given (the :mod:`discourse.describe` functions sort them). Never put a
timestamp of the run into a table.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from . import session

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def _cell(v, max_chars: int):
    if isinstance(v, str) and len(v) > max_chars:
        return v[: max_chars - 1] + "…"
    return v


def for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with datetimes as ISO strings (UTC offsets kept) and no index."""
    out = df.reset_index(drop=True).copy()
    for c in out.columns:
        if isinstance(out[c].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].map(lambda t: "" if pd.isna(t) else t.isoformat())
    return out


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for_csv(df).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def _fmt(v) -> str:
    """A cell as shown: floats to 4 decimals, a midnight timestamp as its date (the CSV
    keeps full precision and the whole timestamp)."""
    if v is None or (not isinstance(v, (list, dict, tuple)) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        midnight = not (v.hour or v.minute or v.second or v.microsecond or v.nanosecond)
        return v.date().isoformat() if midnight else v.isoformat()
    if isinstance(v, (float, np.floating)):
        return str(round(float(v), 4))
    return str(v)


def table_html(df: pd.DataFrame, max_chars: int = 120) -> str:
    """An HTML table of ``df`` with every header and cell escaped (``html.escape``).

    Short single tokens (ids, dates, numbers) do not wrap; headers may break after ``_``.
    """
    import html

    head = "".join(f"<th>{html.escape(str(c)).replace('_', '_<wbr>')}</th>" for c in df.columns)
    rows = []
    for rec in df.itertuples(index=False, name=None):
        cells = []
        for v in rec:
            text = _cell(_fmt(v), max_chars)
            cls = ' class="discourse-nowrap-cell"' if len(text) <= 24 and not any(ch.isspace() for ch in text) else ""
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    wide = " discourse-wide" if df.shape[1] >= 8 else ""
    return (f'<table class="dataframe discourse-table{wide}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def to_html(df: pd.DataFrame, name: str, max_rows: int = 40, max_chars: int = 120, caption: str | None = None) -> str:
    """Escaped HTML of the first ``max_rows`` rows, long strings cut to ``max_chars``."""
    import html

    table = table_html(df.head(max_rows), max_chars)
    more = f"; first {max_rows} shown" if len(df) > max_rows else ""
    note = f"{html.escape(name)}: {len(df)} rows × {df.shape[1]} columns{more}"
    if caption:
        note = f"{html.escape(caption)} ({note})"
    return f'<div class="discourse-published"><p class="discourse-caption">{note}</p>{table}</div>'


def publish(df: pd.DataFrame, name: str, tables_dir: str | Path | None = None, *, max_rows: int = 40,
            max_chars: int = 120, caption: str | None = None) -> None:
    """Display a result table and save it as ``<tables_dir>/<name>.csv``.

    Args:
        df: the table (all of it is saved; the display is truncated).
        name: file name stem: letters, digits, ``_ . -``.
        tables_dir: where to save; default: the ``tables_dir`` parameter recorded by
            :func:`discourse.report.parameters`. Nothing is saved when neither is set
            (an interactive session).
        max_rows, max_chars: display limits (the CSV is complete).
        caption: a line shown above the table.
    Returns:
        ``None`` (so a notebook cell ending in ``publish(...)`` shows only the table).
    """
    from IPython.display import display

    if not NAME_RE.match(name):
        raise ValueError(f"publish: table name {name!r} must be letters, digits, '_', '.', '-'")
    folder = Path(tables_dir) if tables_dir else session.tables_dir()
    path = write_csv(df, folder / f"{name}.csv") if folder else None
    if path is not None:
        session._state["published"].append(str(path))
    display({"text/html": to_html(df, name, max_rows, max_chars, caption),
             "text/plain": f"{name}: {len(df)} rows x {df.shape[1]} columns"}, raw=True)
    return None
