"""The words and patterns the attribution rules read (regular expressions, word lists)."""
from __future__ import annotations

import re


UNKNOWN = "unknown"
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
# (a month's name, so that "One day in May, Juche 73 (1984)," is none)
DATELINE = re.compile(r"^(?:[A-Z][\w .'-]{1,40}?,\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
                      r"July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}"
                      r"(?:,\s*\d{4})?"
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
# a quotation's masked interior (see sentences._mask_quotes) inside a would-be speaker: '"…," adding'
MASKED = re.compile(r"x{4,}")
# a relative pronoun that stands for the phrase before its comma ("the U.S., which has branded")
EN_RELATIVE = re.compile(r"^(?:which|who)\b", re.IGNORECASE)
# auxiliaries, modals and adverbs between a subject and its verb ("he has already stressed",
# "er hat", "он также", French "a récemment", "a aussi" before "indiqué")
TRAILING_AUX = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|again|previously|later|then|was|is|are|were|"
                             r"would|will|already|should|can|could|must|may|might|shall|did|does|do|not|never|"
                             r"once|repeatedly|further|cannot but|can't but|hat|hatte|habe|также|тоже|"
                             r"a|ont|avait|avaient|récemment|aussi|également|encore|déjà|toutefois|cependant|"
                             r"pourtant|ensuite|enfin|notamment|d'ailleurs|alors|en outre|par ailleurs|de son côté|de leur côté|"
                             r"pour sa part|pour leur part|quant à (?:lui|elle|eux)|lui-même|elle-même|simplement))+$",
                          re.IGNORECASE)
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
# participle phrase ("attaching special importance to …"), see speaker._subject_before
EN_ADVERBS = re.compile(r"[a-z]+ly(?:\s+[a-z]+ly)*")
EN_PARTICIPLE_PHRASE = re.compile(r"(?!according\b)[a-z]+ing\s")
# a reporting verb's "-ing" form as the first half of a compound noun ("hammer, sickle and writing
# brush", "writing materials")
EN_COMPOUND_AFTER = re.compile(r"\s+(?:brush|brushes|desk|desks|paper|materials|style|system|skills|utensils|"
                               r"implements|instruments)\b", re.IGNORECASE)
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
# "ODESA, Ukraine (Wire) —", "SEOUL, Nov. 1 (Yonhap) --", "MOSCOW, April 26. /TASS/.", "Pyongyang, May 3 --",
# "Seoul (npa) –", "SÉOUL, 23 octobre 2024 (ACP) -", "МОСКВА, 24 октября. /ТАСС/."
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё"
_PLACE = rf"[{_UPPER}][{_LETTER} .'’/-]{{1,40}}?(?:,\s*[{_UPPER}][{_LETTER}]+(?: [{_UPPER}][{_LETTER}]+)?)?"
_CAPS_PLACE = rf"[{_UPPER}][{_UPPER} .'’/-]{{1,40}}?(?:,\s*[{_UPPER}][{_LETTER}]+(?: [{_UPPER}][{_LETTER}]+)?)?"
_DATE = (rf"(?:[{_UPPER}][{_LETTER}]{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
         rf"|\d{{1,2}}\.?\s+[{_LETTER}]{{3,10}}\.?(?:\s+\d{{4}})?)")
