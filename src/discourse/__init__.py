"""discourse: computational media-discourse studies (corpus, topics, stance, reports)."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import CorpusError, DiscourseError, MappingError, ResourceMissingError, StageError

__all__ = ["__version__", "DiscourseError", "CorpusError", "MappingError", "ResourceMissingError",
           "StageError"]
