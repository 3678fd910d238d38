"""Report parameters from the command line (``-p name=value``) and YAML files (``--params``)."""
from __future__ import annotations

import ast
import datetime as _dt
import re
from pathlib import Path

import yaml

from ..errors import DiscourseError

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def plain(value):
    """YAML values made JSON- and papermill-friendly (dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def parse_assignment(text: str) -> tuple[str, object]:
    """``"name=value"`` -> ``(name, value)``; the value is read as YAML (``3`` is an int,
    ``null`` is None, ``[a, b]`` a list, ``{a: b}`` a dict, ``2024-10-01`` the string
    ``"2024-10-01"``; anything else, e.g. ``North Korea: denies``, stays text)."""
    if "=" not in text:
        raise DiscourseError(f"-p expects NAME=VALUE, got {text!r}")
    name, _, raw = text.partition("=")
    name = name.strip()
    if not NAME_RE.match(name):
        raise DiscourseError(f"-p: {name!r} is not a valid parameter name")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError as exc:
        raise DiscourseError(f"-p {name}: cannot read {raw!r} as a YAML value ({exc})") from exc
    if isinstance(value, (dict, list)) and not raw.strip().startswith(("{", "[")):
        value = raw.strip()  # "a: b" or "- a" are text here, not block collections
    return name, plain(value)


def load_file(path: str | Path) -> dict:
    """Read a YAML mapping of parameters."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DiscourseError(f"--params {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise DiscourseError(f"--params {path}: not valid YAML ({exc})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DiscourseError(f"--params {path}: expected a mapping of name: value")
    bad = [k for k in data if not NAME_RE.match(str(k))]
    if bad:
        raise DiscourseError(f"--params {path}: invalid parameter names {bad}")
    return plain(data)


def merge(file: str | Path | None = None, assignments: list[str] | None = None) -> dict:
    """Parameters from a YAML file, then ``-p`` assignments (later ones win)."""
    out = load_file(file) if file else {}
    for a in assignments or []:
        name, value = parse_assignment(a)
        out[name] = value
    return out


def declared(notebook: str | Path) -> dict:
    """The parameters a notebook declares in its ``parameters`` cell: ``{name: default}``.

    Defaults that are Python literals are evaluated; others are kept as their source text.
    """
    import papermill as pm

    out = {}
    for name, info in pm.inspect_notebook(str(notebook)).items():
        text = info.get("default")
        try:
            out[name] = ast.literal_eval(text) if text is not None else None
        except (ValueError, SyntaxError):
            out[name] = text
    return out
