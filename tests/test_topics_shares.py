"""Topic shares per group with bootstrap intervals; topics over time."""
from __future__ import annotations

import pandas as pd

from discourse.topics import over_time, per_group

UNITS = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "d"], "topic": [0, 1, 1, 0, -1]})


def test_per_group_shares_and_intervals():
    groups = pd.Series({"a": "wire", "b": "wire", "c": "state", "d": "state"})
    out = per_group(UNITS, groups, n_boot=500, random_state=1).set_index(["group", "topic"])
    # wire: a = (0.5, 0.5), b = (0, 1) -> topic 0 share 0.25, topic 1 share 0.75
    assert out.loc[("wire", 0), "share"] == 0.25 and out.loc[("wire", 1), "share"] == 0.75
    assert out.loc[("state", -1), "share"] == 0.5 and out.loc[("state", 0), "n_docs"] == 2
    assert (out["low"] <= out["share"]).all() and (out["share"] <= out["high"]).all()
    assert out.loc[("wire", 0), "low"] == 0.0 and out.loc[("wire", 0), "high"] == 0.5
    again = per_group(UNITS, groups, n_boot=500, random_state=1).set_index(["group", "topic"])
    assert again.equals(out)


def test_over_time_counts_and_shares():
    dates = pd.Series(pd.to_datetime(["2024-10-20", "2024-10-25", "2024-11-02", None], utc=True),
                      index=["a", "b", "c", "d"])
    out = over_time(UNITS, dates, "MS")
    oct_ = out[out["period"] == pd.Timestamp("2024-10-01")].set_index("topic")
    assert oct_.loc[1, "count"] == 1.5 and oct_.loc[1, "share"] == 0.75
    assert set(out["period"]) == {pd.Timestamp("2024-10-01"), pd.Timestamp("2024-11-01")}
