"""Outlet metadata (corpus/outlets.csv) joined onto the corpus; unknown outlets listed."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import CorpusError

OUTLET_COLUMNS = ["outlet", "country", "outlet_type", "language"]


def read_outlets(path: str | Path) -> pd.DataFrame:
    """Read an outlets table (CSV with at least ``outlet, country, outlet_type, language``).

    Raises:
        CorpusError: the file lacks required columns (named) or repeats an outlet.
    """
    if not Path(path).is_file():
        raise CorpusError(f"{path}: outlets file not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in OUTLET_COLUMNS if c not in table.columns]
    if missing:
        raise CorpusError(f"{path}: missing required column(s) {', '.join(missing)}")
    dup = table["outlet"][table["outlet"].duplicated()].tolist()
    if dup:
        raise CorpusError(f"{path}: outlet(s) listed twice: {', '.join(dup)}")
    return table


def join_outlets(corpus: pd.DataFrame, outlets: pd.DataFrame | str | Path) -> tuple[pd.DataFrame, list[str]]:
    """Add ``country``, ``outlet_type`` and ``outlet_language`` to the corpus.

    Returns:
        ``(corpus, missing)``: the joined table (unknown outlets get empty values, never
        a guess) and the sorted list of outlets absent from the outlets table.
    """
    if not isinstance(outlets, pd.DataFrame):
        outlets = read_outlets(outlets)
    meta = outlets.rename(columns={"language": "outlet_language"})
    cols = [c for c in meta.columns if c != "outlet" and c not in corpus.columns]
    joined = corpus.merge(meta[["outlet"] + cols], on="outlet", how="left", validate="many_to_one")
    for c in cols:
        joined[c] = joined[c].fillna("")
    known = set(outlets["outlet"])
    missing = sorted({o for o in corpus["outlet"].unique() if o not in known})
    return joined, missing
