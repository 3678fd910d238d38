"""Who is quoted by whom: share of each group's quotes by speaker group, as a heatmap."""
from __future__ import annotations

import matplotlib

from ._corpus_common import style


def plot(profile, title: str = "Who is quoted, by group of outlets", figsize=(9, 4.5)):
    """Heatmap of :func:`discourse.attribution.source_profile` (rows: groups; columns: speakers).

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    wide = profile.pivot(index="group", columns="speaker_group", values="share").fillna(0)
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        im = ax.imshow(wide.values, aspect="auto", cmap="Purples", vmin=0, vmax=max(0.01, wide.values.max()))
        ax.set_xticks(range(wide.shape[1]), wide.columns, rotation=40, ha="right", fontsize=8)
        ax.set_yticks(range(wide.shape[0]), wide.index, fontsize=8)
        for i in range(wide.shape[0]):
            for j in range(wide.shape[1]):
                ax.text(j, i, f"{wide.values[i, j]:.0%}", ha="center", va="center", fontsize=7)
        fig.colorbar(im, ax=ax, label="share of the group's quotes")
        ax.set_title(title)
    plt.close(fig)
    return fig
