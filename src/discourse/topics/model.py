"""TopicModel: BERTopic made offline, deterministic and comparable across outlets.

The stages are BERTopic's own (embeddings -> UMAP -> HDBSCAN -> c-TF-IDF ->
representation), each set from parameters here and reachable afterwards through
``model.bertopic_`` for everything BERTopic can do.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import warnings
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd

from ..embed import Embedder, TruncationWarning
from ..errors import StageError
from ..segment import Segmenter
from . import metrics as _metrics
from . import shares as _shares


class _DropAdvisory(logging.Filter):
    """Drops BERTopic's advisory about custom topic lists (we pass them on purpose)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "custom list of topic assignments" not in record.getMessage()


def _import_bertopic():
    """Import BERTopic and the parts we use, without its import-time side effect.

    ``bertopic._bertopic`` runs ``warnings.filterwarnings("ignore", category=UserWarning)``
    (and the same for FutureWarning) when imported, for the whole process: every later
    warning would vanish, ours (:class:`~discourse.embed.TruncationWarning`,
    :class:`NoTopicsWarning`) and the user's. Importing inside ``catch_warnings`` undoes it.

    Returns:
        ``(BERTopic, MaximalMarginalRelevance, ClassTfidfTransformer)``.
    """
    with warnings.catch_warnings():
        from bertopic import BERTopic
        from bertopic.representation import MaximalMarginalRelevance
        from bertopic.vectorizers import ClassTfidfTransformer
    return BERTopic, MaximalMarginalRelevance, ClassTfidfTransformer


@contextlib.contextmanager
def _quiet_bertopic():
    """Silence BERTopic's advisory log line about custom topic lists while we use them.

    A filter, not a level: BERTopic resets its logger's level inside ``fit_transform``.
    """
    log = logging.getLogger("BERTopic")
    drop = _DropAdvisory()
    log.addFilter(drop)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=FutureWarning)
            yield
    finally:
        log.removeFilter(drop)


class NoTopicsWarning(UserWarning):
    """HDBSCAN found no topic: every unit is an outlier."""


