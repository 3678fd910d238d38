"""Topics at scale: fit BERTopic on a stratified sample, assign everything else.

Method (for a methods section):

1. A stratified sample of documents (strata: outlet x month; proportional allocation
   by largest remainders, at least ``min_per_stratum`` documents from every stratum that
   has them, seeded) is drawn with :func:`stratified_sample`.
2. The sample's units are embedded in parallel on the workers (the same
   :meth:`Embedder.encode`, worker-local model) and handed to an ordinary
   :meth:`TopicModel.fit` on the client, which therefore embeds nothing itself: UMAP,
   HDBSCAN, c-TF-IDF and outlier reduction run exactly as on one machine, on the sample.
3. The fitted BERTopic model (without its embedding model) is shipped once to every
   worker; each partition of the remaining documents is segmented into the same units
   (``TopicModel._units``), embedded, and assigned with ``BERTopic.transform(...,
   embeddings=...)`` (UMAP ``transform`` + HDBSCAN ``approximate_predict``); outliers are
   then reduced with the same ``reduce_outliers(strategy="embeddings")`` rule and
   threshold as in the fit. Document topics roll up from unit topics with the same rule
   as :attr:`TopicModel.assignments_` (most frequent non-outlier topic, ties to the
   lower number).

Trade-offs: topics can only be found if the sample holds enough of them: a story that
lives in one small outlet-month may fall under ``min_topic_size`` in the sample and end up
in a neighbouring topic. Stratification guarantees every outlet and month is present but
not every rare story; raise ``sample_size`` (fitting cost grows roughly with n log n in
UMAP/HDBSCAN on one machine, 20k-50k units fit in minutes) for finer topics. Topic words
(c-TF-IDF) describe the sample. Assignment is exact and embarrassingly parallel, and the
topic set is fixed, so results are comparable across re-runs and new data.

The alternative, BERTopic's online mode (``BERTopic(umap_model=IncrementalPCA(...),
hdbscan_model=MiniBatchKMeans(...), vectorizer_model=OnlineCountVectorizer(...))`` with
``partial_fit`` over batches), sees every document, but replaces UMAP/HDBSCAN with
linear PCA and k-means: the number of topics must be fixed in advance, there is no
outlier class, topics drift with batch order (results depend on the order partitions
arrive, which breaks byte-for-byte determinism unless the order is fixed), and
``partial_fit`` is sequential: the embedding is parallel but the model update is not.
It is the better choice for a stream that never ends or when topics must evolve; for a
fixed corpus we prefer sample-and-assign (not implemented here).
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..embed import Embedder, text_key
from ..errors import StageError
from ..topics.shares import roll_up
from . import stages as S


class PrecomputedEmbedder(Embedder):
    """An :class:`Embedder` that first looks texts up in vectors computed elsewhere.

    The topic model on the client gets the vectors the workers computed; anything not
    found is encoded normally. Same ``model_id`` as the plain embedder.
    """

    def __init__(self, vectors: dict[str, np.ndarray] | None = None, **params):
        super().__init__(**params)
        self.vectors = vectors or {}

    def encode(self, texts) -> np.ndarray:
        texts = [t if isinstance(t, str) else "" for t in list(texts)]
        keys = [text_key(t) for t in texts]
        todo = [t for t, k in zip(texts, keys) if k not in self.vectors]
        if todo:
            for t, v in zip(todo, super().encode(todo)):
                self.vectors[text_key(t)] = v
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([self.vectors[k] for k in keys]).astype(np.float32)


def stratified_sample(corpus: pd.DataFrame, n: int, *, by: tuple = ("outlet", "month"), seed: int = 42,
                      min_per_stratum: int = 1) -> np.ndarray:
    """Row positions of a stratified random sample of ``n`` documents (sorted).

    Strata are the combinations of ``by`` (``month`` is the UTC month of ``date``,
    ``undated`` when missing). Allocation is proportional to stratum size by largest
    remainders, with at least ``min_per_stratum`` from each stratum (so the sample can
    exceed ``n`` by up to the number of strata). Same corpus and seed, same sample.
    """
    from ..corpus.partitioned import partition_values

    N = len(corpus)
    if n >= N:
        return np.arange(N)
    keys = pd.DataFrame({b: (partition_values(corpus, b) if b in ("month", "outlet") else
                             corpus[b].astype(str)).values for b in by})
    strata = keys.astype(str).agg("\x1f".join, axis=1) if len(by) else pd.Series("", index=range(N))
    groups = {k: np.flatnonzero(strata.values == k) for k in sorted(strata.unique())}
    sizes = np.array([len(v) for v in groups.values()])
    quota = n * sizes / N
    take = np.floor(quota).astype(int)
    rest = n - take.sum()
    order = np.argsort(-(quota - take), kind="stable")
    take[order[:rest]] += 1
    take = np.minimum(np.maximum(take, np.minimum(min_per_stratum, sizes)), sizes)
    rng = np.random.default_rng(seed)
    chosen = [rng.choice(rows, size=k, replace=False) for rows, k in zip(groups.values(), take) if k]
    return np.sort(np.concatenate(chosen)) if chosen else np.arange(0)


def _model_units(part: pd.DataFrame, topic_params: dict) -> pd.DataFrame:
    """The units ``TopicModel.fit`` would model for these documents (same filters)."""
    from ..topics import TopicModel

    tm = TopicModel(**topic_params)
    units = tm._units(part.reset_index(drop=True))
    lang = units["lang"].fillna("").astype(str).str.lower().str.split("-").str[0]
    return units[lang.isin(tm.languages) & units["text"].str.strip().ne("")].reset_index(drop=True)


def _sample_units_embed(part, topic_params, embedder, torch_threads=None):
    units = _model_units(part, topic_params)
    texts = list(dict.fromkeys(units["text"]))
    return texts, S.embed_texts(texts, embedder, torch_threads)


def assign_partition(part: pd.DataFrame, bertopic, topic_params: dict, embedder: dict | None,
                     reduce_outliers: bool = True, threshold: float = 0.0,
                     torch_threads: int | None = None) -> pd.DataFrame:
    """Topics of one partition's units from a fitted BERTopic: ``doc_id, unit_id, topic``."""
    from ..topics.model import _quiet_bertopic

    units = _model_units(part, topic_params)
    if units.empty:
        return pd.DataFrame({"doc_id": pd.Series(dtype=object), "unit_id": pd.Series(dtype=object),
                             "topic": pd.Series(dtype="int64")})
    texts = units["text"].tolist()
    emb = S.embed_texts(texts, embedder, torch_threads)
    with _quiet_bertopic():
        topics, _ = bertopic.transform(texts, embeddings=emb)
        topics = np.asarray(topics)
        if reduce_outliers and (topics == -1).any():
            topics = _reduce_outliers(bertopic, texts, topics, emb, threshold)
    return units[["doc_id", "unit_id"]].assign(topic=topics.astype("int64"))


