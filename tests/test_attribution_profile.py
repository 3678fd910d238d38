"""Source profiles, :func:`discourse.attribution.source_profile`."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse.attribution import PROFILE_COLUMNS, source_profile
from discourse.errors import StageError


def test_source_profile_maths():
    corp = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    q = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c", "zz"],
                      "speaker_group": ["US", "Russia", "US", "unknown", "China", "US"]})
    prof = source_profile(q, corp)
    assert list(prof.columns) == PROFILE_COLUMNS
    # X: US 2/4, Russia 1/4, unknown 1/4; Y: China 1/1; "zz" is not in the corpus
    expected = [("X", "US", 2, 0.5), ("X", "Russia", 1, 0.25), ("X", "unknown", 1, 0.25), ("Y", "China", 1, 1.0)]
    assert list(prof.itertuples(index=False, name=None)) == expected
    assert prof.groupby("group")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_source_profile_other_grouping_and_errors():
    corp = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "lang": ["en", "en"]})
    q = pd.DataFrame({"doc_id": ["a", "b"], "speaker_group": ["US", "US"]})
    assert source_profile(q, corp, by="lang").values.tolist() == [["en", "US", 2, 1.0]]
    assert source_profile(q.iloc[:0], corp).empty
    with pytest.raises(StageError):
        source_profile(q, corp, by="country")