_SEP = r"(?:--|[—–-])"
# the agency: "/TASS/." alone, "(Yonhap)" with a dash after it (not "Seoul's National
# Intelligence Service (NIS) said …")
_AGENCY = rf"(?:\.?\s*/[^/\n]{{2,25}}/\.?\s*{_SEP}?|\([^()\n]{{2,25}}\)\s*{_SEP})"
HOME_DATELINE = re.compile(rf"\s*({_PLACE})(?:,\s*{_DATE})?\s*(?:{_AGENCY}\s*|{_SEP}\s)")
# cities of the war and of the two Koreas that the source lexicon leaves out (there a city is not a
# speaker's side: "a brigade near Kursk" is Ukrainian), for the dateline only: a text filed from
# Vladivostok quotes Russian officials and residents
DATELINE_CITIES = {
    "Russia": ("vladivostok, wladiwostok, владивосток, kursk, koursk, курск, belgorod, bielgorod, белгород, bryansk, "
               "brjansk, брянск, khabarovsk, chabarowsk, хабаровск, ussuriysk, ussurijsk, уссурийск, rostov, ростов, "
               "voronezh, woronesch, воронеж, novosibirsk, новосибирск, kazan, казань, sochi, sotschi, сочи, "
               "st. petersburg, saint petersburg, sankt petersburg, saint-pétersbourg, санкт-петербург"),
    "Ukraine": ("kharkiv, kharkov, charkiw, харьков, харків, odesa, odessa, одесса, одеса, dnipro, днепр, дніпро, "
                "zaporizhzhia, saporischschja, zaporijia, запорожье, запоріжжя, lviv, lwiw, lvov, львов, львів, sumy, "
                "сумы, суми, kherson, cherson, херсон, mykolaiv, nikolajew, николаев, миколаїв, chernihiv, "
                "tschernihiw, чернигов, чернігів"),
    "South Korea": "busan, pusan, incheon, inchon, paju, daejeon, gwangju, daegu",
    "North Korea": "wonsan, sinuiju, kaesong, chongjin, rason",
}
DATELINE_CITY_GROUP = {name: group for group, names in DATELINE_CITIES.items() for name in names.split(", ")}
# a regional paper's dateline, the place alone: "KOBLENZ. Im Krankenhaus …", "ВЛАДИВОСТОК. Строительство …"
HOME_CITY = re.compile(rf"\s*([{_UPPER}][{_LETTER}-]+(?: [{_UPPER}][{_LETTER}-]+)?)\.\s+(?=[{_UPPER}])")
# the part of a dateline the rules skip: one with an agency or a date, or a place in capitals
# ("SEOUL — "); not "North Korea – …", which may open a sentence
LEAD_DATELINE = re.compile(rf"\s*(?:{_PLACE}(?:,\s*{_DATE})?\s*{_AGENCY}\s*|(?:{_PLACE},\s*{_DATE}|{_CAPS_PLACE})"
                           rf"\s*{_SEP}\s+)")
# a live blog's time stamp that opens a paragraph: "11.20 Uhr – ", "10:45 GMT — "
TIMESTAMP = re.compile(r"\s*\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|h|ч\.?|GMT|UTC|CET|MEZ|MSK|KST|[ap]\.?m\.?))?"
                       r"\s*(?:--|[—–-]|:)\s+")
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
           r"пресс-секретар\w*|представител\w*|"
           # residents and pensioners in German, French and Russian ("Пенсионерка из поселка Хасан …")
           r"einwohner\w*|anwohner\w*|bewohner\w*|rentner\w*|habitante?s?|riverains?|retraité\w*|жител\w*|"
           r"пенсионер\w*")
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
    r"Philippines|Filipino|Kazakh(?:stan)?|Uzbek(?:istan)?|Serbia(?:n)?|Georgia(?:n)?|Armenia(?:n)?|"
    r"Congo(?:lese)?|Peru(?:vian)?|Chile(?:an)?|Bolivia(?:n)?|Ecuador(?:ian)?|Colombia(?:n)?|Algeria(?:n)?|"
    r"Tanzania(?:n)?|Uganda(?:n)?|Zimbabwe(?:an)?|South Africa(?:n)?|Kenya(?:n)?|Ghana(?:ian)?|Angola(?:n)?|"
    r"Mozambique|Namibia(?:n)?|Senegal(?:ese)?|Guinea(?:n)?|Iraq(?:i)?|Leban(?:on|ese)|Jordan(?:ian)?|Yemen(?:i)?|"
    r"Libya(?:n)?|Tunisia(?:n)?|Morocc(?:o|an)|Sudan(?:ese)?|Afghan(?:istan)?|Tajik(?:istan)?|Kyrgyz(?:stan)?|"
    r"Turkmen(?:istan)?|Azerbaijan(?:i)?|Myanmar|Burm(?:a|ese)|New Zealand|Swiss|Switzerland|Guatemala(?:n)?|"
    r"Hondur(?:as|an)|Panama(?:nian)?|Urugua(?:y|yan)|Paragua(?:y|yan)|Dominican)\b|"
    # the most quoted of them in German, French and Russian
    r"(?i:\b(?:japanisch\w*|japonais\w*|japon|indisch\w*|indiens?|indienne\w*|türkisch\w*|türkei|turcs?|turque\w*|"
    r"iranisch\w*|iranien\w*|israelisch\w*|israélien\w*|brasilianisch\w*|brésilien\w*|kanadisch\w*|"
    r"canadien\w*|australisch\w*|australien\w*|mongolisch\w*|mongol\w*|vietnamesisch\w*|vietnamien\w*|"
    r"belarussisch\w*|biélorusse\w*|syrisch\w*|syrien\w*|kubanisch\w*|cubain\w*)\b)|"
    r"(?i:(?<![\w])(?:японск\w*|япони[яиюей]|индийск\w*|инди[яиюей]|турецк\w*|турци[яиюей]|иранск\w*|"
    r"израильск\w*|бразильск\w*|канадск\w*|австралийск\w*|монгольск\w*|вьетнамск\w*|белорусск\w*|"
    r"белорусси[яиюей]|сирийск\w*|кубинск\w*)(?![\w]))")
