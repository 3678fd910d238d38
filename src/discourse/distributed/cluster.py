"""Where the partitions run: a LocalCluster on this machine, or an existing Dask scheduler."""
from __future__ import annotations

import contextlib
import logging


@contextlib.contextmanager
def connect(scheduler=None, *, n_workers: int = 2, threads_per_worker: int = 1,
            memory_limit: str | float | None = "auto"):
    """A :class:`distributed.Client` for the duration of a ``with`` block.

    Args:
        scheduler: ``"local"`` or ``None``: start a :class:`distributed.LocalCluster` on
            127.0.0.1 (``n_workers`` processes with ``threads_per_worker`` threads each,
            no dashboard) and stop it afterwards; a scheduler address
            (``"tcp://10.0.0.5:8786"``): connect to that cluster (left running); or an
            existing :class:`distributed.Client` (used as is, not closed).
    """
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler in (None, "local"):
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=True,
                               host="127.0.0.1", dashboard_address=None, memory_limit=memory_limit,
                               silence_logs=logging.ERROR)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    with Client(str(scheduler)) as client:
        yield client


def worker_threads(client) -> int:
    """Threads per worker (the smallest over the cluster): the PyTorch thread budget of a task."""
    info = client.scheduler_info(n_workers=-1) if _accepts_n_workers(client) else client.scheduler_info()
    threads = [w.get("nthreads", 1) for w in info.get("workers", {}).values()]
    return max(1, min(threads)) if threads else 1


def n_workers(client) -> int:
    info = client.scheduler_info(n_workers=-1) if _accepts_n_workers(client) else client.scheduler_info()
    return max(1, len(info.get("workers", {})))


def _accepts_n_workers(client) -> bool:
    import inspect

    return "n_workers" in inspect.signature(client.scheduler_info).parameters
