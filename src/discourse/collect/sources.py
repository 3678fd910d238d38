"""Read a SOURCE of URLs: a URL list, a CSV with a URL column, a Media Cloud search export
or a GDELT DOC API article list (JSON or CSV).

Every non-blank, non-comment line or row becomes one :class:`Entry`, including invalid
ones (``entry.problem`` says why), so the collector can account for every input.

- :func:`read_source` -> :class:`Source` (format, entries, url column).
- :func:`normalize_url` -> the URL used for de-duplication, caching and ``doc_id``.
- :func:`doc_id_for` -> the stable document id of a normalized URL.

Formats (``fmt="auto"`` detects them):

``urls``
    A text file, one URL per line. Blank lines and lines starting with ``#`` are skipped;
    `` # comment`` after a URL (whitespace before the ``#``) is ignored.
``csv``
    A CSV/TSV with a header; the URL column is ``url``, ``URL`` or ``link`` (or
    ``url_column=``). Columns named ``title``, ``date``, ``outlet``, ``lang`` are used as
    metadata fallbacks; every column is kept as ``meta_<column>``.
``mediacloud``
    A Media Cloud search export CSV (``id, title, url, publish_date, media_name,
    language`` ...): ``media_name`` -> outlet, ``publish_date`` -> date, ``language`` -> lang.
``gdelt``
    A GDELT DOC 2.0 ``mode=artlist`` result: JSON ``{"articles": [...]}`` or the CSV form
    (``url, title, seendate, domain, language, sourcecountry``; the ``URL, MobileURL, Date,
    Title ...`` spelling too). ``seendate`` ``20241018T120000Z`` -> ISO date, ``domain`` ->
    outlet, the English language name -> ISO 639-1 code (unknown names leave lang empty).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import SourceError

csv.field_size_limit(sys.maxsize)

FORMATS = ("auto", "urls", "csv", "mediacloud", "gdelt")
URL_COLUMNS = ("url", "URL", "link", "Link", "LINK", "Url")
MAX_URL_CHARS = 4096
# Query parameters that only track the click; dropped so that the same article is one URL.
TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$", re.I)

# GDELT names languages in English; the corpus wants ISO 639-1 codes.
GDELT_LANGUAGES = {
    "afrikaans": "af", "albanian": "sq", "arabic": "ar", "armenian": "hy", "azerbaijani": "az",
    "basque": "eu", "belarusian": "be", "bengali": "bn", "bosnian": "bs", "bulgarian": "bg",
    "catalan": "ca", "chinese": "zh", "croatian": "hr", "czech": "cs", "danish": "da",
    "dutch": "nl", "english": "en", "estonian": "et", "finnish": "fi", "french": "fr",
    "galician": "gl", "georgian": "ka", "german": "de", "greek": "el", "gujarati": "gu",
    "hebrew": "he", "hindi": "hi", "hungarian": "hu", "icelandic": "is", "indonesian": "id",
    "italian": "it", "japanese": "ja", "kannada": "kn", "kazakh": "kk", "korean": "ko",
    "latvian": "lv", "lithuanian": "lt", "macedonian": "mk", "malay": "ms", "malayalam": "ml",
    "marathi": "mr", "mongolian": "mn", "nepali": "ne", "norwegian": "no", "persian": "fa",
    "polish": "pl", "portuguese": "pt", "punjabi": "pa", "romanian": "ro", "russian": "ru",
    "serbian": "sr", "sinhala": "si", "slovak": "sk", "slovenian": "sl", "somali": "so",
    "spanish": "es", "swahili": "sw", "swedish": "sv", "tagalog": "tl", "tamil": "ta",
    "telugu": "te", "thai": "th", "turkish": "tr", "ukrainian": "uk", "urdu": "ur",
    "uzbek": "uz", "vietnamese": "vi",
}


@dataclass
class Entry:
    """One input line or row.

    Attributes:
        line: 1-based line of the source file where the entry starts (for JSON: the
            1-based position in ``articles``).
        raw: the URL as written in the source (stripped).
        url: the normalized URL, or ``""`` when the entry is invalid.
        problem: why the entry is invalid (``""`` when it is fine).
        hints: metadata fallbacks for the record: any of ``title``, ``date`` (ISO or as
            given), ``outlet``, ``lang``.
        meta: every other column of the row, as given (written as ``meta_<name>``).
    """

    line: int
    raw: str
    url: str = ""
    problem: str = ""
    hints: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @property
    def host(self) -> str:
        """``host[:port]`` of the URL (``""`` for invalid entries)."""
        return urlsplit(self.url).netloc if self.url else ""


@dataclass
class Source:
    """What :func:`read_source` returns: the file, its detected format and its entries."""

    path: str
    format: str
    entries: list[Entry]
    url_column: str | None = None
    notes: list[str] = field(default_factory=list)


def normalize_url(raw: str) -> str:
    """Normalize an absolute http(s) URL for de-duplication, caching and ``doc_id``.

    Lower-cases scheme and host, drops the default port, the fragment and click-tracking
    query parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``mc_eid``), and gives an
    empty path as ``/``. Path and the remaining query are kept as written.

    Raises:
        ValueError: the text is not an absolute http(s) URL with a host (the message is
            the reason logged as ``invalid_url``).
    """
    s = raw.strip()
    if not s:
        raise ValueError("empty URL")
    if len(s) > MAX_URL_CHARS:
        raise ValueError(f"URL longer than {MAX_URL_CHARS} characters")
    try:
        parts = urlsplit(s)
    except ValueError as exc:
        raise ValueError(f"not a URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not s[len(scheme):].startswith("://"):
        raise ValueError(f"not an http(s) URL (scheme {parts.scheme!r})" if parts.scheme and "://" in s
                         else "not an absolute URL (no http:// or https://)")
    if any(c.isspace() for c in s) or any(ord(c) < 32 or ord(c) == 127 for c in s):
        raise ValueError("URL contains whitespace or control characters")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a URL: {exc}") from None
    host = (parts.hostname or "").lower()
    if not host:
        raise ValueError("URL has no host")
    if "@" in parts.netloc:
        raise ValueError("URL carries credentials (user:password@host); refused")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and not (scheme == "http" and port == 80 or scheme == "https" and port == 443):
        netloc += f":{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not TRACKING_PARAMS.match(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_hash(url: str) -> str:
    """SHA-256 hex digest of a (normalized) URL: the cache key."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def doc_id_for(url: str) -> str:
    """The stable ``doc_id`` of a normalized URL: ``url-`` + 16 hex digits of its SHA-256."""
    return "url-" + url_hash(url)[:16]


