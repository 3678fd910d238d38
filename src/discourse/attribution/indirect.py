"""Indirect quotes: 'X said (that) …', 'according to X', '…, X said.', their German, Russian,
French and Korean forms, and participle clauses ('Noting that …', '…, adding that …')."""
from __future__ import annotations

import re

from ..sources import find_verbs, korean_topic, lookup_verb, source_group
from .patterns import (
    ACCORDING, AS_REPORTED, DE_HIESS_ES_TAIL, DE_SPEAKER_NP, DE_TRAILING_SEPARABLE, DE_TRAILING_WIE, DE_ZUFOLGE,
    DOMESTIC, EN_COMPOUND_AFTER, FR_POUR, FR_POUR_SPEAKER, KO_ACCORDING, KO_INDIRECT, KO_LEADING, LEADING_PARTICIPLE,
    MID_ACCORDING, NOT_A_SOURCE, OWN_ACCOUNT, PARTICIPLE_CLAUSE, PARTICIPLE_TAIL, RELATIVE_OPENING, TRAIL_ACCORDING,
)
from .sentences import _Found, _verbs
from .speaker import (
    _appositive_speaker, _clean_speaker, _complement_start, _is_clause, _np_after, _subject_before,
    _subject_or_inversion,
)


def _indirect(doc_start: int, para: str, masked: str, s: int, e: int, lang: str) -> list[_Found]:
    """Indirect quotes in the sentence ``para[s:e]``: one per sentence, and in English a
    leading participle clause ("Noting that …, he stressed …") as a second."""
    sent = masked[s:e]
    rule = _korean_indirect if lang == "ko" else _western_indirect
    main = rule(sent, lang)
    hits = [h for h in (_leading_participle(sent) if lang == "en" else None, main) if h]
    if main and main[0] == 0 and main[1] < len(sent):  # a trailing attribution: a participle after it?
        part = _participle_after(sent, main[1], lang)
        if part:
            hit = lookup_verb(part[1], "en")
            hits.append((part[0], len(sent), main[2], main[3], part[1], hit[1] if hit else "neutral"))
    out = []
    for cs, ce, spk, ctx, verb, cat in hits:
        raw = para[s + cs:s + ce]
        cs += len(raw) - len(raw.lstrip())
        ce -= len(raw) - len(raw.rstrip(" .!?;:,"))
        if ce - cs >= 8 and len(para[s + cs:s + ce].split()) >= 2:
            out.append(_Found(doc_start + s + cs, doc_start + s + ce, "indirect", spk, ctx, verb, cat, sent))
    return out


def _leading_participle(sent: str):
    """'Noting that X, he stressed …': the clause X, spoken by the main clause's subject
    (the subject between the last comma and the main reporting verb, at most eight words)."""
    m = LEADING_PARTICIPLE.match(sent)
    if not m:
        return None
    for vs, ve, form, lemma, cat in find_verbs(sent, "en"):
        if vs <= m.end():
            continue
        comma = sent.rfind(",", m.end(), vs)
        if comma < 0:
            return None
        if not 1 <= len(sent[comma + 1:vs].split()) <= 8:
            continue
        spk, ctx = _subject_before(sent[comma + 1:vs], "en", form)
        if not spk:
            return None
        hit = lookup_verb(m.group(1), "en")
        return m.end(), comma, spk, ctx, m.group(1), hit[1] if hit else "neutral"
    return None


def _korean_indirect(sent: str, lang: str):
    """'X는 …다고 밝혔다.', '…다고 X가 밝혔다.' and 'X에 따르면 ….'"""
    m = KO_ACCORDING.search(sent)
    if m:
        hit = lookup_verb("에 따르면", "ko")
        return m.end(), len(sent), m.group(1).strip(" ,"), m.group(1), "에 따르면", hit[1]
    m = KO_INDIRECT.search(sent)
    if not m:
        return None
    hit = lookup_verb(m.group("verb"), "ko")
    if not hit:
        return None
    end = m.start() + m.group(0).index("고")  # the claim ends where the quotative 고 begins
    head = sent[:end]
    if m.group("speaker"):
        # the speaker follows the claim: the claim is the whole clause before the quotative
        spk, ctx = m.group("speaker"), m.group("speaker")
        lead = KO_LEADING.match(head)
        start = lead.end() if lead else 0
    else:
        topic = korean_topic(head, first=True)
        if topic is None:
            return None
        spk, tend = topic
        ctx = sent[:tend]
        lead = KO_LEADING.match(head[tend:])
        start = tend + (lead.end() if lead else 0)
    # "(이)라고": the ending belongs to the reporting frame, not to the claim
    if head.endswith("이라"):
        end -= 2
    elif head.endswith("라") and not head.endswith("다라"):
        end -= 1
    return start, end, spk, ctx, m.group("verb"), hit[1]


