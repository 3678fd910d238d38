"""Attribution: who is quoted or cited in each document, with which reporting verb.

Rule-based and transparent (every row can be traced to a rule below), offline, and quick
(regular expressions only; no parser). Languages: English, German, Russian, Korean, French;
other languages get the quotation-mark rules with the English verb list.

Direct quotes: text between “…” "…" «…» „…“ ‘…’ 「…」 『…』 »…« with an attribution clause
after ('"…," said X', '"…," X told reporters', '„…“, sagte X', '«…», — сказал X',
'"…"고 말했다') or before ('X said: "…"', 'X said that "…"'). A quote without its own
clause that opens a sentence takes the speaker of the previous quote in the paragraph. A
quotation that is a fragment of a reported clause ('Kim said the navy's nuclear armament was
"an urgent task"', 'die Lage sei „sehr ernst“') is not a quote of its own: the clause is the
(indirect) quote, as in PARC-style annotation, and a statement is counted once (all rule
languages but Korean).

Indirect quotes: 'X said (that) …', 'X told reporters …', 'X claimed/denied that …',
'X expressed the hope that …'; an opening 'Noting that …, he stressed …' gives two;
'according to X, …' and '…, X said.' / '…, according to X.'; German 'X sagte, …',
'X teilte mit, …', 'laut X …', 'nach Angaben/Einschätzung des X hat …' (the speaker ends at
the verb), 'nach eigenen Angaben' (the one just quoted), 'Wie X mitteilte, …'; Russian 'X
заявил, что …', 'по словам X, …', 'по его словам, …', 'Как сообщил X, …'; Korean '…다고 밝혔다/말했다/
주장했다/전했다' with the subject (은/는) earlier in the sentence, 'X에 따르면 …'; French 'X a déclaré que …', 'selon X, …'. In
English a subject with an apposition ('The governor, Oleh Syniehubov, said the attack …')
speaks the clause after the verb (the name in the apposition is its speaker), while '…, said
Colonel X, who commands …' is an inversion.

Speakers: pronouns ("he said", "er", "она", "그는") take the last speaker of the same paragraph;
in English "he" and "she" take the last person quoted or named as a sentence's subject
("Respected Comrade Kim Jong Un, general secretary of …, inspected") in that or the three
paragraphs before, never an institution or a plural. A bare surname ("Lin said") takes an
earlier speaker of the document whose name contains it; a definite description without a group
("the agency") takes the group of its last earlier mention in the document ("South Korea's
intelligence agency"), a bare title that of the name after its last mention ("the Chairman"
after "Chairman Kim Jong Il visited"); in English "the message" speaks for whoever last sent or
issued one, "the reporter" is whoever last made a report, and a sentence that opens with a time
adverbial ("One day in May 1964, President …") still names its subject; a French inverted
pronoun ("a-t-il ajouté") and a Korean surname with a title ("김 위원장", after "김정은 국무위원장") take
the speaker or group before them. English speaker phrases lose a dateline, opening connectives
("And he", "Then", "Meanwhile") and auxiliaries ("he has already"); a relative pronoun speaks
for its antecedent ("the U.S., which has claimed"); a participle after a comma ("…, saying
that") takes the subject of the short clause before it, else of the main clause, and after a
trailing attribution ("…, he said, adding that …") is a second quote; adverbs or a participle
phrase between a subject and its verb ("Jo, a secretary of the Central Committee, courteously
reported") are not the speaker; a passive ("It can be said that", "has been firmly
maintained"), a phrase with a finite verb in it, or one that opens with a preposition after the
verb ("called on its allies") is no speaker; a quotation after "titled" is a title, not a
quote. The group comes from :func:`discourse.sources.source_group` on the speaker and its
apposition; an explicit anonymity cue in the sentence ("speaking on condition of anonymity")
makes it "anonymous". A local office, a lawmaker, a military rank, a resident or a bare name
with no group of its own takes the country of the text's opening dateline ("KHARKIV, Ukraine
(AP) —", "SEOUL, Oct. 18 (Yonhap) --"); without a dateline, an office or official takes the
country of the outlet (the corpus's ``country`` column, from outlets.csv), but a rank or a bare
name does not, as foreign outlets quote them as often; a former or retired official, or one
whose phrase names a country outside the groups ("Prime Minister of Japan", "Laotian"), takes
neither. Otherwise unknown speakers get "unknown".
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import pandas as pd

from .errors import StageError
from .sources import find_verbs, is_anonymous, korean_topic, lookup_verb, source_group

QUOTE_COLUMNS = ["doc_id", "quote_id", "speaker", "speaker_group", "verb", "verb_category", "kind", "quote",
                 "start", "end"]
PROFILE_COLUMNS = ["group", "speaker_group", "n", "share"]
UNKNOWN = "unknown"
MAX_CHARS = 200_000  # longer documents are read up to this many characters (design: cap sizes)
RULE_LANGS = ("en", "de", "ru", "ko", "fr")

PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
QUOTE = re.compile(
    r"“([^“”\n]+?)”|\"([^\"\n]+?)\"|«([^«»\n]+?)»|„([^„“”\n]+?)[“”]|‘([^‘’\n]+?)’(?![A-Za-z])"
    r"|「([^「」\n]+?)」|『([^『』\n]+?)』|»([^»«\n]+?)«")
SENT_END = re.compile(r"[.!?…]+[\"”»“’」』)]*(?=\s+\S)|(?<=[\"”»“])(?=\s+\S)")
ABBREV = frozenset("mr mrs ms dr rep sen gen col lt maj capt sgt st prof gov pres jr sr no nr vs u.s u.k "
                   "z.b bzw ca inc corp co dept adm cmdr etc".split())
PRONOUNS = frozenset("he she they it we i er sie es wir ich он она они оно мы я il elle ils elles lui eux "
                     "그는 그녀는 그 그들은 이들은".split())
# a Korean surname and title standing for a person named in full earlier ("김 위원장")
KO_SURNAME_TITLE = re.compile(r"([가-힣])\s+([가-힣]{2,5})")
DETERMINERS = re.compile(r"^(?:the|a|an|der|die|das|dem|den|des|ein|eine|einer|eines|einem|le|la|les|l'|un|une)\s+",
                         re.IGNORECASE)
TRAILING_ADVERBIAL = re.compile(
    r"\s+(?:on|in|at|during|after|last|this|late|early|earlier|later|yesterday|today|told|to|via|from|am|im|in|"
    r"bei|vor|nach|gegenüber|в|во|на|журналистам|le|au|lors)\b.*$|\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day\b.*$", re.IGNORECASE)
# an adverb that ends a speaker phrase ("the ministry strongly", "he earnestly"), not a noun in
# -ly ("the weekly", "the assembly") or a name (capitalised: "Senator Kelly")
TRAILING_LY = re.compile(r"\s+(?!(?:ally|assembly|family|daily|weekly|monthly|quarterly|rally|supply|reply|"
                         r"monopoly|anomaly)$)[a-z]{2,}ly$")
# "As I have already stressed, ..." (the pronoun speaks), "As already warned, ..." (no one)
AS_CLAUSE = re.compile(r"as\s+((?:I|we|he|she|they|you)\s+)?(?:(?:has|have|had|is|was|been|already|always|earlier|"
                       r"previously|repeatedly|often|once)\s*)*$", re.IGNORECASE)
# a wire or state-media dateline that opens a first sentence: "Pyongyang, October 23 (KCNA) --",
# "SEOUL, Oct. 18 (Yonhap) --", "MOSCOW, October 18. /TASS/."
DATELINE = re.compile(r"^(?:[A-Z][\w .'-]{1,40}?,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
                      r"\s*(?:(?:\.?\s*/[^/\n]{2,25}/\.?|\([^()\n]{2,25}\))\s*(?:--|[-—–])?|--|[—–])\s*")
# words that open a clause without being its subject: "And he said", "Then he stressed",
# "Meanwhile, the Kremlin said", "where they called", "what it called"
EN_LEADING = re.compile(r"^(?:(?:and|but|or|so|then|thus|thereby|also|meanwhile|moreover|furthermore|however|"
                        r"later|still|yet|besides|again|now|here|instead|hence|therefore|where|when|whereby|"
                        r"what|that day|one day|the next day|on that day)\b[\s,]*)+", re.IGNORECASE)
# a participle clause that opens a sentence and reports speech: "Noting that …, he said"
# ("Repeatedly noting that …")
LEADING_PARTICIPLE = re.compile(r"\s*(?:[A-Z][a-z]+ly\s+)?((?i:Noting|Saying|Stressing|Recalling|Pointing out|Adding|"
                                r"Warning|Emphasizing|Emphasising|Claiming|Insisting|Arguing|Explaining|Stating|"
                                r"Acknowledging))\s+that\s+")
# a quotation's masked interior (see _mask_quotes) inside a would-be speaker: '"…," adding'
MASKED = re.compile(r"x{4,}")
# a relative pronoun that stands for the phrase before its comma ("the U.S., which has branded")
EN_RELATIVE = re.compile(r"^(?:which|who)\b", re.IGNORECASE)
# auxiliaries, modals and adverbs between a subject and its verb ("he has already stressed",
# "er hat", "он также")
TRAILING_AUX = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|again|previously|later|then|was|is|are|were|"
                             r"would|will|already|should|can|could|must|may|might|shall|did|does|do|not|never|"
                             r"once|repeatedly|further|hat|hatte|habe|также|тоже))+$", re.IGNORECASE)
# a finite verb inside a phrase: it is a clause, not a speaker ("it is a grave provocation")
EN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|must|"
                       r"shall|may|might)\b")
# be + a reporting verb in the participle is a passive: "It can be said that", "was called"
EN_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)*\s*$", re.IGNORECASE)
# a participle clause after a trailing attribution ("…, he said, adding that …")
_PARTICIPLES = r"(?:adding|saying|noting|stressing|insisting|warning|explaining|arguing|claiming|acknowledging)"
PARTICIPLE_TAIL = re.compile(rf"\s*{_PARTICIPLES}\b")
PARTICIPLE_CLAUSE = re.compile(rf",\s*({_PARTICIPLES})(?:\s+that\b|\s*:)?\s*")
# a segment between a subject and its verb that is not the subject: adverbs ("courteously") or a
# participle phrase ("attaching special importance to …"), see _subject_before
EN_ADVERBS = re.compile(r"[a-z]+ly(?:\s+[a-z]+ly)*")
EN_PARTICIPLE_PHRASE = re.compile(r"(?!according\b)[a-z]+ing\s")
# a quotation that names a text, not a statement: 'a press statement titled "…"'
TITLED = re.compile(r"(?:\b(?:titled|entitled|headlined|under the (?:title|headline)(?: of)?|unter dem titel|mit dem "
                    r"titel|betitelt|intitulée?s?)|под названием|озаглавленн\w*)\s*[:,]?\s*$", re.IGNORECASE)
# an opening phrase that is not the clause's subject ("One day in December 1957", "On Monday")
EN_ADJUNCT = re.compile(r"^(?:in|on|at|during|after|before|when|while|as|if|although|though|since|because|"
                        r"meanwhile|one day|earlier|later|last|this|amid|despite|following|against|with|"
                        r"under|upon|for|by|to|from|through|over|now|then|also|however|moreover)\b",
                        re.IGNORECASE)
# common irregular past tenses and present forms that end a subject ("Kim made", "Moscow says")
EN_PAST = re.compile(r"made|took|gave|sent|held|met|saw|went|came|told|said|spoke|wrote|put|set|left|kept|brought|"
                     r"thought|found|led|stood|got|became|began|drew|paid|sought|won|lost|struck|laid|shook|threw|"
                     r"says|claims|insists|denies|continues|remains|urges|calls|warns|tells|notes|stresses")
# a head noun with an of/for chain and no verb: one noun phrase however long
NP_CHAIN = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w.'-]+\s+){1,3}(?:for|of)\s(?:(?!(?:is|are|was|were|has|have|had)\b)"
                      r"[\w.'’-]+(?:\s+|$))+$", re.IGNORECASE)
# words after which an "-ed" word is an adjective, not the verb ("the armed forces")
NOT_BEFORE_VERB = frozenset("the a an its their his her our your my of and or well newly so very most more".split())
# the dateline that opens a text names the place it was filed from: "SEOUL (Wire) —",
# "ODESA, Ukraine (Wire) —", "SEOUL, Nov. 1 (Yonhap) --", "MOSCOW, April 26. /TASS/.", "Pyongyang, May 3 --"
HOME_DATELINE = re.compile(r"\s*([A-Z][A-Za-z .'-]{1,40}?(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
                           r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
                           r"(?:(?:\.?\s*/[^/\n]{2,25}/\.?|\([^()\n]{2,25}\))\s*(?:--|[—–-])?|--|[—–-])\s")
# speakers who, without a nationality of their own, belong to the country the text was filed
# from: offices and officials, lawmakers, military ranks, residents and people named without
# any description ("the mayor", "the ministry", "Rep. Kang", "Colonel Savchuk", "Olena
# Vasylenko"); not agencies, services, commissions or parties, which are often foreign
# ("the agency" in a story from Kyiv is often South Korea's spy agency)
OFFICES = (r"mayor|governor|lawmakers?|legislators?|rep\.|assemblyman|assemblywoman|parliament\w*|deputy|minister|"
           r"ministry|spokes(?:man|woman|person)|officials?|authorities|administration|police|prosecutors?|court|"
           r"council|emergency|rescuers|residents?|villagers?|locals?|presidential|government|office|joint chiefs|"
           r"head|chief|director|secretary|"
           # German, French and Russian offices
           r"\w*sprecher\w*|regierung\w*|\w*ministeri\w*|behörde\w*|beamte\w*|bürgermeister\w*|abgeordnete\w*|"
           r"porte-parole|minist[eè]re|gouvernement|autorités|responsables?|maire|député\w*|"
           r"глав[аеуы]|министерств\w*|власт[иь]\w*|чиновник\w*|губернатор\w*|мэр\w*|депутат\w*|"
           r"пресс-секретар\w*|представител\w*")
RANKS = r"commander|general|colonel|major|captain|sergeant|lieutenant"
DOMESTIC = re.compile(rf"\b(?:{OFFICES}|{RANKS})(?!\w)", re.IGNORECASE)
# without a dateline, the outlet's own country (the corpus's ``country`` column) stands in for
# offices and officials only: a rank or a bare name in a foreign outlet is as often foreign
OUTLET_DOMESTIC = re.compile(rf"\b(?:{OFFICES})(?!\w)", re.IGNORECASE)
RANK = re.compile(rf"\b(?:{RANKS})\b", re.IGNORECASE)
# countries and nationalities that have no source group of their own: a speaker who names one
# is not of the dateline's or the outlet's country
OTHER_COUNTRY = re.compile(
    r"\b(?:Japan(?:ese)?|Laos|Lao(?:tian)?|Syria(?:n)?|Belarus(?:ian)?|Hungar(?:y|ian)|Brazil(?:ian)?|Pakistan(?:i)?|"
    r"Viet ?nam(?:ese)?|Cuba(?:n)?|Iran(?:ian)?|Nicaragua(?:n)?|Mongolia(?:n)?|Indonesia(?:n)?|India(?:n)?|"
    r"Venezuela(?:n)?|Egypt(?:ian)?|Palestin(?:e|ian)|Israel(?:i)?|Turk(?:ey|ish|iye)|Thai(?:land)?|"
    r"Cambodia(?:n)?|Nepal(?:ese)?|Bangladesh(?:i)?|Sri Lanka(?:n)?|Nigeria(?:n)?|Ethiopia(?:n)?|"
    r"Mexic(?:o|an)|Argentin(?:a|e|ian)|Australia(?:n)?|Canad(?:a|ian)|Singapore(?:an)?|Malaysia(?:n)?|"
    r"Philippines|Filipino|Kazakh(?:stan)?|Uzbek(?:istan)?|Serbia(?:n)?|Georgia(?:n)?|Armenia(?:n)?)\b")
# the participants of an event: the dateline's country only when the text's lead names no
# other ("Pyongyang -- A national meeting was held …": its speakers are North Korean; a KCNA
# report of a rally in Seoul: they are not)
PARTICIPANTS = re.compile(r"\b(?:participants|speakers|attendees|delegates|workers|\w*builders|farmers|"
                          r"citizens)(?!\w)", re.IGNORECASE)
# one word of a person's name ("Kim", "Dong-su")
NAME_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"
# a sentence that opens with a named person, titled or followed by an apposition: "Respected
# Comrade Kim Jong Un, general secretary of …, inspected"; "Jo Yong Won, member of …, made a
# report"; "President Yoon Suk Yeol visited"; "Kim Jong Un inspected" (the antecedent of a
# later "he" or "she")
PERSON_SUBJECT = re.compile(
    r"^(?:(?:Respected|Dear|Comrade|President|Premier|Prime Minister|Chairman|Chairwoman|Minister|Marshal|General|"
    r"Colonel|Mr\.|Ms\.|Mrs\.|Dr\.|Rep\.|Senator|Governor|Mayor|Secretary|Ambassador)\s+)*"
    rf"((?:{NAME_WORD}\s+){{1,3}}{NAME_WORD})(?=,\s+(?:the\s+|a\s+|an\s+)?[a-z]|"
    r"\s+(?:(?:has|had|was|is|will|would|also|then)\s+)?(?:[a-z]{2,}ed|made|took|gave|sent|held|met|saw|went|"
    r"came|told|said|says|spoke|wrote)\b)")
# capitalised words that make a name a place or an institution, not a person
NOT_A_NAME = re.compile(r"\b(?:Korea|Russia|Ukraine|China|America|Kremlin|Pentagon|Seoul|Moscow|Kyiv|Pyongyang|"
                        r"Beijing|Washington|United|Union|Nations|Ministry|Agency|Council|Party|Army|Forces?|News|"
                        r"Times|Post|House|Office|Committee|Commission|Service|Department|Government)\b")
TITLED_SUBJECT = re.compile(
    r"^(?:The\s+)?(?:[Rr]espected\s+|Dear\s+)?(?:Comrade|President|Premier|Prime Minister|Chairman|Minister|"
    r"Marshal|Mr\.|Ms\.|Mrs\.|Dr\.|Rep\.|Senator|Governor|Mayor|Ambassador)\s+"
    rf"((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})\b")
# a text that speaks for its author ("The message said")
TEXT_NOUNS = frozenset("message letter statement appeal editorial commentary article report".split())
# an indefinite article: a new referent ("a spokesman", "ein Sprecher"), not an earlier one
INDEFINITE = re.compile(r"(?:a|an|ein|eine|einer|un|une)\s", re.IGNORECASE)
# a person's name right after a title ("Chairman| Kim Jong Il visited")
NAME_AFTER = re.compile(rf"\s+((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})")
# a time adverbial that opens a sentence before its subject: "One day in May 1964,", "On Friday",
# "That day the respected Comrade …"
TIME_OPENING = re.compile(
    r"(?:One day|On|In|During|That day|The next day|Early|Late|Last|Afterwards|Later|Then|Earlier)\b[^,.;:]{0,60}?"
    r"(?:,\s*|\s+(?=the\s+(?:[Rr]espected|Dear)\s|(?:Comrade|President|Chairman|Marshal)\s))")
# a speaker that cannot be a later "he" or "she": an institution, a text, or a plural
NOT_A_PERSON = re.compile(r"\b(?:statement|ministry|article|report|agency|office|government|kremlin|pentagon|service|"
                          r"council|committee|commission|department|administration|newspaper|editorial|commentary|"
                          r"message|letter|paper|media|army|military|command|party|mission|embassy|house|news|"
                          r"kcna|tass|times|post|wire|[a-z]+s)$", re.IGNORECASE)
PERSON_NAME = re.compile(rf"(?:{NAME_WORD}\s){{1,2}}{NAME_WORD}")
NAME_AT_END = re.compile(rf"(?:{NAME_WORD}\s){{1,2}}{NAME_WORD}$")
EN_OBJECT = re.compile(
    r"^\s*(?:reporters|journalists|lawmakers|investigators|parliament|(?:the\s+)?(?:[A-Z]\w+\s+){0,3}"
    r"(?:Wire|News|Agency|Times|Post|broadcaster|television|radio)|a\s+\w+\s+(?:broadcaster|newspaper|"
    r"news agency|television)|us|me|him|her|them|the\s+newspaper|the\s+committee|local\s+media)\b",
    re.IGNORECASE)
EN_ADVERBIAL = re.compile(
    r"^\s*(?:,\s*)?(?:(?:on|last|this|late|early|earlier|in|at|during|after|before|when|while|from|via|"
    r"through|to)\s+[^,]{0,60}?(?=\s+that\b)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*",
    re.IGNORECASE)
ACCORDING = re.compile(
    r"^\s*(?:according to|as (?:per|(?:was |has been |it was )?(?:reported|stated|noted|announced|confirmed|cited|"
    r"quoted|claimed|written) (?:by|in))|laut|nach (?:angaben|darstellung|einschätzung|informationen) (?:des|der|von|aus)|"
    r"по словам|по данным|по информации|по сообщению|по оценкам|selon|d'après)\s+", re.IGNORECASE)
# German "nach seinen Angaben", "nach eigener Einschätzung", Russian "По его словам, …": the
# speaker is the one just quoted
OWN_ACCOUNT = re.compile(r"^\s*(?:nach (?:seine[rn]?|ihre[rn]?|eigene[rn]?) (?:angaben|darstellung|einschätzung|"
                         r"schätzung|worten)\s+|по (?:его|её|ее|их) (?:словам|мнению|данным|оценке)\s*,\s*)",
                         re.IGNORECASE)
# German "Wie das Ministerium mitteilte, …", Russian "Как сообщил глава области, …"
AS_REPORTED = re.compile(r"^\s*(?:wie\s+(?P<de>[^,]{3,80}?)\s+(?P<de_verb>mitteilte|berichtete|sagte|erklärte|meldete|"
                         r"bestätigte|betonte|schrieb|mitteilten|berichteten)|как\s+(?P<ru_verb>сообщил\w*|заявил\w*|"
                         r"сказал\w*|отметил\w*|рассказал\w*|пишет|сообщает|передает|передаёт)\s+(?P<ru>[^,]{2,80}?))"
                         r"\s*,\s*", re.IGNORECASE)
# a German speaker phrase up to the finite verb that follows it ("des südkoreanischen Geheimdienstes
# NIS" in "Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea …"): article,
# adjectives, capitalised nouns and names, and genitive or "von" chains of the same
_DE_NOUNS = r"(?:[a-zäöüß]+(?:en|er|es|em|e)\s+)*(?:[A-ZÄÖÜ][\w.-]*\s+)+"
DE_SPEAKER_NP = re.compile(rf"(?:(?:der|des|dem|den|die|eines|einer)\s+)?{_DE_NOUNS}"
                           rf"(?:(?:des|der|von|aus)\s+(?:(?:der|des|dem|den|die)\s+)?{_DE_NOUNS})*")
TRAIL_ACCORDING = re.compile(
    r",\s*(according to|laut|nach angaben (?:des|der|von)|по словам|по данным|selon|d'après)\s+([^,]{2,80}?)"
    r"\s*[.!?]?\s*$", re.IGNORECASE)
DE_INVERSION = re.compile(
    r"^(?:nach|am|im|in|zuvor|dazu|außerdem|zudem|bereits|auch|dabei|später|dann|heute|gestern|gegenüber|"
    r"bei|aus|so|darüber|dort|zugleich|unterdessen)\b", re.IGNORECASE)
# German "…, sagte der Sprecher der Nachrichtenagentur npa": after the verb, the medium told (a
# dative) is not part of the speaker; before it ("Der Chefredakteur der Zeitung X sagte") it is
# a genitive and stays
DE_RECIPIENT = re.compile(r"(?<=\w)\s+(?:der|dem)\s+(?:[\w-]+\s+)?(?:Nachrichtenagentur|Presseagentur|Zeitung|"
                          r"Tageszeitung|Wochenzeitung|Zeitschrift|Sender|Fernsehsender|Radiosender|Magazin|"
                          r"Deutschen Presse-Agentur)\b.*$")
RU_LEADING_ADVERB = re.compile(r"^(?:накануне|ранее|также|тем временем|вчера|сегодня|позже|затем|при этом)\s+",
                               re.IGNORECASE)
# "…다고 밝혔다", or with the speaker after the claim: "…다고 국정원이 (18일) 밝혔다"
KO_INDIRECT = re.compile(r"(?:다|라|냐|자|이라)고\s+(?:(?P<speaker>(?:\S+\s+){0,3}?\S+?)(?:이|가|은|는)\s+(?:\S+\s+){0,2}?)?"
                         r"(?P<verb>[^\s.]+)\s*[.]?\s*$")
KO_CONNECTOR = re.compile(r"^\s*(?:이?라고|고|이?라며|며|이?라면서|면서|이?라는)(?=[\s,]|$)")
KO_ACCORDING = re.compile(r"((?:\S+\s+){0,2}\S+?)에\s*따르면\s+")
KO_LEADING = re.compile(r"^(?:\s*(?:\d+일|이날|지난\s*\d+일|앞서|또|또한|역시|이어|오전|오후|현지시간|"
                        r"\S+에서|\S+으로부터|\S+통해|\S+만나|\S+뒤)\s+)+")


@dataclass
class _Found:
    """One attribution found in a sentence (offsets into the document text)."""

    start: int
    end: int
    kind: str
    speaker: str
    context: str
    verb: str
    verb_category: str
    sentence: str = ""


@dataclass
class _DocState:
    """Per-document memory for resolving pronouns, surnames and short descriptions."""

    text: str
    speakers: list = field(default_factory=list)  # (paragraph index, speaker, group)
    home: str | None = None  # the group of the place in the opening dateline
    outlet_home: str | None = None  # the group of the outlet's country, when there is no dateline
    people: list = field(default_factory=list)  # (paragraph index, name, group): speakers and named subjects, in order
    _event_home: str | None = field(default=None, repr=False)

    @property
    def event_home(self) -> str | None:
        """The dateline's group for the participants of an event, unless the text's lead
        names another group (see :data:`PARTICIPANTS`); looked up once, when first needed."""
        if self.home and self._event_home is None:
            lead = DATELINE.sub("", self.text.lstrip())[:300].split(". ")[0]
            self._event_home = self.home if source_group(lead) in (None, self.home) else ""
        return self._event_home or None


# --- small text helpers ------------------------------------------------------------------------

def _mask_quotes(para: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace quote interiors with 'x' (same length) and return them as (start, end) spans."""
    chars = list(para)
    spans = []
    for m in QUOTE.finditer(para):
        g = next(i for i in range(1, 9) if m.group(i) is not None)
        s, e = m.span(g)
        inner = para[s:e]
        lead = len(inner) - len(inner.lstrip())
        trail = len(inner) - len(inner.rstrip())
        if e - trail - (s + lead) < 2:
            continue
        spans.append((s + lead, e - trail))
        chars[s:e] = "x" * (e - s)
    return "".join(chars), spans


