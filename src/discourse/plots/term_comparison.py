"""Scattertext-style term comparison: each term's frequency in group A against group B.

Input is a :func:`discourse.compare.keyness` table computed with ``target`` = group A and
``reference`` = group B. Both axes are logarithmic: frequency per 10,000 tokens, with half a
count added so that terms absent from one group still have a place (they line the bottom or
left edge). Terms on the diagonal are used alike; the further from it, the more a term
belongs to one group. The most extreme terms (by ``score``) are labelled.

:func:`plot` draws a static matplotlib figure (for the PDF); :func:`interactive_html` returns a
self-contained HTML fragment (inline SVG and a few lines of JavaScript, no network resources)
in which every point names its term and counts on hover, and a search box highlights terms.
Every term is HTML-escaped.
"""
from __future__ import annotations

import hashlib
import html
import math

import matplotlib
import numpy as np
import pandas as pd

from ._corpus_common import PALETTE, style

GREY = "#b8b8b8"


def _tokens(table: pd.DataFrame, freq: str, rel: str, attr: str) -> float:
    v = table.attrs.get(attr)
    if v:
        return float(v)
    per = float(table.attrs.get("per", 10_000))
    nz = table[table[freq] > 0]
    if nz.empty:
        return 1.0
    r = nz.iloc[0]
    return float(r[freq]) / float(r[rel]) * per


def points(table: pd.DataFrame, alpha: float = 0.05) -> pd.DataFrame:
    """The plotted values: ``term, x`` (B per 10k, smoothed), ``y`` (A), ``score``, ``side``.

    ``side`` is ``a`` or ``b`` for terms significantly more frequent in A or B (p <= alpha
    for g2/chi2, |z| >= 1.96 for log-odds) and ``none`` otherwise.
    """
    need = {"term", "freq_target", "freq_reference", "rel_target", "rel_reference", "score"}
    missing = need - set(table.columns)
    if missing:
        raise ValueError(f"term comparison: the table lacks {', '.join(sorted(missing))} (use compare.keyness)")
    ta = _tokens(table, "freq_target", "rel_target", "tokens_target")
    tb = _tokens(table, "freq_reference", "rel_reference", "tokens_reference")
    per = float(table.attrs.get("per", 10_000))
    out = pd.DataFrame({"term": table["term"].astype(str), "freq_a": table["freq_target"].astype(int),
                        "freq_b": table["freq_reference"].astype(int), "score": table["score"].astype(float)})
    out["x"] = (out["freq_b"] + 0.5) / tb * per
    out["y"] = (out["freq_a"] + 0.5) / ta * per
    if "p_value" in table and table["p_value"].notna().any():
        sig = table["p_value"].to_numpy() <= alpha
    elif "z" in table and table["z"].notna().any():
        sig = np.abs(table["z"].to_numpy()) >= 1.96
    else:
        sig = np.ones(len(table), dtype=bool)
    out["side"] = np.where(sig & (out["score"] > 0), "a", np.where(sig & (out["score"] < 0), "b", "none"))
    return out.reset_index(drop=True)


def _labelled(p: pd.DataFrame, n_labels: int) -> pd.DataFrame:
    a = p[p["score"] > 0].sort_values(["score", "term"], ascending=[False, True]).head(n_labels)
    b = p[p["score"] < 0].sort_values(["score", "term"], ascending=[True, True]).head(n_labels)
    return pd.concat([a, b])


