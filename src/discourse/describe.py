"""Describe a corpus: what was loaded, from whom, in which languages, when, what was copied
and what was refused.

Every function takes the Corpus (or Rejected) table and returns a small DataFrame whose
rows are sorted deterministically, so the same corpus always gives the same table, byte
for byte, when written to CSV. Nothing here changes its input.

>>> from discourse import corpus, describe
>>> result = corpus.load("corpus/teaching/articles")          # doctest: +SKIP
>>> describe.by_outlet(result.corpus)                          # doctest: +SKIP
"""
from __future__ import annotations

import pandas as pd

__all__ = ["overview", "by_outlet", "by_outlet_type", "by_language", "by_month", "samples", "syndication",
           "rejected", "rejected_reasons", "UNDATED", "UNKNOWN"]

UNDATED = "undated"
UNKNOWN = "(unknown)"


def _col(corpus: pd.DataFrame, name: str) -> pd.Series:
    """A string column with missing values as UNKNOWN (absent columns count as unknown)."""
    if name not in corpus.columns:
        return pd.Series(UNKNOWN, index=corpus.index, dtype=object)
    s = corpus[name].astype(object).where(corpus[name].notna(), "")
    s = s.astype(str).str.strip()
    return s.where(s != "", UNKNOWN)


def _dates(corpus: pd.DataFrame) -> pd.Series:
    if "date" not in corpus.columns:
        return pd.Series(pd.NaT, index=corpus.index, dtype="datetime64[ns, UTC]")
    return pd.to_datetime(corpus["date"], utc=True)


def _is_dup(corpus: pd.DataFrame) -> pd.Series:
    if "dup_of" not in corpus.columns:
        return pd.Series(False, index=corpus.index)
    d = corpus["dup_of"].astype(object).where(corpus["dup_of"].notna(), "").astype(str)
    return d != ""


def _day(ts) -> str:
    return "" if pd.isna(ts) else ts.strftime("%Y-%m-%d")