def _entry(line: int, raw, hints: dict | None = None, meta: dict | None = None) -> Entry:
    raw = "" if raw is None else str(raw).strip()
    e = Entry(line=line, raw=raw, hints={k: v for k, v in (hints or {}).items() if v not in (None, "")},
              meta=meta or {})
    try:
        e.url = normalize_url(raw)
    except ValueError as exc:
        e.problem = str(exc)
    return e


def gdelt_date(value) -> str:
    """``20241018T120000Z`` (GDELT ``seendate``) -> ``2024-10-18T12:00:00Z``; other values unchanged."""
    s = "" if value is None else str(value).strip()
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?", s)
    if m:
        y, mo, d, h, mi, se = m.groups()
        return f"{y}-{mo}-{d}T{h}:{mi}:{se}Z"
    return s


def gdelt_lang(value) -> str:
    """GDELT's English language name (``English``) -> ISO 639-1 (``en``); ``""`` if unknown."""
    s = "" if value is None else str(value).strip()
    if len(s) in (2, 3) and s.isalpha() and s.islower():
        return s
    return GDELT_LANGUAGES.get(s.lower(), "")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_url_list(path: Path, text: str) -> list[Entry]:
    """Entries of a plain URL list (see the module docstring for comments)."""
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        s = re.split(r"\s+#", s, maxsplit=1)[0].strip()
        out.append(_entry(i, s))
    return out


def _csv_rows(text: str, path: Path):
    """``(header, [(line, row_dict), ...])`` of a CSV/TSV text (delimiter sniffed)."""
    sample = text[:20000]
    first = sample.splitlines()[0] if sample else ""
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") or first.count("\t") > first.count(",") else ","
    if delimiter == "," and first.count(";") > first.count(","):
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise SourceError(f"{path}: empty CSV file (no header)") from None
    except csv.Error as exc:
        raise SourceError(f"{path}: not a readable CSV: {exc}") from None
    header = [h.strip() for h in header]
    rows = []
    line = reader.line_num + 1
    try:
        for values in reader:
            start = line
            line = reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            row = dict(zip(header, values))
            if len(values) > len(header):
                row["_extra_values"] = values[len(header):]
            rows.append((start, row))
    except csv.Error as exc:
        raise SourceError(f"{path}: CSV error near line {line}: {exc}") from None
    return header, rows


def _pick(row: dict, *names: str):
    """The first non-empty value among column names (case-insensitive)."""
    lower = {k.lower(): v for k, v in row.items() if isinstance(k, str)}
    for n in names:
        v = lower.get(n.lower())
        if v not in (None, ""):
            return v
    return None


def _detect_table(header: list[str]) -> str:
    low = {h.lower() for h in header}
    if "seendate" in low or "mobileurl" in low or "url_mobile" in low or {"domain", "sourcecountry"} <= low:
        return "gdelt"
    if "media_name" in low or "media_url" in low or ("publish_date" in low and "url" in low):
        return "mediacloud"
    return "csv"