def _western_indirect(sent: str, lang: str):
    """English, German, Russian and French indirect-speech rules on one sentence."""
    if lang in ("de", "ru"):
        m = AS_REPORTED.match(sent)
        if m:  # "Wie das Ministerium mitteilte, …", "Как сообщил X, …"
            who, form = (m.group("de"), m.group("de_verb")) if m.group("de") else (m.group("ru"), m.group("ru_verb"))
            hit = lookup_verb(form, lang)
            return m.end(), len(sent), _clean_speaker(who), who, form, hit[1] if hit else "neutral"
        m = OWN_ACCOUNT.match(sent)
        if m:  # "Nach eigenen Angaben wurde er …", "По его словам, …": the previous speaker's account
            return m.end(), len(sent), "", "", m.group(0).strip(" ,"), "neutral"
    m = DE_ZUFOLGE.match(sent) if lang == "de" else FR_POUR.match(sent) if lang == "fr" else None
    if m and (lang == "de" or FR_POUR_SPEAKER.search(m.group(1))):
        # "Dem Sprecher zufolge sind …", "Pour le chercheur Paul Martin, …"
        form = "zufolge" if lang == "de" else "Pour"
        if re.fullmatch(r"(?:den\s+)?angaben", m.group(1).strip(), re.IGNORECASE):
            return m.end(), len(sent), "", "", form, "neutral"  # "Den Angaben zufolge": the one just quoted
        return m.end(), len(sent), _clean_speaker(m.group(1)), m.group(1), form, "neutral"
    m = ACCORDING.match(sent)
    if m:
        rest = sent[m.end():]
        w = DE_SPEAKER_NP.match(rest) if lang == "de" else None
        if w and w.end() < len(rest) and rest[w.end()] != ",":
            # German puts the verb right after the speaker: "Laut dem Ministerium hat …"
            who, body_start = w.group(0), m.end() + w.end()
            ctx = who
        elif "," in rest[:120]:
            who = ctx = rest[:rest.index(",")]
            body_start = m.end() + rest.index(",") + 1
            nxt = sent[body_start:]
            if "," in nxt[:160] and _is_apposition(nxt[:nxt.index(",")], lang):
                # "According to Lucie Marchand, a lecturer at Lyon University, the prisoners …": the
                # apposition describes the speaker; the claim starts after it
                ctx = who + "," + nxt[:nxt.index(",")]
                body_start += nxt.index(",") + 1
        else:
            return None
        form = m.group(0).strip()
        hit = lookup_verb(form, lang) or ("according to", "neutral")
        return body_start, len(sent), _clean_speaker(who), ctx, form, hit[1]
    t = TRAIL_ACCORDING.search(sent)
    if t:
        who = t.group(2)
        return 0, t.start(), _clean_speaker(who), who, t.group(1), "neutral"
    if lang == "de":
        tail = _german_trailing_separable(sent) or _german_trailing_wie(sent)
        if tail:
            return tail
    verbs = _verbs(sent, lang)
    tail = _trailing(sent, lang, verbs)
    if tail:
        return tail
    for vs, ve, form, lemma, cat in verbs:
        if lang == "ru" and re.search(r"(?<![\w])не\s+$", sent[:vs]):
            continue  # "На Банковой не уточнили, откуда …": a negated verb reports no claim
        if lemma in ("according to", "laut", "so", "по словам", "по данным", "selon", "heißen"):
            if lemma == "heißen" and lang == "de":
                return _hiess_es(sent, vs, ve, form, cat)
            continue
        start = _complement_start(sent, ve, lang)
        if start is None:
            continue
        if lang == "en" and form.lower() in ("adding", "writing") and not re.match(r"\s*(?:that\b|:)", sent[ve:]) and (
                not _is_clause(sent[start:start + 120]) or EN_COMPOUND_AFTER.match(sent, ve)):
            continue  # "…, adding beauty to the city", "writing a new history", "a writing brush": not speech
        spk, ctx = _subject_or_inversion(sent[:vs], sent[ve:], lang, form)
        if not spk and not re.search(r"\b(?:and|but|und|и|а|et)\s*$", sent[:vs]):
            continue
        return start, len(sent), spk, ctx, form, cat
    m = MID_ACCORDING.search(sent)
    if m and not NOT_A_SOURCE.match(m.group(2)):
        hit = lookup_verb(m.group(1), lang) or ("according to", "neutral")
        rest = sent[m.end():].rstrip(" .!?")
        if _is_apposition(rest, lang):
            # "…, according to Major X, the commander of a battalion.": the clause before speaks
            return 0, m.start(), _clean_speaker(m.group(2)), m.group(2) + ", " + rest, m.group(1), hit[1]
        # "Второй, по данным ведомства, пока не дает показаний": from after the phrase to the end
        return m.end(), len(sent), _clean_speaker(m.group(2)), m.group(2), m.group(1), hit[1]
    return None


