"""The pipeline on Dask: per-document stages mapped over corpus partitions.

>>> from discourse.distributed import run_stage                       # doctest: +SKIP
>>> res = run_stage("stance", "corpus/teaching/articles", "out/stance.parquet")  # LocalCluster
>>> res = run_stage("segment", corpus_df, scheduler="tcp://10.0.0.5:8786", partitions=64)

The partition functions in :mod:`.stages` call the single-machine stages themselves
(Segmenter, Embedder, StanceScorer, attribution.quotes), so both paths give the same
tables; :mod:`.topics` fits BERTopic on a stratified sample and assigns the rest.
See the README section "Scaling out with Dask".
"""
from .cluster import connect
from .run import STAGES, RunResult, run_stage, split_frame, write_table
from .stages import (attach_worker_embedder, cues_partition, embed_partition, embedder_params, quotes_partition,
                     segment_partition, ship_scorer, stance_partition, worker_embedder)
from .topics import ScaledTopics, sample_and_assign, stratified_sample

__all__ = ["run_stage", "RunResult", "STAGES", "connect", "split_frame", "write_table", "segment_partition",
           "embed_partition", "stance_partition", "quotes_partition", "cues_partition", "ship_scorer",
           "attach_worker_embedder", "worker_embedder", "embedder_params", "sample_and_assign",
           "stratified_sample", "ScaledTopics"]