# a sentence that opens with a place ("In Seoul, officials said …", "À Kiev, le renseignement
# militaire a indiqué …", "In Moskau, …"): where its speaker speaks, when nothing else places them
FRONTED_PLACE = re.compile(r"(?:In|À|A|Aus|В|Во)\s+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’ -]{1,30}),\s")
# both Koreas have a "Ministry of National Defence"; the source lexicon gives it to the South,
# but in a text from the North (its dateline or its outlet) an unqualified one is the North's
KOREAN_DEFENCE_MINISTRY = re.compile(r"\bministry of national defen[cs]e\b", re.IGNORECASE)
# the participants of an event: the dateline's country only when the text's lead names no
# other ("Pyongyang -- A national meeting was held …": its speakers are North Korean; a KCNA
# report of a rally in Seoul: they are not)
_PARTICIPANT_NOUNS = r"participants|speakers|attendees|delegates|workers|\w*builders|farmers|citizens"
PARTICIPANTS = re.compile(rf"\b(?:{_PARTICIPANT_NOUNS})(?!\w)", re.IGNORECASE)
# participants as the subject that opens a sentence ("The speakers congratulated …"): a later "they"
SUBJECT_PARTICIPANTS = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?:The\s+|All\s+(?:the\s+)?)?((?:{_PARTICIPANT_NOUNS}))"
                                  r"(?!\w)", re.IGNORECASE)
# one word of a person's name ("Kim", "Dong-su")
NAME_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"
# a sentence that opens with a named person, titled or followed by an apposition: "Respected
# Comrade Kim Jong Un, general secretary of …, inspected"; "Jo Yong Won, member of …, made a
# report"; "President Yoon Suk Yeol visited"; "Kim Jong Un inspected" (the antecedent of a
# later "he" or "she")
PERSON_SUBJECT = re.compile(
    r"^(?:(?:Respected|Dear|Comrade|President|Premier|Prime Minister|Chairman|Chairwoman|Minister|Marshal|General|"
    r"Colonel|Mr\.|Ms\.|Mrs\.|Dr\.|Rep\.|Senator|Governor|Mayor|Secretary|Ambassador)\s+)*"
    # (not an opening adverbial: "In October, officials said")
    r"(?!(?:In|On|At|By|For|From|During|After|Before|Since|Until|With|Under|Over|As|If|When|While|Despite|Amid|"
    r"Following|According|But|And|Yet|So|Then|Now|Last|This|That|These|Those|Earlier|Later|Meanwhile)\s)"
    rf"((?:{NAME_WORD}\s+){{1,3}}{NAME_WORD})(?=,\s+(?:the\s+|a\s+|an\s+)?[a-z]|"
    r"\s+(?:(?:has|had|was|is|will|would|also|then)\s+)?(?:[a-z]{2,}ed|made|took|gave|sent|held|met|saw|went|"
    r"came|told|said|says|spoke|wrote)\b)")
# capitalised words that make a name a place or an institution, not a person
NOT_A_NAME = re.compile(r"\b(?:Korea|Russia|Ukraine|China|America|Kremlin|Pentagon|Seoul|Moscow|Kyiv|Pyongyang|"
                        r"Beijing|Washington|United|Union|Nations|Ministry|Agency|Council|Party|Army|Forces?|News|"
                        r"Times|Post|House|Office|Committee|Commission|Service|Department|Government)\b")