def _german_trailing_separable(sent: str):
    """German '…, teilte der Geheimdienst am Freitag mit.': the speaker stands between the verb and
    its particle (see :data:`DE_TRAILING_SEPARABLE`). Returns the attribution tuple of
    :func:`_western_indirect`, or None."""
    comma = sent.rfind(",")
    m = DE_TRAILING_SEPARABLE.match(sent, comma + 1) if comma >= 15 else None
    if not m:
        return None
    hit = lookup_verb(f"{m.group('verb')} … {m.group('particle')}", "de")  # the lexicon's form, "teilte … mit"
    speaker = _clean_speaker(m.group("speaker"))
    if not hit or not speaker or not re.match(r"(?:[A-ZÄÖÜ]|(?:der|die|das|er|sie|es|man)\b)", speaker):
        return None  # "…, teilte zudem mit": no speaker between the parts
    return 0, comma, speaker, m.group("speaker").strip(), f"{m.group('verb')} {m.group('particle')}", hit[1]


def _is_apposition(segment: str, lang: str) -> bool:
    """True when the comma-delimited ``segment`` after an "according to" speaker describes it
    rather than opening the claim: a relative clause ("qui cite des sources", "который …") or a
    short phrase with a role or an office and no reporting verb ("a lecturer at Lyon University",
    "профессора университета", "the head of the agency")."""
    seg = segment.strip()
    if RELATIVE_OPENING.match(seg):
        return True
    return (0 < len(seg.split()) <= 15 and not find_verbs(seg, lang)
            and (source_group(seg) in ("expert", "anonymous") or bool(DOMESTIC.search(seg))))


def _german_trailing_wie(sent: str):
    """German '…, wie ein Sprecher des Ministeriums am Donnerstag mitteilte.' (see
    :data:`DE_TRAILING_WIE`): the attribution tuple of :func:`_western_indirect`, or None."""
    m = DE_TRAILING_WIE.search(sent)
    if not m or m.start() < 15:
        return None
    np = DE_SPEAKER_NP.match(m.group("rest") + " ")
    who = np.group(0) if np else m.group("rest")
    hit = lookup_verb(m.group("verb"), "de")
    return 0, m.start(), _clean_speaker(who), m.group("rest"), m.group("verb"), hit[1] if hit else "neutral"


def _hiess_es(sent: str, vs: int, ve: int, form: str, cat: str):
    """German 'In den Staatsmedien hieß es, …' / 'hieß es aus Washington'."""
    m = re.match(r"\s*(?:in|aus|bei)\s+([^,]+)", sent[:vs], re.IGNORECASE)
    who = m.group(1) if m else ""
    rest = sent[ve:]
    if not rest.lstrip().startswith(","):
        return None
    return ve + rest.index(",") + 1, len(sent), _clean_speaker(who), who, form, cat