@dataclass
class TopicModel:
    """Topics of a Corpus table.

    Parameters:
        unit: ``"document"`` or ``"paragraph"`` (paragraph topics are rolled up: a
            document's topic is its most frequent non-outlier paragraph topic).
        seed: seeds UMAP and every other random step; same seed, same topics.
        nr_topics: ``None`` keeps HDBSCAN's topics, an int merges down to that many,
            ``"auto"`` lets BERTopic merge similar ones.
        min_topic_size: smallest cluster HDBSCAN keeps.
        reduce_outliers: re-assign outlier units to their nearest topic by embedding
            similarity (at least ``outlier_threshold``).
        ngram_range, stop_words, min_df: the c-TF-IDF vectorizer (English stop words
            from scikit-learn by default; pass a list for your own). BERTopic counts
            ``min_df`` in topics (one document per topic, outliers included); it is capped
            at their number, so a corpus with one topic or none still gets its words.
        seed_topic_list: guided topics, e.g. ``[["kursk", "troops"], ["missile", "launch"]]``.
        top_n_words: words per topic (also the NPMI and diversity basis).
        mmr_diversity: diversity of the maximal-marginal-relevance word choice (0 = plain
            c-TF-IDF order); ``None`` switches MMR off.
        n_neighbors, n_components: UMAP settings.
        languages: unit languages the embedding model reads. Others are left out of the
            model and reported in ``excluded_``, never embedded as if they were English.
        fit_duplicates: ``False`` fits on originals only (``dup_of`` empty) and gives each
            copy its original's topic, so syndicated copies do not make their own clusters.
        embedder: the :class:`~discourse.embed.Embedder` (default: packaged MiniLM).
    """

    unit: str = "document"
    seed: int = 42
    nr_topics: int | str | None = None
    min_topic_size: int = 10
    reduce_outliers: bool = True
    outlier_threshold: float = 0.0
    ngram_range: tuple = (1, 2)
    stop_words: str | list | None = "english"
    min_df: int = 2
    seed_topic_list: list | None = None
    top_n_words: int = 10
    mmr_diversity: float | None = None
    n_neighbors: int = 15
    n_components: int = 5
    languages: tuple = ("en",)
    fit_duplicates: bool = False
    embedder: Embedder | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ building
    def _vectorizer(self):
        from .vectorizer import TopicVectorizer

        return TopicVectorizer(stop_words=self.stop_words, ngram_range=tuple(self.ngram_range),
                               min_df=self.min_df, lowercase=True)

    def _build(self, n_units: int):
        from hdbscan import HDBSCAN
        from umap import UMAP

        BERTopic, MaximalMarginalRelevance, ClassTfidfTransformer = _import_bertopic()
        umap_model = UMAP(n_neighbors=min(self.n_neighbors, max(2, n_units - 1)), n_components=self.n_components,
                          min_dist=0.0, metric="cosine", random_state=self.seed, n_jobs=1)
        hdbscan_model = HDBSCAN(min_cluster_size=self.min_topic_size, metric="euclidean",
                                cluster_selection_method="eom", prediction_data=True)
        rep = MaximalMarginalRelevance(diversity=self.mmr_diversity) if self.mmr_diversity is not None else None
        return BERTopic(embedding_model=self.embedder_._load(), umap_model=umap_model, hdbscan_model=hdbscan_model,
                        vectorizer_model=self._vectorizer(),
                        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
                        representation_model=rep, nr_topics=self.nr_topics, top_n_words=self.top_n_words,
                        seed_topic_list=self.seed_topic_list, calculate_probabilities=False, verbose=False)

    # ------------------------------------------------------------------ fitting
    def _units(self, corpus: pd.DataFrame) -> pd.DataFrame:
        if self.unit == "document":
            units = corpus[["doc_id", "text"]].copy()
            units["unit_id"] = units["doc_id"]
            units["lang"] = corpus["lang"].values if "lang" in corpus else "en"
            text = (corpus["title"].fillna("") + "\n\n" + corpus["text"]) if "title" in corpus else corpus["text"]
            # boilerplate lines are left out of the analysed text, as in paragraph units
            paras = Segmenter("paragraph").transform(corpus.assign(text=text.str.strip()))
            joined = paras.groupby("doc_id", sort=False)["text"].apply("\n\n".join)
            units["text"] = units["doc_id"].map(joined).fillna("")
            return units[["doc_id", "unit_id", "text", "lang"]]
        if self.unit == "paragraph":
            return Segmenter("paragraph").transform(corpus)[["doc_id", "unit_id", "text", "lang"]]
        raise ValueError("unit must be 'document' or 'paragraph'")

    def fit(self, corpus: pd.DataFrame) -> "TopicModel":
        """Fit on a Corpus table (``doc_id, text``; uses ``lang``, ``dup_of``, ``title``).

        Raises:
            StageError: missing columns, or too few units to model.
        """
        missing = [c for c in ("doc_id", "text") if c not in corpus.columns]
        if missing:
            raise StageError(f"topics: the corpus lacks column(s) {', '.join(missing)}")
        self.embedder_ = self.embedder or Embedder()
        corpus = corpus.reset_index(drop=True)
        self.corpus_ = corpus
        units = self._units(corpus)
        lang = units["lang"].fillna("").astype(str).str.lower().str.split("-").str[0]
        keep_lang = lang.isin(self.languages)
        empty = units["text"].str.strip().eq("")
        excluded = units[~keep_lang | empty].assign(
            reason=np.where(empty[~keep_lang | empty], "empty after boilerplate removal",
                            "language " + lang[~keep_lang | empty] + " not read by the embedding model"))
        self.excluded_ = excluded[["doc_id", "unit_id", "lang", "reason"]].reset_index(drop=True)
        units = units[keep_lang & ~empty].reset_index(drop=True)
        copies = pd.Series(dtype=object)
        if not self.fit_duplicates and "dup_of" in corpus:
            dup = corpus.set_index("doc_id")["dup_of"].fillna("")
            is_copy = units["doc_id"].map(dup).fillna("").ne("")
            copies = units[is_copy]
            units_fit = units[~is_copy].reset_index(drop=True)
        else:
            units_fit = units
        if len(units_fit) < max(2 * self.min_topic_size, 5):
            raise StageError(f"topics: only {len(units_fit)} units to model (need at least "
                             f"{max(2 * self.min_topic_size, 5)}); lower min_topic_size or add documents")
        texts = units_fit["text"].tolist()
        # the embedder warns only about texts it encodes, so a rerun on a warm cache would
        # not; the count here is over every modelled unit, whatever the cache holds
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TruncationWarning)
            emb = self.embedder_.encode(texts)
        self.truncated_units_ = int(self.embedder_.count_truncated(texts))
        if self.truncated_units_:
            warnings.warn(f"topics: {self.truncated_units_} of {len(texts)} units are longer than the model's limit "
                          f"of {self.embedder_.max_seq_length} word pieces; their vectors read only the beginning "
                          "(unit='paragraph' models shorter units).", TruncationWarning, stacklevel=2)
        self.bertopic_ = self._build(len(units_fit))
        with _quiet_bertopic():
            self._fit_bertopic(units_fit, emb, copies, corpus, units)
        return self

    def _fit_bertopic(self, units_fit, emb, copies, corpus, units):
        topics, _ = self.bertopic_.fit_transform(units_fit["text"].tolist(), embeddings=emb)
        topics = np.asarray(topics)
        self.outliers_before_reduction_ = float(np.mean(topics == -1))
        if (topics == -1).all():
            warnings.warn(f"topics: no topic found among {len(topics)} units with min_topic_size="
                          f"{self.min_topic_size}; every unit is an outlier. Lower min_topic_size or add "
                          "documents.", NoTopicsWarning, stacklevel=3)
        if self.reduce_outliers and (topics == -1).any() and (topics != -1).any():
            new = self.bertopic_.reduce_outliers(units_fit["text"].tolist(), topics.tolist(), strategy="embeddings",
                                                 embeddings=emb, threshold=self.outlier_threshold)
            topics = np.asarray(new)
            self.bertopic_.update_topics(units_fit["text"].tolist(), topics=topics.tolist(),
                                         vectorizer_model=self._vectorizer(),
                                         ctfidf_model=self.bertopic_.ctfidf_model,
                                         representation_model=self.bertopic_.representation_model,
                                         top_n_words=self.top_n_words)
        unit_topics = units_fit[["doc_id", "unit_id", "text"]].assign(topic=topics.astype(int))
        if len(copies):
            dup = corpus.set_index("doc_id")["dup_of"]
            orig_topic = unit_topics.groupby("doc_id")["topic"].agg(lambda s: s.value_counts().index[0])
            copy_topics = copies["doc_id"].map(dup).map(orig_topic)
            # a copy whose original was not modelled (other language) is embedded and assigned
            todo = copy_topics.isna()
            if todo.any():
                pred, _ = self.bertopic_.transform(copies.loc[todo, "text"].tolist(),
                                                   embeddings=self.embedder_.encode(copies.loc[todo, "text"].tolist()))
                copy_topics[todo] = pred
            unit_topics = pd.concat([unit_topics, copies[["doc_id", "unit_id", "text"]].assign(
                topic=copy_topics.astype(int).values)], ignore_index=True)
        order = {u: i for i, u in enumerate(units["unit_id"])}
        self.unit_topics_ = unit_topics.sort_values("unit_id", key=lambda s: s.map(order)).reset_index(drop=True)
        self.fit_texts_ = units_fit["text"].tolist()
        self.modelled_texts_ = units["text"].tolist()

    # ------------------------------------------------------------------ results
    def _check(self):
        if not hasattr(self, "bertopic_"):
            raise StageError("topics: call fit() first")

    @property
    def assignments_(self) -> pd.DataFrame:
        """``id, topic`` per document: the most frequent non-outlier topic of its units."""
        self._check()
        return _shares.roll_up(self.unit_topics_, self.corpus_["doc_id"])

    def top_words(self) -> dict[int, list[str]]:
        self._check()
        out = {}
        for t, words in self.bertopic_.get_topics().items():
            if t == -1 or not words:
                continue
            out[int(t)] = [w for w, _ in words][: self.top_n_words]
        return out

    @property
    def topics_(self) -> pd.DataFrame:
        """``topic, size, label, top_words`` (size in modelled units; -1 is outliers)."""
        self._check()
        sizes = self.unit_topics_["topic"].value_counts()
        words = self.top_words()
        rows = []
        for t in sorted(sizes.index):
            tw = words.get(int(t), [])
            label = "outliers" if t == -1 else f"{t}: " + ", ".join(tw[:4])
            rows.append((int(t), int(sizes[t]), label, " ".join(w.replace(" ", "_") for w in tw)))
        return pd.DataFrame(rows, columns=["topic", "size", "label", "top_words"])

    def representative_docs(self, n: int = 3) -> pd.DataFrame:
        """``topic, rank, doc_id, unit_id, text``: the units closest to each topic's centre."""
        self._check()
        rep = self.bertopic_.get_representative_docs() or {}
        lookup = self.unit_topics_.drop_duplicates("text").set_index("text")
        rows = []
        for t, texts in sorted(rep.items()):
            for r, text in enumerate(texts[:n], 1):
                if text in lookup.index:
                    hit = lookup.loc[text]
                    rows.append((int(t), r, hit["doc_id"], hit["unit_id"], text))
        return pd.DataFrame(rows, columns=["topic", "rank", "doc_id", "unit_id", "text"])

    def per_group(self, column: str, *, n_boot: int = 1000, random_state: int | None = None) -> pd.DataFrame:
        """Topic shares per value of a corpus column, with bootstrap 95% intervals."""
        self._check()
        if column not in self.corpus_:
            raise StageError(f"topics: the corpus has no column {column!r}")
        groups = self.corpus_.set_index("doc_id")[column]
        return _shares.per_group(self.unit_topics_, groups, n_boot=n_boot,
                                 random_state=self.seed if random_state is None else random_state)

    def per_outlet(self, **kw) -> pd.DataFrame:
        return self.per_group("outlet", **kw)

    def over_time(self, freq: str = "MS") -> pd.DataFrame:
        """Topic counts and shares per period (``W`` weeks, ``MS`` months)."""
        self._check()
        return _shares.over_time(self.unit_topics_, self.corpus_.set_index("doc_id")["date"], freq=freq)

    def evaluate(self) -> dict:
        """Coherence (NPMI, document window), diversity, outlier share, counts (topics, units,
        documents, units over the model's length limit, excluded units), seed and model."""
        self._check()
        words = self.top_words()
        npmi = _metrics.npmi_per_topic(self.modelled_texts_, words, ngram_range=tuple(self.ngram_range),
                                       stop_words=self.stop_words)
        vals = [v for v in npmi.values() if not np.isnan(v)]
        ut = self.unit_topics_["topic"]
        return {
            "coherence_npmi": float(np.mean(vals)) if vals else None,
            "coherence_npmi_per_topic": {str(k): round(v, 4) for k, v in npmi.items()},
            "coherence_window": "document (boolean co-occurrence over the modelled texts)",
            "diversity": _metrics.diversity(words),
            "outlier_share": float((ut == -1).mean()),
            "outlier_share_before_reduction": self.outliers_before_reduction_,
            "n_topics": len(words),
            "n_units": int(len(ut)),
            "truncated_units": self.truncated_units_,
            "n_documents": int(self.unit_topics_["doc_id"].nunique()),
            "excluded_units": int(len(self.excluded_)),
            "excluded_languages": {str(k): int(v) for k, v in self.excluded_["lang"].value_counts().items()},
            "seed": self.seed,
            "model": self.embedder_.model_id,
            "params": self.params(),
        }

    def params(self) -> dict:
        p = {k: v for k, v in asdict(self).items() if k != "embedder"}
        p["ngram_range"] = list(p["ngram_range"])
        p["languages"] = list(p["languages"])
        return p

    # ------------------------------------------------------------------ persistence
    def save(self, path: str | os.PathLike) -> Path:
        """Save BERTopic (safetensors), the unit topics, and a JSON of parameters and versions."""
        self._check()
        from ..resources import model_path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.bertopic_.save(path / "bertopic", serialization="safetensors", save_ctfidf=True,
                            save_embedding_model=model_path(self.embedder_.model))
        self.unit_topics_.to_parquet(path / "unit_topics.parquet", index=False)
        self.corpus_.to_parquet(path / "corpus.parquet", index=False)
        self.excluded_.to_parquet(path / "excluded.parquet", index=False)
        meta = {"params": self.params(), "embedder": self.embedder_.metadata(),
                "outliers_before_reduction": self.outliers_before_reduction_,
                "truncated_units": self.truncated_units_,
                "versions": {p: version(p) for p in ("bertopic", "umap-learn", "hdbscan", "scikit-learn",
                                                      "sentence-transformers", "torch", "discourse")},
                "python": platform.python_version()}
        (path / "discourse_topics.json").write_text(json.dumps(meta, indent=2, default=str) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | os.PathLike) -> "TopicModel":
        """Load a model saved with :meth:`save`."""
        BERTopic = _import_bertopic()[0]

        path = Path(path)
        meta = json.loads((path / "discourse_topics.json").read_text(encoding="utf-8"))
        params = dict(meta["params"])
        params["ngram_range"] = tuple(params["ngram_range"])
        params["languages"] = tuple(params["languages"])
        emb = meta["embedder"]
        self = cls(**params)
        self.embedder_ = Embedder(batch_size=emb["batch_size"], normalize=emb["normalize"], quantize=emb["quantize"])
        self.bertopic_ = BERTopic.load(str(path / "bertopic"), embedding_model=self.embedder_._load())
        self.unit_topics_ = pd.read_parquet(path / "unit_topics.parquet")
        self.corpus_ = pd.read_parquet(path / "corpus.parquet")
        self.excluded_ = pd.read_parquet(path / "excluded.parquet")
        self.outliers_before_reduction_ = meta["outliers_before_reduction"]
        self.truncated_units_ = meta.get("truncated_units")  # None: saved before it was counted
        units = self._units(self.corpus_)
        keep = set(self.unit_topics_["unit_id"])
        self.modelled_texts_ = units[units["unit_id"].isin(keep)]["text"].tolist()
        return self
