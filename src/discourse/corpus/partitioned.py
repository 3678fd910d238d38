"""Partitioned Parquet storage of a Corpus table (one folder per month or per outlet).

Layout (hive style, readable by pyarrow, Dask, Spark and DuckDB alike)::

    OUT/
      _partitions.json                 # by, counts per partition, corpus checksum
      month=2024-10/part-0.parquet     # every corpus column, the rows of that month
      month=2024-11/part-0.parquet
      month=undated/part-0.parquet     # rows without a date

Each part file holds all corpus columns (the partition value is *also* in the folder
name, never only there), so ``discourse.corpus.load(OUT)`` reads the folder as it reads
any folder of Parquet parts, and a worker can load one part on its own. Folder names
percent-encode the value (``outlet=Capital%20Ledger``), as pyarrow's hive partitioning
expects.

Folders written by other tools may keep the partition column only in the folder name
(``pyarrow.parquet.write_to_dataset(partition_cols=...)``); :func:`load_partitioned`
reads those through :mod:`pyarrow.dataset` and restores the column, returning the same
:class:`~discourse.corpus.LoadResult` as :func:`~discourse.corpus.load`.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from ..errors import CorpusError
from .manifest import corpus_sha256

PARTITION_BY = ("month", "outlet")
MANIFEST_NAME = "_partitions.json"
UNDATED = "undated"


def partition_values(corpus: pd.DataFrame, by: str) -> pd.Series:
    """The partition value of every row: ``YYYY-MM`` (UTC) or ``undated``; or the outlet."""
    if by == "month":
        if "date" not in corpus:
            return pd.Series(UNDATED, index=corpus.index, dtype=object)
        dates = pd.to_datetime(corpus["date"], utc=True)
        return dates.dt.strftime("%Y-%m").astype(object).where(dates.notna(), UNDATED)
    if by == "outlet":
        if "outlet" not in corpus:
            return pd.Series("unknown", index=corpus.index, dtype=object)
        return corpus["outlet"].fillna("").astype(str).replace("", "unknown").astype(object)
    raise ValueError(f"by must be one of {PARTITION_BY}, got {by!r}")


def write_partitioned(corpus: pd.DataFrame, path: str | Path, by: str = "month", *,
                      rows_per_file: int | None = None, overwrite: bool = False) -> dict:
    """Write a Corpus table as hive-partitioned Parquet (``by=value/part-k.parquet``).

    Args:
        corpus: a Corpus table (from :func:`discourse.corpus.load`, or any frame with ``text``).
        path: the output folder (created).
        by: ``"month"`` (of ``date``, UTC; rows without a date go to ``month=undated``) or
            ``"outlet"``.
        rows_per_file: split large partitions into several part files of at most this
            many rows (``None``: one file per partition).
        overwrite: replace an existing output folder (otherwise a non-empty folder is an error).
    Returns:
        The manifest written to ``_partitions.json``: ``by``, ``partitions`` (value ->
        rows, files), ``rows`` and ``corpus_sha256``.
    Raises:
        CorpusError: the folder exists and is not empty (without ``overwrite``).
    """
    if by not in PARTITION_BY:
        raise ValueError(f"by must be one of {PARTITION_BY}, got {by!r}")
    path = Path(path)
    if path.exists() and any(path.iterdir()):
        if not overwrite:
            raise CorpusError(f"{path}: folder exists and is not empty (pass overwrite=True)")
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    table = corpus.reset_index(drop=True)
    if "source" in table and "source_original" not in table:
        # load() sets ``source`` to the part file it read; keep where the record first came from
        table = table.assign(source_original=table["source"])
    keys = partition_values(table, by)
    parts: dict[str, dict] = {}
    for value in sorted(keys.unique()):
        rows = table[keys.values == value]
        folder = path / f"{by}={quote(str(value), safe='')}"
        folder.mkdir()
        step = rows_per_file or max(len(rows), 1)
        files = []
        for k, start in enumerate(range(0, len(rows), step)):
            f = folder / f"part-{k}.parquet"
            rows.iloc[start:start + step].to_parquet(f, index=False)
            files.append(str(f.relative_to(path)))
        parts[str(value)] = {"rows": int(len(rows)), "files": files}
    manifest = {"by": by, "rows": int(len(table)), "partitions": parts, "corpus_sha256": corpus_sha256(corpus)}
    (path / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def part_files(path: str | Path) -> list[Path]:
    """The Parquet part files of a partitioned folder, in the order :func:`load` reads them."""
    from .readers import list_inputs

    files, _, _ = list_inputs(Path(path))
    return [f for f in files if f.suffix.lower() in (".parquet", ".pq")]


def load_partitioned(path: str | Path, *, options=None, outlets=True, dedupe_threshold: float | None = 0.6,
                     **option_kwargs):
    """Load a hive-partitioned Parquet folder into a :class:`~discourse.corpus.LoadResult`.

    Partition keys found only in folder names (``outlet=KCNA/...``) become columns again
    (a key named like a corpus column, e.g. ``outlet``, fills that column). Records go
    through the same normalisation, duplicate marking, outlet join and manifest as
    :func:`discourse.corpus.load`; a folder written by :func:`write_partitioned` gives the
    same table and the same ``corpus_sha256`` either way.
    """
    import pyarrow.dataset as ds

    from . import LoadOptions, finish_load
    from .normalize import build
    from .readers import FileInfo, Raw

    path = Path(path)
    if not path.is_dir():
        raise CorpusError(f"{path}: not a folder")
    files = part_files(path)
    if not files:
        raise CorpusError(f"{path}: no Parquet part files found")
    options = options or LoadOptions(**option_kwargs)
    infos: list[FileInfo] = []
    # our own layout keeps every column in the files: the folder names add nothing
    own_layout = (path / MANIFEST_NAME).is_file()

    def items():
        for f in files:
            info = FileInfo(str(f))
            infos.append(info)
            try:
                dataset = ds.dataset(str(f), format="parquet")
                table = dataset.to_table()
            except Exception as exc:  # pyarrow raises several types for unreadable files
                yield Raw(str(f), 0, field="file", reason=f"not a readable Parquet file: {exc}")
                continue
            keys = {} if own_layout else _hive_keys(f.relative_to(path))
            added = [k for k in keys if k not in table.column_names]
            columns = table.column_names + added
            info.notes.append("columns: " + ", ".join(columns)
                              + (f" (from folder names: {', '.join(added)})" if added else ""))
            yield Raw(str(f), 1, record=None, field="__header__", raw="\x1f".join(columns))
            for n, rec in enumerate(table.to_pylist(), 1):
                for k in added:
                    rec[k] = keys[k]
                yield Raw(str(f), n, record=rec)

    corpus, rejected = build(items(), options, None)
    return finish_load(corpus, rejected, infos, options, ignored=[], outlets=outlets,
                       dedupe_threshold=dedupe_threshold, extra_options={"preset": None, "partitioned": True})


def _hive_keys(rel: Path) -> dict[str, str]:
    """``{"month": "2024-10"}`` from ``month=2024-10/part-0.parquet`` (values percent-decoded)."""
    from urllib.parse import unquote

    out = {}
    for part in rel.parts[:-1]:
        if "=" in part:
            k, _, v = part.partition("=")
            out[unquote(k)] = unquote(v)
    return out