def _trailing(sent: str, lang: str, verbs: list):
    """'…, the regional governor said on Thursday.' / '…, meldete die Agentur.'"""
    if not verbs:
        return None
    comma, end = sent.rfind(","), len(sent)
    if lang == "en" and comma > 0 and PARTICIPLE_TAIL.match(sent, comma + 1):
        # "…, he said, adding that …": the attribution stands before the participle's comma (the
        # participle clause is a quote of its own, see _indirect)
        comma, end = sent.rfind(",", 0, comma), comma
    if lang == "en" and comma > 0 and re.match(r"\s*(?:who|a|an|the)\s", sent[comma + 1:end]) and not any(
            comma < v[0] < end for v in verbs):
        # "…, said Colonel Oleksandr Hrytsenko, who commands a brigade": the speaker's apposition
        comma = sent.rfind(",", 0, comma)
    if comma < 15:
        return None
    tail = sent[comma + 1:end]
    if len(tail.split()) > 14 or re.search(r"\b(?:that|dass|что|que)\b|\bqu['’]", tail, re.IGNORECASE):
        return None
    vt = [v for v in verbs if comma < v[0] < end]
    if not vt:
        return None
    vs, ve, form, lemma, cat = vt[0]
    before, after = sent[comma + 1:vs], sent[ve:end]
    if lang == "ru" and re.fullmatch(r"\s*[—–-]\s*", before):
        before = ""  # "…, — рассказала местная жительница."
    if re.search(r"\b(?:made|make|makes|making|issued|delivered|the following|a|an|keynote)\s+$", before, re.IGNORECASE):
        return None  # "…, made reports": a noun, not a reporting verb
    if lemma in ("according to", "laut", "по словам", "selon") or (lang == "en" and form.lower().endswith("ing")):
        return None  # "…, calling it a step to war": a participle goes on the sentence, it does not attribute it
    if lang == "de" and lemma == "heißen" and not before.strip():
        # "…, hieß es weiter." goes on with the source quoted before; "…, hieß es aus Washington."
        # names where it came from (a bare "…, hieß es." names no one and is left alone)
        m = DE_HIESS_ES_TAIL.fullmatch(after.strip(" .!?"))
        if m and (m.group(1) or m.group(2)):
            who = m.group(2) or ""
            return 0, comma, _clean_speaker(who), who, form, cat
    if before.strip():
        spk, ctx = _subject_before(before, lang, form)
        rest = after.strip(" .!?")
        if rest and not re.match(r"(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|during|"
                                 r"after|am|im|в|на|журналистам|told|to|reporters|mon|tues|wednes|thurs|fri|"
                                 r"satur|sun)", rest, re.IGNORECASE) and len(rest.split()) > 1:
            return None
    else:
        spk, ctx = _np_after(after)
        if lang == "en" and _is_clause(ctx.split(",")[0]):
            # "The governor, Oleh Syniehubov, said the attack had involved …": the verb opens
            # the reported clause; its speaker comes before the comma, not after the verb
            return None
        if lang == "en" and re.match(r"(?:on|about|in|at|to|for|over|with)\s", ctx):
            # "…, the deputy head of intelligence, Major General Vadym Skibitskyi, said in an
            # interview": the speaker stands in the segments before the comma
            return _appositive_speaker(sent, comma, form, cat)
    if not spk:
        return None
    return 0, comma, spk, ctx, form, cat


def _participle_after(sent: str, attribution_end: int, lang: str):
    """English '…, he said, adding that X' / '…, the message said, adding: X': the span of X
    and the participle, when a participle clause follows the trailing attribution that starts
    at ``attribution_end`` (the comma before it); else None."""
    if lang != "en":
        return None
    m = PARTICIPLE_CLAUSE.search(sent, attribution_end + 1)
    if not m or len(sent[attribution_end + 1:m.start()].split()) > 14:
        return None
    return m.end(), m.group(1)
