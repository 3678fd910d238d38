"""discourse.describe and the corpus plots: deterministic composition tables."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from discourse import corpus, describe

FIXTURE = Path(__file__).parent / "fixtures" / "report_corpus"


@pytest.fixture(scope="module")
def loaded():
    return corpus.load(FIXTURE)


def test_fixture_counts(loaded):
    c = loaded.manifest["counts"]
    assert (c["input_records"], c["loaded"], c["rejected"], c["duplicates"], c["undated"]) == (8, 6, 2, 1, 1)


def test_overview_adds_up(loaded):
    ov = dict(describe.overview(loaded).itertuples(index=False))
    assert int(ov["input records"]) == int(ov["loaded"]) + int(ov["rejected"])
    assert ov["selected documents"] == "6"


def test_by_outlet(loaded):
    t = describe.by_outlet(loaded.corpus)
    assert t["documents"].sum() == 6
    row = t.set_index("outlet").loc["NewsPile Aggregator"]
    assert (row["duplicates"], row["originals"], row["outlet_type"]) == (1, 0, "aggregator")
    cl = t.set_index("outlet").loc["Capital Ledger"]
    assert cl["undated"] == 1 and cl["first_date"] == ""
    assert list(t["documents"]) == sorted(t["documents"], reverse=True)


def test_by_type_language_month(loaded):
    types = describe.by_outlet_type(loaded.corpus)
    assert types["documents"].sum() == 6 and abs(types["share"].sum() - 1) < 1e-3
    langs = describe.by_language(loaded.corpus).set_index("lang")
    assert langs.loc["en", "documents"] == 4 and langs.loc["ko", "documents"] == 1
    months = describe.by_month(loaded.corpus)
    assert months["documents"].sum() == 6
    assert months["month"].iloc[-1] == describe.UNDATED


def test_syndication_groups(loaded):
    s = describe.syndication(loaded.corpus)
    assert list(s["role"]) == ["original", "copy"]
    assert list(s["doc_id"]) == ["fx-001", "fx-002"]
    assert float(s["similarity"].iloc[1]) > 0.6


def test_rejected_tables(loaded):
    r = describe.rejected(loaded.rejected)
    assert list(r["field"]) == ["text", "date"]
    reasons = describe.rejected_reasons(loaded.rejected)
    assert reasons["records"].sum() == 2


def test_samples_per_language(loaded):
    s = describe.samples(loaded.corpus, by="lang", n=1)
    assert list(s["lang"]) == ["en", "ko", "ru"]
    assert s.iloc[0]["doc_id"] == "fx-005"  # earliest English item


def test_empty_corpus_gives_empty_tables(loaded):
    empty = loaded.corpus.iloc[0:0]
    for fn in (describe.by_outlet, describe.by_outlet_type, describe.by_language, describe.by_month,
               describe.syndication):
        assert len(fn(empty)) == 0
    assert len(describe.rejected(pd.DataFrame(columns=["source", "line", "field", "reason", "raw"]))) == 0


def test_tables_are_deterministic(loaded):
    again = corpus.load(FIXTURE)
    for fn in (describe.by_outlet, describe.by_language, describe.by_month, describe.syndication):
        assert fn(loaded.corpus).to_csv() == fn(again.corpus.sample(frac=1, random_state=1)).to_csv()


def test_plots_return_figures(loaded):
    import matplotlib.figure

    from discourse.plots import corpus_composition, corpus_timeline

    for fig in (corpus_timeline.plot(loaded.corpus), corpus_composition.plot(loaded.corpus),
                corpus_timeline.plot(loaded.corpus.iloc[0:0]), corpus_composition.plot(loaded.corpus.iloc[0:0])):
        assert isinstance(fig, matplotlib.figure.Figure)
    fig = corpus_timeline.plot(loaded.corpus, by="lang")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[0] == "2024-10" and labels[-1] == "2024-10"


def test_rejected_sources_relative_to_the_corpus(loaded):
    r = describe.rejected(loaded.rejected, base=FIXTURE)
    assert set(r["source"]) == {"articles.jsonl"}
