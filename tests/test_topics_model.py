"""TopicModel on the teaching corpus: determinism, languages, roll-ups, save/load, CLI."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from conftest import ROOT
from discourse.cli import main
from discourse.topics import TopicModel

pytestmark = pytest.mark.slow
TEACHING = ROOT / "corpus" / "teaching" / "articles"


@pytest.fixture(scope="module")
def docs(teaching_docs):
    return teaching_docs


@pytest.fixture(scope="module")
def model(docs):
    return TopicModel(seed=7, min_topic_size=5).fit(docs)


def test_assignments_cover_english_documents_and_languages_are_reported(model, docs):
    a = model.assignments_
    english = set(docs.loc[docs["lang"] == "en", "doc_id"])
    assert set(a["id"]) == english
    assert set(model.excluded_["lang"]) == set(docs["lang"]) - {"en"}
    assert model.excluded_["reason"].str.contains("not read by the embedding model").all()
    m = model.evaluate()
    assert m["excluded_languages"] == docs.loc[docs["lang"] != "en", "lang"].value_counts().to_dict()
    assert m["n_topics"] >= 2 and 0 <= m["diversity"] <= 1 and m["seed"] == 7


def test_copies_share_their_originals_topic(model, docs):
    a = model.assignments_.set_index("id")["topic"]
    copies = docs[(docs["dup_of"] != "") & (docs["lang"] == "en")]
    assert len(copies) >= 6
    assert all(a[c.doc_id] == a[c.dup_of] for c in copies.itertuples())


def test_per_group_and_over_time(model):
    g = model.per_group("outlet_type", n_boot=200)
    sums = g.groupby("group")["share"].sum()
    assert ((sums - 1).abs() < 1e-9).all()
    ot = model.over_time("MS")
    assert ((ot.groupby("period")["share"].sum() - 1).abs() < 1e-9).all()


def test_same_seed_gives_byte_identical_assignments(tmp_path, capsys):
    out = []
    for run in ("a", "b"):
        assert main(["topics", str(TEACHING), "--output-dir", str(tmp_path / run), "--seed", "3",
                     "--min-topic-size", "5"]) == 0
        out.append((tmp_path / run / "assignments.csv").read_bytes())
    assert out[0] == out[1]
    topics = pd.read_csv(tmp_path / "a" / "topics.csv")
    assert list(topics.columns) == ["topic", "size", "label", "top_words"]
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text())
    assert {"coherence_npmi", "diversity", "outlier_share", "seed", "model"} <= set(metrics)
    assert metrics["seed"] == 3


def test_save_and_load_round_trip(model, tmp_path):
    model.save(tmp_path / "m")
    assert (tmp_path / "m" / "bertopic" / "topics.json").exists()
    back = TopicModel.load(tmp_path / "m")
    assert back.topics_.equals(model.topics_)
    assert back.assignments_.equals(model.assignments_)
    assert back.bertopic_.get_topic_info().shape[0] == model.bertopic_.get_topic_info().shape[0]


def test_guided_topics_and_reduced_number(docs):
    guided = TopicModel(seed=7, min_topic_size=5, nr_topics=3,
                        seed_topic_list=[["captured", "prisoners", "soldiers"], ["grain", "exports", "ports"]]).fit(docs)
    topics = guided.topics_
    assert (topics["topic"] != -1).sum() <= 3  # merged down to at most three topics
    assert guided.bertopic_.seed_topic_list is not None
    assert guided.evaluate()["params"]["nr_topics"] == 3


def test_a_corpus_without_topics_is_reported_not_refused():
    # twelve unrelated short texts: HDBSCAN keeps no cluster, so BERTopic fits its
    # vectorizer on the outliers alone (one document), which min_df=2 used to refuse
    from discourse.topics import NoTopicsWarning

    texts = ["Grain exports rose in Odesa.", "A storm closed the port of Busan.", "Chess: the final was drawn.",
             "Tea prices fell in Kenya.", "A new bridge opened in Lisbon.", "The orchestra toured Japan.",
             "Snow closed schools in Oslo.", "A comet was seen over Chile.", "Rice harvests failed in Laos.",
             "The museum bought a Vermeer.", "A marathon record fell in Berlin.", "Bees returned to the park."]
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "text": texts, "lang": "en"})
    with pytest.warns(NoTopicsWarning, match="no topic found among 12 units"):
        model = TopicModel(min_topic_size=6, seed=1).fit(corpus)
    assert model.evaluate()["n_topics"] == 0
    assert model.topics_["topic"].tolist() == [-1] and model.assignments_["topic"].eq(-1).all()


def test_importing_bertopic_leaves_warnings_on():
    # bertopic/_bertopic.py ignores every UserWarning for the whole process when imported;
    # a fresh interpreter shows whether a warning after our import still reaches the user
    import subprocess
    import sys

    code = ("import warnings; from discourse.topics.model import _import_bertopic; _import_bertopic(); "
            "import bertopic._bertopic; warnings.warn('still shown after BERTopic')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "UserWarning: still shown after BERTopic" in proc.stderr


def test_long_units_are_counted_and_warned_whatever_the_cache_holds(tmp_path):
    from discourse.embed import Embedder, TruncationWarning

    texts = [f"Report {i}: " + " ".join(["North Korean soldiers were seen near Kursk again."] * (1 + 40 * (i % 2)))
             for i in range(12)]
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "text": texts, "lang": "en"})
    counts = []
    for run in ("cold", "warm"):
        model = TopicModel(min_topic_size=3, seed=1, embedder=Embedder(cache_dir=tmp_path, show_progress=False))
        with pytest.warns(TruncationWarning, match="topics: 6 of 12 units are longer") as caught:
            model.fit(corpus)
        assert len([w for w in caught if issubclass(w.category, TruncationWarning)]) == 1, run
        counts.append(model.evaluate()["truncated_units"])
    assert counts == [6, 6]
    saved = model.save(tmp_path / "saved")
    assert TopicModel.load(saved).evaluate()["truncated_units"] == 6
