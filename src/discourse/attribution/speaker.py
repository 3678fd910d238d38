"""The speaker phrase: the subject before a reporting verb, the noun phrase after it, and the
tests that tell a speaker from a clause."""
from __future__ import annotations

import re

from ..sources import find_verbs
from .patterns import (
    AS_CLAUSE, DATELINE, DE_INVERSION, DE_RECIPIENT, DETERMINERS, EN_ADJUNCT, EN_ADVERBIAL, EN_ADVERBS, EN_FINITE,
    EN_LEADING, EN_OBJECT, EN_PARTICIPLE_PHRASE, EN_PASSIVE, EN_PAST, EN_RELATIVE, FR_INFINITIVE, MASKED, NAME_AT_END,
    NOT_BEFORE_VERB, NP_CHAIN, OTHER_COORDINATED, PERSON_NAME, RU_LEADING_ADVERB, TRAILING_ADVERBIAL, TRAILING_AUX,
    TRAILING_LY,
)


def _clean_speaker(phrase: str) -> str:
    """Trim a dateline, opening connectives, punctuation, determiners and trailing adverbials."""
    s = DATELINE.sub("", " ".join(phrase.split()))
    s = " ".join(s.replace("—", " ").replace("–", " ").split()).strip(" ,;:-\"'“”«»„")
    s = EN_LEADING.sub("", s)
    s = TRAILING_ADVERBIAL.sub("", s)
    s = TRAILING_LY.sub("", TRAILING_LY.sub("", s))  # "he strongly", "the ministry also firmly"
    s = RU_LEADING_ADVERB.sub("", s)
    s = DETERMINERS.sub("", s)
    return s.strip(" ,;:")


