"""Comparing outlets: key terms, words in context, collocations, and lesson helpers.

One module per concern:

- :mod:`~discourse.compare.tokens`: the Unicode-aware tokenizer and stop words;
- :mod:`~discourse.compare.keyness`: :func:`keyness` (G², chi², log-odds with an informative
  Dirichlet prior) and :func:`keyness_by_group` (each group against the rest);
- :mod:`~discourse.compare.kwic`: :func:`kwic` (keyword in context, exact offsets) and
  :func:`frequency` (hits of words/phrases per group), :func:`kwic_sample` (a few hits per outlet);
- :mod:`~discourse.compare.collocations`: :func:`collocations` of node words per group;
- :mod:`~discourse.compare.lesson`: :class:`Answers` (show or hide the answers of a lesson),
  :func:`headlines`, :func:`pick_outlets`.

Plots: :mod:`discourse.plots.term_comparison`.
"""
from __future__ import annotations

from .collocations import collocations
from .keyness import by_group as keyness_by_group
from .keyness import keyness, keyness_table
from .kwic import frequency, kwic
from .kwic import sample as kwic_sample
from .lesson import Answers, headlines, pick_outlets
from .tokens import originals, tokenize

__all__ = ["keyness", "keyness_table", "keyness_by_group", "kwic", "frequency", "collocations", "tokenize",
           "originals", "Answers", "headlines", "kwic_sample", "pick_outlets"]