def _sentences(para: str, masked: str) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; quote interiors are never split, abbreviations are kept."""
    out, start = [], 0
    for m in SENT_END.finditer(masked):
        end = m.end()
        tok = masked[max(0, m.start() - 6):m.start() + 1].split()
        prev = tok[-1].lower().rstrip(".") if tok else ""
        if masked[m.start():m.start() + 1] == "." and (prev in ABBREV or re.fullmatch(r"[a-zа-я]", prev)):
            continue
        nxt = masked[end:].lstrip()[:1]
        if nxt and nxt.islower() and not re.match(r"[가-힣]", nxt):
            continue
        # a sentence may also end inside a quote ("…fighting." He said …): the quote's own
        # punctuation is masked, so the closing mark after a final [.!?] ends it too
        # ('"…," Kim said' goes on: the zero-width match after a closing mark ends a sentence
        # only when the quote's last character is one)
        if not m.group(0) and para[max(0, m.start() - 2)] not in ".!?…":
            continue
        out.append((start, end))
        start = end
    out.append((start, len(para)))
    return [(s + len(para[s:e]) - len(para[s:e].lstrip()), e) for s, e in out if para[s:e].strip()]


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
    parts = [p.strip() for p in re.split(r"[,;:]|\s[—–]\s", chunk)]
    if not parts:
        return "", ""
    en = lang == "en"
    if en and re.search(r"\s(?:and|but)$", parts[-1]):
        # "Kim met the officials and said that …": the coordinated verb shares the subject
        subj = _main_subject(parts[:-1] + [re.sub(r"\s+(?:and|but)$", "", parts[-1])])
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


def _sentence_anonymous(sentence: str) -> bool:
    """True when the sentence carries an explicit anonymity cue."""
    return is_anonymous(sentence)


# --- rules -------------------------------------------------------------------------------------

def _verbs(masked: str, lang: str):
    """Reporting-verb matches in a (masked) sentence: ``(start, end, form, lemma, category)``."""
    return find_verbs(masked, lang)


def _attribute_after(after: str, lang: str, verbs_after: list) -> tuple[str, str, str, str] | None:
    """Attribution clause following a direct quote: ``(speaker, context, verb, category)``."""
    stripped = after.lstrip(" ,:;—–-")
    offset = len(after) - len(stripped)
    if not stripped or re.match(r"[\"“«„‘「]", stripped):
        return None
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


def _subject_or_inversion(chunk: str, rest: str, lang: str, form: str = "") -> tuple[str, str]:
    """Subject before the verb, or after it in a German/Russian inversion."""
    head = chunk.strip()
    if lang == "de" and (not head or DE_INVERSION.match(head.split(",")[-1].strip())):
        m = re.match(r"\s*((?:(?:der|die|das|des|ein|eine|einer)\s+)?[^,]+?)(?=,|\s+(?:aus|mit|zu|zurück|ein)\b|$)",
                     rest)
        if m:
            return _clean_speaker(m.group(1)), m.group(1)
    return _subject_before(chunk, lang, form)


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
    m = ACCORDING.match(sent)
    if m:
        rest = sent[m.end():]
        w = DE_SPEAKER_NP.match(rest) if lang == "de" else None
        if w and w.end() < len(rest) and rest[w.end()] != ",":
            # German puts the verb right after the speaker: "Laut dem Ministerium hat …"
            who, body_start = w.group(0), m.end() + w.end()
        elif "," in rest[:120]:
            who = rest[:rest.index(",")]
            body_start = m.end() + rest.index(",") + 1
        else:
            return None
        form = m.group(0).strip()
        hit = lookup_verb(form, lang) or ("according to", "neutral")
        return body_start, len(sent), _clean_speaker(who), who, form, hit[1]
    t = TRAIL_ACCORDING.search(sent)
    if t:
        who = t.group(2)
        return 0, t.start(), _clean_speaker(who), who, t.group(1), "neutral"
    verbs = _verbs(sent, lang)
    tail = _trailing(sent, lang, verbs)
    if tail:
        return tail
    for vs, ve, form, lemma, cat in verbs:
        if lemma in ("according to", "laut", "so", "по словам", "по данным", "selon", "heißen"):
            if lemma == "heißen" and lang == "de":
                return _hiess_es(sent, vs, ve, form, cat)
            continue
        start = _complement_start(sent, ve, lang)
        if start is None:
            continue
        spk, ctx = _subject_or_inversion(sent[:vs], sent[ve:], lang, form)
        if not spk and not re.search(r"\b(?:and|but|und|и|а|et)\s*$", sent[:vs]):
            continue
        return start, len(sent), spk, ctx, form, cat
    return None


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
    if len(tail.split()) > 14 or re.search(r"\b(?:that|dass|что|que)\b", tail, re.IGNORECASE):
        return None
    vt = [v for v in verbs if comma < v[0] < end]
    if not vt:
        return None
    vs, ve, form, lemma, cat = vt[0]
    before, after = sent[comma + 1:vs], sent[ve:end]
    if re.search(r"\b(?:made|make|makes|making|issued|delivered|the following|a|an|keynote)\s+$", before, re.IGNORECASE):
        return None  # "…, made reports": a noun, not a reporting verb
    if lemma in ("according to", "laut", "по словам", "selon") or (lang == "en" and form.lower().endswith("ing")):
        return None  # "…, calling it a step to war": a participle goes on the sentence, it does not attribute it
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


def _appositive_speaker(sent: str, comma: int, form: str, cat: str):
    """English '<clause>, <speaker>[, <apposition>], said …': the speaker phrase in the one
    or two comma-separated segments before ``comma`` (each a short noun phrase, the first
    after at least 15 characters of clause); a segment that ends with a person's name is the
    speaker. Returns the attribution tuple of :func:`_western_indirect`, or None."""
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
        return ve + m.end() if m else None
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


# --- speaker resolution ------------------------------------------------------------------------

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
        recent = [x for x in state.people if x[0] >= para_idx - 3]
        return (recent[-1][1], recent[-1][2]) if recent else (spk, UNKNOWN)
    if low in PRONOUNS or low.startswith("по его") or low.startswith("по ее"):
        if same_para:
            return same_para[-1][1], same_para[-1][2]
        prev = [x for x in state.speakers if x[0] == para_idx - 1]
        return (prev[-1][1], prev[-1][2]) if prev else (spk, UNKNOWN)
    if _sentence_anonymous(f.sentence):
        return spk, "anonymous"
    group = source_group(spk) or source_group(f.context)
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
    head = re.sub(r"[^\w\s-]", "", low).split()
    definite = not INDEFINITE.match(f.context.strip() + " ")  # "a spokesman" is someone new
    if head:
        for _, name, g in reversed(same_para):
            if head[-1] in name.lower() and g != UNKNOWN:
                return name, g
        for probe in ([" ".join(head[-2:])] + [w for w in reversed(head) if len(w) >= 4])[:3]:
            g = _context_group(state.text, f.start, probe, titled=definite)
            if g:
                return spk, g
    if head and head[-1] in TEXT_NOUNS and definite:
        g = _text_author(state.text, f.start, head[-1])
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
    if OTHER_COUNTRY.search(spk) or OTHER_COUNTRY.search(f.context):
        return spk, UNKNOWN  # an office of a country outside the groups ("Prime Minister of Japan", "Laotian")
    if state.home and (DOMESTIC.search(spk) or PERSON_NAME.fullmatch(spk)):
        return spk, state.home
    if PARTICIPANTS.search(spk) and state.event_home:
        return spk, state.event_home
    if state.outlet_home and OUTLET_DOMESTIC.search(spk) and not RANK.search(spk):
        return spk, state.outlet_home
    return spk, UNKNOWN


def _named_subject(sentence: str) -> str:
    """The person a sentence opens with, if it names one (see :data:`PERSON_SUBJECT`), else ""."""
    head = DATELINE.sub("", sentence.lstrip())
    m = PERSON_SUBJECT.match(head) or TITLED_SUBJECT.match(head)
    if not m:  # after an opening time adverbial: "One day in May 1964, President Kim Il Sung visited"
        t = TIME_OPENING.match(head)
        if t:
            rest = head[t.end():]
            rest = rest[:1].upper() + rest[1:]
            m = PERSON_SUBJECT.match(rest) or TITLED_SUBJECT.match(rest)
    return m.group(1) if m and not NOT_A_NAME.search(m.group(1)) else ""


def _is_person(speaker: str) -> bool:
    """True when a speaker can be a later "he" or "she": not a pronoun, an institution, a
    plural (the head of "spokesman for the ministry" decides) or a place ("South Korea")."""
    head = re.split(r"\s+(?:of|for|at|from|with)\s+|'s?\s", speaker)[0]
    place = re.fullmatch(r"(?:[A-Z][\w'.-]*\s*){1,4}", speaker) and NOT_A_NAME.search(speaker)
    return speaker.lower() not in PRONOUNS and not NOT_A_PERSON.search(head) and not place


def _home_group(text: str) -> str | None:
    """The group of the place in a text's opening dateline ("SEOUL (Yonhap) —" -> South Korea)."""
    m = HOME_DATELINE.match(text)
    return source_group(m.group(1)) if m else None


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