TITLED_SUBJECT = re.compile(
    r"^(?:The\s+)?(?:[Rr]espected\s+|Dear\s+)?(?:Comrade|President|Premier|Prime Minister|Chairman|Minister|"
    r"General Secretary|Marshal|Mr\.|Ms\.|Mrs\.|Dr\.|Rep\.|Senator|Governor|Mayor|Ambassador)\s+"
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
    r"(?:One day|On|In|During|That day|The next day|Early|Late|Last|Afterwards|Later|Then|Earlier|Juche)\b[^,.;:]{0,60}?"
    r"(?:,\s*|\s+(?=the\s+(?:[Rr]espected|Dear)\s|(?:Comrade|President|Chairman|Marshal)\s))")
# German, French and Russian: a sentence that opens with a role and a person's name
# ("Kremlsprecher Dmitri Peskow wies die Berichte zurück", "Der Politologe Jan Berg hält …",
# "Le ministre Jean Dupont a …", "Пресс-секретарь Дмитрий Песков отверг …"): the antecedent of a
# later "er", "il", "он" (German capitalises every noun, so a name needs a role before it)
_CAPNAME = r"[A-ZÄÖÜÉÈА-ЯЁ][a-zäöüßéèêëïîôûàâçа-яё]+(?:-[A-Za-zа-яё]+)?"
_ROLE = (r"(?:\w*sprecher\w*|\w*minister\w*|\w*präsident\w*|\w*chef\w*|politolog\w*|expert\w*|general\w*|"
         r"kommandeur\w*|botschafter\w*|bürgermeister\w*|gouverneur\w*|porte-parole|ministre|président\w*|"
         r"général|chercheu\w+|ambassadeur|maire|пресс-секретар\w*|министр\w*|президент\w*|глав\w+|генерал\w*|"
         r"политолог\w*|эксперт\w*|губернатор\w*|посол|мэр\w*|представител\w*)")
OTHER_NAMED_SUBJECT = re.compile(
    rf"^(?i:(?:der|die|le|la|l['’])\s+)?(?:[{_LETTER}-]+\s+)?(?i:{_ROLE})\s+((?:{_CAPNAME}\s+){{0,2}}{_CAPNAME})"
    rf"(?=,?\s+[a-zäöüéèа-яё])")
# singular pronouns of those languages
OTHER_SINGULAR = frozenset("er il elle он она".split())
# a speaker that cannot be a later "he" or "she": an institution, a text, or a plural
NOT_A_PERSON = re.compile(r"\b(?:statement|ministry|article|report|agency|office|government|kremlin|pentagon|service|"
                          r"council|committee|commission|department|administration|newspaper|editorial|commentary|"
                          r"message|letter|paper|media|army|military|command|party|mission|embassy|house|news|"
                          r"kcna|tass|times|post|wire|[a-z]+s)$", re.IGNORECASE)
# the head of a short definite description of an institution ("the agency", "das Ministerium",
# "le ministère", "ведомство"): it takes up the institution quoted last
INSTITUTION_HEAD = re.compile(r"agency|ministry|service|office|department|administration|directorate|command|"
                              r"committee|council|commission|government|embassy|mission|ministeriums?|dienst(?:es)?|"
                              r"geheimdienst(?:es)?|behörde|regierung|ministère|agence|gouvernement|ведомств\w*|"
                              r"министерств\w*|служб\w*|правительств\w*", re.IGNORECASE)
# a spokesperson or official of such an institution ("the spokesman for the ministry", "Sprecher des
# Ministeriums", "porte-parole du ministère", "представитель ведомства")
INSTITUTION_ROLE = re.compile(r"(?:spokes(?:man|woman|person)|official|sprecher(?:in)?|vertreter(?:in)?|porte-parole|"
                              r"représentante?|responsable|представител\w*|пресс-секретар\w*)"
                              r"(?:\s+(?:for|of|at|from|the|des|der|du|de|la|l'|de l'))*\s*$", re.IGNORECASE)
# a person's gender, where a title or one of the names most quoted in this study tells it: "he"
# skips the women, "she" the men
MASCULINE = re.compile(r"\b(?:Mr\.?|Sir|Herr|Monsieur|Kim Jong Un|Kim Jong Il|Kim Il Sung|Putin|Peskov|Lavrov|"
                       r"Zelensky[iy]?|Sybiha|Syrskyi|Budanov)\b|\b(?:spokes|chair)man\b", re.IGNORECASE)
FEMININE = re.compile(r"\b(?:Ms\.?|Mrs\.?|Miss|Madam|Madame|Frau|Kim Yo Jong|Choe Son Hui|Zakharova|Kallas|"
                      r"von der Leyen)\b|\b(?:spokes|chair|business)woman\b|\b(?:a|the) woman\b", re.IGNORECASE)
