"""Agreement with hand labels: the confusion matrix of stance labels as an annotated heatmap."""
from __future__ import annotations

import matplotlib
import numpy as np

from ._corpus_common import style


def plot(result, title: str = "Scores against hand labels", figsize=(5.5, 4.5)):
    """Heatmap of the ``confusion`` of :func:`discourse.stance.evaluate` (or
    :func:`~discourse.stance.against_gold`): rows are hand labels, columns the scores; each
    cell shows its count and its share of the row.

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    cm = np.asarray(result["confusion"], dtype=float)
    labels = result["labels"]
    rows = cm.sum(axis=1, keepdims=True)
    share = np.divide(cm, rows, out=np.zeros_like(cm), where=rows > 0)
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        im = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
        ax.set_xticks(range(len(labels)), labels, fontsize=8)
        ax.set_yticks(range(len(labels)), [f"{lab} (n={int(n)})" for lab, n in zip(labels, rows[:, 0])], fontsize=8)
        for i in range(len(labels)):
            for j in range(len(labels)):
                if cm[i, j]:
                    ax.text(j, i, f"{int(cm[i, j])}\n{share[i, j]:.0%}", ha="center", va="center", fontsize=7,
                            color="white" if share[i, j] > 0.6 else "black")
        ax.set_xlabel("scored as")
        ax.set_ylabel("hand label")
        fig.colorbar(im, ax=ax, label="share of the hand label's documents")
        fig.suptitle(f"{title}\nmacro-F1 {result['macro_f1']:.2f}, n = {result['n']}", fontsize=10)
    plt.close(fig)
    return fig
