"""Topics over time: share of documents per period for the largest topics."""
from __future__ import annotations

import matplotlib

from ._corpus_common import PALETTE, style


def plot(over_time, topics=None, max_topics: int = 8, value: str = "share", title: str | None = None,
         figsize=(9, 4.5)):
    """Lines per topic of ``TopicModel.over_time(...)`` (``value`` = ``share`` or ``count``).

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    ot = over_time[over_time["topic"] != -1]
    top = ot.groupby("topic")["count"].sum().sort_values(ascending=False).head(max_topics).index
    labels = dict(zip(topics["topic"], topics["label"])) if topics is not None else {}
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        for k, t in enumerate(top):
            d = ot[ot["topic"] == t].sort_values("period")
            ax.plot(d["period"], d[value], marker="o", ms=3, color=PALETTE[k % len(PALETTE)],
                    label=str(labels.get(t, t))[:40])
        ax.set_ylabel("share of documents" if value == "share" else "documents")
        ax.set_title(title or f"Topics over time ({value})")
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    plt.close(fig)
    return fig