# the same for German, French and Russian speakers: titles, feminine role nouns ("Sprecherin",
# "chercheuse", "жительница") and a Russian surname that ends the phrase ("Захарова" / "Песков";
# inside it, "Карлова университета" is a genitive)
OTHER_FEMININE = re.compile(r"\b(?:Mme|Frau|Madame)\b|\b\w+(?:erin|istin|entin|ologin|ärztin|expertin|kollegin|"
                            r"euse|trice|esse|ière|ienne)\b|(?<![\w])(?:жительниц\w*|пенсионерк\w*|сотрудниц\w*|"
                            r"журналистк\w*|учительниц\w*|медсестр\w*|мать|сестра|жена|дочь)(?![\w])|"
                            r"(?<![\w])[А-ЯЁ][а-яё]+(?:ова|ева|ина|ская)$")
OTHER_MASCULINE = re.compile(r"\b(?:M\.|Monsieur|Herr)\s|(?<![\w])[А-ЯЁ][а-яё]+(?:ов|ев|ин|ский)$")
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
    r"nach (?:ansicht|auffassung|meinung|aussagen?|schätzung) (?:des|der|von)|aus sicht (?:des|der|von)|"
    r"по словам|по данным|по информации|по сообщению|по оценк(?:е|ам)|по мнению|по сведениям|по утверждению|"
    r"по заявлению|по версии|selon|d'après)\s+", re.IGNORECASE)
# German "Dem Sprecher zufolge sind …", "Berg zufolge …": the speaker before the postposition
DE_ZUFOLGE = re.compile(r"^\s*((?:(?:dem|der|den)\s+)?[^,.;:]{2,60}?)\s+zufolge\s+")
# French "Pour le chercheur Paul Martin, Pyongyang cherche …": an opinion credited to someone;
# not a time or a purpose ("Pour la première fois", "Pour l'instant", "Pour cela")
FR_POUR = re.compile(r"^\s*Pour\s+(?!(?:la première|la seconde|la deuxième|la dernière|l['’]instant|l['’]heure|"
                     r"le moment|cela|ce faire|autant|rappel|mémoire|la suite|le reste|l['’]essentiel)\b)"
                     r"([^,]{2,80}?),\s+")
FR_POUR_SPEAKER = re.compile(r"(?:[A-ZÉ][\w'’-]+\s+){0,3}[A-ZÉ][\w'’-]+$|\b(?:chercheu\w+|expert\w*|analyste\w*|"
                             r"spécialiste\w*|politologue\w*|historien\w*|professeur\w*|économiste\w*|directeur|"
                             r"directrice|ministre|porte-parole|président\w*|général|diplomate\w*|député\w*|"
                             r"sénat\w*|maire|gouvernement|ministère|kremlin|état-major|observateurs?)\b",
                             re.IGNORECASE)
# a French infinitive clause after a reporting verb, same subject: "a indiqué ne pas être au
# courant", "a déclaré vouloir rester"
FR_INFINITIVE = re.compile(
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|également|aussi|encore))*"
    r"\s+((?:ne\s+(?:pas|plus|jamais)\s+|n['’])?(?:être|avoir|vouloir|pouvoir|savoir|devoir|craindre|espérer|"
    r"souhaiter|ignorer|compter|disposer|connaître|croire|attendre|rester|refuser|prévoir|envisager|regretter|"
    r"penser|partir|rentrer|revenir|combattre|voir|entendre|s['’]\w+|se\s+\w+)\b)", re.IGNORECASE)
# German "nach seinen Angaben", "nach eigener Einschätzung", Russian "По его словам, …": the
# speaker is the one just quoted
OWN_ACCOUNT = re.compile(r"^\s*(?:nach (?:seine[rn]?|ihre[rn]?|eigene[rn]?) (?:angaben|darstellung|einschätzung|"
                         r"schätzung|worten)\s+|по (?:его|её|ее|их) (?:словам|мнению|данным|оценке)\s*,\s*)",
                         re.IGNORECASE)
