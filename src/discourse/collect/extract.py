"""Main text and metadata of an HTML page, with trafilatura (offline: it is given the bytes,
never a URL to download).

- :func:`extract` -> :class:`Extracted` (title, date, author, site name, text, declared
  language), or raises :class:`~.errors.ExtractError`.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .errors import ExtractError
from .fetch import Response

MAX_DECOMPRESSED = 50_000_000
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(rb"""<html[^>]*\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.I)


@dataclass
class Extracted:
    """What :func:`extract` found; empty strings where nothing was found.

    ``date`` is ``YYYY-MM-DD`` (htmldate, original publication date preferred);
    ``page_lang`` is the primary subtag of ``<html lang>`` (as declared, not detected).
    """

    title: str = ""
    text: str = ""
    date: str = ""
    author: str = ""
    sitename: str = ""
    description: str = ""
    page_lang: str = ""


def decoded_body(resp: Response) -> bytes:
    """The body with any ``Content-Encoding: gzip/deflate`` undone (capped at 50 MB).

    Raises:
        ExtractError: the body is not valid compressed data, or decompresses past the cap.
    """
    enc = resp.header("Content-Encoding").strip().lower()
    if enc in ("", "identity"):
        return resp.body
    if enc not in ("gzip", "x-gzip", "deflate"):
        raise ExtractError(f"unsupported Content-Encoding {enc!r}")
    d = zlib.decompressobj(wbits=47 if enc != "deflate" else 15)
    try:
        out = d.decompress(resp.body, MAX_DECOMPRESSED)
    except zlib.error as exc:
        raise ExtractError(f"bad {enc} body: {exc}") from None
    if d.unconsumed_tail:
        raise ExtractError(f"body decompresses to more than {MAX_DECOMPRESSED} bytes")
    return out


def _to_text(body: bytes, header_charset: str) -> str | bytes:
    for cs in (header_charset, *(m.decode("ascii", "ignore") for m in _META_CHARSET.findall(body[:4096])[:1])):
        if not cs:
            continue
        try:
            return body.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body  # trafilatura guesses the encoding


def extract(resp: Response) -> Extracted:
    """Extract the main text and metadata of an HTML response.

    Args:
        resp: a :class:`~.fetch.Response` with an HTML body (its ``final_url`` is given to
            trafilatura for metadata only).
    Returns:
        An :class:`Extracted`; ``text`` is ``""`` when the page has no main text.
    Raises:
        ExtractError: the body cannot be decoded or trafilatura fails on it.
    """
    import trafilatura

    body = decoded_body(resp)
    if not body.strip():
        return Extracted()
    html = _to_text(body, resp.charset)
    try:
        doc = trafilatura.bare_extraction(html, url=resp.final_url, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=False)
    except Exception as exc:  # noqa: BLE001 - third-party parser on untrusted input
        raise ExtractError(f"trafilatura failed: {type(exc).__name__}: {exc}"[:300]) from None
    m = _HTML_LANG.search(body[:4096])
    page_lang = m.group(1).decode("ascii").lower() if m else ""
    if doc is None:
        return Extracted(page_lang=page_lang)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)

    def s(key):
        v = d.get(key)
        return v.strip() if isinstance(v, str) else ""

    return Extracted(title=s("title"), text=s("text"), date=s("date"), author=s("author"),
                     sitename=s("sitename"), description=s("description"), page_lang=page_lang)
