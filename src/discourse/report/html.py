"""Executed notebook -> one self-contained HTML file that loads nothing from the network.

nbconvert's ``lab`` template is used with the blocks that load remote code switched off
(require.js, MathJax, mermaid.js, widget managers: all from CDNs by default); images are
embedded as data URIs. :func:`strip_remote` then removes any remote ``src``/``href``
resource left (e.g. an ``<img src="https://...">`` in a Markdown cell) and reports it.
Maths in Markdown is therefore shown as its TeX source.
"""
from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from pathlib import Path

TEMPLATE_NAME = "discourse_offline.html.j2"
TEMPLATE = r"""{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style type="text/css">
.jp-RenderedHTMLCommon code.discourse-nowrap, code.discourse-nowrap { white-space: nowrap !important;
  word-break: keep-all !important; overflow-wrap: normal !important; font-size: 0.9em; }
.jp-RenderedHTMLCommon table.discourse-table, table.discourse-table { border-collapse: collapse;
  font-size: 11px; margin: 4px 0 10px 0; table-layout: auto; }
.jp-RenderedHTMLCommon table.discourse-table th, .jp-RenderedHTMLCommon table.discourse-table td,
table.discourse-table th, table.discourse-table td { border-bottom: 1px solid #ddd; padding: 2px 6px;
  text-align: left !important; vertical-align: top; }
.jp-RenderedHTMLCommon table.discourse-table td.discourse-nowrap-cell { white-space: nowrap; }
.jp-RenderedHTMLCommon table.discourse-table td, table.discourse-table td { max-width: 36em;
  overflow-wrap: break-word; }
.discourse-caption { font-size: 11px; color: #555; margin: 6px 0 2px 0; }
.discourse-run-header { font-size: 12px; color: #333; background: #f4f6f8; padding: 6px 10px;
  border-left: 3px solid #4c72b0; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
@media print {
  /* outputs are table cells that grow with their content: cap tables to the printable width */
  .discourse-published, .discourse-provenance { max-width: 6.3in; }
  .jp-RenderedHTMLCommon table.discourse-table { font-size: 10px; }
  .jp-RenderedHTMLCommon table.discourse-table.discourse-wide { font-size: 8.5px; }
  .jp-RenderedHTMLCommon table.discourse-wide th, .jp-RenderedHTMLCommon table.discourse-wide td { padding: 2px 3px; }
  .jp-OutputArea-output, .jp-RenderedHTMLCommon { overflow: visible !important; }
  .jp-InputArea-editor pre, .jp-OutputArea-output pre { white-space: pre-wrap; word-break: break-word; }
  .jp-Cell, .jp-Cell-outputWrapper, .jp-OutputArea, .jp-OutputArea-child, .jp-OutputArea-output,
  .discourse-published, .discourse-provenance { break-inside: auto !important; page-break-inside: auto !important; }
  tr { break-inside: avoid; }
  .jp-OutputArea-output img { break-inside: avoid; }
}
</style>
{% endblock extra_css %}
"""

HEADER_TAG = "discourse-run-header"

# A resource the browser would fetch: src/href/poster/data/srcset on tags that load, CSS url()/@import.
_REMOTE_ATTR = re.compile(
    r"""<(?P<tag>script|link|img|iframe|embed|object|source|audio|video|track|input|image|use|frame)\b"""
    r"""(?P<attrs>[^>]*?\s)(?P<attr>src|href|xlink:href|poster|data|srcset)\s*=\s*(?P<q>["']?)\s*"""
    r"""(?P<url>(?:https?:)?//[^"'\s>]+)""", re.IGNORECASE)
_REMOTE_CSS = re.compile(r"""(?:@import\s+(?:url\()?|url\()\s*["']?\s*((?:https?:)?//[^"')\s]+)""", re.IGNORECASE)


