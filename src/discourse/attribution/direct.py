"""Direct quotes: a quotation with its attribution clause after or before it, and quotations
that are fragments of a reported clause."""
from __future__ import annotations

import re

from ..sources import korean_topic, source_group
from .patterns import FR_INVERSION_VERB, KO_CONNECTOR, TITLED
from .sentences import _Found, _verbs
from .speaker import _is_clause, _np_after, _subject_before, _subject_or_inversion


def _direct(doc_start: int, para: str, masked: str, s: int, e: int, spans: list, lang: str) -> list[_Found]:
    """Direct quotes in the sentence ``para[s:e]``."""
    found = []
    sent_masked = masked[s:e]
    verbs = _verbs(sent_masked, lang)
    for qs, qe in spans:
        if not (s <= qs and qe <= e):
            continue
        open_at = qs - s - 1
        close_at = qe - s + 1
        before, after = sent_masked[:max(open_at, 0)], sent_masked[close_at:]
        att = None
        if lang == "ko":
            att = _korean_direct(sent_masked, open_at, after, verbs, close_at)
        else:
            v_after = [(a - close_at, b - close_at, f, l, c) for a, b, f, l, c in verbs if a >= close_at]
            att = _attribute_after(after, lang, v_after)
            if att is None and lang == "fr":
                inv = FR_INVERSION_VERB.match(after)
                if inv:  # '« … », analyse Yoon Ha-eun, chercheuse …': a verb of the press after a quote only
                    spk, ctx = (inv.group(2), inv.group(2)) if inv.group(2) else _np_after(after[inv.end():])
                    att = (spk, ctx, inv.group(1), "neutral") if spk else None
            if att is None:
                v_before = [v for v in verbs if v[1] <= open_at]
                att = _attribute_before(before, lang, v_before)
        if TITLED.search(before):
            continue  # the title of a statement or article, not its words
        if att is None:
            spk, ctx, verb, cat = "", "", "", ""
            if before.strip(" —–-\"“«„") or len(para[qs:qe].split()) < 3:
                continue  # a scare quote inside a sentence, not a statement
        else:
            spk, ctx, verb, cat = att
        found.append(_Found(doc_start + qs, doc_start + qe, "direct", spk, ctx, verb, cat, sent_masked))
    return found


def _attribute_after(after: str, lang: str, verbs_after: list) -> tuple[str, str, str, str] | None:
    """Attribution clause following a direct quote: ``(speaker, context, verb, category)``."""
    stripped = after.lstrip(" ,:;—–-")
    offset = len(after) - len(stripped)
    if not stripped or re.match(r"[\"“«„‘「]", stripped):
        return None
    if re.match(r"[\s»”\"'’“,]*(?:and|et|und|и)\s", after):
        return None  # '… de « provocation » et a assuré que …': a second verb of the clause before the quote
    for vs, ve, form, lemma, cat in verbs_after:
        rel = vs - offset
        if rel < 0:
            continue
        between = stripped[:rel]
        if len(between.split()) > 12 or re.search(r"[\"“«„‘「.!?]", between):
            return None
        if lemma in ("according to", "laut", "по словам", "по данным", "selon"):
            spk, ctx = _np_after(stripped[rel + len(form):])
            return spk, ctx, form, cat
        if not between.strip() or between.rstrip().endswith(","):
            if form.lower().endswith("ing"):
                return "", "", form, cat  # '"…," adding that …': the speaker goes on (no inversion)
            if lemma == "so" and not re.match(r"\s*[A-ZÄÖÜ]", stripped[rel + len(form):]):
                return None
            if re.match(r"\s*(?:que\b|qu['’]|dass\b|что\b)", stripped[rel + len(form):], re.IGNORECASE):
                return None  # '… « Tchaïka », confirme que …': the verb's clause follows, no inversion
            spk, ctx = _np_after(stripped[rel + len(form):])
            if lang == "en" and not between.strip() and _is_clause(ctx.split(",")[0]):
                return None  # 'the call sign "Bison" said his unit had …': no inversion, no attribution
            return spk, ctx, form, cat
        if lemma == "so":
            continue
        spk, ctx = _subject_before(between, lang, form)
        return spk, ctx or between, form, cat
    return None


