"""Stance stage: :class:`StanceScorer`, cue extraction and the evaluation maths."""
from .cues import CueExtractor, Lexicon
from .evaluate import (LABELS, GoldLabelError, against_gold, agreement_table, bootstrap, disagreements, evaluate,
                       format_report, read_gold)
from .model import DEFAULT_TARGET, StanceScorer

__all__ = ["StanceScorer", "DEFAULT_TARGET", "LABELS", "CueExtractor", "Lexicon", "evaluate", "bootstrap",
           "against_gold", "agreement_table", "disagreements", "format_report", "read_gold", "GoldLabelError"]
