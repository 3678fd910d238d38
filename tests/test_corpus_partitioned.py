"""Partitioned Parquet storage: write by month or outlet, read back with the same checksum."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from discourse import corpus
from discourse.corpus.partitioned import load_partitioned, part_files, partition_values, write_partitioned
from discourse.errors import CorpusError

TEACHING = ROOT / "corpus" / "teaching" / "articles"


@pytest.fixture(scope="module")
def teaching():
    return corpus.load(TEACHING)


@pytest.mark.parametrize("by", ["month", "outlet"])
def test_round_trip_keeps_the_checksum(tmp_path, teaching, by):
    out = tmp_path / "parts"
    manifest = write_partitioned(teaching.corpus, out, by=by)
    assert manifest["rows"] == len(teaching.corpus)
    assert sum(p["rows"] for p in manifest["partitions"].values()) == len(teaching.corpus)
    assert all(d.name.startswith(f"{by}=") for d in out.iterdir() if d.is_dir())
    again = corpus.load(out)                     # load() reads the folder of part files
    also = load_partitioned(out)
    for r in (again, also):
        assert r.rejected.empty
        assert r.manifest["corpus_sha256"] == teaching.manifest["corpus_sha256"] == manifest["corpus_sha256"]
        assert sorted(r.corpus["doc_id"]) == sorted(teaching.corpus["doc_id"])
    assert json.loads((out / "_partitions.json").read_text())["by"] == by


def test_month_partitions_hold_their_month_and_undated_rows(tmp_path):
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x", "y", "z"], "outlet": ["O", "O", "P"],
                       "date": pd.to_datetime(["2024-10-30", None, "2024-11-02"], utc=True)})
    assert partition_values(df, "month").tolist() == ["2024-10", "undated", "2024-11"]
    write_partitioned(df, tmp_path / "p", by="month", rows_per_file=1)
    names = sorted(str(f.relative_to(tmp_path / "p")) for f in part_files(tmp_path / "p"))
    assert names == ["month=2024-10/part-0.parquet", "month=2024-11/part-0.parquet", "month=undated/part-0.parquet"]
    loaded = corpus.load(tmp_path / "p", outlets=None, now=pd.Timestamp("2026-01-01", tz="UTC"))
    assert loaded.rejected.empty and len(loaded.corpus) == 3
    assert loaded.corpus.set_index("doc_id")["date"].isna().to_dict() == {"a": False, "b": True, "c": False}


def test_existing_folder_needs_overwrite(tmp_path, teaching):
    write_partitioned(teaching.corpus.head(5), tmp_path / "p", by="outlet")
    with pytest.raises(CorpusError):
        write_partitioned(teaching.corpus.head(5), tmp_path / "p", by="outlet")
    write_partitioned(teaching.corpus.head(3), tmp_path / "p", by="outlet", overwrite=True)
    assert len(corpus.load(tmp_path / "p").corpus) == 3


def test_hive_folder_written_by_pyarrow_restores_the_partition_column(tmp_path, teaching):
    core = teaching.corpus[["doc_id", "outlet", "date", "title", "text", "url", "lang"]]
    pq.write_to_dataset(pa.Table.from_pandas(core, preserve_index=False), tmp_path / "ds", partition_cols=["outlet"])
    r = load_partitioned(tmp_path / "ds")
    assert r.rejected.empty
    assert r.manifest["corpus_sha256"] == teaching.manifest["corpus_sha256"]
    got = r.corpus.set_index("doc_id")["outlet"].sort_index()
    assert got.tolist() == core.set_index("doc_id")["outlet"].sort_index().tolist()
