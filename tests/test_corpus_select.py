"""discourse.corpus.select: the filters the report notebooks take as parameters."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse.corpus.select import select
from discourse.errors import CorpusError


@pytest.fixture
def docs() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "outlet": ["Wire", "Paper", "Wire", "State"],
        "outlet_type": ["wire", "national newspaper", "wire", "state media"],
        "lang": ["en", "ko", "en", "ru"],
        "date": pd.to_datetime(["2024-10-18 00:00", "2024-10-31 23:30", None, "2024-11-02 00:00"], utc=True),
    }, index=[10, 11, 12, 13])


def test_no_filter_keeps_everything_including_undated(docs):
    out = select(docs)
    assert list(out["doc_id"]) == ["a", "b", "c", "d"]
    assert out is not docs


def test_date_range_is_inclusive_by_day_and_drops_undated(docs):
    out = select(docs, date_from="2024-10-18", date_to="2024-10-31")
    assert list(out["doc_id"]) == ["a", "b"]  # b at 23:30 on the last day counts
    assert list(out.index) == [10, 11]


def test_filters_combine(docs):
    assert list(select(docs, outlets="Wire", langs=["en"])["doc_id"]) == ["a", "c"]
    assert list(select(docs, outlet_types=["state media", "wire"])["doc_id"]) == ["a", "c", "d"]


def test_unknown_values_are_errors_not_empty_selections(docs):
    with pytest.raises(CorpusError, match="Wyre"):
        select(docs, outlets=["Wyre"])
    with pytest.raises(CorpusError, match="known"):
        select(docs, langs="de")


def test_bad_dates(docs):
    with pytest.raises(CorpusError, match="not a date"):
        select(docs, date_from="yesterday-ish")
    with pytest.raises(CorpusError, match="after"):
        select(docs, date_from="2024-12-01", date_to="2024-11-01")


def test_datetime_bounds_and_timezones(docs):
    out = select(docs, date_from=pd.Timestamp("2024-10-31 23:00", tz="UTC"), date_to="2024-11-01T00:00")
    assert list(out["doc_id"]) == ["b"]
