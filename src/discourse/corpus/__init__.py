"""Corpus layer: load any supported input into the Corpus and Rejected tables.

>>> from discourse import corpus
>>> result = corpus.load("corpus/teaching/articles")      # doctest: +SKIP
>>> result.corpus.head(), result.rejected, result.manifest["corpus_sha256"]  # doctest: +SKIP

Formats: a folder of ``.txt``/``.md`` files (YAML front matter optional; without it the
first line is the title; a ``metadata.csv`` sidecar keyed by ``file`` adds fields), CSV/TSV,
JSON arrays, JSON Lines and Parquet. See corpus/README.md for examples.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .dedupe import Deduplicator, dedupe
from .manifest import build_manifest, corpus_sha256
from .normalize import CORE_COLUMNS, REJECTED_COLUMNS, LoadOptions, build
from .outlets import join_outlets, read_outlets
from .readers import FileInfo, list_inputs, read_table, reader_for
from .select import select

__all__ = ["load", "LoadResult", "LoadOptions", "PRESETS", "dedupe", "Deduplicator", "join_outlets", "select",
           "read_outlets", "corpus_sha256", "CORE_COLUMNS", "REJECTED_COLUMNS"]

# Column mappings for common exports (corpus column -> input field) plus options.
PRESETS: dict[str, dict] = {
    # The KCNA archive (stiles/north-korea-news): headline, story_text, millisecond date; the
    # archive lost the spaces around the leaders' names ("ComradeKim Jong Unsaid").
    "kcna": {"mapping": {"title": "headline", "text": "story_text", "date": "date", "url": "link"},
             "defaults": {"outlet": "KCNA"}, "date_unit": "ms",
             "unglue": ("Kim Il Sung", "Kim Jong Il", "Kim Jong Un")},
    # Media Cloud search export: no full text, so the title stands in for it (flagged).
    "mediacloud": {"mapping": {"doc_id": "id", "title": "title", "url": "url", "date": "publish_date",
                               "outlet": "media_name", "lang": "language"}, "title_as_text": True},
}


@dataclass
class LoadResult:
    """What :func:`load` returns.

    Attributes:
        corpus: the Corpus table (design.md), plus ``date_flag``, ``dup_of``,
            ``dup_similarity``, outlet metadata columns and any extra input fields.
        rejected: the Rejected table: ``source, line, field, reason, raw``.
        manifest: checksums and counts (see :func:`~.manifest.build_manifest`).
    """

    corpus: pd.DataFrame
    rejected: pd.DataFrame
    manifest: dict = field(default_factory=dict)

    def __iter__(self):  # allows ``corpus, rejected = load(...)``
        return iter((self.corpus, self.rejected))


def _read_sidecar(path: Path) -> dict[str, dict]:
    info = FileInfo(str(path))
    records = {}
    for item in read_table(path, info):
        if item.record and item.record.get("file"):
            records[item.record["file"]] = {k: v for k, v in item.record.items() if k != "file" and v != ""}
    return records


def default_outlets_path() -> Path | None:
    from ..resources import project_root

    p = project_root() / "corpus" / "outlets.csv"
    return p if p.exists() else None


def load(path: str | Path, *, preset: str | None = None, options: LoadOptions | None = None,
         outlets: str | Path | pd.DataFrame | None | bool = True, sidecar: str | Path | None = None,
         dedupe_threshold: float | None = 0.6, **option_kwargs) -> LoadResult:
    """Load a corpus from a file or folder.

    Args:
        path: a file (``.txt .md .csv .tsv .json .jsonl .parquet``) or a folder of them.
        preset: a name from :data:`PRESETS` (its settings, overridden by ``option_kwargs``;
            a ``mapping`` or ``defaults`` given here adds to the preset's, field by field).
        options: a :class:`LoadOptions`; or give its fields as keyword arguments
            (``mapping=``, ``defaults=``, ``on_bad_date=`` ...).
        outlets: an outlets table or CSV path to join; ``True`` uses the project's
            ``corpus/outlets.csv`` when present; ``None``/``False`` joins nothing.
        sidecar: a CSV keyed by ``file`` with metadata for ``.txt``/``.md`` files
            (default: ``metadata.csv`` in the folder).
        dedupe_threshold: near-duplicate similarity threshold; ``None`` skips marking.
    Returns:
        A :class:`LoadResult`. Every input record is in ``corpus`` or ``rejected``.
    Raises:
        CorpusError: the path does not exist or holds no readable input file.
        MappingError: the mapping names unknown corpus columns.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if options is None:
        if preset and preset not in PRESETS:
            raise CorpusError(f"unknown preset {preset!r}; known: {', '.join(PRESETS)}")
        settings = dict(PRESETS[preset]) if preset else {}
        for key, value in option_kwargs.items():
            # a mapping or defaults given with a preset adds to the preset's, field by field
            both = isinstance(value, dict) and isinstance(settings.get(key), dict)
            settings[key] = {**settings[key], **value} if both else value
        options = LoadOptions(**settings)
    files, ignored, found_sidecar = list_inputs(path)
    if not files:
        raise CorpusError(f"{path}: no corpus files (.txt .md .csv .tsv .json .jsonl .parquet) found")
    side = _read_sidecar(Path(sidecar)) if sidecar else (_read_sidecar(found_sidecar) if found_sidecar else None)
    infos: list[FileInfo] = []

    def items():
        for f in files:
            info = FileInfo(str(f))
            infos.append(info)
            try:
                yield from reader_for(f)(f, info)
            except OSError as exc:
                from .readers import Raw

                yield Raw(str(f), 0, field="file", reason=f"cannot be read: {exc}")

    corpus, rejected = build(items(), options, side)
    return finish_load(corpus, rejected, infos, options, ignored=ignored, outlets=outlets,
                       dedupe_threshold=dedupe_threshold, extra_options={"preset": preset})


def finish_load(corpus: pd.DataFrame, rejected: pd.DataFrame, infos: list, options: LoadOptions, *,
                ignored: list, outlets, dedupe_threshold: float | None, extra_options: dict) -> LoadResult:
    """The steps every loader ends with: mark duplicates, join outlet metadata, build the manifest."""
    if dedupe_threshold is not None and len(corpus):
        corpus = Deduplicator(threshold=dedupe_threshold).transform(corpus)
    missing: list[str] = []
    if outlets is True:
        outlets = default_outlets_path()
    if outlets is not None and outlets is not False and len(corpus):
        corpus, missing = join_outlets(corpus, outlets)
    opts = {k: (str(v) if k == "now" and v is not None else v) for k, v in asdict(options).items()}
    manifest = build_manifest(corpus, rejected, infos, ignored=ignored, missing_outlets=missing,
                              options={**opts, **extra_options, "dedupe_threshold": dedupe_threshold})
    return LoadResult(corpus, rejected, manifest)