def _subject_before(chunk: str, lang: str, form: str = "") -> tuple[str, str]:
    """Subject phrase and its context from the clause text that precedes a verb.

    Args:
        chunk: the clause text up to the verb.
        lang: the language code.
        form: the verb as written; in English an "-ing" participle after a comma ("…,
            saying that") takes the subject of the clause it hangs on, and a verb after a form
            of "be" is a passive ("It can be said that") with no speaker.
    Returns ``(speaker, context)``; both empty when no subject is found.
    """
    # segments: commas, semicolons, colons, a spaced dash, and a bulleted line ("Rodong Sinmun\n- An article")
    parts = [p.strip() for p in re.split(r"[,;:]|\s[—–]\s|\n\s*[-•–—]\s", chunk)]
    if not parts:
        return "", ""
    en = lang == "en"
    if en and re.search(r"\s(?:and|but)$", parts[-1]) and not re.search(
            r"\b(?:cannot|can't|can not|could not|couldn't)\s+but$", parts[-1], re.IGNORECASE):
        # "Kim met the officials and said that …": the coordinated verb shares the subject
        # (not "We cannot but call …", where "but" is no conjunction)
        subj = _main_subject(parts[:-1] + [re.sub(r"\s+(?:and|but)$", "", parts[-1])])
        return _clean_speaker(subj), subj
    if lang in ("de", "fr", "ru") and OTHER_COORDINATED.search(parts[-1]):
        # "Le ministère … a qualifié les sanctions de « provocation » et a assuré que …", "Der
        # Kreml bestätigte die Zahl und erklärte, …", "Зеленский провел совещание и добавил, что …":
        # the coordinated verb shares the subject of the clause before it
        subj = _other_subject(OTHER_COORDINATED.sub("", parts[-1]), lang)
        if subj:
            return _clean_speaker(subj), subj
    if en:
        m = re.match(r"(.+?)\s+(?:was|were|is|are|has been|had been)\s+quoted\b", parts[-1])
        if m:  # "Kim was quoted by the news agency as saying"
            return _clean_speaker(m.group(1)), parts[-1]
        m = re.search(r"\bquoted\s+(.+?)\s+as$", parts[-1])
        if m:  # "The agency quoted Kim as saying"
            return _clean_speaker(m.group(1)), parts[-1]
    if en and len(parts) == 1 and form.lower().endswith("ing") and EN_ADVERBS.fullmatch(parts[0].lower()):
        return "", ""  # "Repeatedly noting that …, he stressed": the sentence's subject comes later
    if en and len(parts) >= 2 and parts[-2] and (
            EN_ADVERBS.fullmatch(parts[-1]) or (EN_PARTICIPLE_PHRASE.match(parts[-1]) and chunk.rstrip()[-1:] in "”\"")):
        # a modifier between the subject and its verb: "Jo Chun Ryong, secretary of the WPK
        # Central Committee, courteously reported"; 'The regime, attaching importance to the
        # "project," claimed' (the comma inside the quotation); "…, openly claiming" is a
        # participle that takes its clause's subject
        if form.lower().endswith("ing"):
            parts = parts[:-1] + [""]
        else:
            parts = parts[:-1]
            if len(parts) >= 2 and parts[-2] and PERSON_NAME.fullmatch(parts[-2]) and re.match(r"[a-z]", parts[-1]):
                parts = parts + [""]  # "Name, apposition, <modifier> said": as "Name, apposition, said"
    if parts[-1]:
        subj, ctx = parts[-1], parts[-1]
        if en and EN_RELATIVE.match(subj) and len(parts) >= 2 and parts[-2]:
            # "the U.S., which has branded", "issued a press statement, which said"
            subj, ctx = _last_np(parts[-2]), parts[-2] + ", " + parts[-1]
    elif en and form.lower().endswith("ing"):
        # the clause right before the participle, when it is short, has its subject ("…, he
        # re-affirmed, adding that …"); else the sentence's main clause
        prev = parts[-2] if len(parts) >= 2 else ""
        subj = (_main_subject([prev]) if len(prev.split()) <= 8 else "") or _main_subject(parts[:-1])
        return _clean_speaker(subj), subj
    elif len(parts) >= 3 and parts[-3]:  # "the lawmaker, a member of the committee, told"
        subj, ctx = parts[-3], parts[-3] + ", " + parts[-2]
        if en and PERSON_NAME.fullmatch(parts[-2]) and not PERSON_NAME.search(parts[-3]):
            subj = parts[-2]  # "Its foreign minister, Peter Szijjarto, said": the name
    else:
        return "", ""
    if en and EN_PASSIVE.search(subj) and not form.lower().endswith("ing") and not form.lower().startswith("quoted"):
        return "", ctx
    if en and re.search(r"\bto(?:\s+\w+ly)?$", subj) and re.match(r"[A-Z]\w*ing\s", subj):
        return "", ctx  # "Giving an instruction to commonly call …": an infinitive in a participle phrase
    low = subj.lower()
    if en:
        m = re.search(r"\s(?:which|who|that)$", low)
        if m:
            subj, low = subj[:m.start()], low[:m.start()]  # "the statement which said"
    for sep in (" that ", " which ", " who ", " while ", " whereas ", " dass ", " что ", " que "):
        if sep in low:
            k = low.rindex(sep) + len(sep)
            head = subj[:k - len(sep)]
            if en and sep in (" which ", " who ") and _is_clause("x " + subj[k:]) and not _is_clause(head) \
                    and not re.search(r"(?:ing|ed)$", head):
                # a relative clause on the subject: "Deputies who spoke at the session said",
                # "A soldier who asked not to be named said" ("that" is mostly a conjunction)
                subj, low = head, low[:k - len(sep)]
            else:  # "He added that the minister said": the subject after the conjunction
                subj, low = subj[k:], low[k:]
    for sep in (" and ", " but ", " und ", " и ", " et "):
        if sep in low:
            subj = subj[:low.index(sep)]
            low = subj.lower()
    vm = find_verbs(subj, lang)
    if vm and vm[0][0] > 0:
        subj = subj[:vm[0][0]]
    # "As I have already stressed, ...": the speaker is the pronoun; "As already warned, ..."
    # and "As is always emphasized, ..." name none
    m = AS_CLAUSE.match(subj.strip())
    if m:
        return (m.group(1) or "").strip(), ctx
    subj = TRAILING_AUX.sub("", subj.strip())
    if subj.strip().lower() in ("and", "but", "und", "aber", "и", "а", "et", "mais"):
        return "", ctx
    words = subj.split()
    # a long phrase keeps its last words, unless it is one noun phrase ("A spokesman for the
    # Ministry of National Defence of the DPRK")
    if len(words) > 10 and not (en and len(words) <= 16 and NP_CHAIN.match(subj)):
        subj = " ".join(words[-6:])
    subj = _clean_speaker(subj)
    if (en and EN_FINITE.search(subj)) or MASKED.search(subj):
        return "", ctx  # a clause ("it is a grave provocation") or a quotation, not a speaker
    return subj, ctx


