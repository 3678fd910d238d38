"""Speaker resolution: pronouns, surnames, short descriptions and titles take an earlier speaker
or its group; the group of the dateline's or the outlet's country where the speaker has none."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..sources import source_group
from .patterns import (
    DATELINE, DATELINE_CITY_GROUP, DETERMINERS, DOMESTIC, FEMININE, FRONTED_PLACE, HOME_CITY, HOME_DATELINE,
    INDEFINITE, INSTITUTION_HEAD, INSTITUTION_ROLE, KOREAN_DEFENCE_MINISTRY, KO_SURNAME_TITLE, MASCULINE,
    NAME_AFTER, NOT_A_NAME, NOT_A_PERSON, OTHER_COUNTRY, OTHER_FEMININE, OTHER_MASCULINE, OTHER_NAMED_SUBJECT,
    OTHER_SINGULAR, OUTLET_DOMESTIC, PARTICIPANTS, PERSON_NAME, PERSON_SUBJECT, PRONOUNS, RANK, RELATIVE_SPEAKER,
    SUBJECT_PARTICIPANTS, TEXT_NOUNS, TEXT_SPEAKER, TIME_OPENING, TITLED_SUBJECT, UNKNOWN,
)
from .sentences import _Found, _sentence_anonymous
from .speaker import _clean_speaker, _other_subject


# a pronoun -> the cue of a person it cannot stand for (see MASCULINE, FEMININE and their
# German, French and Russian counterparts)
OTHER_GENDER = {"he": FEMININE, "she": MASCULINE, "il": OTHER_FEMININE, "er": OTHER_FEMININE,
                "он": OTHER_FEMININE, "elle": OTHER_MASCULINE, "она": OTHER_MASCULINE}


@dataclass
class _DocState:
    """Per-document memory for resolving pronouns, surnames and short descriptions."""

    text: str
    lang: str = "en"
    speakers: list = field(default_factory=list)  # (paragraph index, speaker, group)
    home: str | None = None  # the group of the place in the opening dateline
    outlet_home: str | None = None  # the group of the outlet's country, when there is no dateline
    # speakers and named subjects, in order: (paragraph index, name, group, the words that named them)
    people: list = field(default_factory=list)
    # German, French, Russian: the last named subject, (paragraph index, name, group, speakers seen before it)
    last_subject: tuple | None = None
    _event_home: str | None = field(default=None, repr=False)

    @property
    def event_home(self) -> str | None:
        """The dateline's group for the participants of an event, unless the text's lead
        names another group (see :data:`PARTICIPANTS`); looked up once, when first needed."""
        if self.home and self._event_home is None:
            lead = DATELINE.sub("", self.text.lstrip())[:300].split(". ")[0]
            self._event_home = self.home if source_group(lead) in (None, self.home) else ""
        return self._event_home or None


def _resolve(f: _Found, para_idx: int, state: _DocState) -> tuple[str, str]:
    """Speaker text and group of one attribution (pronouns, surnames, short descriptions)."""
    spk = f.speaker
    low = spk.lower()
    inverted = re.fullmatch(r"(?:a-)?t?-(il|elle|ils|elles)", low)
    if inverted:  # French: the pronoun of an inverted verb ("», a-t-il ajouté") speaks
        spk = low = inverted.group(1)
    same_para = [x for x in state.speakers if x[0] == para_idx]
    if not spk:
        if same_para:
            return same_para[-1][1], same_para[-1][2]
        return "", UNKNOWN
    if low in ("he", "she"):
        # the last person named or quoted in this or the three paragraphs before; never an
        # institution or a plural ("Officials said … He said" leaves "He" unresolved)
        # of the other gender, when a title or a name tells it ("Mr.", "Ms.", Kim Jong Un)
        other = OTHER_GENDER[low]
        recent = [x for x in state.people if x[0] >= para_idx - 3 and not other.search(x[3])]
        return (recent[-1][1], recent[-1][2]) if recent else (spk, UNKNOWN)
    # French and Russian (German "sie" is also "they"): skip a speaker of the other gender
    other = OTHER_GENDER.get(low)
    if other:
        same_para = [x for x in same_para if not other.search(x[1])]
    last = state.last_subject
    if other and last and other.search(last[1]):
        last = None
    if low in OTHER_SINGULAR and last and last[0] >= para_idx - 1 and last[3] == len(state.speakers):
        # "Kremlsprecher Dmitri Peskow wies die Berichte zurück. „…“, sagte er": the person this or
        # the paragraph before named last, when no one has been quoted since
        return last[1], last[2]
    if low in PRONOUNS or low.startswith("по его") or low.startswith("по ее"):
        if same_para:
            return same_para[-1][1], same_para[-1][2]
        prev = [x for x in state.speakers if x[0] == para_idx - 1 and not (other and other.search(x[1]))]
        if prev and (prev[-1][2] != UNKNOWN or prev[-1][1].lower() not in PRONOUNS):
            return prev[-1][1], prev[-1][2]
        if low in ("we", "wir", "nous", "мы"):
            # "… made public the following press statement: … We warn that …": its issuer
            for noun in ("statement", "message", "letter", "appeal"):
                author = _text_author(state.text, f.start, noun)
                if author:
                    return author[0], author[1] or UNKNOWN
        if low in ("they", "sie", "ils", "elles", "они"):
            # "Speakers congratulated the innovators. They said that …": the participants named last
            m = list(SUBJECT_PARTICIPANTS.finditer(state.text[:f.start], max(0, f.start - 600)))
            if m:
                return m[-1].group(1), state.event_home or UNKNOWN
        return (prev[-1][1], prev[-1][2]) if prev else (spk, UNKNOWN)
    if RELATIVE_SPEAKER.fullmatch(low):
        # "ЦВК ТПК опубликовал заявление, в котором говорится, что …": the clause before speaks
        at = f.sentence.lower().find(low)
        before = re.split(r"[,;:]", f.sentence[:at] if at > 0 else "")
        segment = before[-2] if len(before) >= 2 else ""
        subject = (_other_subject(segment, state.lang) if state.lang in ("de", "fr", "ru") else "") or segment
        if subject.strip():
            return _clean_speaker(subject), source_group(segment) or UNKNOWN
    if TEXT_SPEAKER.fullmatch(low) and f.verb:
        # "In der Erklärung hieß es, …", "В сообщении подчеркивается, что …": whoever was quoted
        # last in this or the paragraph before
        recent = [x for x in state.speakers if x[0] >= para_idx - 1]
        if recent:
            return recent[-1][1], recent[-1][2]
    if _sentence_anonymous(f.sentence):
        return spk, "anonymous"
    group = source_group(spk) or source_group(f.context)
    if group == "South Korea" and (state.home or state.outlet_home) == "North Korea":
        phrase = spk if source_group(spk) else f.context
        if KOREAN_DEFENCE_MINISTRY.search(phrase) and not source_group(KOREAN_DEFENCE_MINISTRY.sub(" ", phrase)):
            group = "North Korea"  # "a spokesman for the Ministry of National Defence", from Pyongyang
    if group:
        return spk, group
    short = KO_SURNAME_TITLE.fullmatch(spk)
    if short:  # Korean "김 위원장" after "김정은 국무위원장": the full mention's group
        sur, title = short.groups()
        full = list(re.finditer(rf"{sur}[가-힣]{{1,2}}\s+[가-힣]*{title}", state.text[:f.start]))
        group = source_group(full[-1].group(0)) if full else None
        if group:
            return spk, group
    tokens = spk.split()
    if 1 <= len(tokens) <= 2 and tokens[0][:1].isupper() and not DETERMINERS.match(f.context.strip() + " "):
        for _, name, g in reversed(state.speakers):
            if name != spk and set(tokens) & set(name.split()):
                return name, g
        g = _introduction_group(state.text, f.start, tokens[-1])
        if g:
            return spk, g
    if OTHER_COUNTRY.search(spk) or OTHER_COUNTRY.search(f.context):
        # an office of a country outside the groups ("Prime Minister of Japan", "Laotian"): not the
        # group of an earlier mention of its title ("member of the … Brazilian Communist Party")
        return spk, UNKNOWN
    if spk[:1].islower() or OUTLET_DOMESTIC.search(spk):  # a description, not a name
        opening = f.sentence.lstrip()
        place = FRONTED_PLACE.match(opening) or FRONTED_PLACE.match(DATELINE.sub("", opening))
        g = place and (source_group(place.group(1)) or DATELINE_CITY_GROUP.get(place.group(1).lower()))
        if g and g not in ("expert", "anonymous"):
            return spk, g
    head = re.sub(r"[^\w\s-]", "", low).split()
    definite = not INDEFINITE.match(f.context.strip() + " ")  # "a spokesman" is someone new
    if head and head[-1] in ("article", "articles", "editorial", "commentary"):
        paper = _digest_paper(state.text, f.start)
        if paper:  # a newspaper digest: "Rodong Sinmun\n- … \n- An article says that …"
            return paper[0] or spk, paper[1]
    if head and head[-1] in TEXT_NOUNS and definite and len(head) <= 3:
        author = _text_author(state.text, f.start, head[-1])
        if author:  # "The message said": whoever sent it, or from whom it was received
            return author[0], author[1] or UNKNOWN
    if head:
        for _, name, g in reversed(same_para):
            if head[-1] in name.lower() and g != UNKNOWN:
                return name, g
        for probe in ([" ".join(head[-2:])] + [w for w in reversed(head) if len(w) >= 4])[:3]:
            g = _context_group(state.text, f.start, probe, titled=definite)
            if g:
                return spk, g
    if head and head[-1] in ("reporter", "speaker", "reporters") and len(head) <= 3:
        maker = _report_maker(state.text, f.start)
        if maker:
            name, g = maker
            g = g if g != UNKNOWN else (state.home or UNKNOWN)
            return (spk if head[-1].endswith("s") or "and" in head else name), g
    if re.match(r"(?:former|retired|ex-)", spk, re.IGNORECASE):
        return spk, UNKNOWN  # no longer speaks for the office ("Former military prosecutor Sergei Fomin")
    if state.home and (DOMESTIC.search(spk) or PERSON_NAME.fullmatch(spk)):
        return spk, state.home
    if PARTICIPANTS.search(spk) and state.event_home:
        return spk, state.event_home
    if state.outlet_home and OUTLET_DOMESTIC.search(spk) and not RANK.search(spk):
        return spk, state.outlet_home
    if head and definite and INSTITUTION_HEAD.fullmatch(head[-1]) and (
            len(head) <= 2 or INSTITUTION_ROLE.fullmatch(" ".join(low.split()[:-1]))):
        # "South Korea's National Intelligence Service said … The agency said": the institution
        # quoted last in this or the three paragraphs before
        for p, name, g in reversed(state.speakers):
            if p < para_idx - 3:
                break
            if g not in (UNKNOWN, "anonymous", "expert") and not _is_person(name):
                return spk, g
    return spk, UNKNOWN


def _subject_home(named: str, state: _DocState) -> str | None:
    """The dateline's group for a named subject with none of its own: a bare name ("Kim
    Min-ho") or a title of office ("Foreign Minister Cho Tae-yul"), not a former holder or an
    office of a country outside the groups."""
    if not state.home or re.match(r"(?:former|retired|ex-)", named, re.IGNORECASE) or OTHER_COUNTRY.search(named):
        return None
    return state.home if PERSON_NAME.fullmatch(named) or DOMESTIC.search(named) else None


def _named_subject(sentence: str) -> str:
    """The person a sentence opens with, if it names one (see :data:`PERSON_SUBJECT`), else ""."""
    head = DATELINE.sub("", sentence.lstrip())
    m = PERSON_SUBJECT.match(head) or TITLED_SUBJECT.match(head)
    rest = head
    for _ in range(2):  # after opening time adverbials: "One day in May, Juche 73 (1984), Chairman … visited"
        t = None if m else TIME_OPENING.match(rest)
        if not t:
            break
        rest = rest[t.end():]
        rest = rest[:1].upper() + rest[1:]
        m = PERSON_SUBJECT.match(rest) or TITLED_SUBJECT.match(rest)
    return m.group(1) if m and not NOT_A_NAME.search(m.group(1)) else ""


def _introduction_group(text: str, before: int, surname: str) -> str | None:
    """The group of the words that introduced a surname at its first mention before ``before``
    ("Der Korea-Experte der Universität Münster, Jonas Petersen, sagte …" -> expert for a later
    "Petersen"): the part of that sentence up to the name, at most 120 characters, else the
    apposition after the name ("Lucie Marchand, maîtresse de conférences …, …"), or None."""
    if len(surname) < 3 or not surname[:1].isupper():
        return None
    m = re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text[:before])
    if not m:
        return None
    stop = text.rfind(". ", 0, m.start())
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
    intro = text[start:m.end()]
    if len(intro) > 120 or OTHER_COUNTRY.search(intro):
        return None
    group = None if intro.strip() == surname else source_group(intro)
    after = re.match(r",\s*([^,.;:!?()]{3,120})[,.;]", text[m.end():before])
    if not group and after and not OTHER_COUNTRY.search(after.group(1)) and not re.match(
            r"(?:a|an|le|la|ein|eine|der|die|das)?\s*(?:said|says|told|a dit|sagte|заявил)", after.group(1)):
        # or of the apposition after the name: "Lucie Marchand, maîtresse de conférences à Lyon, …"
        group = source_group(after.group(1))
    return group


def _other_named_subject(sentence: str) -> str:
    """German, French, Russian: the role and name a sentence opens with (see
    :data:`OTHER_NAMED_SUBJECT`), else ""."""
    m = OTHER_NAMED_SUBJECT.match(sentence.lstrip())
    return _clean_speaker(m.group(0)) if m else ""


@lru_cache(maxsize=16384)
def _is_person(speaker: str) -> bool:
    """True when a speaker can be a later "he" or "she": not a pronoun, an institution, a
    plural (the head of "spokesman for the ministry" and of "South Korea's spy agency" decides)
    or a place ("South Korea")."""
    head = re.split(r"['’]s?\s", re.split(r"\s+(?:of|for|at|from|with|des|du|de|der|von)\s+", speaker)[0])[-1]
    head = re.sub(r"\s*\([^)]*\)$", "", head)  # "Nationale Nachrichtendienst (NIS)"
    place = re.fullmatch(r"(?:[A-Z][\w'.-]*\s*){1,4}", speaker) and NOT_A_NAME.search(speaker)
    words = head.lower().split() or [""]
    # the head noun is last in English, German and French, first in Russian ("Служба безопасности Украины")
    institution = (bool(INSTITUTION_HEAD.fullmatch(words[-1]) or INSTITUTION_HEAD.fullmatch(words[0]))
                   or words[-1].endswith(("dienst", "ministerium", "amt")))
    return speaker.lower() not in PRONOUNS and not NOT_A_PERSON.search(head) and not place and not institution


def _home_group(text: str) -> str | None:
    """The group of the place in a text's opening dateline ("SEOUL (Yonhap) —" -> South Korea,
    "МОСКВА. …" -> Russia)."""
    m = HOME_DATELINE.match(text) or HOME_CITY.match(text)
    if not m:
        return None
    place = m.group(1)
    return source_group(place) or DATELINE_CITY_GROUP.get(place.split(",")[0].strip().lower())


def _context_group(text: str, before: int, head: str, titled: bool = True) -> str | None:
    """Group of the last earlier mention of ``head`` ("agency" -> "South Korea's intelligence agency");
    with ``titled``, also of a name right after it ("the Chairman" -> "Chairman Kim Jong Il
    visited"), which an indefinite speaker ("a spokesman", "ein Sprecher") does not take."""
    if len(head) < 3:
        return None
    window = text[max(0, before - 3000):before]
    bound = r"\b" if re.match(r"[A-Za-zА-Яа-яЁё]", head) else ""
    for m in reversed(list(re.finditer(bound + re.escape(head) + bound, window, re.IGNORECASE))):
        g = source_group(re.split(r"[,;:!?()]|(?<![A-Z])\.\s", window[max(0, m.start() - 40):m.end()])[-1])
        if not g and titled:  # a title names its holder after it: "the Chairman" -> "Chairman Kim Jong Il visited"
            after = NAME_AFTER.match(window, m.end())
            g = source_group(after.group(1)) if after else None
        if g:
            return g
    return None


def _text_author(text: str, before: int, noun: str) -> tuple[str, str | None] | None:
    """English "The message said": whoever last sent, issued or published a ``noun`` before
    ``before`` ("Kim Jong Un, general secretary of …, sent a reply message to …"), or from whom
    one was received ("… received a message of greeting from Mahmoud Abbas, president of …").
    Returns ``(name, group)`` (the name up to its first comma; the group of the whole phrase, or
    None), or None when no sender is named."""
    window = text[max(0, before - 3000):before]
    sent = [(m.start(), m.group(1)) for m in re.finditer(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))([^.!?\n]*?)\b(?:sent|issued|published|released|delivered|addressed|carried|"
        rf"made public)\s+"
        rf"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}{noun}s?\b", window, re.IGNORECASE)]
    received = [(m.start(), m.group(1)) for m in re.finditer(
        rf"\breceived\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}{noun}s?\b[^.!?\n]*?\bfrom\s+"
        rf"((?:[^.;!?\n]|(?<=\b[A-Z])\.)+)", window, re.IGNORECASE)]
    found = sorted(sent + received)
    if not found:
        return None
    phrase = DATELINE.sub("", found[-1][1].strip())
    name = _clean_speaker(phrase.split(",")[0])
    return (name, source_group(phrase)) if name else None


