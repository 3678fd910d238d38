"""Run one notebook with papermill in the project's kernel; report failures precisely."""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DiscourseError

KERNEL = "discourse"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class ReportFailed(DiscourseError):
    """A notebook failed; the partly executed notebook is kept at ``partial``."""

    def __init__(self, notebook: str, message: str, *, cell_index=None, exec_count=None, source: str = "",
                 ename: str = "", evalue: str = "", traceback: str = "", partial: Path | None = None):
        super().__init__(message)
        self.notebook, self.cell_index, self.exec_count = notebook, cell_index, exec_count
        self.source, self.ename, self.evalue, self.traceback = source, ename, evalue, traceback
        self.partial = partial

    def describe(self) -> str:
        """A multi-line account: notebook, cell, its source, the error (and traceback tail)."""
        where = f"cell {self.cell_index}" if self.cell_index is not None else "before any cell ran"
        if self.exec_count is not None:
            where += f" (In [{self.exec_count}])"
        lines = [f"notebook {self.notebook} failed at {where}"]
        if self.source:
            lines.append("  cell source:")
            lines += ["    " + s for s in self.source.strip().splitlines()[:15]]
        err = f"{self.ename}: {self.evalue}" if self.ename else str(self)
        lines.append(f"  error: {err}")
        tail = [t for t in _ANSI.sub("", self.traceback).splitlines() if t.strip()][-8:]
        if tail:
            lines.append("  traceback (last lines):")
            lines += ["    " + t for t in tail]
        if self.partial:
            lines.append(f"  partly executed notebook kept: {self.partial}")
        return "\n".join(lines)


@dataclass
class Executed:
    path: Path
    seconds: float
    papermill: dict = field(default_factory=dict)


@contextlib.contextmanager
def _kernel_env():
    """Environment of the kernels the runner starts: progress bars off (they are noise in a
    rendered report, and tqdm's notebook bar needs ipywidgets), the hub offline."""
    quiet = {"TQDM_DISABLE": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
             "PYTHONWARNINGS": "ignore:IProgress not found",
             "HF_HUB_OFFLINE": "1"}
    old = {k: os.environ.get(k) for k in quiet}
    os.environ.update(quiet)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@functools.lru_cache(maxsize=1)
def kernel_manager_class():
    """The kernel manager the runner starts kernels with.

    Returns:
        A subclass of jupyter_client's ``AsyncKernelManager`` whose ``transport_encryption``
        is ``"auto"`` when pyzmq has CurveZMQ: a kernel whose kernelspec declares support
        (ipykernel's does) then talks over encrypted sockets, so another user of a shared
        machine cannot read its traffic on the local TCP ports, and ipykernel does not warn
        about plain TCP. Without CurveZMQ it is ``"disabled"``, jupyter_client's default.
    """
    import zmq
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class EncryptedKernelManager(AsyncKernelManager):
        @default("transport_encryption")
        def _encrypt_when_possible(self):
            return "auto" if zmq.has("curve") else "disabled"

    return EncryptedKernelManager


def run(src: Path, dst: Path, parameters: dict, *, kernel: str = KERNEL, cwd: Path | None = None,
        timeout: int | None = None, name: str | None = None) -> Executed:
    """Execute ``src`` into ``dst`` with ``parameters`` injected (papermill).

    Raises:
        ReportFailed: a cell raised, the kernel died or timed out (``dst`` holds the
            partly executed notebook when papermill got that far).
        DiscourseError: the kernel is not installed.
    """
    import nbformat
    import papermill as pm
    from jupyter_client.kernelspec import NoSuchKernel

    name = name or src.stem
    # papermill warns for every parameter a notebook does not declare; the runner checks names itself.
    logging.getLogger("papermill").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    try:
        with _kernel_env():
            pm.execute_notebook(str(src), str(dst), parameters=parameters, kernel_name=kernel,
                                cwd=str(cwd or src.parent), progress_bar=False, log_output=False,
                                execution_timeout=timeout, request_save_on_cell_execute=True,
                                kernel_manager_class=kernel_manager_class())
    except pm.PapermillExecutionError as exc:
        raise ReportFailed(name, f"{name}: {exc.ename}: {exc.evalue}", cell_index=exc.cell_index,
                           exec_count=exc.exec_count, source=exc.source, ename=exc.ename, evalue=exc.evalue,
                           traceback="\n".join(exc.traceback or []),
                           partial=dst if dst.exists() else None) from None
    except NoSuchKernel as exc:
        raise DiscourseError(f"the Jupyter kernel {kernel!r} is not installed: run `make setup` "
                             f"(it registers the kernel inside .venv) [{exc}]") from None
    except Exception as exc:  # kernel death, timeouts, unreadable notebooks
        raise ReportFailed(name, f"{name}: {type(exc).__name__}: {exc}", ename=type(exc).__name__,
                           evalue=str(exc), partial=dst if dst.exists() else None) from exc
    seconds = time.perf_counter() - t0
    nb = nbformat.read(str(dst), as_version=4)
    return Executed(dst, seconds, dict(nb.metadata.get("papermill", {})))
