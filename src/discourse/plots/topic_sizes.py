"""Topic sizes: horizontal bars with each topic's label (its top words)."""
from __future__ import annotations

import matplotlib

from ._corpus_common import style


def plot(topics, max_topics: int = 25, title: str = "Topic sizes", figsize=(8, 5)):
    """Bars of units per topic, largest first; outliers (-1) in grey.

    Args:
        topics: ``TopicModel.topics_`` (``topic, size, label``).
    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    t = topics.sort_values(["size", "topic"], ascending=[False, True]).head(max_topics).iloc[::-1]
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        colours = ["#8c8c8c" if k == -1 else "#4c72b0" for k in t["topic"]]
        ax.barh(range(len(t)), t["size"], color=colours)
        ax.set_yticks(range(len(t)), [lab[:60] for lab in t["label"]], fontsize=8)
        ax.set_xlabel("units")
        ax.set_title(title)
    plt.close(fig)
    return fig