def _finite_at(words: list[str], i: int) -> bool:
    """True when ``words[i]`` looks like a finite verb (an auxiliary, a common past or present
    form, or a lower-case "-ed" word not after a determiner)."""
    w = words[i]
    return bool(EN_FINITE.fullmatch(w) or EN_PAST.fullmatch(w) or (
        re.fullmatch(r"[a-z]{2,}ed", w) and (i == 0 or words[i - 1].lower() not in NOT_BEFORE_VERB)))


def _last_np(clause: str) -> str:
    """The words after a clause's last finite verb, its object ("issued a press statement" ->
    "a press statement"); the clause itself when it has no verb."""
    words = clause.split()
    for i in range(len(words) - 1, 0, -1):
        if _finite_at(words, i):
            return " ".join(words[i + 1:])
    return clause


def _other_subject(clause: str, lang: str) -> str:
    """German, French, Russian: the words of a clause before its first finite verb, or "" when
    none is found within eight words. French: before an auxiliary ("a", "ont", "avait") or a
    known verb; Russian: before a lowercase past or present form ("провел", "считает"; not the
    noun "комитет"); German (the verb second): the capitalised noun phrase that opens the clause."""
    words = DATELINE.sub("", clause.strip()).split()
    for i, w in enumerate(words[1:9], start=1):
        if lang == "fr" and (w in ("a", "ont", "avait", "avaient", "est", "sont", "était") or find_verbs(w, "fr")):
            return " ".join(words[:i])
        if lang == "ru" and w.islower() and re.search(
                r"(?:[аяиеыу]л|[аяиеу]ла|[аяиеу]ли|[аяие]ло|[аяуе]ет|ится|ется|ются|ятся|[аеи]лся|[аеи]лась)$", w):
            return " ".join(words[:i])
        if lang == "de" and w.islower() and words[i - 1][:1].isupper() and not re.fullmatch(
                r"der|die|das|des|dem|den|von|vom|aus|in|im|für|zu|zur|zum|und|bei|am", w):
            return " ".join(words[:i])
    return ""


def _main_subject(segments: list[str]) -> str:
    """The subject of a clause given as comma-separated segments, or "" when none is clear.

    Opening adjuncts ("One day in December 1957", "On Monday") are skipped; the subject is the
    first segment's words before its first finite verb ("Peskov dismissed the reports" ->
    "Peskov"), at most eight words.
    """
    for seg in segments:
        seg = re.sub(r"^\W*x{4,}\W*", "", DATELINE.sub("", seg.strip()))  # after a quotation ('"…" he said')
        if not seg or EN_ADJUNCT.match(seg):
            continue
        words = seg.split()
        for i in range(1, min(len(words), 9)):
            if _finite_at(words, i):
                return " ".join(words[:i])
        return ""
    return ""


def _np_after(text: str) -> tuple[str, str]:
    """Speaker after an inverted verb ("said Lena Hartsfield, a fellow at …") and its context."""
    t = text.strip(" ,:—–-")
    t = re.split(r"[.!?;](?:\s|$)", t, maxsplit=1)[0]
    head = t.split(",")[0]
    if re.match(r"(?:on|upon|for|into|at|to|with|from|by|about|over)\s", head):
        return "", t  # "called on its allies": a preposition opens no speaker
    return _clean_speaker(DE_RECIPIENT.sub("", head)), t