def place_labels(anchors, fontsize: float = 8.0, bounds=None) -> list[tuple[float, float]]:
    """Greedy label placement without overlaps (a small, deterministic stand-in for adjustText).

    Args:
        anchors: ``(x, y, text)`` in pixels, y growing upwards, in order of priority.
        fontsize: label height in pixels (widths are estimated from the number of characters).
        bounds: ``(x0, y0, x1, y1)`` the labels should stay in.
    Returns:
        ``(dx, dy)`` offsets in pixels from each anchor to the label's lower-left corner.
    """
    placed: list[tuple[float, float, float, float]] = []
    dots = [(x, y) for x, y, _ in anchors]
    h = fontsize * 1.25
    steps = [0.0]
    for k in range(1, 12):
        steps += [k * h * 0.8, -k * h * 0.8]
    out = []
    for x, y, text in anchors:
        w = 0.62 * fontsize * max(1, len(text))
        best = None
        for dy in steps:
            for dx in (5.0, -5.0 - w):
                x0, y0 = x + dx, y + dy - h / 2
                box = (x0, y0, x0 + w, y0 + h)
                if bounds and (box[0] < bounds[0] or box[2] > bounds[2] or box[1] < bounds[1] or box[3] > bounds[3]):
                    continue
                if any(not (box[2] <= b[0] or box[0] >= b[2] or box[3] <= b[1] or box[1] >= b[3]) for b in placed):
                    continue
                if any(box[0] - 1 <= px <= box[2] + 1 and box[1] - 1 <= py <= box[3] + 1 for px, py in dots
                       if (px, py) != (x, y)) and dy != steps[-1]:
                    continue
                best = (dx, dy - h / 2)
                break
            if best:
                break
        if best is None:
            best = (5.0, -h / 2)
        placed.append((x + best[0], y + best[1], x + best[0] + w, y + best[1] + h))
        out.append(best)
    return out


def _names(table, label_a, label_b):
    a = label_a or str(table.attrs.get("target", "group A"))
    ref = table.attrs.get("reference", "group B")
    b = label_b or ("all other documents" if ref == "rest" else str(ref))
    return a, b


