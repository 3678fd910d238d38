"""The Dask path (LocalCluster, 2 workers) gives the single-machine results, on the teaching corpus."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conftest import ROOT
from discourse import corpus
from discourse.attribution import quotes
from discourse.corpus.partitioned import write_partitioned
from discourse.distributed import connect, run_stage, ship_scorer
from discourse.embed import Embedder
from discourse.segment import Segmenter
from discourse.stance import StanceScorer

pytestmark = pytest.mark.slow
TEACHING = ROOT / "corpus" / "teaching" / "articles"


@pytest.fixture(scope="module")
def docs(teaching_docs):
    return teaching_docs


@pytest.fixture(scope="module")
def client():
    with connect("local", n_workers=2, threads_per_worker=1) as c:
        yield c


@pytest.mark.parametrize("kind", ["paragraph", "sentence"])
def test_segments_are_identical(client, docs, kind):
    res = run_stage("segment", docs, scheduler=client, partitions=6, kind=kind)
    assert res.info["workers"] == 2 and res.info["partitions"] == 6
    pd.testing.assert_frame_equal(res.table, Segmenter(kind).transform(docs))


def test_quotes_are_identical_also_from_a_partitioned_folder(client, docs, tmp_path):
    pd.testing.assert_frame_equal(run_stage("quotes", docs, scheduler=client, partitions=5).table, quotes(docs))
    write_partitioned(docs, tmp_path / "by_outlet", by="outlet")
    res = run_stage("quotes", tmp_path / "by_outlet", scheduler=client)  # each worker loads its own parts
    pd.testing.assert_frame_equal(res.table, quotes(corpus.load(tmp_path / "by_outlet").corpus))


def test_embeddings_agree_within_1e6(client, docs):
    sub = docs.head(16)  # cache off: both paths really run the model
    res = run_stage("embed", sub, scheduler=client, partitions=4, embedder={"cache_dir": False})
    units = Segmenter("paragraph").transform(sub)
    single = Embedder(cache_dir=False, show_progress=False).encode(units["text"].tolist())
    assert res.table["unit_id"].tolist() == units["unit_id"].tolist()
    dist = np.vstack(res.table["embedding"].to_list())
    assert dist.shape == single.shape and dist.dtype == np.float32
    assert np.abs(dist - single).max() <= 1e-6


def test_stance_is_identical(client, docs):
    scorer = StanceScorer().fit()  # once, on the client; shipped without its embedding model
    shipped = ship_scorer(scorer)
    assert shipped.embedder_._model is None  # the model itself never travels
    assert hasattr(shipped, "doc_clf_") and shipped.target_vec_ is scorer.target_vec_
    res = run_stage("stance", docs, scheduler=client, partitions=4, scorer=scorer)
    single = scorer.score_documents(docs)
    assert res.table["id"].tolist() == single["id"].tolist()
    assert res.table["stance"].tolist() == single["stance"].tolist()
    assert res.table["rule"].tolist() == single["rule"].tolist()
    np.testing.assert_allclose(res.table["confidence"], single["confidence"], atol=1e-3)