def _attribute_before(before: str, lang: str, verbs_before: list) -> tuple[str, str, str, str] | None:
    """Attribution clause preceding a direct quote ('X said: "…"')."""
    for vs, ve, form, lemma, cat in reversed(verbs_before):
        gap = before[ve:]
        if len(gap.split()) > 8 or re.search(r"[.!?]\s", gap):
            return None
        if lemma in ("according to", "laut", "so"):
            continue
        spk, ctx = _subject_or_inversion(before[:vs], before[ve:], lang, form)
        if spk:
            return spk, ctx, form, cat
        return None
    return None


def _korean_direct(sent: str, open_at: int, after: str, verbs: list, close_at: int):
    """'X는 "…"고 말했다': connector after the quote, verb at the end, topic before the quote."""
    if not KO_CONNECTOR.match(after):
        return None
    later = [v for v in verbs if v[0] >= close_at]
    if not later:
        return None
    vs, ve, form, lemma, cat = later[-1]
    topic = korean_topic(sent[:max(open_at, 0)], first=False)
    spk = topic[0] if topic else ""
    ctx = sent[:max(open_at, 0)] if topic else ""
    return spk, ctx, form, cat


def _fragments_in_clause(direct: list[_Found], indirect: list[_Found], text: str) -> list[_Found]:
    """English: a quotation that is a fragment of a reported clause ('Kim said the navy's
    nuclear armament was "an urgent task"', 'said its "North" group had advanced') is part of
    an indirect quote, the clause, and not a statement of its own (:func:`_hosts`).

    Args:
        direct: the sentence's direct quotes; indirect: its indirect quotes.
        text: the document text (the offsets of both point into it).
    Returns:
        The quotes to keep: every other quotation, and the sentence's clauses when one of
        them holds a fragment (they come from one reporting frame), else a participle clause
        after the quotations ('"…," Pletenchuk said, adding that …').
    """
    keep, hosted = [], False
    for d in direct:
        if any(_hosts(c, d, text) for c in indirect):
            hosted = True
        else:
            keep.append(d)
    if not hosted:  # a participle clause after the quotations ('"…," Pletenchuk said, adding that …')
        indirect = [c for c in indirect if re.fullmatch(r"[a-z]+ing", c.verb) and all(c.start >= d.end for d in direct)]
    return sorted(keep + indirect, key=lambda f: f.start)


def _hosts(clause: _Found, quote: _Found, text: str) -> bool:
    """True when ``quote`` is a fragment of ``clause``: the clause holds it, opens with at
    least two words of the reporter's own before it, and runs on into it with no comma, colon
    or dash ('saying, "We believe …"' is a statement); the quotation's own reporting verb is
    not inside the clause ('…, calling it "the first step"'); the clause crosses no line break
    (a headline run into the text); and the clause's speaker names a source group whenever
    the quotation's does (else the quotation keeps its better attribution: 'what he called a
    "brother nation," state-run KCNA reported')."""
    own = text[clause.start:quote.start]
    lead = text[max(0, quote.start - 20):quote.start].rstrip()[:-1].rstrip()  # before the opening mark
    return (clause.start <= quote.start and quote.end <= clause.end + 1 and len(own.split()) >= 2
            and "\n" not in text[clause.start:clause.end] and not lead.endswith((",", ":", "—", "–", "-"))
            and not (quote.verb and quote.verb.lower() in re.findall(r"[\w'-]+", own.lower()))
            and not (quote.verb and source_group(quote.speaker or quote.context)
                     and not source_group(clause.speaker or clause.context)))
