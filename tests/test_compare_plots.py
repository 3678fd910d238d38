"""plots.term_comparison: static figure, self-contained interactive HTML with escaped terms."""
from __future__ import annotations

import re

import matplotlib
import pandas as pd

from discourse import compare
from discourse.plots import term_comparison

matplotlib.use("Agg")

DOCS = pd.DataFrame({"g": ["A", "A", "B", "B"],
                     "text": ["troops deploy troops <script>alert(1)</script> ghost army",
                              "troops ghost army army fake", "soldiers soldiers confirmed troops",
                              "soldiers confirmed intelligence Войска"]})


def table():
    return compare.keyness(DOCS, by="g", target="A", reference="B", min_freq=1, stopwords=None)


def test_static_plot_returns_figure():
    from matplotlib.figure import Figure

    import io

    fig = term_comparison.plot(table(), label_a="A", label_b="B", n_labels=3)
    assert isinstance(fig, Figure)
    fig.savefig(io.BytesIO(), format="png")
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    labels = {t.get_text() for t in ax.texts}
    assert "troops" in labels or "army" in labels
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_points_smooth_zero_counts():
    p = term_comparison.points(table())
    assert (p["x"] > 0).all() and (p["y"] > 0).all()
    assert set(p["side"]) <= {"a", "b", "none"}


def test_interactive_html_escapes_and_is_offline():
    t = table()
    evil = pd.DataFrame([{"term": '<script>alert("x")</script>', "freq_target": 5, "freq_reference": 0,
                          "rel_target": 50.0, "rel_reference": 0.0, "score": 9.0, "p_value": 0.001, "z": float("nan"),
                          "direction": "target"},
                         {"term": "\"onmouseover='alert(1)'", "freq_target": 0, "freq_reference": 4,
                          "rel_target": 0.0, "rel_reference": 40.0, "score": -8.0, "p_value": 0.002,
                          "z": float("nan"), "direction": "reference"}])
    evil.attrs.update(tokens_target=1000, tokens_reference=1000, per=10_000)
    for tab in (t, evil):
        h = term_comparison.interactive_html(tab, label_a="<b>A</b>", label_b="B & co", title="<i>t</i>")
        assert "<svg" in h and "<circle" in h
        assert "<script>alert" not in h
        assert "<b>A</b>" not in h and "&lt;b&gt;A&lt;/b&gt;" in h
        assert "<i>t</i>" not in h
        assert not re.search(r"""\s(src|href)\s*=""", h)
        assert "https://" not in h and "cdn" not in h.lower()
        assert h.count("<script>") == 1
    h = term_comparison.interactive_html(evil)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in h
    assert "onmouseover='alert" not in h and "&quot;onmouseover=&#x27;alert(1)&#x27;" in h


def test_interactive_html_is_deterministic():
    assert term_comparison.interactive_html(table()) == term_comparison.interactive_html(table())


def test_place_labels_do_not_overlap():
    offs = term_comparison.place_labels([(100, 100, "alpha"), (100, 100, "beta"), (101, 101, "gamma")], fontsize=10)
    boxes = [(100 + dx, 100 + dy, 100 + dx + 6.2 * len(t), 100 + dy + 12.5)
             for (dx, dy), t in zip(offs, ["alpha", "beta", "gamma"])]
    for i in range(3):
        for j in range(i + 1, 3):
            a, b = boxes[i], boxes[j]
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_empty_comparison_still_draws():
    import warnings

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        t = compare.keyness(DOCS, by="g", target="nobody", on_missing="empty")
    assert t.empty and any("keyness" in str(x.message) for x in w)
    import io

    term_comparison.plot(t).savefig(io.BytesIO(), format="png")  # draws without error
    assert "<svg" in term_comparison.interactive_html(t)
