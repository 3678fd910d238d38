"""Exception types of discourse.

Every error the library raises on purpose derives from :class:`DiscourseError`, so a
caller can catch the project's own failures apart from bugs.
"""


class DiscourseError(Exception):
    """Base class of every error raised on purpose by discourse."""


class ResourceMissingError(DiscourseError):
    """An offline resource (model, NLTK data) is not where it should be.

    The message names the resource and the command that installs it.
    """


class CorpusError(DiscourseError):
    """A corpus input cannot be read at all (as opposed to single bad records)."""


class MappingError(CorpusError):
    """A column mapping names columns that the input does not have."""


class StageError(DiscourseError):
    """A pipeline stage got input that breaks its column contract."""