def _text_author(text: str, before: int, noun: str) -> str | None:
    """English "The message said": the group of whoever last sent, issued or published a
    ``noun`` before ``before`` ("Kim Jong Un, general secretary of …, sent a reply message to
    …"), or None."""
    window = text[max(0, before - 3000):before]
    made = list(re.finditer(rf"(?:^|(?<=[.!?]\s)|(?<=\n))([^.!?\n]*?)\b(?:sent|issued|published|released|"
                            rf"delivered|addressed|carried)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}"
                            rf"{noun}s?\b", window, re.IGNORECASE))
    return source_group(made[-1].group(1)) if made else None


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


# --- documents ---------------------------------------------------------------------------------

def _doc_quotes(doc_id, text, lang, country=None) -> list[tuple]:
    """Rows (without quote_id) for one document; ``country`` is its outlet's country."""
    text = text[:MAX_CHARS]
    lang = lang if lang in RULE_LANGS else "en"
    state = _DocState(text, home=_home_group(text))
    if not state.home and isinstance(country, str):
        state.outlet_home = source_group(country)
    rows = []
    for p_idx, pm in enumerate(PARAGRAPH.finditer(text)):
        para, p0 = pm.group(0), pm.start()
        masked, spans = _mask_quotes(para)
        for s, e in _sentences(para, masked):
            if lang == "en":
                named = _named_subject(para[s:e])
                if named:
                    group = source_group(named) or (state.home if state.home and PERSON_NAME.fullmatch(named)
                                                    else UNKNOWN)
                    if not (named.startswith("The ") and group == UNKNOWN):
                        # "The President" with no group of its own names no one new
                        state.people.append((p_idx, named, group))
            found = _direct(p0, para, masked, s, e, spans, lang)
            if not any(f.verb for f in found):
                found += _indirect(p0, para, masked, s, e, lang)
            elif lang != "ko":
                found = _fragments_in_clause(found, _indirect(p0, para, masked, s, e, lang), text)
            for f in sorted(found, key=lambda x: x.start):
                spk, group = _resolve(f, p_idx, state)
                if not spk and not f.verb:
                    continue
                if spk:
                    state.speakers.append((p_idx, spk, group))
                    if _is_person(spk):
                        state.people.append((p_idx, spk, group))
                verb, cat = f.verb, f.verb_category
                if not verb:  # continuation of the previous quote
                    prev = [r for r in rows if r[1] == spk]
                    verb, cat = (prev[-1][3], prev[-1][4]) if prev else ("", "")
                rows.append((doc_id, spk or UNKNOWN, group, " ".join(verb.split()), cat or "", f.kind,
                             text[f.start:f.end], f.start, f.end))
    return rows


