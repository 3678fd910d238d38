"""compare.Answers: answers shown or replaced by a short note, decided by one parameter."""
from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from discourse import compare
from discourse.compare.lesson import HIDDEN_NOTE

matplotlib.use("Agg")


@pytest.fixture
def shown(monkeypatch):
    out = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: out.extend(objs))
    return out


def texts(objs):
    return " ".join(o.get("text/html", "") if isinstance(o, dict) else repr(o) for o in objs)


def test_hidden_answers_show_only_the_note(shown, tmp_path):
    a = compare.Answers(False)
    fig, _ = plt.subplots()
    a.table(pd.DataFrame({"x": ["secret"]}), "answer_x", tables_dir=tmp_path)
    a.figure(fig)
    a.text("the answer is secret")
    assert "secret" not in texts(shown)
    assert texts(shown).count("Answer hidden") == 3
    assert not list(tmp_path.iterdir())  # hidden answer tables are not saved either
    assert not plt.fignum_exists(fig.number)
    a.space(3)
    assert "discourse-answer-space" in texts(shown)


def test_shown_answers(shown, tmp_path):
    a = compare.Answers(True)
    a.table(pd.DataFrame({"x": ["<b>secret</b>"]}), "answer_x", tables_dir=tmp_path)
    assert "&lt;b&gt;secret&lt;/b&gt;" in texts(shown)
    assert (tmp_path / "answer_x.csv").exists()
    n = len(shown)
    a.space(3)
    assert len(shown) == n  # no writing space in the instructor's copy
    assert HIDDEN_NOTE not in texts(shown)


def test_explain_uses_stored_texts(shown):
    compare.Answers(True).explain("framing")
    assert "mercenaries" in " ".join(o.data if hasattr(o, "data") else str(o) for o in shown).lower()
    a = compare.Answers(True, texts={"x": "own answer"})
    with pytest.raises(KeyError):
        a.explain("framing")
    shown.clear()
    compare.Answers(False).explain("doubt")
    assert "Answer hidden" in texts(shown) and "hedging" not in texts(shown).lower()


def test_headlines():
    docs = pd.DataFrame({"doc_id": ["b", "a", "c"], "outlet": ["X", "Y", "X"], "title": ["t2", "t1", "t3"],
                         "date": pd.to_datetime(["2024-10-19", "2024-10-18", None], utc=True)})
    h = compare.headlines(docs, outlets=["X", "Y"])
    assert h["doc_id"].tolist() == ["a", "b", "c"] and h["date"].tolist() == ["2024-10-18", "2024-10-19", ""]
    assert compare.headlines(docs, outlets=["X"])["doc_id"].tolist() == ["b", "c"]


def test_pick_outlets_warns_about_missing():
    docs = pd.DataFrame({"outlet": ["X", "Y"], "text": ["a", "b"]})
    with pytest.warns(UserWarning, match="Z"):
        assert compare.pick_outlets(docs, ["X", "Z"])["outlet"].tolist() == ["X"]
    assert len(compare.pick_outlets(docs, None)) == 2
