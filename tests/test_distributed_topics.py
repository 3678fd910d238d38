"""Topics at scale: fit on a stratified sample, assign the rest with BERTopic.transform."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import ROOT
from discourse import corpus
from discourse.distributed import sample_and_assign

pytestmark = pytest.mark.slow
TEACHING = ROOT / "corpus" / "teaching" / "articles"


def test_sample_fit_and_assign_in_process(tmp_path):
    docs = corpus.load(TEACHING).corpus
    res = sample_and_assign(docs, client=None, sample_size=100, min_topic_size=5, seed=42, partitions=2)
    info = res.info
    assert info["sample_documents"] + info["assigned_documents"] == len(docs)
    assert set(res.assignments["assigned_by"]) == {"fit", "transform"}
    # every modelled (English) document has a topic; the sample's come from the fit itself
    english = docs.loc[docs["lang"].eq("en"), "doc_id"]
    assert set(english) <= set(res.assignments["id"])
    fitted = res.model.assignments_.set_index("id")["topic"]
    ours = res.assignments.set_index("id")["topic"]
    assert (ours.loc[fitted.index] == fitted).all()
    assert set(res.unit_topics["topic"]) <= set(res.topics["topic"])
    out = res.write(tmp_path / "topics")
    assert {p.name for p in out.iterdir()} == {"assignments.csv", "topics.csv", "unit_topics.parquet", "metrics.json"}
    assert len(pd.read_csv(out / "assignments.csv")) == len(res.assignments)
