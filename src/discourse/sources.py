"""Source lexicon shared by attribution and stance: who speaks, and how the outlet reports it.

Offline and transparent: every decision comes from a regular expression or a word list in
this file, so a scholar can cite the rule. Languages: English, German, Russian, Korean and
French (names and titles are matched in every language at once, since a German article may
quote "NIS" and an English one "Kreml" rarely hurts).

- :data:`SOURCE_GROUPS`: group name -> tuple of :class:`SourcePattern` (compiled regex plus
  a tier). Groups: Ukraine, US, South Korea, NATO/EU (NATO, the EU and European
  governments), Russia, North Korea, China, expert, anonymous.
- :func:`source_group`: the group of a speaker phrase ("a Pentagon spokesperson" -> "US").
- :data:`REPORTING_VERBS`: language -> verb form -> ``(lemma, category)`` with category in
  :data:`VERB_CATEGORIES` (neutral, assertive, distancing, denying).
- :func:`reporting_verb`: the lemma and category of a verb token or phrase.

Nothing here is mutable: the tables are read-only mappings of tuples.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

GROUPS = ("Ukraine", "US", "South Korea", "NATO/EU", "Russia", "North Korea", "China", "expert", "anonymous")
VERB_CATEGORIES = ("neutral", "assertive", "distancing", "denying")
LANGS = ("en", "de", "ru", "ko", "fr")

# Tiers decide between groups when a phrase matches several: an explicit anonymity cue beats
# a role noun ("analyst"), which beats an institution, name, place or nationality
# ("a former US intelligence analyst" is an expert; "a Pentagon official, speaking on
# condition of anonymity" is anonymous). Within a tier the longest match wins, then the first.
TIER_ANONYMOUS, TIER_ROLE, TIER_NAME, TIER_WEAK = 4, 3, 2, 1


@dataclass(frozen=True)
class SourcePattern:
    """One rule of the lexicon: ``regex`` marks ``group`` with priority ``tier``."""

    group: str
    tier: int
    regex: re.Pattern


# Word boundary that also works for Cyrillic and Hangul (\b does, but Korean particles are
# glued to nouns, so Korean patterns use no trailing boundary).
_B = r"(?<![\w])"
_E = r"(?![\w])"


def _words(*alts: str) -> str:
    """Alternatives as one group, bounded on both sides (Latin and Cyrillic words)."""
    return _B + "(?:" + "|".join(alts) + ")" + _E


def _prefix(*alts: str) -> str:
    """Alternatives bounded on the left only (stems: ``ukrain`` matches Ukrainian, ukrainisch)."""
    return _B + "(?:" + "|".join(alts) + ")"


def _caps(*alts: str) -> str:
    """Case-sensitive acronyms ("US" but not "us", "EU", "RT", "ЕС")."""
    return "(?-i:" + _B + "(?:" + "|".join(alts) + ")" + _E + ")"


def _ko(*alts: str) -> str:
    """Korean alternatives: nouns carry particles, so no boundary on the right."""
    return "(?:" + "|".join(alts) + ")"


# group -> tier -> patterns (strings); compiled once into SOURCE_GROUPS below.
_RAW: dict = {
    "Ukraine": {
        TIER_NAME: [
            _prefix(r"zelensk", r"selensk", r"zelenskyy", r"yermak", r"sybiha", r"budanov", r"syrskyi", r"umerov",
                    r"kuleba", r"zaluzhn"),
            _caps(r"GUR", r"HUR", r"SBU", r"ВСУ", r"СБУ", r"ГУР"),
            # Ukraine's defence ministry and its intelligence directorate, longer than "минобороны"
            _prefix(r"минобороны украины", r"министерств\w* обороны украины", r"главн\w+ управлени\w+ разведки"),
            # Ukraine's own military intelligence (HUR), longer than the UK's "defence intelligence"
            _words(r"ukraine'?s defen[cs]e intelligence", r"defen[cs]e intelligence of ukraine",
                   r"ukrainian defen[cs]e intelligence"),
            _words(r"kyiv", r"kiev", r"kiew", r"ukraine'?s?", r"ukrainian\w*",
                   r"ukrinform", r"verkhovna rada"),
            _prefix(r"ukrain", r"украин", r"зеленск", r"киев", r"кулеб", r"буданов", r"сырск"),
            _words(r"банков\w*"),
            _ko(r"우크라이나", r"젤렌스키", r"키이우", r"키예프"),
            _prefix(r"kiev", r"ukrainien"),
        ],
        TIER_WEAK: [
            # Ukrainian cities and regions: "the Sumy Regional Military Administration", "Kharkiv's mayor"
            _words(r"kharkiv", r"kharkov", r"sumy", r"zaporizhzhia", r"zaporizhia", r"odesa", r"odessa", r"dnipro",
                   r"kherson", r"mykolaiv", r"lviv", r"chernihiv", r"poltava", r"zhytomyr", r"rivne", r"lutsk",
                   r"vinnytsia", r"kramatorsk", r"sloviansk", r"pokrovsk", r"ternopil", r"cherkasy",
                   r"ivano-frankivsk", r"state emergency service"),
        ],
    },
    "US": {
        TIER_NAME: [
            r"(?-i:(?<![\w.])U\.?S\.?(?![\w]))", _caps(r"USA", r"CIA"),
            _words(r"pentagon", r"white house", r"state department", r"department of state",
                   r"department of defen[cs]e", r"defen[cs]e department", r"washington", r"united states",
                   r"american\w*", r"biden", r"blinken", r"austin", r"kirby", r"sullivan", r"trump", r"rubio",
                   r"hegseth", r"national security council", r"weißes haus", r"wei(?:ss|ß)en hauses?",
                   r"us-\w+", r"amerikan\w*", r"maison blanche", r"américain\w*", r"etats-unis", r"états-unis"),
            _words(r"сша", r"пентагон\w*", r"белый дом", r"белого дома", r"госдеп\w*", r"вашингтон\w*",
                   r"американск\w*", r"остин\w*", r"блинкен\w*"),
            _ko(r"미국", r"미 국방부", r"펜타곤", r"백악관", r"국무부", r"워싱턴", r"블링컨", r"오스틴", r"미 정부", r"미군"),
        ],
    },
    "South Korea": {
        TIER_NAME: [
            _caps(r"NIS", r"JCS", r"ROK", r"РК"),
            _words(r"national intelligence service", r"seoul", r"south korea'?s?", r"south korean\w*",
                   r"yonhap", r"joint chiefs of staff", r"yoon suk[- ]yeol", r"lee jae[- ]myung",
                   r"republic of korea", r"blue house", r"südkorea\w*", r"s[üu]dkoreanisch\w*",
                   r"corée du sud", r"sud-coréen\w*", r"séoul"),
            r"(?i:south korea's (?:spy|intelligence) agency)", r"(?-i:\bthe South\b)",
            _words(r"ministry of national defen[cs]e", r"ministry of unification", r"unification ministry"),
            _words(r"сеул\w*", r"южнокорейск\w*", r"южной кореи", r"южная корея", r"национальн\w+ служб\w+ разведки",
                   r"йонхап"),
            _ko(r"한국", r"국정원", r"국가정보원", r"합참", r"합동참모본부", r"대통령실", r"통일부", r"연합뉴스", r"한국 정부",
                r"우리 군", r"국회", r"정보위", r"서울", r"남한"),
        ],
        TIER_WEAK: [
            # Korean-language news calls its own government simply "the government" or "the
            # ministry of defence"; a named country ("우크라이나 국방부") outranks these.
            _ko(r"정부", r"외교부", r"국방부", r"의원", r"군 당국"),
        ],
    },
    "NATO/EU": {
        TIER_NAME: [
            _caps(r"EU", r"ЕС", r"UK"),
            _words(r"nato", r"otan", r"rutte", r"stoltenberg", r"european union", r"european commission",
                   r"brussels", r"kallas", r"von der leyen", r"borrell", r"european\w*", r"uk ministry of defen[cs]e",
                   r"british", r"britain", r"downing street", r"london", r"paris", r"berlin", r"élysée",
                   r"macron", r"scholz", r"merz", r"starmer", r"baerbock", r"wadephul", r"pistorius",
                   r"bundesregierung", r"auswärtig\w* amt\w*", r"bundeskanzler\w*", r"brüssel", r"eu-\w+",
                   r"europäisch\w*", r"nato-\w+", r"britisch\w*", r"union européenne", r"quai d'orsay",
                   r"ministry of defen[cs]e in london", r"foreign secretary", r"defence intelligence",
                   r"western governments", r"western officials", r"western allies",
                   # European nationalities and countries (NATO or EU members)
                   r"polish", r"poland", r"german", r"germany", r"french", r"france", r"italian", r"italy",
                   r"dutch", r"netherlands", r"spanish", r"spain", r"finnish", r"finland", r"swedish", r"sweden",
                   r"danish", r"denmark", r"norwegian", r"norway", r"estonian", r"estonia", r"latvian", r"latvia",
                   r"lithuanian", r"lithuania", r"czech", r"romanian", r"romania", r"hungarian", r"hungary",
                   r"slovak", r"slovakia", r"bulgarian", r"bulgaria", r"greek", r"greece", r"belgian", r"belgium",
                   r"portuguese", r"portugal", r"tusk", r"orban", r"szijjarto",
                   # members of the European Parliament, and national institutions named in their own language
                   r"member of the european parliament", r"eurodéputé\w*", r"europaabgeordnete\w*",
                   r"bundeswehr\w*", r"bundestag\w*", r"minist[eè]re des armées", r"ministre des armées",
                   r"assemblée nationale"),
            # the same in German, French and Russian (adjectives and country names)
            _words(r"deutsch\w*", r"deutschland\w*", r"französisch\w*", r"frankreich\w*", r"polnisch\w*", r"polens?",
                   r"italienisch\w*", r"italiens?", r"spanisch\w*", r"spaniens?", r"niederländisch\w*",
                   r"österreich\w*", r"belgisch\w*", r"belgiens?", r"tschechisch\w*", r"finnisch\w*", r"finnlands?",
                   r"schwedisch\w*", r"schwedens?", r"dänisch\w*", r"norwegisch\w*", r"estnisch\w*", r"lettisch\w*",
                   r"litauisch\w*", r"rumänisch\w*", r"ungarisch\w*", r"slowakisch\w*", r"bulgarisch\w*",
                   r"griechisch\w*", r"portugiesisch\w*", r"austria\w*",
                   r"bundes(?:verteidigungs|außen|innen|wirtschafts|finanz|justiz)?minister\w*",
                   r"bundesnachrichtendienst\w*", r"bundespräsident\w*",
                   r"français\w*", r"française\w*", r"allemand\w*", r"allemagne", r"britannique\w*", r"royaume-uni",
                   r"polonais\w*", r"pologne", r"italien\w*", r"italie", r"espagnol\w*", r"espagne", r"néerlandais\w*",
                   r"autrichien\w*", r"autriche", r"belges?", r"belgique", r"tchèques?", r"finlandais\w*", r"finlande",
                   r"suédois\w*", r"suède", r"danois\w*", r"norvégien\w*", r"estonien\w*", r"letton\w*",
                   r"lituanien\w*", r"roumain\w*", r"hongrois\w*", r"slovaque\w*", r"bulgares?", r"grecs?", r"grecque\w*",
                   r"portugais\w*", r"élysée", r"matignon",
                   r"немецк\w*", r"германи[яиюей]", r"французск\w*", r"франци[яиюей]", r"британск\w*", r"британи[яиюей]",
                   r"польск\w*", r"польш[аиуей]", r"итальянск\w*", r"испанск\w*", r"нидерландск\w*", r"австрийск\w*",
                   r"австри[яиюей]", r"бельгийск\w*", r"чешск\w*", r"финск\w*", r"финлянди[яиюей]", r"шведск\w*",
                   r"швеци[яиюей]", r"датск\w*", r"норвежск\w*", r"эстонск\w*", r"эстони[яиюей]", r"латвийск\w*",
                   r"латви[яиюей]", r"литовск\w*", r"литв[аыуеой]", r"румынск\w*", r"венгерск\w*", r"словацк\w*",
                   r"болгарск\w*", r"греческ\w*", r"португальск\w*"),
            _caps(r"CDU", r"CSU", r"SPD", r"FDP", r"AfD", r"BSW", r"BND", r"LFI", r"ХДС", r"СДПГ"),
            _caps(r"MEPs?"),
            _words(r"нато", r"рютте", r"столтенберг\w*", r"евросоюз\w*", r"брюссел\w*", r"европейск\w*",
                   r"евродепутат\w*"),
            _ko(r"나토", r"뤼터", r"유럽연합", r"영국", r"독일", r"프랑스"),
        ],
    },
    "Russia": {
        TIER_NAME: [
            _words(r"kremlin", r"kreml\w*", r"kremlchef", r"peskov", r"peskow", r"moscow", r"moskau", r"moscou",
                   r"zakharova", r"sacharowa", r"lavrov", r"lawrow", r"gerasimov", r"gerassimow", r"putin\w*",
                   r"poutine", r"shoigu", r"schoigu", r"belousov", r"russia'?s?", r"russian\w*", r"russland\w*",
                   r"russisch\w*", r"russe\w*", r"russie", r"tass", r"ria novosti", r"sputnik",
                   r"nebenzya", r"medvedev", r"medwedew"),
            _caps(r"RT", r"TASS"),
            _prefix(r"кремл", r"песков", r"москв", r"захаров", r"лавров", r"герасимов", r"путин", r"шойгу",
                    r"белоусов", r"росси", r"российск", r"минобороны", r"мид россии", r"тасс", r"риа новости",
                    r"небензя", r"медведев", r"госдум", r"совет федерации"),
            _ko(r"러시아", r"크렘린", r"페스코프", r"모스크바", r"자하로바", r"라브로프", r"푸틴", r"쇼이구", r"게라시모프"),
        ],
        TIER_WEAK: [
            # Russian regions' own offices: "the Kursk region governor", "Primorye Governor Oleg Kozhemyako"
            # (not the place alone: "a brigade in the Kursk sector" is Ukrainian)
            _words(r"(?:kursk|belgorod|bryansk|primorye|primorsky|rostov|khabarovsk)(?: region(?:al)?| oblast| krai| "
                   r"territory)?(?:'s)? (?:governor|administration|authorities|officials?|duma|legislature)",
                   r"governor of (?:the )?(?:kursk|belgorod|bryansk|primorye|rostov|khabarovsk)"),
            # the same in Russian: "губернатор Курской области", "администрация Приморского края"
            _prefix(r"(?:губернатор\w*|администраци\w*|власт\w*|правительств\w*|министерств\w*|дум\w*) "
                    r"(?:курск|белгородск|брянск|приморск|ростовск|хабаровск)\w* (?:област|кра)"),
        ],
    },
    "North Korea": {
        TIER_ROLE: [
            # a commentator of state media speaks for the state, not as an independent expert
            _words(r"commentators? (?:of|for|at) (?:the )?(?:kcna|korean central news agency|rodong sinmun|minju joson)",
                   r"(?:kcna|rodong sinmun|minju joson) commentators?"),
        ],
        TIER_NAME: [
            # before the bare "DPRK" (alternatives match first come, first served): "the DPRK
            # Ministry of National Defence" outweighs the South's ministry
            _words(r"(?:dprk|north korean?'?s?) (?:foreign |defen[cs]e )?ministry(?: of [a-z' ]{2,40})?"),
            _words(r"kcna", r"pyongyang", r"pjöngjang", r"north korea'?s?", r"north korean\w*", r"dprk",
                   r"kim jong[- ]un", r"kim yo[- ]jong", r"choe son[- ]hui", r"choe son hui", r"rodong sinmun",
                   r"kim il[- ]sung", r"kim jong[- ]il", r"minju joson", r"uriminzokkiri",
                   # longer than the South's "Republic of Korea" inside it, so it wins
                   r"democratic people'?s republic of korea", r"demokratische(?:n)? volksrepublik korea",
                   r"république populaire démocratique de corée", r"rpdc",
                   r"korean central (?:television|broadcasting(?: station)?)", r"kctv",
                   r"korean people's army", r"workers' party", r"nordkorea\w*",
                   r"nordkoreanisch\w*", r"corée du nord", r"nord-coréen\w*", r"arbeiterpartei\w*",
                   r"parti du travail(?: de corée)?", r"rpd de corée"),
            _caps(r"KPA", r"WPK"), r"(?-i:\bthe North\b)", _words(r"korean central news agency"),
            # "the Ministry of National Defence of the DPRK" outweighs the South's ministry
            _words(r"(?:ministry|committee|commission|mission|department|embassy|delegation|government)"
                   r"(?: of [a-z' ]{2,40}?)? of the dprk"),
            _words(r"кндр", r"пхеньян\w*", r"цтак", r"центральное телеграфное агентство кореи",
                   r"ким чен ын\w*", r"чвэ сон хи", r"корейской народно-демократической республик\w*",
                   r"корейская народно-демократическая республика", r"северокорейск\w*", r"северной кореи", r"северная корея",
                   r"трудовой партии кореи"),
            _ko(r"북한", r"조선중앙통신", r"노동신문", r"김정은", r"최선희", r"평양", r"북측", r"조선노동당", r"노동당"),
        ],
    },
    "China": {
        TIER_NAME: [
            _words(r"china'?s?", r"chinese", r"beijing", r"lin jian", r"mao ning", r"guo jiakun", r"wang yi",
                   r"xi jinping", r"xinhua", r"global times", r"peking", r"chinesisch\w*", r"chine",
                   r"chinois\w*", r"pékin"),
            _caps(r"PRC"),
            _words(r"китай\w*", r"кнр", r"пекин\w*", r"китайск\w*", r"линь цзянь", r"мао нин", r"ван и", r"синьхуа"),
            _ko(r"중국", r"베이징", r"린젠", r"마오닝", r"궈자쿤", r"왕이", r"시진핑", r"신화통신"),
        ],
    },
    "expert": {
        TIER_ROLE: [
            _words(r"analysts?", r"experts?", r"think[- ]tanks?", r"professors?", r"prof\.", r"researchers?",
                   r"scholars?", r"defectors?", r"fellows?", r"specialists?", r"commentators?", r"observers?",
                   r"historians?", r"political scientists?", r"economists?", r"academics?", r"institute",
                   r"institution for", r"university", r"policy forum", r"center for \w+ studies",
                   r"centre for \w+ studies", r"studies"),
            _words(r"\w*-?experten?", r"\w*experte", r"analytiker\w*", r"politologe\w*", r"\w*wissenschaftler\w*",
                   r"forscher\w*", r"stiftung", r"institut\w*", r"universität", r"überläufer", r"denkfabrik\w*",
                   r"thinktanks?"),
            _words(r"эксперт\w*", r"аналитик\w*", r"политолог\w*", r"обозревател\w*", r"профессор\w*",
                   r"исследовател\w*", r"\w+[ое]вед\w*", r"перебежчик\w*", r"институт\w*", r"университет\w*",
                   r"аналитическ\w+ центр\w*", r"мозгов\w+ центр\w*"),
            _words(r"soziolog\w*", r"historiker\w*", r"ökonom\w*", r"professorin\w*", r"dozent\w*",
                   r"sociologues?", r"historien\w*", r"économistes?", r"géopolitologues?", r"professeure?s?",
                   r"maîtresses? de conférences", r"maîtres? de conférences", r"enseignante?s?-chercheu\w+",
                   r"directeur de recherche", r"directrice de recherche", r"universitaire\w*",
                   r"социолог\w*", r"историк\w*", r"экономист\w*", r"доцент\w*", r"научн\w+ сотрудник\w*"),
            _words(r"analystes?", r"experts?", r"chercheu\w+", r"politologue\w*", r"spécialiste\w*", r"transfuge\w*",
                   r"groupes? de réflexion", r"cercles? de réflexion"),
            _ko(r"전문가", r"연구위원", r"연구원", r"연구소", r"교수", r"탈북민", r"탈북자", r"분석가", r"대학", r"싱크탱크"),
        ],
    },
    "anonymous": {
        TIER_ANONYMOUS: [
            r"(?:on|under) (?:the )?condition (?:of|that) (?:anonymity|(?:his|her|their) names? (?:not|would not))",
            r"(?i:(?:asked|asking|declined|wished|requested) not to be (?:named|identified))",
            r"(?i:who (?:asked|declined) (?:not )?to be (?:named|identified))",
            r"(?i:not authori[sz]ed to (?:speak|talk|comment))",
            r"(?i:anonymous|unnamed|anonym\w*|ungenannt\w*|nicht genannt werden|nicht namentlich genannt|"
            r"(?:seinen|ihren) namen nicht (?:nennen|genannt|veröffentlicht))",
            r"(?i:на услови\w+ анонимности|пожелавш\w+ остаться неизвестн\w+|не назвавш\w+|анонимн\w+|"
            r"попросивш\w+ не называть)",
            r"(?i:sous (?:le )?couvert (?:de l')?anonymat|anonyme|(?:requis|gard\w+|conserver) l'anonymat|"
            r"n'(?:a|ont) pas souhaité (?:donner son nom|donner leurs? noms?|être (?:nommé|identifié|cité)e?s?)|"
            r"(?:sans|refusant de|refusé de) (?:donner|décliner) son (?:nom|identité)|"
            r"(?:a|ont|ayant) demandé à ne pas être (?:nommé|identifié|cité)e?s?|qui souhaite rester anonyme)",
            _ko(r"익명", r"이름을 밝히지 않은"),
        ],
        TIER_WEAK: [
            _words(r"sources?", r"insiders?", r"it is reported", r"it was reported", r"reportedly",
                   r"people familiar with", r"diplomat", r"diplomats", r"quellen?", r"insider",
                   r"wie es hei(?:ß|ss)t", r"источник\w*", r"инсайдер\w*", r"sources?", r"diplomate\w*",
                   # the Russian press's unnamed "interlocutor" ("собеседник агентства")
                   r"собеседник\w*(?!\s+(?-i:[А-ЯЁ]))"),
            _ko(r"소식통", r"관계자에 따르면", r"정부 관계자", r"외교 소식통"),
        ],
    },
}


def _compile(raw: dict) -> Mapping[str, tuple[SourcePattern, ...]]:
    """Compile the raw table into a read-only mapping group -> patterns, one per tier
    (the tier's alternatives joined into one regex), highest tier first."""
    out = {}
    for group, tiers in raw.items():
        out[group] = tuple(
            SourcePattern(group, tier, re.compile("|".join(f"(?:{p})" for p in strings), re.IGNORECASE))
            for tier, strings in sorted(tiers.items(), reverse=True))
    return MappingProxyType(out)


SOURCE_GROUPS: Mapping[str, tuple[SourcePattern, ...]] = _compile(_RAW)


def source_matches(text: str) -> list[tuple[int, int, int, str]]:
    """Every lexicon hit in ``text``.

    Args:
        text: any phrase (a speaker, an appositive, a sentence).
    Returns:
        ``(tier, start, end, group)`` tuples, in no particular order; empty for a non-string.
    """
    if not isinstance(text, str) or not text:
        return []
    hits = []
    for group, pats in SOURCE_GROUPS.items():
        for p in pats:
            for m in p.regex.finditer(text):
                if m.end() > m.start():
                    hits.append((p.tier, m.start(), m.end(), group))
    return hits


def is_anonymous(text: str) -> bool:
    """True when ``text`` carries an explicit anonymity cue ("on condition of anonymity",
    "asked not to be named", "на условиях анонимности", "익명")."""
    if not isinstance(text, str) or not text:
        return False
    return any(p.regex.search(text) for p in SOURCE_GROUPS["anonymous"] if p.tier == TIER_ANONYMOUS)


def source_group(text: str, lang: str | None = None) -> str | None:
    """The source group of a speaker phrase.

    Args:
        text: a speaker phrase, e.g. "South Korea's spy agency", "Kremlin spokesman Dmitry
            Peskov", "Korea-Experte Henrik Vossberg", "국정원", "Пресс-секретарь Кремля".
        lang: accepted for symmetry with :func:`reporting_verb`; the lexicon matches every
            language at once, so it does not change the result.
    Returns:
        One of :data:`GROUPS`, or ``None`` when no rule matches (or ``text`` is not a string).
        Several matches: the highest tier wins (anonymity cue > role noun such as "analyst" >
        name/institution/place > weak cue), then the longest match, then the first. A
        diplomat's host country ("Russia's ambassador to South Korea") is no match.
    """
    if not isinstance(text, str) or not text:
        return None
    return _best_group(text)


# A diplomat's host country is not the diplomat's side: "Russia's ambassador to South Korea",
# "the North Korean embassy in Moscow", "Russlands Botschafter in Südkorea", "посол КНДР в
# России", "l'ambassadeur de Russie en Corée du Sud", "러시아 주재 북한 대사". A hit that follows
# one of these (up to the end of the text before it) or precedes "주재" is the host and does
# not count; the speaker's own country, if named, decides.
HOST_BEFORE = re.compile(
    r"(?:"
    r"\b(?:ambassador|envoy|emissary|embassy|consul(?:ate)?(?:[- ]general)?)s?(?:\s+(?:of|from)\s+[^,;()]{1,40}?)?"
    r"\s+(?:to|in)\s+(?:the\s+)?"
    r"|\b(?:mission|representative|delegation|delegate|ambassadors)(?:\s+(?:of|from)\s+[^,;()]{1,40}?)?\s+to\s+(?:the\s+)?"
    r"|\b(?:botschafter\w*|botschaft|gesandte\w*|konsul\w*)(?:\s+\S+){0,2}?\s+(?:in|bei)\s+(?:der\s+|den\s+|dem\s+)?"
    r"|(?<![\w])(?:посол\w*|посольств\w*|постпред\w*|консул\w*)(?:\s+\S+){0,2}?\s+(?:в|во|при)\s+"
    r"|\b(?:ambassad\w*|envoyé\w*|consul\w*)(?:\s+\S+){0,3}?\s+(?:en|au|aux|à|auprès\s+d(?:es|u|e\s+la|e\s+l'))\s*(?:la\s+|l')?"
    r")$", re.IGNORECASE)
HOST_AFTER = re.compile(r"\s*주재")


def _is_host(text: str, start: int, end: int) -> bool:
    """True when the lexicon hit ``text[start:end]`` names a diplomat's host country."""
    return bool(HOST_BEFORE.search(text[max(0, start - 80):start]) or HOST_AFTER.match(text, end))


@lru_cache(maxsize=65536)
def _best_group(text: str) -> str | None:
    """Cached core of :func:`source_group` (the lexicon never changes at run time)."""
    hits = [h for h in source_matches(text) if not _is_host(text, h[1], h[2])]
    if not hits:
        return None
    tier, start, end, group = max(hits, key=lambda h: (h[0], h[2] - h[1], -h[1]))
    return group


# Korean is subject-object-verb: the speaker is the topic that opens the clause ("국정원은 …다고
# 밝혔다"), far from the verb at its end. A topic ends in 은/는/도; an adnominal verb form
# ("…하는", "…다는") ends the same way but is no topic.
KO_TOPIC = re.compile(r"(\S+?)(은|는|도)(?=\s)")
KO_ADNOMINAL = re.compile(r"(?:하는|되는|있는|없는|라는|다는|하던|같은|받은|많은|높은|로운|주는|오는|가는|보는|"
                          r"않은|않는|이는|치는|리는|기는|지는|우는|나는|르는|려는|려던|만든|바는|것은)$")


def korean_topic(text: str, first: bool) -> tuple[str, int] | None:
    """The topic phrase of a Korean clause and where it ends.

    Args:
        text: Korean text, usually the part of a sentence before a quotation or a reporting verb.
        first: take the first topic in ``text`` (else the last).
    Returns:
        ``(phrase without its particle, with up to three modifying words before it; end offset
        of the particle)``, e.g. ``("한국 정보기관", 8)`` for "한국 정보기관은 …"; ``None``
        when ``text`` has no topic.
    """
    hits = [m for m in KO_TOPIC.finditer(text) if not KO_ADNOMINAL.search(m.group(0))]
    if not hits:
        return None
    m = hits[0] if first else hits[-1]
    pre = text[:m.start()].split()
    mods = []
    for w in reversed(pre[-3:]):
        if re.search(r"(?:에서|에게|에|을|를|고|며|,|다|만|서|면|\.|\)|:|—|–)$", w):
            break
        mods.insert(0, w)
    return " ".join(mods + [m.group(1)]), m.end()


# --- reporting verbs ---------------------------------------------------------------------------
# lemma -> (category, forms). "…" inside a form stands for up to three words
# ("teilte … mit" matches "teilte am Montag mit").
_VERBS: dict = {
    "en": {
        "say": ("neutral", "say, says, said, saying"),
        "tell": ("neutral", "tell, tells, told, telling"),
        "state": ("neutral", "stated"),
        "add": ("neutral", "add, adds, added, adding"),
        "note": ("neutral", "note, notes, noted, noting"),
        "report": ("neutral", "report, reports, reported, reporting"),
        "announce": ("neutral", "announce, announces, announced, announcing"),
        "write": ("neutral", "write, writes, wrote, writing, written"),
        "post": ("neutral", "posted"),
        "explain": ("neutral", "explain, explains, explained, explaining"),
        "describe": ("neutral", "describe, describes, described, describing"),
        "call": ("neutral", "call, calls, called, calling"),
        "warn": ("neutral", "warn, warns, warned, warning"),
        "stress": ("neutral", "stress, stresses, stressed, stressing"),
        "emphasize": ("neutral", "emphasize, emphasizes, emphasized, emphasise, emphasises, emphasised"),
        "argue": ("neutral", "argue, argues, argued, arguing"),
        "estimate": ("neutral", "estimates, estimated"),
        "assess": ("neutral", "assesses, assessed"),
        "put it": ("neutral", "put it"),
        "express": ("neutral", "expressed the hope, expressed the belief, expressed the expectation, expressed the "
                               "conviction, expressed the confidence, expressed hope, expressed confidence, expressing "
                               "the hope, expressing the belief, expressing the expectation, expressing the conviction"),
        "quote": ("neutral", "quoted as saying"),
        "according to": ("neutral", "according to"),
        "confirm": ("assertive", "confirm, confirms, confirmed, confirming"),
        "acknowledge": ("assertive", "acknowledge, acknowledges, acknowledged, acknowledging"),
        "admit": ("assertive", "admit, admits, admitted, admitting"),
        "verify": ("assertive", "verified"),
        "claim": ("distancing", "claim, claims, claimed, claiming"),
        "allege": ("distancing", "allege, alleges, alleged, alleging"),
        "insist": ("distancing", "insist, insists, insisted, insisting"),
        "assert": ("distancing", "assert, asserts, asserted, asserting"),
        "maintain": ("distancing", "maintain, maintains, maintained"),
        "accuse": ("distancing", "accuse, accuses, accused, accusing"),
        "deny": ("denying", "deny, denies, denied, denying"),
        "dismiss": ("denying", "dismiss, dismisses, dismissed, dismissing"),
        "reject": ("denying", "reject, rejects, rejected, rejecting"),
        "reject as": ("denying", "rejected as"),
        "refute": ("denying", "refute, refutes, refuted"),
        "rebuff": ("denying", "rebuffed"),
        # verbs that relay someone's characterisation ("the Kremlin branded the reports a
        # hoax", "Pyongyang denounced them as a smear"): the doubt word is theirs
        "brand": ("neutral", "brand, brands, branded, branding"),
        "label": ("neutral", "labelled, labeled, labelling, labeling"),
        "term": ("neutral", "termed"),
        "characterize": ("neutral", "characterized, characterised, characterizing, characterising"),
        "portray": ("neutral", "portrayed … as, portrays … as, portraying … as"),
        "denounce": ("neutral", "denounce, denounces, denounced, denouncing"),
        "decry": ("neutral", "decried, decries, decrying"),
        "condemn as": ("neutral", "condemned … as"),
        "slam as": ("neutral", "slammed … as, slams … as"),
        "deride": ("denying", "derided, derides, deriding"),
        "ridicule": ("denying", "ridiculed, ridiculing"),
        "mock": ("denying", "mocked, mocking, mocks"),
        "brush off": ("denying", "brushed off, brushes off, brushing off, brushed … off, brushing … off"),
        "wave away": ("denying", "waved away, waved off, waves away, waves off, waving away, waving off"),
        "laugh off": ("denying", "laughed off, laughs off, laughing off, laughed … off"),
        "pooh-pooh": ("denying", "pooh-poohed, pooh-poohs, pooh-poohing"),
        "scoff": ("denying", "scoffed at, scoffs at"),
    },
    "de": {
        "sagen": ("neutral", "sagte, sagt, sagten, sagen, gesagt, sagte … aus"),
        "erklären": ("neutral", "erklärte, erklärt, erklärten"),
        "mitteilen": ("neutral", "teilte … mit, teilt … mit, teilten … mit, mitgeteilt"),
        "betonen": ("neutral", "betonte, betont"),
        "hinzufügen": ("neutral", "fügte … hinzu"),
        "berichten": ("neutral", "berichtete, berichtet, berichten"),
        "melden": ("neutral", "meldete, meldet"),
        "warnen": ("neutral", "warnte, warnt"),
        "fordern": ("neutral", "forderte, fordert"),
        "antworten": ("neutral", "antwortete, antwortet"),
        "ankündigen": ("neutral", "kündigte … an, kündigt … an, angekündigt"),
        "erzählen": ("neutral", "erzählte, erzählt"),
        "schreiben": ("neutral", "schrieb, schreibt"),
        "heißen": ("neutral", "hieß es, heißt es, hiess es"),
        "so": ("neutral", "so"),
        "laut": ("neutral", "laut"),
        "bestätigen": ("assertive", "bestätigte, bestätigt, bestätigten"),
        "einräumen": ("assertive", "räumte … ein, räumt … ein, eingeräumt"),
        "zugeben": ("assertive", "gab … zu"),
        "bekanntgeben": ("neutral", "gab … bekannt, gibt … bekannt, bekanntgegeben"),
        "behaupten": ("distancing", "behauptete, behauptet, behaupten"),
        "beharren": ("distancing", "beharrte"),
        "bestreiten": ("denying", "bestritt, bestreitet, bestritten"),
        "zurückweisen": ("denying", "wies … zurück, weist … zurück, zurückgewiesen"),
        "dementieren": ("denying", "dementierte, dementiert"),
    },
    "ru": {
        "заявить": ("neutral", "заявил, заявила, заявили, заявило, заявляет, заявляют, заявлял, заявляла, заявляли"),
        "ответить": ("neutral", "ответил, ответила, ответили"),
        "полагать": ("neutral", "полагает, полагают, полагал, полагала"),
        "сказать": ("neutral", "сказал, сказала, сказали"),
        "сообщить": ("neutral", "сообщил, сообщила, сообщили, сообщило, сообщает, сообщают, сообщается"),
        "отметить": ("neutral", "отметил, отметила, отметили, отмечает, отмечается"),
        "подчеркнуть": ("neutral", "подчеркнул, подчеркнула, подчеркнули, подчеркивает, подчеркивается"),
        "добавить": ("neutral", "добавил, добавила, добавили"),
        "рассказать": ("neutral", "рассказал, рассказала, рассказали"),
        "считать": ("neutral", "считает, считают, считал, считала, считали"),
        "объявить": ("neutral", "объявил, объявила, объявили"),
        "назвать": ("neutral", "назвал, назвала, назвали, называет"),
        "говорить": ("neutral", "говорит, говорят, говорил, говорится"),
        "написать": ("neutral", "написал, написала, пишет"),
        "указать": ("neutral", "указал, указала, указали, указывает, указывается"),
        "пояснить": ("neutral", "пояснил, пояснила, пояснили"),
        "уточнить": ("neutral", "уточнил, уточнила, уточнили"),
        "передать": ("neutral", "передает, передаёт"),
        "иронизировать": ("neutral", "иронизирует"),
        "по словам": ("neutral", "по словам"),
        "по данным": ("neutral", "по данным"),
        "подтвердить": ("assertive", "подтвердил, подтвердила, подтвердили, подтвердило, подтверждает"),
        "признать": ("assertive", "признал, признала, признали, признало, признает"),
        "утверждать": ("distancing", "утверждает, утверждают, утверждал, утверждала, утверждали"),
        "настаивать": ("distancing", "настаивает, настаивают, настаивал"),
        "опровергнуть": ("denying", "опроверг, опровергла, опровергли, опровергает"),
        "отвергнуть": ("denying", "отверг, отвергла, отвергли, отвергает"),
        "отрицать": ("denying", "отрицает, отрицают, отрицал, отрицала"),
    },
    "ko": {
        # past forms (expanded to connective forms below), then present forms of explainers and
        # broadcast news ("…다고 말한다", "…라고 밝힙니다")
        "밝히다": ("neutral", "밝혔다, 밝힌다, 밝힙니다"),
        "말하다": ("neutral", "말했다, 말한다, 말합니다"),
        "전하다": ("neutral", "전했다, 전한다, 전합니다"),
        "설명하다": ("neutral", "설명했다, 설명한다"),
        "덧붙이다": ("neutral", "덧붙였다"),
        "강조하다": ("neutral", "강조했다, 강조한다"),
        "보고하다": ("neutral", "보고했다"),
        "보도하다": ("neutral", "보도했다, 보도한다, 보도합니다"),
        "분석하다": ("neutral", "분석했다, 분석한다"),
        "비판하다": ("neutral", "비판했다"),
        "비난하다": ("neutral", "비난했다, 비난한다"),
        "논평하다": ("neutral", "논평했다"),
        "진술하다": ("neutral", "진술했다"),
        "지적하다": ("neutral", "지적했다, 지적한다"),
        "경고하다": ("neutral", "경고했다, 경고한다"),
        "발표하다": ("neutral", "발표했다"),
        "따르다": ("neutral", "에 따르면"),
        "확인하다": ("assertive", "확인했다"),
        "인정하다": ("assertive", "인정했다, 인정한다"),
        "주장하다": ("distancing", "주장했다, 주장한다, 주장합니다"),
        "부인하다": ("denying", "부인했다, 부인한다"),
        "일축하다": ("denying", "일축했다, 일축한다"),
        "반박하다": ("denying", "반박했다, 반박한다"),
    },
    "fr": {
        "dire": ("neutral", "a dit, dit, disait"),
        "déclarer": ("neutral", "a déclaré, déclare, déclaré, a-t-il déclaré, a-t-elle déclaré"),
        "affirmer": ("neutral", "a affirmé, affirme, affirmé"),
        "ajouter": ("neutral", "a ajouté, ajoute, ajouté, a-t-il ajouté, a-t-elle ajouté"),
        "préciser": ("neutral", "a précisé, précise, précisé, a-t-il précisé, a-t-elle précisé"),
        "estimer": ("neutral", "a estimé, estime, estiment, estimé"),
        "juger": ("neutral", "a jugé, juge, jugent"),
        "faire savoir": ("neutral", "a fait savoir, fait savoir, ont fait savoir"),
        "confier": ("neutral", "a confié, confie"),
        "raconter": ("neutral", "raconte, a raconté"),
        "avertir": ("neutral", "a averti, avertit"),
        "répéter": ("neutral", "a répété, répète, répétaient, répétait"),
        "rappeler": ("neutral", "a rappelé, rappelle, a-t-il rappelé, a-t-elle rappelé"),
        "rapporter": ("neutral", "rapporte, a rapporté"),
        "lâcher": ("neutral", "lâche, a lâché"),
        "résumer": ("neutral", "résume, a résumé"),
        "insister": ("neutral", "a insisté, insiste, a-t-il insisté, a-t-elle insisté"),
        "indiquer": ("neutral", "a indiqué, indique, indiqué"),
        "expliquer": ("neutral", "a expliqué, explique, expliqué"),
        "souligner": ("neutral", "a souligné, souligne, souligné"),
        "annoncer": ("neutral", "a annoncé, annonce"),
        "selon": ("neutral", "selon"),
        "confirmer": ("assertive", "a confirmé, confirme, confirmé"),
        "reconnaître": ("assertive", "a reconnu, reconnaît, reconnu"),
        "admettre": ("assertive", "a admis, admet"),
        "prétendre": ("distancing", "prétend, a prétendu, prétendent"),
        "assurer": ("distancing", "assure, a assuré, assuré"),
        "soutenir": ("distancing", "soutient, a soutenu"),
        "nier": ("denying", "nie, a nié, nient"),
        "démentir": ("denying", "dément, a démenti, démenti"),
        "rejeter": ("denying", "rejette, a rejeté, rejeté"),
    },
}

# Korean past predicates also appear in connective forms: 밝혔다 -> 밝혔으며, 밝혔고, 밝혔습니다.
_KO_ENDINGS = ("다", "으며", "고", "습니다", "는데")


def _ko_past(form: str) -> bool:
    """A Korean past form: ends in 다 after a syllable whose final consonant is ㅆ (했다, 밝혔다)."""
    return (len(form) > 1 and form.endswith("다") and "가" <= form[-2] <= "힣"
            and (ord(form[-2]) - ord("가")) % 28 == 20)


def _forms(lang: str, spec: str) -> list[str]:
    """Expand a comma-separated form list; Korean past forms also yield connective forms."""
    forms = [f.strip() for f in spec.split(",") if f.strip()]
    if lang != "ko":
        return forms
    out = []
    for f in forms:
        out += [f[:-1] + e for e in _KO_ENDINGS] if _ko_past(f) else [f]
    return out


def _build_verbs(raw: dict) -> Mapping[str, Mapping[str, tuple[str, str]]]:
    """language -> {form: (lemma, category)} as read-only mappings."""
    table = {}
    for lang, lemmas in raw.items():
        forms = {}
        for lemma, (category, spec) in lemmas.items():
            for form in _forms(lang, spec):
                forms.setdefault(form.lower(), (lemma, category))
        table[lang] = MappingProxyType(forms)
    return MappingProxyType(table)


REPORTING_VERBS: Mapping[str, Mapping[str, tuple[str, str]]] = _build_verbs(_VERBS)


def _form_regex(form: str, lang: str) -> str:
    """Regex source for one verb form ("…" = up to three intervening words)."""
    parts = [re.escape(p) for p in form.split(" ")]
    src = ""
    for k, p in enumerate(parts):
        if p == re.escape("…"):
            src += r"(?:\s+\S+){0,3}?"
        else:
            src += (r"\s+" if k else "") + p
    if lang == "ko":
        return src
    return _B + src + _E


@lru_cache(maxsize=None)
def _form_patterns(lang: str) -> tuple[tuple[re.Pattern, str, str], ...]:
    forms = REPORTING_VERBS[lang]
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return tuple((re.compile(_form_regex(f, lang), re.IGNORECASE), *forms[f]) for f in ordered)


@lru_cache(maxsize=None)
def _verb_index(lang: str) -> Mapping[str, tuple[tuple[re.Pattern, str, str], ...]]:
    """First word of a form -> its (pattern, lemma, category), longest form first."""
    forms = REPORTING_VERBS[lang]
    index: dict = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        rx = re.compile(_form_regex(form, lang), re.IGNORECASE)
        index.setdefault(form.split(" ")[0], []).append((rx, *forms[form]))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


WORD = re.compile(r"\w+")
# forms that report speech only right after a comma ("..., so der Sprecher"; elsewhere German
# "so" is the adverb "so viele")
_AFTER_COMMA_ONLY = {"de": frozenset({"so"})}
# English forms that are also nouns or participles ("the claims", "about reported casualties"):
# a form right after one of these words is not a reporting verb.
_EN_NOT_BEFORE = frozenset("the a an this these that those such its his her their our your any no new latest same "
                           "about of by for with from into on in at to 's false western unverified unfounded "
                           "baseless dubious similar earlier".split())


# English forms that are also nouns, and the words after which such a form is the noun: "the
# North Korean troops claim is a ploy", "the troop reports are dubious"
_EN_NOUN_FORMS = frozenset("claim claims report reports warning warnings estimate estimates".split())
_EN_NOUN_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had|remains?|seems?|sounds?|looks?|appears?|will|would|"
                           r"can|could|should|must|may|might|does|did|do)\b", re.IGNORECASE)
