"""``run_stage``: one pipeline stage mapped over corpus partitions on Dask (or in-process).

The corpus is cut into contiguous partitions (or, for a folder written by
:func:`discourse.corpus.partitioned.write_partitioned`, each worker loads its own part
files); every partition goes through the same library function as on one machine (see
:mod:`.stages`); results come back in partition order, so the table equals the
single-machine one row for row. Per-document stages only: every document's result
depends on that document alone (and on a model fitted beforehand), which is what makes
the partitioning exact.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import StageError
from . import stages as S

STAGES = ("segment", "embed", "stance", "quotes", "topics")
EXTRA_STAGES = ("cues",)  # Python only: the cheap half of stance scoring


@dataclass
class RunResult:
    """What :func:`run_stage` returns.

    Attributes:
        table: the stage's output table (``None`` when the workers wrote the parts
            straight into an output folder).
        rejected: input records refused while loading (Rejected table).
        info: stage, partitions, workers, rows, seconds, output paths.
        topics: for ``stage="topics"``, the :class:`~.topics.ScaledTopics` result.
    """

    table: pd.DataFrame | None
    rejected: pd.DataFrame
    info: dict = field(default_factory=dict)
    topics: object = None


def split_frame(df: pd.DataFrame, n: int) -> list[pd.DataFrame]:
    """``n`` contiguous, near-equal partitions of ``df`` (fewer if it has fewer rows)."""
    n = max(1, min(int(n), len(df))) if len(df) else 1
    bounds = np.linspace(0, len(df), n + 1).astype(int)
    return [df.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def _is_own_partitioned(path: Path) -> bool:
    from ..corpus.partitioned import MANIFEST_NAME

    return path.is_dir() and (path / MANIFEST_NAME).is_file()


def load_input(source, load_kwargs: dict | None = None):
    """``(corpus, rejected, manifest)`` from a DataFrame or any path ``corpus.load`` reads.

    A folder of Parquet parts whose partition keys live only in the folder names is read
    with :func:`~discourse.corpus.partitioned.load_partitioned`.
    """
    from ..corpus import REJECTED_COLUMNS, load
    from ..corpus.partitioned import _hive_keys, load_partitioned, part_files

    if isinstance(source, pd.DataFrame):
        return source.reset_index(drop=True), pd.DataFrame(columns=REJECTED_COLUMNS), {}
    path = Path(source)
    kw = dict(load_kwargs or {})
    if path.is_dir() and not _is_own_partitioned(path):
        files = part_files(path)
        if files and any(_hive_keys(f.relative_to(path)) for f in files) and "preset" not in kw:
            r = load_partitioned(path, **kw)
            return r.corpus, r.rejected, r.manifest
    r = load(path, **kw)
    return r.corpus, r.rejected, r.manifest


def _stage_call(stage: str, options: dict, client, scheduler_threads: int | None):
    """``(partition function, keyword arguments)`` for a stage; fits what must be fitted once."""
    opts = dict(options)
    if stage == "segment":
        kw = {k: opts.pop(k) for k in ("kind", "drop_boilerplate", "min_chars") if k in opts}
        fn = S.segment_partition
    elif stage == "embed":
        kw = {"unit": opts.pop("unit", "paragraph"), "embedder": S.embedder_params(opts.pop("embedder", None)),
              "torch_threads": scheduler_threads}
        fn = S.embed_partition
    elif stage == "stance":
        scorer = opts.pop("scorer", None)
        if scorer is None:
            from dataclasses import fields

            from ..stance import StanceScorer

            fit_kw = {f.name: opts.pop(f.name) for f in fields(StanceScorer) if f.name in opts}
            if fit_kw.get("target") is None:
                fit_kw.pop("target", None)
            scorer = StanceScorer(**fit_kw)
        if not hasattr(scorer, "doc_clf_"):
            scorer.fit()  # once, here on the client
        shipped = S.ship_scorer(scorer)
        if client is not None:
            shipped = client.scatter(shipped, broadcast=True, hash=False)
        kw = {"scorer": shipped, "level": opts.pop("level", "documents"), "torch_threads": scheduler_threads}
        fn = S.stance_partition
    elif stage == "quotes":
        kw, fn = {}, S.quotes_partition
    elif stage == "cues":
        kw, fn = {"lexicon": opts.pop("lexicon", None)}, S.cues_partition
    else:
        raise StageError(f"run: unknown stage {stage!r}; stages: {', '.join(STAGES + EXTRA_STAGES)}")
    if opts:
        raise StageError(f"run {stage}: unknown option(s) {', '.join(sorted(opts))}")
    return fn, kw


def _apply_and_write(fn, part, kw, out_dir, index: int):
    """Run a stage on a partition; with ``out_dir``, write the part there and return its size."""
    if isinstance(part, tuple):  # (corpus, rejected) from load_part
        part = part[0]
    table = fn(part, **kw)
    if out_dir is None:
        return table
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    to_parquet(table, out / f"part-{index:05d}.parquet")
    return len(table)


def _rejected_of(loaded):
    return loaded[1]


def run_stage(stage: str, source, output: str | Path | None = None, *, scheduler="local",
              partitions: int | None = None, n_workers: int = 2, threads_per_worker: int = 1,
              load_kwargs: dict | None = None, **options) -> RunResult:
    """Run one stage over partitions of a corpus.

    Args:
        stage: ``segment``, ``embed``, ``stance``, ``quotes`` or ``topics``
            (``cues``: sentence stance cues only).
        source: a Corpus DataFrame, or any path :func:`discourse.corpus.load` reads (a folder
            written by :func:`~discourse.corpus.partitioned.write_partitioned` is loaded
            part by part on the workers when ``partitions`` is not given).
        output: ``*.parquet`` or ``*.jsonl`` (gathered and written here); a folder path
            without a suffix (each worker writes its ``part-NNNNN.parquet`` there; nothing
            is gathered); for ``topics`` a folder (``assignments.csv``, ``topics.csv``,
            ``unit_topics.parquet``, ``metrics.json``). ``None`` writes nothing.
        scheduler: ``"local"`` (a LocalCluster, ``n_workers`` x ``threads_per_worker``),
            a scheduler address, a :class:`distributed.Client`, or ``"none"`` (the same
            partition functions one after another in this process, no Dask).
        partitions: number of partitions (default: twice the number of workers).
        load_kwargs: keyword arguments for ``corpus.load`` (``preset``, ``mapping`` ...).
        options: stage options: segment ``kind``, ``drop_boilerplate``, ``min_chars``;
            embed ``unit`` (paragraph|sentence|document), ``embedder`` (Embedder
            parameters as a dict); stance ``target``, ``scorer`` (a StanceScorer, fitted
            or not), ``level`` (documents|sentences), other StanceScorer parameters;
            cues ``lexicon``; topics see :func:`~.topics.sample_and_assign`.
    """
    if stage not in STAGES + EXTRA_STAGES:
        raise StageError(f"run: unknown stage {stage!r}; stages: {', '.join(STAGES)}")
    from .cluster import connect, n_workers as count_workers, worker_threads

    t0 = time.perf_counter()
    in_process = isinstance(scheduler, str) and scheduler.lower() in ("none", "process", "sync")
    out_dir = None
    if output is not None and stage != "topics" and Path(output).suffix.lower() not in (".parquet", ".jsonl"):
        out_dir = str(Path(output).resolve())
    by_files = (stage != "topics" and partitions is None and not isinstance(source, pd.DataFrame)
                and _is_own_partitioned(Path(source)))
    info: dict = {"stage": stage, "scheduler": "in-process" if in_process else str(scheduler)}

    if stage == "topics":
        from .topics import sample_and_assign

        corpus, rejected, manifest = load_input(source, load_kwargs)
        if in_process:
            res = sample_and_assign(corpus, client=None, partitions=partitions or 1, **options)
        else:
            with connect(scheduler, n_workers=n_workers, threads_per_worker=threads_per_worker) as client:
                res = sample_and_assign(corpus, client=client, partitions=partitions or 2 * count_workers(client),
                                        **options)
        if output is not None:
            res.write(output, corpus_sha256=manifest.get("corpus_sha256"))
        info.update(res.info, seconds=round(time.perf_counter() - t0, 3), output=str(output) if output else None)
        return RunResult(res.assignments, rejected, info, topics=res)

    if in_process:
        fn, kw = _stage_call(stage, options, None, None)
        if by_files:
            from ..corpus.partitioned import part_files

            loaded = [S.load_part(f, load_kwargs) for f in part_files(source)]
            parts = [c for c, _ in loaded]
            rejected = pd.concat([r for _, r in loaded], ignore_index=True)
        else:
            corpus, rejected, _ = load_input(source, load_kwargs)
            parts = split_frame(corpus, partitions or 1)
        results = [_apply_and_write(fn, p, kw, out_dir, i) for i, p in enumerate(parts)]
        info.update(partitions=len(parts), workers=1)
    else:
        with connect(scheduler, n_workers=n_workers, threads_per_worker=threads_per_worker) as client:
            nw = count_workers(client)
            fn, kw = _stage_call(stage, options, client, worker_threads(client))
            if by_files:
                from ..corpus.partitioned import part_files

                files = [str(f) for f in part_files(source)]
                parts = client.map(S.load_part, files, load_kwargs=load_kwargs, pure=False)
                rejected_f = client.map(_rejected_of, parts, pure=False)
            else:
                corpus, rejected, _ = load_input(source, load_kwargs)
                parts = client.scatter(split_frame(corpus, partitions or 2 * nw))
                rejected_f = None
            futures = [client.submit(_apply_and_write, fn, p, kw, out_dir, i, pure=False)
                       for i, p in enumerate(parts)]
            results = client.gather(futures)
            if rejected_f is not None:
                rejected = pd.concat(client.gather(rejected_f), ignore_index=True)
            info.update(partitions=len(parts), workers=nw)
    if out_dir is not None:
        table = None
        info["rows"] = int(sum(results))
        info["output"] = out_dir
    else:
        table = pd.concat(results, ignore_index=True) if results else pd.DataFrame()
        info["rows"] = int(len(table))
        if output is not None:
            write_table(table, output)
            info["output"] = str(output)
    info["seconds"] = round(time.perf_counter() - t0, 3)
    return RunResult(table, rejected, info)


# ------------------------------------------------------------------ output
def _plain(table: pd.DataFrame) -> pd.DataFrame:
    out = table.copy()
    for c in out.columns:
        if out[c].dtype == object and len(out) and isinstance(out[c].iloc[0], np.ndarray):
            out[c] = [np.asarray(v).tolist() for v in out[c]]
    return out


def to_parquet(table: pd.DataFrame, path: str | Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    _plain(table).to_parquet(path, index=False)


def write_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a stage table as Parquet (``.parquet``) or JSON Lines (``.jsonl``)."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        to_parquet(table, path)
    elif path.suffix.lower() == ".jsonl":
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            for rec in _plain(table).to_dict(orient="records"):
                fh.write(json.dumps(rec, ensure_ascii=False, default=_json_default) + "\n")
    else:
        raise StageError(f"{path}: output must end in .parquet or .jsonl (or be a folder)")
    return path


def _json_default(v):
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        return float(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, np.ndarray):
        return v.tolist()
    return str(v)
