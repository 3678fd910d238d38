"""``index.html``: one page linking every rendered notebook, its tables and the manifest."""
from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import quote

STYLE = """body{font-family:'DejaVu Sans','Noto Sans CJK KR',sans-serif;max-width:60em;margin:2em auto;
color:#222;font-size:14px}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:3px 8px;
text-align:left;vertical-align:top}code{font-size:12px}.warn{color:#a33}"""


def _link(path: str | None, label: str) -> str:
    if not path:
        return ""
    return f'<a href="{html.escape(quote(path))}">{html.escape(label)}</a>'


def render(manifest: dict) -> str:
    e = html.escape
    corpus = manifest.get("corpus", {})
    git = manifest.get("git", {})
    rows = []
    for nb in manifest.get("notebooks", []):
        out = nb.get("outputs", {})
        pdf = out.get("pdf") or {}
        links = " · ".join(x for x in (_link((out.get("html") or {}).get("path"), "HTML"),
                                        _link(pdf.get("path"), "PDF"),
                                        _link((out.get("ipynb") or {}).get("path"), "notebook")) if x)
        tables = "<br>".join(_link(t["path"], Path(t["path"]).name) + f" ({t['rows']} rows)"
                             for t in nb.get("tables", []))
        missing = (pdf.get("characters") or {}).get("missing")
        warn = f'<br><span class="warn">PDF lacks characters: {e(missing)}</span>' if missing else ""
        route = f" ({e(pdf.get('route', ''))}, {pdf.get('pages')} pages)" if pdf.get("path") else ""
        rows.append(f"<tr><td><b>{e(nb['name'])}</b></td><td>{links}{route}{warn}</td><td>{tables}</td>"
                    f"<td>{e(str(nb.get('seconds', {}).get('total', '')))} s</td></tr>")
    commit = git.get("commit") or "unknown"
    dirty = " (uncommitted changes)" if git.get("dirty") else ""
    counts = corpus.get("counts", {})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>discourse report</title><style>{STYLE}</style></head>
<body>
<h1>discourse report</h1>
<p>Corpus <code>{e(str(corpus.get('path', '')))}</code><br>
checksum <code>{e(str(corpus.get('corpus_sha256', '')))}</code><br>
{e(str(counts.get('input_records', '')))} records: {e(str(counts.get('loaded', '')))} loaded,
{e(str(counts.get('rejected', '')))} rejected, {e(str(counts.get('duplicates', '')))} marked as duplicates</p>
<p>Run {e(str(manifest.get('started', '')))} to {e(str(manifest.get('finished', '')))} ·
git <code>{e(commit)}</code>{e(dirty)} · seed {e(str(manifest.get('seed', '')))} ·
{_link('manifest.json', 'manifest.json')}</p>
<table><tr><th>notebook</th><th>report</th><th>tables (CSV)</th><th>time</th></tr>
{''.join(rows)}
</table>
</body></html>
"""


def write(manifest: dict, path: Path) -> Path:
    Path(path).write_text(render(manifest), encoding="utf-8")
    return Path(path)