def header_cell(name: str, papermill: dict, run: dict):
    """A Markdown cell (tagged ``discourse-run-header``) with the run's start and end time.

    All values are escaped; no corpus text goes into it.
    """
    import nbformat

    def esc(v):
        return _html.escape("" if v is None else str(v))

    def when(v):  # papermill's ISO times, shown to the second
        return esc(str(v or "")[:19].replace("T", " "))

    git = run.get("git") or {}
    commit = (git.get("commit") or "unknown")[:12] + (" (uncommitted changes)" if git.get("dirty") else "")
    duration = papermill.get("duration")
    dur = f" ({duration:.1f} s)" if isinstance(duration, (int, float)) else ""
    corpus = run.get("corpus") or {}
    counts = corpus.get("counts") or {}
    body = (f'<div class="{HEADER_TAG}"><b>Report {esc(name)}</b> · executed '
            f'{when(papermill.get("start_time"))} to {when(papermill.get("end_time"))} UTC{esc(dur)}<br>'
            f'corpus checksum <code class="discourse-nowrap">{esc(corpus.get("corpus_sha256"))}</code><br>'
            f'{esc(counts.get("input_records"))} records: {esc(counts.get("loaded"))} loaded, '
            f'{esc(counts.get("rejected"))} rejected, {esc(counts.get("duplicates"))} marked as duplicates · '
            f'seed {esc(run.get("seed"))} · git {esc(commit)} · discourse {esc(run.get("discourse"))} · '
            f'kernel {esc(run.get("kernel"))}</div>')
    cell = nbformat.v4.new_markdown_cell(body)
    cell.metadata["tags"] = [HEADER_TAG]
    return cell


def add_header(nb, name: str, run: dict):
    """Insert (or replace) the run-header cell at the top of an executed notebook."""
    nb.cells = [c for c in nb.cells if HEADER_TAG not in c.get("metadata", {}).get("tags", [])]
    nb.cells.insert(0, header_cell(name, dict(nb.metadata.get("papermill", {})), run))
    return nb


def exporter():
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exp = HTMLExporter(template_name="lab", extra_loaders=[DictLoader({TEMPLATE_NAME: TEMPLATE})],
                       embed_images=True)
    exp.template_file = TEMPLATE_NAME
    return exp


def to_html(nb, title: str) -> tuple[str, list[str]]:
    """Render a notebook node; returns ``(html, removed_remote_urls)``."""
    body, _ = exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    return strip_remote(body)


def write(nb, path: str | Path, title: str) -> list[str]:
    text, removed = to_html(nb, title)
    Path(path).write_text(text, encoding="utf-8")
    return removed


def remote_resources(text: str) -> list[str]:
    """URLs of resources the page would load from the network (``<a href>`` links are not loads)."""
    found = [m.group("url") for m in _REMOTE_ATTR.finditer(text)
             if not (m.group("tag").lower() == "link" and _is_plain_link(m.group(0)))]
    found += [m.group(1) for m in _REMOTE_CSS.finditer(text)]
    return found


def _is_plain_link(tag_text: str) -> bool:
    # <link rel="canonical" href=...> and similar do not load anything; stylesheets/preloads/icons do.
    rel = re.search(r"""rel\s*=\s*["']?([^"'>]+)""", tag_text, re.IGNORECASE)
    loads = ("stylesheet", "preload", "prefetch", "icon", "modulepreload", "import", "manifest")
    return bool(rel) and not any(w in rel.group(1).lower() for w in loads)


def strip_remote(text: str) -> tuple[str, list[str]]:
    """Neutralise every remote resource load; returns the new text and the URLs removed."""
    removed: list[str] = []

    def attr(m):
        if m.group("tag").lower() == "link" and _is_plain_link(m.group(0)):
            return m.group(0)
        removed.append(m.group("url"))
        return (f"<{m.group('tag')}{m.group('attrs')}data-removed-{m.group('attr')}={m.group('q')}"
                f"{m.group('url')}")

    def css(m):
        removed.append(m.group(1))
        return m.group(0).replace(m.group(1), "about:blank")

    text = _REMOTE_ATTR.sub(attr, text)
    text = _REMOTE_CSS.sub(css, text)
    return text, removed


class _Visible(HTMLParser):
    SKIP = {"head", "script", "style", "template", "noscript", "title"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        hidden = (tag in self.SKIP or "anchor-link" in (a.get("class") or "").split() or "hidden" in a
                  or "display:none" in (a.get("style") or "").replace(" ", ""))
        self.stack.append((tag, hidden))

    def handle_endtag(self, tag):
        if tag in self.VOID or all(t != tag for t, _ in self.stack):
            return
        while self.stack:  # close implicitly closed children too
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not any(h for _, h in self.stack):
            self.parts.append(data)


def visible_text(text: str) -> str:
    """The text a reader sees (no head, scripts, styles, hidden anchors)."""
    p = _Visible()
    p.feed(text)
    p.close()
    return "".join(p.parts)


def visible_chars(text: str) -> set[str]:
    """Distinct non-whitespace characters of the visible text."""
    return {c for c in visible_text(text) if not c.isspace() and c.isprintable()}
