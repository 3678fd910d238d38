"""Partition functions: the single-machine stages applied to one pandas partition.

Each function here takes a pandas partition of a Corpus table and calls the library's own
stage on it (:class:`~discourse.segment.Segmenter`, :class:`~discourse.embed.Embedder`,
:class:`~discourse.stance.StanceScorer`, :func:`~discourse.attribution.quotes`); none
re-implements a stage. They run the same in this process (``scheduler=None``) or on a
Dask worker.

Models are loaded once per worker process: :func:`worker_embedder` keeps one
:class:`Embedder` per parameter set in a module-level dict (each worker process has its
own). A fitted :class:`StanceScorer` travels without its sentence-transformers model
(:func:`ship_scorer`, a few MB instead of ~95 MB) and gets the worker's embedder on
arrival (:func:`attach_worker_embedder`).
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import numpy as np
import pandas as pd

from ..embed import Embedder

# Per-process cache of loaded models (one per worker process on a Dask cluster).
_LOCAL: dict = {}

EMBED_COLUMNS = ["doc_id", "unit_id", "embedding"]
CUE_COLUMNS = ["doc_id", "unit_id", "relevant", "own_voice", "source_group", "cues"]


# ------------------------------------------------------------------ models, once per worker
def embedder_params(embedder: Embedder | dict | None) -> dict:
    """The constructor parameters of an :class:`Embedder` (what a worker needs to rebuild it)."""
    if embedder is None:
        embedder = {}
    if isinstance(embedder, dict):
        base = {"model": None, "batch_size": 32, "normalize": True, "cache_dir": None, "quantize": None,
                "show_progress": False}
        unknown = set(embedder) - set(base)
        if unknown:
            raise ValueError(f"unknown Embedder parameters: {sorted(unknown)}")
        base.update(embedder)
        params = base
    else:
        params = {"model": embedder.model, "batch_size": embedder.batch_size, "normalize": embedder.normalize,
                  "cache_dir": embedder.cache_dir, "quantize": embedder.quantize,
                  "show_progress": embedder.show_progress}
    for k in ("model", "cache_dir"):
        if isinstance(params[k], os.PathLike):
            params[k] = str(params[k])
    return params


def worker_embedder(params: dict | None = None) -> Embedder:
    """This process's :class:`Embedder` for ``params``, loaded on first use and kept."""
    params = embedder_params(params)
    key = ("embedder", json.dumps(params, sort_keys=True, default=str))
    emb = _LOCAL.get(key)
    if emb is None:
        emb = Embedder(**params)
        emb._load()
        _LOCAL[key] = emb
    return emb


def ship_scorer(scorer):
    """A copy of a fitted :class:`StanceScorer` without its loaded embedding model.

    The classifiers, TF-IDF vocabularies, target vector and cue lexicon are kept (they are
    what fitting produced); the sentence-transformers model is dropped and re-attached
    from the worker's own cache by :func:`attach_worker_embedder`.
    """
    if not hasattr(scorer, "doc_clf_"):
        raise ValueError("ship_scorer: fit the StanceScorer first (fit once on the client, then ship)")
    out = copy.copy(scorer)
    light = copy.copy(scorer.embedder_)
    light._model = None
    out.embedder_ = light
    if out.embedder is not None:
        out.embedder = light
    return out


def attach_worker_embedder(scorer):
    """Give a shipped scorer this worker's loaded embedder (same parameters)."""
    if getattr(scorer.embedder_, "_model", None) is None:
        emb = worker_embedder(embedder_params(scorer.embedder_))
        scorer.embedder_ = emb
        if scorer.embedder is not None:
            scorer.embedder = emb
    return scorer


def _cue_extractor(lexicon=None):
    from ..stance.cues import CueExtractor

    key = ("cues", repr(lexicon))
    ex = _LOCAL.get(key)
    if ex is None:
        ex = _LOCAL[key] = CueExtractor(lexicon)
    return ex


def _torch_threads(n: int | None) -> None:
    """On a worker, keep PyTorch to the worker's thread budget (no oversubscription)."""
    if n:
        try:
            import torch

            if torch.get_num_threads() != n:
                torch.set_num_threads(n)
        except ImportError:  # pragma: no cover
            pass