def overview(result, selected: pd.DataFrame | None = None) -> pd.DataFrame:
    """Headline counts of a loaded corpus as a two-column table (``measure``, ``value``).

    Args:
        result: a :class:`~discourse.corpus.LoadResult` (``corpus.load(...)``).
        selected: the documents kept by :func:`discourse.corpus.select.select` (default:
            all loaded documents).
    """
    docs = result.corpus if selected is None else selected
    counts = result.manifest.get("counts", {})
    dates = _dates(docs).dropna()
    rows = [
        ("input records", counts.get("input_records", len(result.corpus) + len(result.rejected))),
        ("loaded", counts.get("loaded", len(result.corpus))),
        ("rejected", counts.get("rejected", len(result.rejected))),
        ("marked as duplicates (loaded)", int(_is_dup(result.corpus).sum())),
        ("undated (loaded)", int(_dates(result.corpus).isna().sum())),
        ("selected documents", len(docs)),
        ("selected duplicates", int(_is_dup(docs).sum())),
        ("selected outlets", int(_col(docs, "outlet").nunique())),
        ("selected languages", int(_col(docs, "lang").nunique())),
        ("first date (selected)", _day(dates.min()) if len(dates) else ""),
        ("last date (selected)", _day(dates.max()) if len(dates) else ""),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype({"value": str})


def by_outlet(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents per outlet with its metadata, originals vs. copies, undated items and span.

    Columns: ``outlet, country, outlet_type, documents, originals, duplicates, undated,
    languages, first_date, last_date``; sorted by documents
    (descending), then outlet name.
    """
    cols = ["outlet", "country", "outlet_type", "documents", "originals", "duplicates", "undated",
            "languages", "first_date", "last_date"]
    if len(corpus) == 0:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame({
        "outlet": _col(corpus, "outlet"), "country": _col(corpus, "country"),
        "outlet_type": _col(corpus, "outlet_type"), "lang": _col(corpus, "lang"), "dup": _is_dup(corpus), "date": _dates(corpus),
    })
    rows = []
    for outlet, g in df.groupby("outlet", sort=True):
        dates = g["date"].dropna()
        rows.append({
            "outlet": outlet,
            "country": g["country"].mode().iloc[0],
            "outlet_type": g["outlet_type"].mode().iloc[0],
            "documents": len(g),
            "originals": int((~g["dup"]).sum()),
            "duplicates": int(g["dup"].sum()),
            "undated": int(g["date"].isna().sum()),
            "languages": ", ".join(sorted(set(g["lang"]))),
            "first_date": _day(dates.min()) if len(dates) else "",
            "last_date": _day(dates.max()) if len(dates) else "",
        })
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["documents", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_outlet_type(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents per outlet type: ``outlet_type, outlets, documents, share, duplicates, undated``.

    ``share`` is the fraction of all documents (rounded to 4 places). Sorted by documents
    (descending), then type.
    """
    cols = ["outlet_type", "outlets", "documents", "share", "duplicates", "undated"]
    if len(corpus) == 0:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame({"outlet_type": _col(corpus, "outlet_type"), "outlet": _col(corpus, "outlet"),
                       "dup": _is_dup(corpus), "undated": _dates(corpus).isna()})
    g = df.groupby("outlet_type", sort=True)
    out = pd.DataFrame({
        "outlets": g["outlet"].nunique(), "documents": g.size(),
        "duplicates": g["dup"].sum().astype(int), "undated": g["undated"].sum().astype(int),
    }).reset_index()
    out["share"] = (out["documents"] / len(corpus)).round(4)
    out = out[cols]
    return out.sort_values(["documents", "outlet_type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_language(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents per language: ``lang, documents, share, detected, outlets``.

    ``detected`` counts documents whose language was detected (not given in the input);
    ``outlets`` lists the outlets writing in that language.
    """
    cols = ["lang", "documents", "share", "detected", "outlets"]
    if len(corpus) == 0:
        return pd.DataFrame(columns=cols)
    detected = (corpus["lang_detected"].fillna(False).astype(bool) if "lang_detected" in corpus.columns
                else pd.Series(False, index=corpus.index))
    df = pd.DataFrame({"lang": _col(corpus, "lang"), "outlet": _col(corpus, "outlet"), "detected": detected})
    rows = []
    for lang, g in df.groupby("lang", sort=True):
        rows.append({"lang": lang, "documents": len(g), "share": round(len(g) / len(corpus), 4),
                     "detected": int(g["detected"].sum()), "outlets": ", ".join(sorted(set(g["outlet"])))})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["documents", "lang"], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_month(corpus: pd.DataFrame, by: str = "outlet_type") -> pd.DataFrame:
    """Documents per calendar month (UTC) and group, in long form: ``month, <by>, documents``.

    ``month`` is ``YYYY-MM``; undated documents are counted under ``month = "undated"``
    (last). Months without documents in between are not listed. Sorted by month, group.
    """
    cols = ["month", by, "documents"]
    if len(corpus) == 0:
        return pd.DataFrame(columns=cols)
    dates = _dates(corpus)
    month = dates.dt.strftime("%Y-%m").astype(object).where(dates.notna(), UNDATED)
    df = pd.DataFrame({"month": month, by: _col(corpus, by)})
    out = df.groupby(["month", by], sort=True).size().rename("documents").reset_index()
    out["_undated"] = out["month"] == UNDATED
    out = out.sort_values(["_undated", "month", by], kind="stable").drop(columns="_undated")
    return out[cols].reset_index(drop=True)


def samples(corpus: pd.DataFrame, by: str = "lang", n: int = 2, max_title: int = 120) -> pd.DataFrame:
    """The first ``n`` documents (by date, then doc_id; undated last) of each ``by`` group,
    to see what the texts look like: ``<by>, doc_id, outlet, date, title``."""
    cols = [by, "doc_id", "outlet", "date", "title"]
    if len(corpus) == 0:
        return pd.DataFrame(columns=cols)
    dates = _dates(corpus)
    df = pd.DataFrame({by: _col(corpus, by), "doc_id": corpus["doc_id"].astype(str),
                       "outlet": _col(corpus, "outlet"), "_date": dates, "date": dates.map(_day),
                       "title": corpus["title"].fillna("").astype(str).str.slice(0, max_title)
                       if "title" in corpus.columns else ""})
    df = df.sort_values([by, "_date", "doc_id"], na_position="last", kind="stable")
    return df.groupby(by, sort=True).head(n)[cols].reset_index(drop=True)


def syndication(corpus: pd.DataFrame, max_title: int = 120) -> pd.DataFrame:
    """Groups of (near-)duplicate documents: each original followed by its marked copies.

    Columns: ``group`` (the original's doc_id), ``role`` (original|copy), ``doc_id``,
    ``outlet``, ``date``, ``similarity`` (to the original; empty for the original),
    ``title`` (cut to ``max_title`` characters). Only documents in a group are listed;
    groups are sorted by original doc_id, copies by doc_id.
    """
    cols = ["group", "role", "doc_id", "outlet", "date", "similarity", "title"]
    dup = _is_dup(corpus)
    if not dup.any():
        return pd.DataFrame(columns=cols)
    ids = corpus["doc_id"].astype(str)
    by_id = corpus.set_index(ids)
    copies = corpus[dup]
    rows = []
    for original, g in copies.groupby(copies["dup_of"].astype(str), sort=True):
        if original in by_id.index:
            o = by_id.loc[original]
            o = o.iloc[0] if isinstance(o, pd.DataFrame) else o
            rows.append({"group": original, "role": "original", "doc_id": original,
                         "outlet": str(o.get("outlet", "")), "date": _day(pd.to_datetime(o.get("date"), utc=True)),
                         "similarity": "", "title": str(o.get("title", ""))[:max_title]})
        for _, c in g.sort_values("doc_id", kind="stable").iterrows():
            sim = c.get("dup_similarity")
            rows.append({"group": original, "role": "copy", "doc_id": str(c["doc_id"]),
                         "outlet": str(c.get("outlet", "")), "date": _day(pd.to_datetime(c.get("date"), utc=True)),
                         "similarity": "" if pd.isna(sim) else f"{float(sim):.4f}",
                         "title": str(c.get("title", ""))[:max_title]})
    return pd.DataFrame(rows, columns=cols)


def rejected(rejected_table: pd.DataFrame, max_raw: int = 200, base=None) -> pd.DataFrame:
    """The refused records: ``source, line, field, reason, raw`` (``raw`` cut to ``max_raw``
    characters), sorted by source and line.

    ``base`` (the corpus file or folder) makes ``source`` relative to it, so the table does
    not depend on where the corpus lies on disk.
    """
    cols = ["source", "line", "field", "reason", "raw"]
    if rejected_table is None or len(rejected_table) == 0:
        return pd.DataFrame(columns=cols)
    out = rejected_table.reindex(columns=cols).copy()
    for c in ("source", "field", "reason", "raw"):
        out[c] = out[c].astype(object).where(out[c].notna(), "").astype(str)
    out["raw"] = out["raw"].str.slice(0, max_raw)
    if base is not None:
        from pathlib import Path

        root = Path(base).expanduser().resolve()
        root = root.parent if root.is_file() else root
        prefixes = {str(root) + "/", str(Path(base)).rstrip("/") + "/"}

        def rel(src: str) -> str:
            for pre in prefixes:
                if src.startswith(pre):
                    return src[len(pre):]
            return src

        out["source"] = out["source"].map(rel)
    out["line"] = pd.to_numeric(out["line"], errors="coerce").fillna(0).astype(int)
    return out.sort_values(["source", "line", "field"], kind="stable").reset_index(drop=True)


def rejected_reasons(rejected_table: pd.DataFrame) -> pd.DataFrame:
    """How many records were refused for each field and reason: ``field, reason, records``."""
    cols = ["field", "reason", "records"]
    if rejected_table is None or len(rejected_table) == 0:
        return pd.DataFrame(columns=cols)
    df = rejected_table[["field", "reason"]].astype(object).fillna("").astype(str)
    out = df.groupby(["field", "reason"], sort=True).size().rename("records").reset_index()
    return out.sort_values(["records", "field", "reason"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)