def plot(table: pd.DataFrame, label_a: str | None = None, label_b: str | None = None, n_labels: int = 12,
         title: str | None = None, figsize=(8, 7.5), alpha: float = 0.05):
    """Static term comparison (log-log scatter, the ``n_labels`` most extreme terms per side labelled).

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    p = points(table, alpha)
    name_a, name_b = _names(table, label_a, label_b)
    colours = {"a": PALETTE[0], "b": PALETTE[1], "none": GREY}
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        for side, lab in (("none", "no clear difference"), ("b", f"more in {name_b}"), ("a", f"more in {name_a}")):
            s = p[p["side"] == side]
            ax.scatter(s["x"], s["y"], s=10 if side == "none" else 16, c=colours[side], alpha=0.55 if side == "none"
                       else 0.85, linewidths=0, label=f"{lab} ({len(s)})")
        ax.set_xscale("log")
        ax.set_yscale("log")
        if len(p):
            lo = float(min(p["x"].min(), p["y"].min())) / 1.3
            hi = float(max(p["x"].max(), p["y"].max())) * 1.3
            ax.plot([lo, hi], [lo, hi], color="#888", lw=0.8, ls="--", zorder=0)
            ax.set_xlim(lo, hi)
            ax.set_ylim(lo, hi)
        lab = _labelled(p, n_labels)
        lab = lab.reindex(lab["score"].abs().sort_values(ascending=False, kind="mergesort").index)
        to_pt = 72.0 / fig.dpi
        disp = ax.transData.transform(np.column_stack([lab["x"], lab["y"]])) if len(lab) else np.zeros((0, 2))
        bb = ax.get_window_extent()
        offsets = place_labels([(float(px), float(py), t) for (px, py), t in zip(disp, lab["term"])],
                               fontsize=7.5 / to_pt, bounds=(bb.x0, bb.y0, bb.x1, bb.y1))
        for r, (dx, dy) in zip(lab.itertuples(index=False), offsets):
            far = abs(dy) > 12 or dx < 0
            ax.annotate(r.term, (r.x, r.y), xytext=(dx * to_pt, dy * to_pt), textcoords="offset points",
                        fontsize=7.5, color=colours[r.side] if r.side != "none" else "#555", ha="left", va="bottom",
                        arrowprops={"arrowstyle": "-", "color": "#aaa", "lw": 0.5} if far else None)
        if not len(p):
            ax.set_xlim(0.1, 100)
            ax.set_ylim(0.1, 100)
            ax.text(0.5, 0.5, "no terms to compare", ha="center", va="center", transform=ax.transAxes, color="#666")
        ax.set_xlabel(f"{name_b}: per 10,000 words (log)")
        ax.set_ylabel(f"{name_a}: per 10,000 words (log)")
        ax.set_title(title or f"Words of {name_a} vs {name_b}")
        if len(p):
            ax.legend(loc="upper left", fontsize=8, frameon=False)
    # detach from pyplot: the returned Figure is shown once (not again by the inline backend)
    plt.close(fig)
    return fig


_JS = """(function(){var root=document.getElementById(%s);if(!root)return;
var box=root.querySelector('input'),info=root.querySelector('.dtc-info'),pts=root.querySelectorAll('circle');
function show(c){info.textContent=c.getAttribute('data-term')+' \\u2014 '+c.getAttribute('data-a')+' | '+c.getAttribute('data-b');}
pts.forEach(function(c){c.addEventListener('mouseenter',function(){show(c);});c.addEventListener('click',function(){show(c);});});
box.addEventListener('input',function(){var q=box.value.toLowerCase().trim(),n=0;
pts.forEach(function(c){var hit=q&&c.getAttribute('data-term').toLowerCase().indexOf(q)>=0;
c.setAttribute('stroke',hit?'#000':'none');c.setAttribute('stroke-width',hit?'2':'0');c.setAttribute('r',hit?'6':c.getAttribute('data-r'));if(hit)n++;});
info.textContent=q?(n+' term(s) match'):'Hover over or click a point.';});})();"""


def interactive_html(table: pd.DataFrame, label_a: str | None = None, label_b: str | None = None,
                     n_labels: int = 12, title: str | None = None, width: int = 640, height: int = 560,
                     max_points: int = 3000, alpha: float = 0.05) -> str:
    """A self-contained HTML fragment: inline SVG scatter with hover details and a term search.

    No network resources; terms, labels and the title are HTML-escaped (``<script>`` in a term
    shows as text). The most extreme ``max_points`` terms are drawn.

    Returns:
        An HTML string (display it with ``IPython.display.HTML`` or write it into a page).
    """
    p = points(table, alpha)
    if len(p) > max_points:
        p = p.reindex(p["score"].abs().sort_values(ascending=False, kind="mergesort").index[:max_points])
    name_a, name_b = _names(table, label_a, label_b)
    esc = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    digest = hashlib.sha1("\x1f".join([name_a, name_b] + p["term"].tolist()).encode("utf-8")).hexdigest()[:10]
    uid = f"dtc-{digest}"
    ml, mr, mt, mb = 56, 16, 16, 44
    pw, ph = width - ml - mr, height - mt - mb
    if len(p):
        lo = math.log10(float(min(p["x"].min(), p["y"].min())) / 1.3)
        hi = math.log10(float(max(p["x"].max(), p["y"].max())) * 1.3)
    else:
        lo, hi = -1.0, 1.0
    span = (hi - lo) or 1.0
    sx = lambda v: ml + (math.log10(v) - lo) / span * pw  # noqa: E731
    sy = lambda v: mt + ph - (math.log10(v) - lo) / span * ph  # noqa: E731
    colours = {"a": PALETTE[0], "b": PALETTE[1], "none": GREY}
    parts = [f'<rect x="{ml}" y="{mt}" width="{pw}" height="{ph}" fill="#fafafa" stroke="#ccc"/>',
             f'<line x1="{ml}" y1="{mt + ph}" x2="{ml + pw}" y2="{mt}" stroke="#999" stroke-dasharray="4 3"/>']
    for e in range(math.ceil(lo), math.floor(hi) + 1):
        v = 10.0 ** e
        lab = f"{v:g}"
        parts.append(f'<text x="{sx(v):.1f}" y="{mt + ph + 14}" font-size="10" text-anchor="middle">{lab}</text>')
        parts.append(f'<text x="{ml - 4}" y="{sy(v) + 3:.1f}" font-size="10" text-anchor="end">{lab}</text>')
    parts.append(f'<text x="{ml + pw / 2}" y="{height - 8}" font-size="11" text-anchor="middle">'
                 f'{esc(name_b)}: per 10,000 words (log)</text>')
    parts.append(f'<text transform="translate(14,{mt + ph / 2}) rotate(-90)" font-size="11" text-anchor="middle">'
                 f'{esc(name_a)}: per 10,000 words (log)</text>')
    order = {"none": 0, "b": 1, "a": 2}
    for r in sorted(p.itertuples(index=False), key=lambda r: (order[r.side], r.term)):
        rad = 2.5 if r.side == "none" else 3.5
        info_a = f"{name_a}: {r.freq_a} ({r.y:.1f} per 10k)"
        info_b = f"{name_b}: {r.freq_b} ({r.x:.1f} per 10k)"
        parts.append(f'<circle cx="{sx(r.x):.1f}" cy="{sy(r.y):.1f}" r="{rad}" data-r="{rad}" fill="{colours[r.side]}" '
                     f'fill-opacity="0.75" data-term="{esc(r.term)}" data-a="{esc(info_a)}" data-b="{esc(info_b)}">'
                     f'<title>{esc(r.term)}: {esc(info_a)}; {esc(info_b)}; score {r.score:.2f}</title></circle>')
    lab = _labelled(p, n_labels)
    lab = lab.reindex(lab["score"].abs().sort_values(ascending=False, kind="mergesort").index)
    # place_labels works with y growing upwards: use (x, height - y)
    offsets = place_labels([(sx(r.x), height - sy(r.y), r.term) for r in lab.itertuples(index=False)],
                           fontsize=10, bounds=(ml, mb, ml + pw, height - mt))
    for r, (dx, dy) in zip(lab.itertuples(index=False), offsets):
        x0, y0 = sx(r.x), sy(r.y)
        tx, ty = x0 + dx, y0 - dy - 2  # baseline of the label, y downwards
        if abs(dy) > 12 or dx < 0:
            parts.append(f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{tx + (0 if dx > 0 else -dx - 5):.1f}" '
                         f'y2="{ty - 4:.1f}" stroke="#bbb" stroke-width="0.6"/>')
        parts.append(f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="10" '
                     f'fill="{colours[r.side] if r.side != "none" else "#555"}">{esc(r.term)}</text>')
    heading = esc(title or f"Words of {name_a} vs {name_b}")
    legend = (f'<span style="color:{PALETTE[0]}">&#9679; more in {esc(name_a)}</span> &nbsp; '
              f'<span style="color:{PALETTE[1]}">&#9679; more in {esc(name_b)}</span> &nbsp; '
              f'<span style="color:{GREY}">&#9679; no clear difference</span>')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, sans-serif" role="img">{"".join(parts)}</svg>')
    script = _JS % ('"' + uid + '"')
    return (f'<div id="{uid}" class="discourse-term-comparison" style="font-family:sans-serif;font-size:12px;'
            f'max-width:{width}px"><div style="font-weight:bold;margin-bottom:2px">{heading}</div>'
            f'<div>{legend}</div>'
            f'<div><label>Find a term: <input type="search" aria-label="find a term" style="width:14em"></label> '
            f'<span class="dtc-info" style="color:#444">Hover over or click a point.</span></div>'
            f'{svg}</div><script>{script}</script>')


def show_interactive(table: pd.DataFrame, **kwargs):
    """:func:`interactive_html` as an ``IPython.display.HTML`` object (a notebook displays it)."""
    from IPython.display import HTML

    return HTML(interactive_html(table, **kwargs))