# German "Wie das Ministerium mitteilte, …", Russian "Как сообщил глава области, …"
AS_REPORTED = re.compile(r"^\s*(?:wie\s+(?P<de>[^,]{3,80}?)\s+(?P<de_verb>mitteilte|berichtete|sagte|erklärte|meldete|"
                         r"bestätigte|betonte|schrieb|mitteilten|berichteten)|как\s+(?P<ru_verb>сообщил\w*|заявил\w*|"
                         r"сказал\w*|отметил\w*|рассказал\w*|пишет|сообщает|передает|передаёт|считает|считают|отмечает|отмечают|"
                         r"полагает|полагают|указал\w*|подчеркнул\w*|подчеркивает|пояснил\w*|уточнил\w*)\s+"
                         r"(?:в\s+|во\s+)?(?P<ru>[^,]{2,80}?))"
                         r"\s*,\s*", re.IGNORECASE)
# a German speaker phrase up to the finite verb that follows it ("des südkoreanischen Geheimdienstes
# NIS" in "Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea …"): article,
# adjectives, capitalised nouns and names, and genitive or "von" chains of the same
# (an English name keeps its "for"/"of": "der Washingtoner Denkfabrik Center for Eurasian Security")
_DE_NOUNS = (r"(?:[a-zäöüß]+(?:en|er|es|em|e)\s+)*(?:[A-ZÄÖÜ][\w.-]*\s+)+"
             r"(?:(?:for|of|on|and|&)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)+)*")
DE_SPEAKER_NP = re.compile(rf"(?:(?:der|des|dem|den|die|eines|einer)\s+)?{_DE_NOUNS}"
                           rf"(?:(?:des|der|von|aus)\s+(?:(?:der|des|dem|den|die)\s+)?{_DE_NOUNS})*")
TRAIL_ACCORDING = re.compile(
    r",\s*(according to|laut|nach angaben (?:des|der|von)|по словам|по данным|selon|d'après)\s+([^,]{2,80}?)"
    r"\s*[.!?]?\s*$", re.IGNORECASE)
# an "according to" phrase between commas inside a sentence ("The troops, according to the
# Pentagon, have moved", "Второй, по данным ведомства, пока не дает показаний")
MID_ACCORDING = re.compile(r"(?<=\w),\s*(according to|laut|nach angaben (?:des|der|von)|по словам|по данным|"
                           r"по мнению|по оценке|по информации|selon|d'après)\s+([^,]{2,80}?),\s*(?=\w)", re.IGNORECASE)
# what an "according to" can name that is no source ("selon l'expression consacrée", "according to
# plan", "laut Gesetz", "по плану")
NOT_A_SOURCE = re.compile(r"(?:the |l'|la |le |les )?(?:expression|formule|termes|plan|schedule|law|loi|gesetz|"
                          r"план\w*|схем\w*|закон\w*)\b", re.IGNORECASE)
DE_INVERSION = re.compile(
    r"^(?:nach|am|im|in|zuvor|dazu|außerdem|zudem|bereits|auch|dabei|später|dann|heute|gestern|gegenüber|"
    r"bei|aus|so|darüber|dort|zugleich|unterdessen)\b", re.IGNORECASE)
# German "…, sagte der Sprecher der Nachrichtenagentur npa": after the verb, the medium told (a
# dative) is not part of the speaker; before it ("Der Chefredakteur der Zeitung X sagte") it is
# a genitive and stays
DE_RECIPIENT = re.compile(r"(?<=\w)\s+(?:der|dem)\s+(?:[\w-]+\s+)?(?:Nachrichtenagentur|Presseagentur|Zeitung|"
                          r"Tageszeitung|Wochenzeitung|Zeitschrift|Sender|Fernsehsender|Radiosender|Magazin|"
                          r"Deutschen Presse-Agentur)\b.*$")
# German "…, teilte der Nationale Nachrichtendienst am Freitag mit.", "…, räumt er ein.": a
# separable verb that ends a sentence after a comma has its speaker between its two parts
DE_TRAILING_SEPARABLE = re.compile(
    r"\s*(?P<verb>teilte|teilten|teilt|räumte|räumt|fügte|fügt|kündigte|kündigt|wies|weist|gab|gibt)\s+"
    r"(?P<speaker>(?:\S+\s+){1,7}?)(?P<particle>mit|ein|hinzu|an|zurück|zu|bekannt)\s*[.!?]?\s*$")
# German "…, hieß es weiter." / "…, hieß es aus Washington." after the verb form "hieß es":
# adverbs that go on with the last source (group 1), or the place or circle it came from (group 2)
DE_HIESS_ES_TAIL = re.compile(r"((?:(?:weiter|ferner|zudem|außerdem|auch|dazu|darin|dort|zuletzt|nun|jedoch|aber)\s*)*)"
                              r"(?:(?:aus|in|bei|von)\s+(.+))?", re.IGNORECASE)