def _subject_or_inversion(chunk: str, rest: str, lang: str, form: str = "") -> tuple[str, str]:
    """Subject before the verb, or after it in a German/Russian inversion."""
    head = chunk.strip()
    if lang == "de" and (not head or DE_INVERSION.match(head.split(",")[-1].strip())):
        m = re.match(r"\s*((?:(?:der|die|das|des|ein|eine|einer)\s+)?[^,]+?)(?=,|\s+(?:aus|mit|zu|zurück|ein)\b|$)",
                     rest)
        if m:
            return _clean_speaker(m.group(1)), m.group(1)
    return _subject_before(chunk, lang, form)


def _appositive_speaker(sent: str, comma: int, form: str, cat: str):
    """English '<clause>, <speaker>[, <apposition>], said …': the speaker phrase in the one
    or two comma-separated segments before ``comma`` (each a short noun phrase, the first
    after at least 15 characters of clause); a segment that ends with a person's name is the
    speaker. Returns the attribution tuple of :func:`.indirect._western_indirect`, or None."""
    cuts = [comma]
    for _ in range(2):
        prev = sent.rfind(",", 0, cuts[0])
        if prev < 15:
            break
        seg = sent[prev + 1:cuts[0]].strip()
        if not seg or len(seg.split()) > 8 or _is_clause(seg) or not re.match(r"(?:[A-Z]|the\s|a\s|an\s)", seg):
            break
        cuts.insert(0, prev)
    if len(cuts) < 2:
        return None
    segs = [sent[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])]
    named = [m for m in map(NAME_AT_END.search, segs) if m]
    spk = named[-1].group(0) if named and len(segs) > 1 else _clean_speaker(segs[0])
    return 0, cuts[0], spk, ", ".join(segs), form, cat


def _is_clause(phrase: str) -> bool:
    """True when an English phrase has a finite verb after its first word ("the attack had
    involved", "Pyongyang appeared"): a clause, not a speaker. A relative clause ("a veteran
    who lost a leg") and a participle that ends the phrase ("the officer of the unit
    involved") do not count."""
    words = re.split(r"\s(?:who|whom|whose|which|that)\s", phrase)[0].split()
    return any(_finite_at(words, i) for i in range(1, len(words))
               if not (i == len(words) - 1 and words[i].endswith("ed")))


def _complement_start(sent: str, ve: int, lang: str) -> int | None:
    """Where the reported clause starts after a reporting verb, or None if there is none."""
    rest = sent[ve:]
    if lang == "de":
        m = re.match(r"[^,.;:]{0,60}?,\s*(?:dass\s+)?", rest)
        return ve + m.end() if m and len(rest[m.end():].split()) >= 3 else None
    if lang == "ru":
        m = re.match(r"[^,.;:]{0,60}?(?:,\s*что\s+|:\s*)", rest)
        return ve + m.end() if m else None
    if lang == "fr":
        m = re.match(r"[^,.;:]{0,60}?\s(?:que\s+|qu')", rest)
        if m:
            return ve + m.end()
        m = FR_INFINITIVE.match(rest)
        return ve + m.start(1) if m and len(rest[m.start(1):].split()) >= 3 else None
    pos = 0
    obj = EN_OBJECT.match(rest)
    if obj:
        pos = obj.end()
    m = re.match(r"[^.;:\"“]{0,80}?\bthat\s+", rest[pos:])
    if m and len(rest[pos:pos + m.end()].split()) <= 10:
        return ve + pos + m.end()
    adv = EN_ADVERBIAL.match(rest[pos:])
    if adv:
        pos += adv.end()
    nxt = rest[pos:].lstrip(" ,")
    # "called for talks", "asked for help": a demand, not reported speech
    # "reported on the budget", "spoke about the war": a topic, not reported speech
    if len(nxt.split()) < 3 or re.match(r"(?:[.!?]|to\b|by\b|with\b|of\b|for\b|so\b|as\b|and\b|or\b|but\b|"
                                        r"on the\b|about (?:the|his|her|its|their)\b)", nxt, re.IGNORECASE):
        return None
    return ve + len(rest) - len(nxt)