def _digest_paper(text: str, before: int) -> tuple[str, str] | None:
    """A newspaper digest (KCNA's "Rodong Sinmun" followed by lines "- An article says …"): the
    paper named alone on the first line of the paragraph that holds ``before``, with its group;
    or, under a heading line ("Following are … articles in leading newspapers of the DPRK …:"),
    no name and the heading's group; else None."""
    start = text.rfind("\n\n", 0, before)
    start = 0 if start < 0 else start + 2
    end = text.find("\n", start, before)
    first = text[start:end if end >= 0 else before].strip()
    if not first or first == text[start:before].strip():
        return None
    if first.endswith(":") and re.search(r"\bnewspapers?\b", first, re.IGNORECASE):
        group = source_group(DATELINE.sub("", first))
        return ("", group) if group else None
    if len(first) > 40 or re.search(r"[.!?:,;]", first):
        return None
    group = source_group(first)
    return (first, group) if group else None


def _report_maker(text: str, before: int) -> tuple[str, str] | None:
    """English "The reporter said" / "The speaker said" / "The reporters and speakers said":
    the (first) person who last "made a report" or "made a speech" (or "made reports") before
    ``before``, with their group, or None."""
    window = text[max(0, before - 3000):before]
    made = list(re.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))([^.!?\n]*?)\bmade (?:(?:a|the) (?:report|speech)|"
                            r"(?:the )?(?:reports|speeches))\b", window))
    for m in reversed(made):
        name = _named_subject(m.group(1) + " made")
        if name:
            return name, source_group(m.group(1)) or UNKNOWN
    return None
