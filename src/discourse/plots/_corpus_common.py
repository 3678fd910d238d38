"""Shared look of the corpus plots: fonts with Korean/Cyrillic fallback, a fixed palette."""
from __future__ import annotations

from functools import lru_cache

# Fixed colours per position so that the same groups get the same colours run after run.
PALETTE = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3",
           "#8c8c8c", "#ccb974", "#64b5cd", "#1b9e77", "#d95f02", "#7570b3", "#e7298a"]


@lru_cache(maxsize=1)
def font_family() -> list[str]:
    """DejaVu Sans first (Latin, Cyrillic), then a CJK font when one is installed (Korean)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    family = ["DejaVu Sans"]
    for cjk in ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans KR", "NanumGothic", "UnDotum"):
        if cjk in names:
            family.append(cjk)
            break
    return family


def style() -> dict:
    """rcParams for ``matplotlib.rc_context`` (deterministic metadata, fallback fonts)."""
    # text.parse_math off: a "$" in an outlet name is text, never mathtext.
    return {"font.family": font_family(), "svg.hashsalt": "discourse", "figure.dpi": 100, "text.parse_math": False,
            "axes.spines.top": False, "axes.spines.right": False}


def colours(n: int) -> list[str]:
    return [PALETTE[i % len(PALETTE)] for i in range(n)]
