"""The state a notebook shares with the report helpers: its parameters and tables folder.

``parameters(globals())`` is called once, in the first code cell after the ``parameters``
cell. It records the parameter values (so :func:`~discourse.report.tables.publish` knows
``tables_dir``) and returns them as a plain dict for the provenance table.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

# Names IPython puts into the user namespace (never parameters).
_IPYTHON_NAMES = {"In", "Out", "get_ipython", "exit", "quit", "open"}
_SIMPLE = (type(None), bool, int, float, str, list, tuple, dict, _dt.date)

_state: dict = {"params": {}, "tables_dir": None, "published": []}


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def parameters(namespace: dict) -> dict:
    """Collect the notebook's parameters from its namespace and remember them.

    Args:
        namespace: ``globals()`` of the notebook, called right after the ``parameters``
            cell (and papermill's injected cell), before anything else is defined.
    Returns:
        ``{name: value}`` of the public names holding plain data (None, bool, numbers,
        strings, lists, dicts, dates), sorted by name.
    """
    params = {}
    for name in sorted(namespace):
        if name.startswith("_") or name in _IPYTHON_NAMES:
            continue
        value = namespace[name]
        if isinstance(value, _SIMPLE):
            params[name] = _plain(value)
    _state["params"] = params
    _state["tables_dir"] = params.get("tables_dir") or None
    _state["published"] = []
    return dict(params)


def current_params() -> dict:
    return dict(_state["params"])


def tables_dir() -> Path | None:
    d = _state.get("tables_dir")
    return Path(d) if d else None


def load_corpus(params: dict):
    """Load the corpus a notebook's parameters name.

    Uses ``corpus_path``, ``mapping`` (corpus column -> input field, e.g.
    ``{"text": "story_text"}``) and ``load_options`` (other :func:`discourse.corpus.load`
    keyword arguments, e.g. ``{"preset": "kcna"}`` or ``{"on_bad_date": "flag"}``).
    Returns the :class:`~discourse.corpus.LoadResult`.
    """
    from .. import corpus

    if not params.get("corpus_path"):
        from ..errors import CorpusError

        raise CorpusError("no corpus_path parameter given")
    kwargs = dict(params.get("load_options") or {})
    mapping = params.get("mapping") or {}
    if mapping:
        base = dict(corpus.PRESETS.get(kwargs.get("preset") or "", {}).get("mapping", {}))
        kwargs["mapping"] = {**base, **kwargs.get("mapping", {}), **mapping}
    return corpus.load(params["corpus_path"], **kwargs)
