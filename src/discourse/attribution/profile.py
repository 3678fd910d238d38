"""Source profiles: who each outlet (or other group) quotes, by speaker group."""
from __future__ import annotations

import pandas as pd

from ..errors import StageError


PROFILE_COLUMNS = ["group", "speaker_group", "n", "share"]


def source_profile(quotes_df: pd.DataFrame, corpus: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Who each outlet (or other group) quotes: counts and shares by speaker group.

    Args:
        quotes_df: the table returned by :func:`discourse.attribution.quotes`.
        corpus: the Corpus table the quotes came from (needs ``doc_id`` and ``by``).
        by: the corpus column to group documents by (``outlet``, ``outlet_type``, ``lang`` ...).
    Returns:
        Columns :data:`PROFILE_COLUMNS`: ``group`` (a value of ``by``), ``speaker_group``,
        ``n`` (quotes), ``share`` (``n`` over the group's quotes, so each group's shares sum
        to 1). Quotes of documents missing from ``corpus`` or without a ``by`` value are left
        out. Sorted by group, then by ``n`` descending, then speaker group.
    Raises:
        StageError: a required column is missing.
    """
    for table, cols, name in ((quotes_df, ("doc_id", "speaker_group"), "quotes"), (corpus, ("doc_id", by), "corpus")):
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise StageError(f"source_profile: the {name} table lacks column(s) {', '.join(missing)}")
    groups = corpus.drop_duplicates("doc_id").set_index("doc_id")[by]
    q = pd.DataFrame({"group": quotes_df["doc_id"].map(groups), "speaker_group": quotes_df["speaker_group"]})
    q = q.dropna(subset=["group"])
    if q.empty:
        return pd.DataFrame({"group": pd.Series(dtype=object), "speaker_group": pd.Series(dtype=object),
                             "n": pd.Series(dtype="int64"), "share": pd.Series(dtype=float)})
    counts = q.groupby(["group", "speaker_group"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby("group")["n"].transform("sum")
    counts["n"] = counts["n"].astype("int64")
    counts = counts.sort_values(["group", "n", "speaker_group"], ascending=[True, False, True], kind="mergesort")
    return counts.reset_index(drop=True)[PROFILE_COLUMNS]