def _url_column(header: list[str], wanted: str | None, path: Path) -> str:
    if wanted:
        if wanted in header:
            return wanted
        raise SourceError(f"{path}: no column {wanted!r} (--url-column); columns: {', '.join(header)}")
    for name in URL_COLUMNS:
        if name in header:
            return name
    for h in header:
        if h.lower() in ("url", "link"):
            return h
    raise SourceError(f"{path}: no URL column (looked for {', '.join(URL_COLUMNS[:3])}; use --url-column); "
                      f"columns: {', '.join(header) or '(none)'}")


def _mediacloud_entry(line: int, row: dict, url_col: str) -> Entry:
    hints = {"title": _pick(row, "title"), "date": _pick(row, "publish_date"),
             "outlet": _pick(row, "media_name"), "lang": _pick(row, "language")}
    return _entry(line, row.get(url_col), hints, {k: v for k, v in row.items() if k != url_col})


def _gdelt_entry(line: int, row: dict, url_col: str) -> Entry:
    hints = {"title": _pick(row, "title"), "date": gdelt_date(_pick(row, "seendate", "date")),
             "outlet": _pick(row, "domain"), "lang": gdelt_lang(_pick(row, "language"))}
    return _entry(line, row.get(url_col), hints, {k: v for k, v in row.items() if k != url_col})


def _csv_entry(line: int, row: dict, url_col: str) -> Entry:
    hints = {"title": _pick(row, "title"), "date": _pick(row, "date"), "outlet": _pick(row, "outlet"),
             "lang": _pick(row, "lang")}
    return _entry(line, row.get(url_col), hints, {k: v for k, v in row.items() if k != url_col})


def read_gdelt_json(path: Path, text: str) -> list[Entry]:
    """Entries of a GDELT DOC API JSON article list (``{"articles": [...]}`` or a bare array).

    Raises:
        SourceError: not JSON, or neither an object with ``articles`` nor an array.
    """
    try:
        data = json.loads(text) if text.strip() else {"articles": []}
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: invalid JSON: {exc}") from None
    if isinstance(data, dict):
        if "articles" not in data:
            if not data:  # GDELT answers {} when nothing matched
                return []
            raise SourceError(f"{path}: JSON object without an 'articles' list "
                              f"(keys: {', '.join(list(data)[:10])})")
        data = data["articles"]
    if not isinstance(data, list):
        raise SourceError(f"{path}: expected a list of articles, got {type(data).__name__}")
    out = []
    for i, art in enumerate(data, 1):
        if not isinstance(art, dict):
            e = Entry(line=i, raw=json.dumps(art)[:200], problem=f"article is a {type(art).__name__}, not an object")
            out.append(e)
            continue
        row = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in art.items()}
        url_col = next((k for k in row if k.lower() == "url"), "url")
        e = _gdelt_entry(i, row, url_col)
        if url_col not in row:
            e.problem = "article has no 'url'"
        out.append(e)
    return out


def read_source(path: str | Path, *, fmt: str = "auto", url_column: str | None = None) -> Source:
    """Read a SOURCE file into entries, one per URL line/row/article.

    Args:
        path: the file.
        fmt: one of :data:`FORMATS`; ``auto`` decides by suffix and content (``.json`` or
            text starting with ``{``/``[`` -> GDELT JSON; ``.csv``/``.tsv`` -> by header:
            GDELT, Media Cloud or plain CSV; anything else -> URL list).
        url_column: the CSV column holding the URL (default: ``url``, ``URL`` or ``link``).
    Returns:
        A :class:`Source`; invalid entries are included with ``problem`` set.
    Raises:
        SourceError: the file is missing or unreadable, the format unknown, or a CSV has
            no URL column.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise SourceError(f"unknown source format {fmt!r}; known: {', '.join(FORMATS)}")
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    text = _read_text(path)
    suffix = path.suffix.lower()
    stripped = text.lstrip()
    if fmt == "auto":
        if suffix in (".json", ".jsonl") or stripped.startswith(("{", "[")):
            fmt = "gdelt"
        elif suffix in (".csv", ".tsv", ".tab"):
            fmt = "table"
        else:
            fmt = "urls"
    if fmt == "urls":
        return Source(str(path), "urls", read_url_list(path, text))
    if fmt == "gdelt" and (suffix == ".json" or stripped.startswith(("{", "["))):
        return Source(str(path), "gdelt", read_gdelt_json(path, text), url_column="url")
    header, rows = _csv_rows(text, path)
    detected = _detect_table(header)
    if fmt == "table":
        fmt = detected
    col = _url_column(header, url_column, path)
    make = {"mediacloud": _mediacloud_entry, "gdelt": _gdelt_entry, "csv": _csv_entry}[fmt]
    entries = [make(line, row, col) for line, row in rows]
    notes = [] if fmt == detected else [f"read as {fmt} (the header looks like {detected})"]
    return Source(str(path), fmt, entries, url_column=col, notes=notes)