def _reduce_outliers(bertopic, texts, topics: np.ndarray, emb: np.ndarray, threshold: float) -> np.ndarray:
    """``BERTopic.reduce_outliers(strategy="embeddings")`` for newly assigned units.

    When the fit already reduced every outlier, the fitted model has no outlier topic
    (``_outliers == 0``) and BERTopic refuses to reduce ("No outliers to reduce."), although
    ``transform`` can still return -1 for new points. BERTopic's own rule is then applied
    as written there: cosine similarity to the topic embeddings, below ``threshold`` -> 0,
    the most similar topic, -1 if none is similar.
    """
    if bertopic._outliers:
        return np.asarray(bertopic.reduce_outliers(texts, topics.tolist(), strategy="embeddings",
                                                   embeddings=emb, threshold=threshold))
    from sklearn.metrics.pairwise import cosine_similarity

    out = topics.copy()
    where = np.flatnonzero(topics == -1)
    sim = cosine_similarity(emb[where], np.asarray(bertopic.topic_embeddings_))
    sim[sim < threshold] = 0
    out[where] = [int(np.argmax(row)) if row.sum() > 0 else -1 for row in sim]
    return out


@dataclass
class ScaledTopics:
    """The result of :func:`sample_and_assign`.

    Attributes:
        model: the :class:`TopicModel` fitted on the sample (all its methods work; its
            ``corpus_`` is the sample).
        unit_topics: ``doc_id, unit_id, topic, assigned_by`` (``fit`` or ``transform``) for
            every modelled unit of the corpus.
        assignments: ``id, topic, assigned_by`` per document.
        topics: ``topic, size, label, top_words`` with sizes over the whole corpus.
        info: sample size, strata, timings, outlier shares.
    """

    model: object
    unit_topics: pd.DataFrame
    assignments: pd.DataFrame
    topics: pd.DataFrame
    info: dict = field(default_factory=dict)

    def write(self, out: str | Path, corpus_sha256: str | None = None) -> Path:
        """``assignments.csv`` (``id, topic, assigned_by``), ``topics.csv``,
        ``unit_topics.parquet`` and ``metrics.json`` (the sample fit's metrics plus ``info``)."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        self.assignments.to_csv(out / "assignments.csv", index=False)
        self.topics.to_csv(out / "topics.csv", index=False)
        self.unit_topics.to_parquet(out / "unit_topics.parquet", index=False)
        metrics = self.model.evaluate()
        metrics["scale"] = self.info
        if corpus_sha256:
            metrics["corpus_sha256"] = corpus_sha256
        (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False, default=str) + "\n",
                                          encoding="utf-8")
        return out


TOPIC_PARAMS = ("unit", "seed", "nr_topics", "min_topic_size", "reduce_outliers", "outlier_threshold",
                "ngram_range", "stop_words", "min_df", "seed_topic_list", "top_n_words", "mmr_diversity",
                "n_neighbors", "n_components", "languages", "fit_duplicates")


def sample_and_assign(corpus: pd.DataFrame, client=None, *, sample_size: int = 5000, strata: tuple = ("outlet", "month"),
                      min_per_stratum: int = 1, partitions: int = 4, embedder: dict | None = None,
                      **topic_options) -> ScaledTopics:
    """Fit a :class:`~discourse.topics.TopicModel` on a stratified sample; assign the rest.

    Args:
        corpus: the Corpus table.
        client: a :class:`distributed.Client` (``None``: the same steps in this process).
        sample_size: documents to fit on (all of them if the corpus is smaller: then the
            result is the single-machine ``TopicModel.fit``).
        strata: corpus columns (``outlet``, ``month`` of the date, or any column).
        partitions: partitions of the sample (for embedding) and of the rest.
        embedder: :class:`Embedder` parameters (dict).
        topic_options: :class:`TopicModel` parameters (``seed``, ``unit``,
            ``min_topic_size``, ``nr_topics`` ...).
    """
    import time

    from ..topics import TopicModel
    from .cluster import worker_threads
    from .run import split_frame

    unknown = set(topic_options) - set(TOPIC_PARAMS)
    if unknown:
        raise StageError(f"topics: unknown option(s) {', '.join(sorted(unknown))}")
    t0 = time.perf_counter()
    corpus = corpus.reset_index(drop=True)
    eparams = S.embedder_params(embedder)
    seed = topic_options.get("seed", 42)
    idx = stratified_sample(corpus, sample_size, by=tuple(strata), seed=seed, min_per_stratum=min_per_stratum)
    sample = corpus.iloc[idx].reset_index(drop=True)
    rest = corpus.drop(index=idx).reset_index(drop=True)
    tparams = {k: v for k, v in topic_options.items()}
    unit_params = {k: tparams[k] for k in ("unit", "languages") if k in tparams}
    threads = worker_threads(client) if client is not None else None

    # 1. embed the sample's units in parallel
    chunks = split_frame(sample, partitions)
    if client is not None:
        res = client.gather(client.map(_sample_units_embed, client.scatter(chunks), topic_params=unit_params,
                                       embedder=eparams, torch_threads=threads, pure=False))
    else:
        res = [_sample_units_embed(c, unit_params, eparams) for c in chunks]
    vectors = {text_key(t): v for texts, vecs in res for t, v in zip(texts, vecs)}
    t_embed = time.perf_counter()

    # 2. fit on the sample (on this machine), with the precomputed vectors
    model = TopicModel(**tparams, embedder=PrecomputedEmbedder(vectors, **eparams)).fit(sample)
    t_fit = time.perf_counter()
    fitted = model.unit_topics_[["doc_id", "unit_id", "topic"]].assign(assigned_by="fit")

    # 3. assign the rest on the workers
    light = copy.copy(model.bertopic_)
    light.embedding_model = None
    kw = {"topic_params": unit_params, "embedder": eparams, "reduce_outliers": model.reduce_outliers,
          "threshold": model.outlier_threshold, "torch_threads": threads}
    if len(rest):
        parts = split_frame(rest, partitions)
        if client is not None:
            shipped = client.scatter(light, broadcast=True, hash=False)
            assigned = client.gather(client.map(assign_partition, client.scatter(parts), bertopic=shipped,
                                                pure=False, **kw))
        else:
            assigned = [assign_partition(p, light, **kw) for p in parts]
        rest_topics = pd.concat(assigned, ignore_index=True).assign(assigned_by="transform")
    else:
        rest_topics = fitted.iloc[:0]
    t_assign = time.perf_counter()

    unit_topics = pd.concat([fitted, rest_topics], ignore_index=True)
    order = {d: i for i, d in enumerate(corpus["doc_id"])}
    unit_topics = unit_topics.sort_values("doc_id", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
    assignments = roll_up(unit_topics, corpus["doc_id"])
    in_sample = set(sample["doc_id"])
    assignments["assigned_by"] = np.where(assignments["id"].isin(in_sample), "fit", "transform")
    sizes = unit_topics["topic"].value_counts()
    topics = model.topics_.drop(columns="size")
    topics.insert(1, "size", topics["topic"].map(sizes).fillna(0).astype(int))
    missing = sorted(set(sizes.index) - set(topics["topic"]))
    words = model.top_words()
    if missing:  # topics HDBSCAN predicts that kept no fitted unit after outlier reduction
        topics = pd.concat([topics, pd.DataFrame({"topic": missing, "size": [int(sizes[t]) for t in missing],
                                                  "label": ["outliers" if t == -1 else f"{t}: " + ", ".join(
                                                      words.get(int(t), [])[:4]) for t in missing],
                                                  "top_words": [" ".join(w.replace(" ", "_") for w in
                                                                         words.get(int(t), [])) for t in missing]})], ignore_index=True).sort_values("topic")
    info = {"documents": int(len(corpus)), "sample_documents": int(len(sample)),
            "assigned_documents": int(len(rest)), "strata": list(strata), "sample_seed": seed,
            "units_fit": int(len(fitted)), "units_assigned": int(len(rest_topics)),
            "outlier_share_fit": float((fitted["topic"] == -1).mean()) if len(fitted) else None,
            "outlier_share_assigned": float((rest_topics["topic"] == -1).mean()) if len(rest_topics) else None,
            "timings": {"embed_sample": round(t_embed - t0, 2), "fit": round(t_fit - t_embed, 2),
                        "assign": round(t_assign - t_fit, 2)},
            "method": "fit on a stratified sample, BERTopic.transform for the rest"}
    return ScaledTopics(model, unit_topics, assignments, topics.reset_index(drop=True), info)
