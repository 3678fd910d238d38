"""The partition functions and run_stage without a cluster (scheduler="none"), and the CLI."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from conftest import ROOT
from discourse import corpus
from discourse.attribution import quotes
from discourse.cli import main
from discourse.corpus.partitioned import write_partitioned
from discourse.distributed import run_stage, split_frame, stratified_sample
from discourse.errors import StageError
from discourse.segment import Segmenter

TEACHING = ROOT / "corpus" / "teaching" / "articles"


@pytest.fixture(scope="module")
def docs():
    return corpus.load(TEACHING).corpus


def test_split_frame_is_contiguous_and_complete(docs):
    parts = split_frame(docs, 4)
    assert len(parts) == 4
    assert pd.concat(parts).index.tolist() == docs.index.tolist()
    assert len(split_frame(docs.head(2), 8)) == 2


def test_in_process_partitions_equal_the_single_machine_tables(docs):
    seg = run_stage("segment", docs, scheduler="none", partitions=5, kind="sentence")
    pd.testing.assert_frame_equal(seg.table, Segmenter("sentence").transform(docs))
    q = run_stage("quotes", docs, scheduler="none", partitions=3)
    pd.testing.assert_frame_equal(q.table, quotes(docs))
    assert q.info["partitions"] == 3 and q.rejected.empty


def test_partitioned_folder_is_read_part_by_part(tmp_path, docs):
    write_partitioned(docs, tmp_path / "p", by="month")
    res = run_stage("segment", tmp_path / "p", scheduler="none")
    assert res.info["partitions"] == len(list((tmp_path / "p").glob("month=*")))
    whole = corpus.load(tmp_path / "p").corpus
    pd.testing.assert_frame_equal(res.table, Segmenter().transform(whole))


def test_outputs_parquet_jsonl_and_folder(tmp_path, docs):
    run_stage("quotes", docs.head(20), tmp_path / "q.parquet", scheduler="none")
    run_stage("quotes", docs.head(20), tmp_path / "q.jsonl", scheduler="none")
    folder = run_stage("quotes", docs.head(20), tmp_path / "qdir", scheduler="none", partitions=2)
    a = pd.read_parquet(tmp_path / "q.parquet")
    b = pd.read_json(tmp_path / "q.jsonl", lines=True, dtype=False)
    c = pd.read_parquet(tmp_path / "qdir")
    assert folder.table is None and folder.info["rows"] == len(a) == len(b) == len(c)
    assert sorted(p.name for p in (tmp_path / "qdir").iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert a["quote_id"].tolist() == b["quote_id"].tolist()


def test_unknown_stage_and_option(docs):
    with pytest.raises(StageError):
        run_stage("nope", docs, scheduler="none")
    with pytest.raises(StageError):
        run_stage("segment", docs, scheduler="none", colour="red")


def test_stratified_sample_covers_every_stratum_and_is_seeded(docs):
    idx = stratified_sample(docs, 40, seed=1)
    again = stratified_sample(docs, 40, seed=1)
    assert np.array_equal(idx, again) and len(set(idx)) == len(idx)
    month = docs["date"].dt.strftime("%Y-%m").fillna("undated")
    strata = set(zip(docs["outlet"], month))
    assert set(zip(docs["outlet"].iloc[idx], month.iloc[idx])) == strata  # min_per_stratum=1
    assert len(stratified_sample(docs, 10_000)) == len(docs)


def test_cli_run_quotes_in_process(tmp_path, capsys):
    out = tmp_path / "quotes.jsonl"
    code = main(["run", "quotes", str(TEACHING), "--output", str(out), "--scheduler", "none", "--partitions", "3"])
    assert code == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines and {"doc_id", "quote_id", "speaker", "quote"} <= set(lines[0])
    assert "3 partitions" in capsys.readouterr().out
