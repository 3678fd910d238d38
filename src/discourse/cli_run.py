"""`discourse run STAGE INPUT --output OUT [--scheduler local|ADDRESS] [--partitions N]`.

Runs one stage over partitions of the corpus on Dask: a LocalCluster on 127.0.0.1 by
default, or the scheduler at ADDRESS. OUT: ``*.parquet`` or ``*.jsonl`` (gathered here),
a folder (each worker writes its own parts), or for ``topics`` a folder of
``assignments.csv``, ``topics.csv``, ``unit_topics.parquet`` and ``metrics.json``.
"""
from __future__ import annotations

import argparse
import sys


def cmd_run(args: argparse.Namespace) -> int:
    from .cli import corpus_kwargs
    from .distributed import run_stage

    load_kwargs = corpus_kwargs(args)
    options: dict = {}
    if args.stage == "segment":
        options["kind"] = args.kind or "paragraph"
    elif args.stage == "embed":
        options["unit"] = args.unit or "paragraph"
        if args.no_cache:
            options["embedder"] = {"cache_dir": False}
    elif args.stage == "stance":
        if args.target:
            options["target"] = args.target
        options["level"] = args.level
    elif args.stage == "topics":
        options.update(sample_size=args.sample_size, seed=args.seed, min_topic_size=args.min_topic_size,
                       unit=args.unit or "document")
        if args.nr_topics not in (None, "auto"):
            options["nr_topics"] = int(args.nr_topics)
        elif args.nr_topics == "auto":
            options["nr_topics"] = "auto"
    res = run_stage(args.stage, args.input, args.output, scheduler=args.scheduler, partitions=args.partitions,
                    n_workers=args.workers, threads_per_worker=args.threads, load_kwargs=load_kwargs, **options)
    for r in res.rejected.itertuples(index=False):
        print(f"{r.source}:{r.line}: {r.field}: {r.reason}", file=sys.stderr)
    i = res.info
    print(f"{args.stage}: {i.get('rows', len(res.table) if res.table is not None else 0)} rows from "
          f"{i.get('partitions', '?')} partitions on {i.get('workers', '?')} worker(s) in {i['seconds']:.1f} s; "
          f"{len(res.rejected)} input records rejected -> {args.output}")
    return 0


def register(sub) -> None:
    from .cli import add_corpus_arguments

    p = sub.add_parser("run", help="run one stage over corpus partitions on Dask (LocalCluster or a scheduler)")
    p.add_argument("stage", choices=["segment", "embed", "stance", "quotes", "topics"])
    p.add_argument("input", help="a corpus (any format corpus.load reads, or a partitioned Parquet folder)")
    p.add_argument("--output", required=True,
                   help="OUT.parquet, OUT.jsonl, or a folder (parts written by the workers; topics: always a folder)")
    p.add_argument("--scheduler", default="local",
                   help="'local' (a LocalCluster on 127.0.0.1), a scheduler address (tcp://HOST:8786), "
                        "or 'none' (in this process, no Dask)")
    p.add_argument("--partitions", type=int, help="number of partitions (default: 2 per worker; a partitioned "
                                                  "Parquet folder is read part by part)")
    p.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    p.add_argument("--threads", type=int, default=1, help="threads per LocalCluster worker (default 1)")
    g = p.add_argument_group("stage options")
    g.add_argument("--kind", choices=["paragraph", "sentence"], help="segment: unit kind (default paragraph)")
    g.add_argument("--unit", choices=["paragraph", "sentence", "document"],
                   help="embed: what to embed (default paragraph); topics: document or paragraph (default document)")
    g.add_argument("--no-cache", action="store_true", help="embed: do not read or write the vector cache")
    g.add_argument("--target", help="stance: the target claim (default: the deployment claim)")
    g.add_argument("--level", choices=["documents", "sentences"], default="documents", help="stance: output level")
    g.add_argument("--sample-size", type=int, default=5000, help="topics: documents in the stratified fit sample")
    g.add_argument("--seed", type=int, default=42, help="topics: seed of the sample and the model")
    g.add_argument("--min-topic-size", type=int, default=10, help="topics: smallest topic")
    g.add_argument("--nr-topics", default=None, help="topics: an int to merge down to, or 'auto'")
    add_corpus_arguments(p)
    p.set_defaults(func=cmd_run)
