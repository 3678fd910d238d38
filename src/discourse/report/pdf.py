"""HTML -> PDF: headless Chromium (best: all scripts and fonts), else WeasyPrint.

Chromium is ``$DISCOURSE_CHROMIUM`` or ``chromium``/``chromium-browser``/``google-chrome``
on PATH, started with no network features. After printing, :func:`check_characters`
compares the distinct characters of the HTML's visible text with ``pdftotext``'s output,
so a font that lacks a script (Korean, Cyrillic ...) cannot drop text silently.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from ..errors import DiscourseError
from . import html as html_mod

ROUTES = ("auto", "chromium", "weasyprint", "none")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-extensions", "--disable-sync", "--no-default-browser-check", "--mute-audio",
                  "--host-resolver-rules=MAP * ~NOTFOUND",
                  "--no-pdf-header-footer", "--print-to-pdf-no-header"]


def find_chromium() -> str | None:
    env = os.environ.get("DISCOURSE_CHROMIUM")
    if env:
        return env if (Path(env).exists() or shutil.which(env)) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def has_weasyprint() -> bool:
    try:
        import weasyprint  # noqa: F401
    except Exception:  # ImportError or missing system libraries (OSError)
        return False
    return True


def choose_route(route: str = "auto") -> str:
    """The PDF route to use: ``chromium``, ``weasyprint`` or ``none``.

    Raises:
        DiscourseError: a route was asked for explicitly but is not available.
    """
    if route not in ROUTES:
        raise DiscourseError(f"unknown PDF route {route!r}; choose one of {', '.join(ROUTES)}")
    if route == "none":
        return "none"
    if route in ("auto", "chromium") and find_chromium():
        return "chromium"
    if route == "chromium":
        raise DiscourseError("no Chromium found: install it (apt-get install chromium) or set DISCOURSE_CHROMIUM")
    if has_weasyprint():
        return "weasyprint"
    if route == "weasyprint":
        raise DiscourseError("WeasyPrint is not importable")
    return "none"


def with_chromium(html_path: Path, pdf_path: Path, timeout: int = 180) -> None:
    exe = find_chromium()
    if not exe:
        raise DiscourseError("no Chromium found")
    with tempfile.TemporaryDirectory(prefix="discourse-chromium-") as profile:
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}",
               Path(html_path).resolve().as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, "HOME": profile})
        except subprocess.TimeoutExpired as exc:
            raise DiscourseError(f"Chromium did not finish printing {html_path} within {timeout} s") from exc
    if not pdf_path.exists() or pdf_path.stat().st_size == 0 or pdf_path.read_bytes()[:5] != b"%PDF-":
        raise DiscourseError(f"Chromium wrote no PDF for {html_path} (exit {proc.returncode}): "
                             f"{proc.stderr.strip()[-500:]}")


# WeasyPrint lays JupyterLab's flex/table-cell cells out wider than the page: stack them.
WEASYPRINT_CSS = """
@page { size: Letter; margin: 0.5in; }
.jp-Cell-inputWrapper, .jp-Cell-outputWrapper, .jp-InputArea, .jp-OutputArea, .jp-OutputArea-child,
.jp-OutputArea-output, .jp-InputArea-editor, .jp-RenderedHTMLCommon, .jp-RenderedMarkdown {
  display: block !important; width: auto !important; max-width: 100% !important; }
.jp-InputPrompt, .jp-OutputPrompt { display: block !important; text-align: left !important; width: auto !important; }
pre { white-space: pre-wrap !important; overflow-wrap: anywhere; }
p, li, td { overflow-wrap: break-word; }
.discourse-published, .discourse-provenance { max-width: 100% !important; }
"""


def with_weasyprint(html_path: Path, pdf_path: Path) -> None:
    import logging

    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fetcher = URLFetcher(allowed_protocols=["file", "data"])  # never the network
    HTML(filename=str(html_path), url_fetcher=fetcher).write_pdf(
        str(pdf_path), stylesheets=[CSS(string=WEASYPRINT_CSS)])


def page_count(pdf_path: Path) -> int | None:
    exe = shutil.which("pdfinfo")
    if exe:
        out = subprocess.run([exe, str(pdf_path)], capture_output=True, text=True, timeout=60)
        m = re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE)
        if m:
            return int(m.group(1))
    data = Path(pdf_path).read_bytes()
    n = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    return n or None


def pdf_text(pdf_path: Path) -> str | None:
    """The PDF's text by ``pdftotext`` (``None`` when poppler-utils is not installed)."""
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    out = subprocess.run([exe, "-enc", "UTF-8", str(pdf_path), "-"], capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", errors="replace")


def _normal(chars: set[str]) -> set[str]:
    import unicodedata

    out = set()
    for c in chars:
        out.update(unicodedata.normalize("NFKC", c))  # ligatures (ﬁ) and width forms compare equal
    return {c for c in out if not c.isspace()}


def check_characters(html_text: str, pdf_path: Path) -> dict:
    """Distinct visible characters of the HTML that the PDF's text lacks.

    Returns ``{"checked": bool, "missing": "…", "missing_codepoints": [...], "note": ...}``.
    """
    text = pdf_text(pdf_path)
    if text is None:
        return {"checked": False, "missing": "", "missing_codepoints": [],
                "note": "pdftotext not installed (poppler-utils): characters not checked"}
    want = _normal(html_mod.visible_chars(html_text))
    have = _normal(set(text))
    missing = sorted(want - have)
    return {"checked": True, "missing": "".join(missing),
            "missing_codepoints": [f"U+{ord(c):04X}" for c in missing], "note": ""}


def render(html_path: Path, pdf_path: Path, route: str) -> dict:
    """Print ``html_path`` to ``pdf_path`` by ``route`` (``chromium``/``weasyprint``).

    Returns ``{"route", "seconds", "pages"}``.
    """
    t0 = time.perf_counter()
    if route == "chromium":
        with_chromium(html_path, pdf_path)
    elif route == "weasyprint":
        with_weasyprint(html_path, pdf_path)
    else:
        raise DiscourseError(f"cannot render a PDF by route {route!r}")
    return {"route": route, "seconds": round(time.perf_counter() - t0, 3), "pages": page_count(pdf_path)}