def quotes(corpus: pd.DataFrame) -> pd.DataFrame:
    """Direct and indirect quotes with speaker, speaker group and reporting verb.

    Args:
        corpus: a Corpus table with ``doc_id`` and ``text`` (``lang`` used when present; rows
            without it are read with the English rules; ``country``, the outlet's, used when
            present, see the module docstring). Non-string or empty texts yield no
            rows; texts longer than :data:`MAX_CHARS` are read up to that length.
    Returns:
        One row per quote, columns :data:`QUOTE_COLUMNS`: ``doc_id``, ``quote_id``
        (``"<doc_id>:q<k>"``), ``speaker`` ("unknown" when none was found), ``speaker_group``
        (a group of :data:`discourse.sources.GROUPS` or "unknown"), ``verb`` (as written),
        ``verb_category`` (neutral/assertive/distancing/denying, "" when the verb is not
        known), ``kind`` (direct|indirect), ``quote`` (``text[start:end]``; direct quotes
        without their quotation marks), ``start``, ``end`` (character offsets into ``text``).
    Raises:
        StageError: ``corpus`` lacks ``doc_id`` or ``text``.
    """
    missing = [c for c in ("doc_id", "text") if c not in corpus.columns]
    if missing:
        raise StageError(f"attribution: the corpus lacks column(s) {', '.join(missing)}")
    langs = corpus["lang"] if "lang" in corpus.columns else pd.Series("en", index=corpus.index)
    out = []
    countries = corpus["country"] if "country" in corpus.columns else pd.Series(None, index=corpus.index)
    for doc_id, text, lang, country in zip(corpus["doc_id"], corpus["text"], langs, countries):
        if not isinstance(text, str) or not text.strip():
            continue
        lang = lang.lower() if isinstance(lang, str) else "en"
        try:
            rows = _doc_quotes(doc_id, text, lang, country)
        except Exception as exc:  # one bad document never stops the run
            warnings.warn(f"attribution: document {doc_id!r} skipped ({type(exc).__name__}: {exc})", stacklevel=2)
            continue
        out += [(r[0], f"{doc_id}:q{k}", *r[1:]) for k, r in enumerate(rows)]
    df = pd.DataFrame(out, columns=QUOTE_COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df


def source_profile(quotes_df: pd.DataFrame, corpus: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Who each outlet (or other group) quotes: counts and shares by speaker group.

    Args:
        quotes_df: the table returned by :func:`quotes`.
        corpus: the Corpus table the quotes came from (needs ``doc_id`` and ``by``).
        by: the corpus column to group documents by (``outlet``, ``outlet_type``, ``lang`` ...).
    Returns:
        Columns :data:`PROFILE_COLUMNS`: ``group`` (a value of ``by``), ``speaker_group``,
        ``n`` (quotes), ``share`` (``n`` over the group's quotes, so each group's shares sum
        to 1). Quotes of documents missing from ``corpus`` or without a ``by`` value are left
        out. Sorted by group, then by ``n`` descending, then speaker group.
    Raises:
        StageError: a required column is missing.
    """
    for table, cols, name in ((quotes_df, ("doc_id", "speaker_group"), "quotes"), (corpus, ("doc_id", by), "corpus")):
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise StageError(f"source_profile: the {name} table lacks column(s) {', '.join(missing)}")
    groups = corpus.drop_duplicates("doc_id").set_index("doc_id")[by]
    q = pd.DataFrame({"group": quotes_df["doc_id"].map(groups), "speaker_group": quotes_df["speaker_group"]})
    q = q.dropna(subset=["group"])
    if q.empty:
        return pd.DataFrame({"group": pd.Series(dtype=object), "speaker_group": pd.Series(dtype=object),
                             "n": pd.Series(dtype="int64"), "share": pd.Series(dtype=float)})
    counts = q.groupby(["group", "speaker_group"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby("group")["n"].transform("sum")
    counts["n"] = counts["n"].astype("int64")
    counts = counts.sort_values(["group", "n", "speaker_group"], ascending=[True, False, True], kind="mergesort")
    return counts.reset_index(drop=True)[PROFILE_COLUMNS]
