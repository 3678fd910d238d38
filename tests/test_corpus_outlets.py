"""Outlet metadata: joined by name; unknown outlets listed, never guessed."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse.corpus import join_outlets, read_outlets
from discourse.errors import CorpusError


def test_join_lists_missing_outlets(tmp_path):
    p = tmp_path / "outlets.csv"
    p.write_text("outlet,country,outlet_type,language\nMeridian Wire,International,wire,en\n", encoding="utf-8")
    corpus = pd.DataFrame({"doc_id": ["1", "2"], "outlet": ["Meridian Wire", "Unknown Daily"]})
    joined, missing = join_outlets(corpus, p)
    assert joined["outlet_type"].tolist() == ["wire", ""]
    assert joined["outlet_language"].tolist() == ["en", ""]
    assert missing == ["Unknown Daily"]


def test_outlets_file_errors_name_the_problem(tmp_path):
    p = tmp_path / "o.csv"
    p.write_text("outlet,country\nA,B\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="outlet_type, language"):
        read_outlets(p)
    p.write_text("outlet,country,outlet_type,language\nA,B,wire,en\nA,B,wire,en\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="listed twice: A"):
        read_outlets(p)
