"""`discourse collect SOURCE --out DIR`: fetch the URLs of a URL list, CSV, Media Cloud
export or GDELT article list into a corpus (see discourse.collect)."""
from __future__ import annotations

import argparse
import json
import sys

from .errors import DiscourseError


def _positive(kind):
    def parse(text):
        try:
            v = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
        if v < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text}")
        return v
    return parse


def cmd_collect(args: argparse.Namespace) -> int:
    from .collect import CollectOptions, collect, dry_run, format_dry_run
    from .collect.log import format_summary

    if args.timeout <= 0 or args.max_bytes <= 0:
        raise DiscourseError("--timeout and --max-bytes must be positive")
    o = CollectOptions(rate=args.rate, timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                       max_bytes=args.max_bytes, user_agent=args.user_agent, fmt=args.format,
                       url_column=args.url_column, offline=args.offline, progress=not args.no_progress)
    if args.dry_run:
        report = dry_run(args.source, o, out=args.out)
        if args.json:
            print(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            print(format_dry_run(report))
        return 0
    try:
        summary = collect(args.source, args.out, o)
    except KeyboardInterrupt:
        print(f"discourse collect: interrupted; the log and summary in {args.out} are complete, "
              "rerun the same command to continue", file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(format_summary(summary))
    return 0 if summary["records"] or not summary["input_entries"] else 1


def register(sub) -> None:
    from .collect.fetch import DEFAULT_USER_AGENT
    from .collect.sources import FORMATS

    p = sub.add_parser("collect", help="fetch the URLs of a URL list / CSV / Media Cloud / GDELT export into a corpus",
                       description="Fetch every URL of SOURCE (politely: robots.txt, per-host rate limit), extract "
                                   "the main text with trafilatura and write DIR/corpus.jsonl, DIR/log.csv (one row "
                                   "per input URL) and DIR/summary.json. Raw responses are cached in DIR/cache: a "
                                   "rerun continues where the last one stopped and fetches nothing twice. Exit 0 "
                                   "when records were written, 1 when none, 2 on a bad SOURCE, 130 when interrupted.")
    p.add_argument("source", help="URL list (.txt), CSV with a url/URL/link column, Media Cloud export CSV, "
                                  "or GDELT DOC API article list (JSON or CSV)")
    p.add_argument("--out", required=True, metavar="DIR", help="output directory (corpus.jsonl, log.csv, cache/)")
    p.add_argument("--dry-run", action="store_true", help="check SOURCE (count, duplicates, invalid, hosts); fetch nothing")
    p.add_argument("--rate", type=_positive(float), default=1.0, metavar="PER_HOST_PER_SECOND",
                   help="requests per second per host (default 1; 0 = no limit)")
    p.add_argument("--timeout", type=_positive(float), default=20.0, metavar="S",
                   help="seconds for the connection and each read (default 20)")
    p.add_argument("--retries", type=_positive(int), default=3, metavar="N",
                   help="retries on connection errors, timeouts, 5xx and 429 (default 3; never on other 4xx)")
    p.add_argument("--backoff", type=_positive(float), default=1.0, metavar="S",
                   help="first retry wait, doubled each time (default 1)")
    p.add_argument("--max-bytes", type=_positive(int), default=5_000_000, metavar="N",
                   help="stop reading a page past N bytes and log it as too_large (default 5000000)")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT, metavar="UA",
                   help="User-Agent header, also the robots.txt agent name (name a contact for large runs)")
    p.add_argument("--format", choices=FORMATS, default="auto", help="SOURCE format (default: detect)")
    p.add_argument("--url-column", metavar="NAME", help="CSV column with the URL (default: url, URL or link)")
    p.add_argument("--offline", action="store_true",
                   help="fetch nothing: rebuild corpus and log from DIR/cache only")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary (or dry-run report) as JSON")
    p.set_defaults(func=cmd_collect)
