"""The ``discourse`` command line (contracts in design.md).

Subcommands: ``validate`` here; ``topics``, ``stance``/``evaluate-stance``, ``report``,
``collect`` and ``run`` in their own ``cli_<name>`` modules, each with a ``register``
function. Each subcommand only parses arguments and calls the library.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import DiscourseError


def add_corpus_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads a corpus (any format corpus.load reads)."""
    g = p.add_argument_group("reading the corpus")
    g.add_argument("--preset", help="a column mapping for a known export (kcna, mediacloud)")
    g.add_argument("--mapping", metavar="FILE.yml",
                   help="YAML with LoadOptions fields: mapping, defaults, date_unit, on_bad_date, ...")
    g.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read corpus COLUMN from input FIELD, e.g. --map text=story_text")
    g.add_argument("--set", action="append", default=[], metavar="COLUMN=VALUE",
                   help="a constant for a column the input lacks, e.g. --set outlet=KCNA")
    g.add_argument("--date-unit", choices=["s", "ms"], help="epoch unit of numeric dates")
    g.add_argument("--on-bad-date", choices=["reject", "flag"], help="refuse or flag unusable dates")
    g.add_argument("--title-as-text", action="store_true", help="use the title when the text is empty")
    g.add_argument("--max-text-chars", type=int, help="refuse longer texts (default 1,000,000)")
    g.add_argument("--outlets", help="outlets CSV to join (default: corpus/outlets.csv)")


def _pairs(values: list[str], flag: str) -> dict:
    out = {}
    for v in values:
        if "=" not in v:
            raise DiscourseError(f"{flag} expects COLUMN=VALUE, got {v!r}")
        k, _, val = v.partition("=")
        out[k.strip()] = val.strip()
    return out


def corpus_kwargs(args: argparse.Namespace) -> dict:
    """Turn the shared corpus options into keyword arguments for ``corpus.load``."""
    kw: dict = {}
    if args.mapping:
        import yaml

        loaded = yaml.safe_load(Path(args.mapping).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise DiscourseError(f"{args.mapping}: expected a mapping of LoadOptions fields")
        kw.update(loaded)
    if args.map:
        kw["mapping"] = {**kw.get("mapping", {}), **_pairs(args.map, "--map")}
    if args.set:
        kw["defaults"] = {**kw.get("defaults", {}), **_pairs(args.set, "--set")}
    for name in ("date_unit", "on_bad_date", "max_text_chars"):
        if getattr(args, name) is not None:
            kw[name] = getattr(args, name)
    if args.title_as_text:
        kw["title_as_text"] = True
    if args.preset:
        kw["preset"] = args.preset
    if args.outlets:
        kw["outlets"] = args.outlets
    return kw


def cmd_validate(args: argparse.Namespace) -> int:
    from . import corpus

    result = corpus.load(args.path, **corpus_kwargs(args))
    rej, counts = result.rejected, result.manifest["counts"]
    if args.json:
        payload = {"counts": counts, "corpus_sha256": result.manifest["corpus_sha256"],
                   "outlets_missing_metadata": result.manifest["outlets_missing_metadata"],
                   "rejected": rej.to_dict(orient="records")}
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        for r in rej.itertuples(index=False):
            print(f"{r.source}:{r.line}: {r.field}: {r.reason}")
        notes = [f"{f['path']}: {n}" for f in result.manifest["files"] for n in f["notes"]
                 if not n.startswith("columns:")]
        for n in notes:
            print(f"note: {n}", file=sys.stderr)
        missing = result.manifest["outlets_missing_metadata"]
        print(f"{counts['input_records']} records: {counts['loaded']} loaded, {counts['rejected']} rejected, "
              f"{counts['duplicates'] or 0} marked as duplicates, {counts['undated']} undated")
        if missing:
            print(f"outlets without metadata ({len(missing)}): {', '.join(m or '(no outlet given)' for m in missing)}")
    return 0 if len(rej) == 0 else 1


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="discourse", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="load a corpus and list every refused record")
    p.add_argument("path", help="a corpus file or folder")
    p.add_argument("--json", action="store_true", help="print a JSON report instead of lines")
    add_corpus_arguments(p)
    p.set_defaults(func=cmd_validate)
    for register in _extensions():
        register(sub)
    return parser


def _extensions():
    """Subcommand registrars of the other stages (each module adds its own)."""
    import importlib

    found = []
    for name in ("topics", "stance", "report", "collect", "run"):
        try:
            mod = importlib.import_module(f"discourse.cli_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"discourse.cli_{name}":
                raise
            continue
        found.append(mod.register)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DiscourseError as exc:
        print(f"discourse {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