# German "…, wie ein Sprecher des Ministeriums am Donnerstag mitteilte.": the clause before the comma,
# its speaker the noun phrase after "wie" (see DE_SPEAKER_NP)
DE_TRAILING_WIE = re.compile(r",\s*wie\s+(?:(?:ein|eine|einer)\s+)?(?P<rest>[^,]{3,100}?)\s+(?P<verb>mitteilte|mitteilten|"
                             r"berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|bestätigte|betonte|"
                             r"schrieb|hieß)\s*[.!?]?\s*$")
# a relative clause that opens a comma-delimited segment ("…, who heads …", "…, qui cite …", "…, который …")
RELATIVE_OPENING = re.compile(r"(?:who|which|qui|lequel|laquelle|который|которая|которое|которые|"
                              r"которого|которой)\b", re.IGNORECASE)
# a relative pronoun as the speaker of the clause it opens ("…опубликовал заявление, в котором
# говорится, что …", "…, in der es heißt, …", "…, dans lequel il affirme …"): its antecedent speaks
RELATIVE_SPEAKER = re.compile(r"(?:в|во)\s+(?:котором|которой|которых)|in\s+(?:dem|der|denen)|worin|"
                              r"dans\s+(?:lequel|laquelle|lesquels)", re.IGNORECASE)
# a text as the speaker in German, French, Russian ("In der Erklärung hieß es", "В сообщении
# подчеркивается"): the one quoted last speaks through it
TEXT_SPEAKER = re.compile(r"(?:(?:в|во)\s+)?(?:сообщени\w+|заявлени\w+|документ\w*|коммюнике|стать\w+|письм\w+|"
                          r"обращени\w+|послани\w+|публикаци\w+)|mitteilung|erklärung|schreiben|stellungnahme|"
                          r"communiqué|déclaration|texte", re.IGNORECASE)
# French verbs that report speech only right after a quote, inverted ("« … », analyse X", "« … »,
# note-t-elle"): elsewhere they are as often nouns ("une analyse", "la note"), so they are not in
# the verb lexicon that stance reads
FR_INVERSION_VERB = re.compile(r"[\s»”\"]*,?\s*(analyse|observe|note|relève|constate|poursuit|glisse|tranche|conclut|"
                               r"ironise|nuance|commente|détaille|martèle)(?:-t-(il|elle)\b|\s+(?=\S))")
# German Konjunktiv I (and "hätten" for the plural of "haben"), the mood of reported speech: a
# sentence with one of these right after a quote goes on with it
DE_KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|hätten|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|"
                           r"komme|bleibe|wisse|sehe|plane|befinde|verfüge|trage|handle|zeige|gelte|fehle|brauche|"
                           r"erhalte|lasse|setze|arbeite|kämpfe|verliere|bereite)\b")
# German, French, Russian: a coordinating conjunction that ends the text before a second verb
OTHER_COORDINATED = re.compile(r"\s+(?:und|et|и)$")
RU_LEADING_ADVERB = re.compile(r"^(?:накануне|ранее|также|тем временем|вчера|сегодня|позже|затем|при этом)\s+",
                               re.IGNORECASE)
# "…다고 밝혔다", or with the speaker after the claim: "…다고 국정원이 (18일) 밝혔다"
KO_INDIRECT = re.compile(r"(?:다|라|냐|자|이라)고\s+(?:(?P<speaker>(?:\S+\s+){0,3}?\S+?)(?:이|가|은|는)\s+(?:\S+\s+){0,2}?)?"
                         r"(?P<verb>[^\s.]+)\s*[.]?\s*$")
KO_CONNECTOR = re.compile(r"^\s*(?:이?라고|고|이?라며|며|이?라면서|면서|이?라는)(?=[\s,]|$)")
KO_ACCORDING = re.compile(r"((?:\S+\s+){0,2}\S+?)에\s*따르면\s+")
KO_LEADING = re.compile(r"^(?:\s*(?:\d+일|이날|지난\s*\d+일|앞서|또|또한|역시|이어|오전|오후|현지시간|"
                        r"\S+에서|\S+으로부터|\S+통해|\S+만나|\S+뒤)\s+)+")
