"""Topics by group (outlet or outlet type): shares as a heatmap, intervals in each cell."""
from __future__ import annotations

import matplotlib

from ._corpus_common import style


def plot(shares, topics=None, max_topics: int = 15, title: str = "Topic share by group (95% bootstrap interval)",
         figsize=(10, 6)):
    """A heatmap of ``TopicModel.per_group(...)`` with ``share [low-high]`` written in each cell.

    Args:
        shares: ``group, topic, share, low, high, n_docs``.
        topics: ``TopicModel.topics_`` for row labels (optional).
    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt
    import numpy as np

    keep = shares.groupby("topic")["share"].mean().sort_values(ascending=False).head(max_topics).index
    s = shares[shares["topic"].isin(keep)]
    wide = s.pivot(index="topic", columns="group", values="share").loc[list(keep)]
    low = s.pivot(index="topic", columns="group", values="low").loc[list(keep)]
    high = s.pivot(index="topic", columns="group", values="high").loc[list(keep)]
    labels = dict(zip(topics["topic"], topics["label"])) if topics is not None else {}
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        im = ax.imshow(wide.values, aspect="auto", cmap="Blues", vmin=0, vmax=max(0.01, np.nanmax(wide.values)))
        ax.set_xticks(range(wide.shape[1]), [str(c)[:22] for c in wide.columns], rotation=40, ha="right", fontsize=8)
        ax.set_yticks(range(wide.shape[0]), [str(labels.get(t, t))[:45] for t in wide.index], fontsize=8)
        for i in range(wide.shape[0]):
            for j in range(wide.shape[1]):
                v = wide.values[i, j]
                if np.isnan(v):
                    continue
                ax.text(j, i, f"{v:.0%}\n[{low.values[i, j]:.0%}-{high.values[i, j]:.0%}]", ha="center",
                        va="center", fontsize=6, color="white" if v > 0.6 * np.nanmax(wide.values) else "black")
        fig.colorbar(im, ax=ax, label="share of documents")
        ax.set_title(title)
    plt.close(fig)
    return fig
