"""Find the report notebooks: ``notebooks/NN_*.ipynb`` in name order."""
from __future__ import annotations

import glob
import re
from pathlib import Path

from ..errors import DiscourseError

NUMBERED = re.compile(r"^\d{2}_.+\.ipynb$")
DEFAULT_GLOB = "[0-9][0-9]_*.ipynb"


def default_pattern() -> str:
    from ..resources import project_root

    return str(project_root() / "notebooks" / DEFAULT_GLOB)


def find(pattern: str | None = None) -> list[Path]:
    """Notebooks matching ``pattern`` (a glob; default: the project's ``notebooks/NN_*.ipynb``),
    sorted by file name. Executed copies (``*.failed.ipynb``), checkpoints and files not
    named ``NN_name.ipynb`` are skipped, so a new numbered notebook is picked up as it is.

    Raises:
        DiscourseError: nothing matches.
    """
    pattern = pattern or default_pattern()
    paths = [Path(p) for p in glob.glob(str(Path(pattern).expanduser()), recursive=True)]
    found = sorted((p.resolve() for p in paths if p.is_file() and NUMBERED.match(p.name)
                    and not p.name.endswith(".failed.ipynb") and ".ipynb_checkpoints" not in p.parts),
                   key=lambda p: (p.name, str(p)))
    if not found:
        raise DiscourseError(f"no notebooks named NN_name.ipynb match {pattern}")
    names = [p.stem for p in found]
    dups = sorted({n for n in names if names.count(n) > 1})
    if dups:
        raise DiscourseError(f"two notebooks share a name: {', '.join(dups)}")
    return found