# forms that are the head of a compound noun after these words: "an intercepted radio call",
# "any Korean writing"
_EN_COMPOUND_HEAD = {form: frozenset(before.split()) for forms, before in (
    (("call", "calls"), "radio phone telephone video conference roll wake-up distress"),
    (("writing",), "korean russian english chinese hangul cyrillic in"),
) for form in forms}
# the word after a verb that takes an object ("that called the reports ...")
_EN_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|them|it|this|these|those|him|her|his|its|their|us|me|that|off|away|"
                             r"out|up|on|as)\b", re.IGNORECASE)


def find_verbs(text: str, lang: str | None = "en") -> list[tuple[int, int, str, str, str]]:
    """Every reporting verb in ``text``, left to right, without overlaps.

    Args:
        text: a sentence or any text.
        lang: language code (unknown codes use English forms).
    Returns:
        ``(start, end, form_as_written, lemma, category)`` tuples.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_find_verbs(text, lang))


@lru_cache(maxsize=8192)
def _find_verbs(text: str, lang: str | None) -> tuple:
    """Cached core of :func:`find_verbs` (a sentence is scanned by several rules)."""
    index = _verb_index(lang if lang in REPORTING_VERBS else "en")
    out, last_end = [], -1
    for m in WORD.finditer(text):
        if m.start() < last_end:
            continue
        cands = index.get(m.group(0).lower())
        if not cands:
            continue
        if m.group(0).lower() in _AFTER_COMMA_ONLY.get(lang, ()) and not text[:m.start()].rstrip().endswith(","):
            continue
        if lang in ("en", None) or lang not in REPORTING_VERBS:
            prev = text[max(0, m.start() - 16):m.start()].rstrip()
            prev_word = prev.rsplit(None, 1)[-1].lower() if prev else ""
            if prev_word in _EN_NOT_BEFORE or prev_word.endswith(("'s", "’s")):
                # "that" and "which" before a verb with an object open a relative clause ("a state
                # that called the reports a smear"), not a noun phrase ("that report")
                if not (prev_word in ("that", "which") and _EN_OBJECT_NEXT.match(text, m.end())):
                    continue
            if m.start() and text[m.start() - 1] in "-‐‑":
                # half of a compound adjective: "so-called", "self-proclaimed", "widely-reported"
                continue
            if m.group(0).lower() in _EN_NOUN_FORMS and _EN_NOUN_NEXT.match(text, m.end()):
                continue
            if prev_word in _EN_COMPOUND_HEAD.get(m.group(0).lower(), ()):
                continue
        for rx, lemma, category in cands:
            hit = rx.match(text, m.start())
            if hit:
                out.append((hit.start(), hit.end(), hit.group(0), lemma, category))
                last_end = hit.end()
                break
    return tuple(out)


def reporting_verb(token_or_phrase: str, lang: str | None = "en") -> tuple[str, str] | None:
    """Lemma and category of a reporting verb.

    Args:
        token_or_phrase: a verb form or a phrase containing one ("said", "has dismissed",
            "told reporters", "teilte am Montag mit", "заявил", "일축했다").
        lang: language code; ``None`` tries every language of :data:`REPORTING_VERBS`.
    Returns:
        ``(lemma, category)`` with category in :data:`VERB_CATEGORIES`, or ``None`` when
        the phrase holds no known reporting verb. An exact form wins over a form found
        inside the phrase; the first form found (longest first at a position) otherwise.
    """
    if not isinstance(token_or_phrase, str) or not token_or_phrase.strip():
        return None
    phrase = " ".join(token_or_phrase.split()).lower()
    langs = [lang] if lang in REPORTING_VERBS else (list(REPORTING_VERBS) if lang is None else ["en"])
    for code in langs:
        if phrase in REPORTING_VERBS[code]:
            return REPORTING_VERBS[code][phrase]
    for code in langs:
        best = None
        for rx, lemma, category in _form_patterns(code):
            m = rx.fullmatch(phrase) or rx.search(phrase)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), lemma, category)
        if best:
            return best[1], best[2]
    return None


def lookup_verb(form: str, lang: str) -> tuple[str, str] | None:
    """Lemma and category of a form found by :func:`find_verbs` (dictionary first, then :func:`reporting_verb`)."""
    key = " ".join(form.split()).lower()
    table = REPORTING_VERBS.get(lang) or REPORTING_VERBS["en"]
    return table.get(key) or reporting_verb(form, lang if lang in REPORTING_VERBS else "en")