# ------------------------------------------------------------------ stages on one partition
def segment_partition(part: pd.DataFrame, kind: str = "paragraph", drop_boilerplate: bool = True,
                      min_chars: int = 1) -> pd.DataFrame:
    """Units of one partition: :meth:`Segmenter.transform` (same parameters)."""
    from ..segment import Segmenter

    return Segmenter(kind=kind, drop_boilerplate=drop_boilerplate, min_chars=min_chars).transform(part)


def embed_units(part: pd.DataFrame, unit: str = "paragraph", embedder: dict | None = None,
                torch_threads: int | None = None) -> tuple[pd.DataFrame, np.ndarray]:
    """``(ids, vectors)`` of one partition: its units (or documents) through :meth:`Embedder.encode`.

    ``unit``: ``"paragraph"`` or ``"sentence"`` (segmented first, as on one machine),
    or ``"document"`` (the ``text`` column as it is).
    """
    _torch_threads(torch_threads)
    if unit == "document":
        ids = pd.DataFrame({"doc_id": part["doc_id"].values, "unit_id": part["doc_id"].values})
        texts = part["text"].tolist()
    else:
        units = segment_partition(part, kind=unit)
        ids, texts = units[["doc_id", "unit_id"]].reset_index(drop=True), units["text"].tolist()
    return ids, worker_embedder(embedder).encode(texts)


def embed_partition(part: pd.DataFrame, unit: str = "paragraph", embedder: dict | None = None,
                    torch_threads: int | None = None) -> pd.DataFrame:
    """``doc_id, unit_id, embedding`` (a float32 array per row) for one partition."""
    ids, vecs = embed_units(part, unit=unit, embedder=embedder, torch_threads=torch_threads)
    return ids.assign(embedding=list(vecs))


def embed_texts(texts: list[str], embedder: dict | None = None, torch_threads: int | None = None) -> np.ndarray:
    """:meth:`Embedder.encode` of a list of texts with the worker's embedder."""
    _torch_threads(torch_threads)
    return worker_embedder(embedder).encode(texts)


def stance_partition(part: pd.DataFrame, scorer, level: str = "documents",
                     torch_threads: int | None = None) -> pd.DataFrame:
    """:meth:`StanceScorer.score_documents` (or ``score_sentences``) of one partition."""
    _torch_threads(torch_threads)
    scorer = attach_worker_embedder(scorer)
    if level == "documents":
        return scorer.score_documents(part)
    if level == "sentences":
        return scorer.score_sentences(part)
    raise ValueError("level must be 'documents' or 'sentences'")


def quotes_partition(part: pd.DataFrame) -> pd.DataFrame:
    """:func:`discourse.attribution.quotes` of one partition."""
    from ..attribution import quotes

    return quotes(part)


def cues_partition(part: pd.DataFrame, lexicon=None) -> pd.DataFrame:
    """Sentence units and their stance cues (:meth:`CueExtractor.sentence`, the scorer's first step).

    The cheap part of stance scoring (no embeddings): for each sentence whether it is
    relevant to the claim, in the text's own voice, the source group and the cue words.
    """
    units = segment_partition(part, kind="sentence")
    ex = _cue_extractor(lexicon)
    from ..stance.cues import FEATURES

    rel, own, groups, cues = [], [], [], []
    i_rel, i_own = FEATURES.index("relevant"), FEATURES.index("own_voice")
    for text, lang in zip(units["text"], units["lang"]):
        f, c, g = ex.sentence(text, lang)
        rel.append(bool(f[i_rel]))
        own.append(bool(f[i_own]))
        groups.append(g or "")
        cues.append(c)
    return pd.DataFrame({"doc_id": units["doc_id"].values, "unit_id": units["unit_id"].values,
                         "relevant": rel, "own_voice": own, "source_group": groups, "cues": cues},
                        columns=CUE_COLUMNS)


def load_part(path: str | Path, load_kwargs: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load one Parquet part on a worker: ``corpus.load`` of that file (no corpus-wide steps).

    Duplicate marking and the outlet join are corpus-wide steps: they ran before the
    corpus was written (their columns are in the part) and are not redone here.
    """
    from ..corpus import load

    kw = {"dedupe_threshold": None, "outlets": None, **(load_kwargs or {})}
    result = load(path, **kw)
    return result.corpus, result.rejected
