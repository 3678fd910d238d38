"""Cue extraction: what each sentence signals about the claim, as features and words.

For a sentence this finds: relevance (North Korea + soldiers/deployment/war), distance
(hedges), confirmation (boosters), denial and ridicule, negation, attribution to a
source (reporting verbs, "according to"), the source's group, scare quotes, questions and
exclamations. ``own_voice`` is true when nothing attributes the sentence to someone else
and it is not itself a direct quotation: a denial in the text's own voice is the
strongest signal of disagreement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..sources import source_group
from . import lexicon as L

CUE_LANGS = {"en", "de", "fr", "ru", "ko", "es", "it", "pt", "uk", "pl", "cs", "zh", "ja", "id", "tr", "ar",
             "bg", "ro", "sl", "el", "ka", "hr", "sr"}
FEATURES = ["nk", "deployment", "russia_war", "relevant", "hedge", "booster", "denial", "ridicule", "negation",
            "attribution", "own_voice", "denial_own", "denial_attr", "hedge_own", "booster_own", "question",
            "exclaim", "scare_quote", "quoted", "negated_deployment", "n_chars", "verb_denying", "verb_distancing",
            "verb_assertive", "verb_neutral"]
GROUPS = ["Ukraine", "US", "South Korea", "NATO/EU", "Russia", "North Korea", "China", "expert", "anonymous"]


def _alt(patterns: list[str]) -> re.Pattern:
    """One alternation, matched against lower-cased text (3x faster than re.IGNORECASE)."""
    return re.compile("|".join(f"(?:{p.lower()})" for p in patterns))


@dataclass
class Lexicon:
    """The compiled cue patterns; pass lists of regular expressions to extend any of them."""

    north_korea: list = field(default_factory=lambda: list(L.NORTH_KOREA))
    deployment: list = field(default_factory=lambda: list(L.DEPLOYMENT))
    russia_war: list = field(default_factory=lambda: list(L.RUSSIA_WAR))
    hedges: list = field(default_factory=lambda: list(L.HEDGES))
    boosters: list = field(default_factory=lambda: list(L.BOOSTERS))
    denial: list = field(default_factory=lambda: list(L.DENIAL))
    ridicule: list = field(default_factory=lambda: list(L.RIDICULE))
    negation: list = field(default_factory=lambda: list(L.NEGATION))
    attribution: list = field(default_factory=lambda: list(L.ATTRIBUTION))

    def compile(self) -> dict[str, re.Pattern]:
        return {name: _alt(getattr(self, name)) for name in
                ("north_korea", "deployment", "russia_war", "hedges", "boosters", "denial", "ridicule",
                 "negation", "attribution")}


QUOTE_CHARS = "\"“”«»„‘’「」"


def _verbs(text: str, lang: str) -> list[tuple[int, str, str]]:
    """Reporting verbs of the sentence as ``(start, lemma, category)`` (discourse.sources)."""
    from ..sources import LANGS, find_verbs

    return [(v[0], v[3], v[4]) for v in find_verbs(text, lang if lang in LANGS else "en")]


def _speaker_group(text: str, verbs: list, lang: str):
    """Group of the speaker: just before the first reporting verb (the subject, or the
    speaker of a trailing "..., a Pentagon spokesman said"), else just after it."""
    if verbs:
        start = verbs[0][0]
        for window in (text[max(0, start - 45): start], text[start: start + 60]):
            group = source_group(window, lang)
            if group:
                return group
    return source_group(text, lang)


class CueExtractor:
    """Turns sentences into cue features (numbers) and cue words (for the reader)."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.p = (lexicon or Lexicon()).compile()
        self.scare = re.compile(L.SCARE_QUOTE, re.IGNORECASE)

    def sentence(self, text: str, lang: str = "en") -> tuple[np.ndarray, list[str], str | None]:
        """Return ``(features, cue strings, source group or None)`` for one sentence."""
        p = self.p
        low = text.lower()
        found = {k: [m.group(0) for m in p[k].finditer(low)] for k in p}
        nk, dep, ru = bool(found["north_korea"]), bool(found["deployment"]), bool(found["russia_war"])
        stripped = text.strip()
        # a direct quotation: opens with a quotation mark, or is wrapped in them
        quoted = len(stripped) > 2 and (stripped[0] in QUOTE_CHARS or stripped[-1] in QUOTE_CHARS)
        verbs = _verbs(text, lang)
        cats = [c for _, _, c in verbs]
        attribution = len(found["attribution"]) + len(verbs)
        own = attribution == 0 and not quoted
        denial = len(found["denial"])
        hedge, boost = len(found["hedges"]), len(found["boosters"])
        neg = len(found["negation"])
        scare = bool(self.scare.search(text))
        group = _speaker_group(text, verbs, lang) if attribution else None
        feats = np.array([
            nk, dep, ru, nk and dep, hedge, boost, denial, len(found["ridicule"]), neg, attribution, own,
            denial if own else 0, denial if not own else 0, hedge if own else 0, boost if own else 0,
            stripped.endswith("?"), stripped.endswith("!"), scare, quoted, bool(neg and dep and nk),
            min(len(text), 600) / 600, cats.count("denying"), cats.count("distancing"), cats.count("assertive"),
            cats.count("neutral"),
        ], dtype=np.float32)
        cues = []
        for key, label in (("hedges", "hedge"), ("boosters", "booster"), ("denial", "denial"),
                           ("ridicule", "ridicule"), ("attribution", "attribution")):
            for w in dict.fromkeys(x.lower() for x in found[key]):
                cues.append(f"{label}:{w}")
        for lemma, cat in dict.fromkeys((v[1], v[2]) for v in verbs):
            cues.append(f"verb:{lemma}({cat})")
        if scare:
            cues.append("scare quotes")
        if stripped.endswith("?") and nk:
            cues.append("question")
        if group:
            cues.append(f"source:{group}")
        return feats, cues, group

    def relevant(self, text: str) -> bool:
        """North Korea and soldiers/deployment in the same text."""
        low = text.lower()
        return bool(self.p["north_korea"].search(low)) and bool(self.p["deployment"].search(low))
