"""The source lexicon: speaker groups and reporting verbs in en, de, ru, ko, fr."""
from __future__ import annotations

import pytest

from discourse import sources
from discourse.sources import (GROUPS, REPORTING_VERBS, SOURCE_GROUPS, find_verbs, is_anonymous, korean_topic,
                               reporting_verb, source_group)


def test_every_group_has_compiled_patterns():
    assert set(SOURCE_GROUPS) == set(GROUPS)
    for group, pats in SOURCE_GROUPS.items():
        assert pats and all(p.group == group and hasattr(p.regex, "search") for p in pats)


@pytest.mark.parametrize("phrase, group", [
    # English names, titles and institutions
    ("Ukrainian President Volodymyr Zelensky", "Ukraine"), ("GUR", "Ukraine"), ("the SBU", "Ukraine"),
    ("Ukrainian military intelligence", "Ukraine"), ("officials in Kyiv", "Ukraine"),
    ("a Pentagon spokesperson", "US"), ("the White House", "US"), ("State Department", "US"),
    ("US officials", "US"), ("Washington", "US"),
    ("South Korea's spy agency", "South Korea"), ("the NIS", "South Korea"), ("Yonhap", "South Korea"),
    ("the JCS", "South Korea"), ("officials in Seoul", "South Korea"),
    ("NATO Secretary General Mark Rutte", "NATO/EU"), ("the EU", "NATO/EU"), ("Brussels", "NATO/EU"),
    ("the UK Ministry of Defence", "NATO/EU"), ("Polish Prime Minister Donald Tusk", "NATO/EU"),
    ("the Finnish foreign minister", "NATO/EU"), ("the Sumy Regional Military Administration", "Ukraine"),
    ("Kharkiv Mayor Ihor Terekhov", "Ukraine"), ("Kursk region governor Alexander Khinshtein", "Russia"),
    ("a spokesman for the Ministry of National Defence of the DPRK", "North Korea"),
    ("the Ministry of National Defence", "South Korea"), ("the Foreign Ministry of the DPRK", "North Korea"),
    ("a spokesman for the DPRK Ministry of National Defence", "North Korea"),
    ("commentator of the Korean Central News Agency", "North Korea"), ("a KCNA commentator", "North Korea"),
    ("a commentator at the Carnegie Endowment", "expert"),
    ("der Seouler Politikwissenschaftler Han Jae-min", "expert"), ("кореевед Игорь Тен", "expert"),
    ("Губернатор Курской области Александр Хинштейн", "Russia"), ("депутат Госдумы", "Russia"),
    ("Главное управление разведки Минобороны Украины", "Ukraine"), ("Минобороны России", "Russia"),
    ("the deputy head of Ukraine's Defence Intelligence", "Ukraine"), ("Defence Intelligence of Ukraine", "Ukraine"),
    ("the UK's Defence Intelligence", "NATO/EU"),
    ("Kremlin spokesman Dmitry Peskov", "Russia"), ("Maria Zakharova", "Russia"), ("Gerasimov", "Russia"),
    ("Russian state media", "Russia"), ("Moscow", "Russia"),
    ("KCNA", "North Korea"), ("Pyongyang", "North Korea"), ("Kim Jong Un", "North Korea"),
    ("Choe Son Hui", "North Korea"), ("the North Korean leader", "North Korea"),
    ("President Kim Il Sung", "North Korea"), ("Chairman Kim Jong Il", "North Korea"),
    ("Minju Joson - An article", "North Korea"), ("Korean Central Television", "North Korea"),
    # the South's "Republic of Korea" inside the North's full name
    ("president of the State Affairs of the Democratic People's Republic of Korea", "North Korea"),
    ("die Demokratische Volksrepublik Korea", "North Korea"), ("la RPDC", "North Korea"),
    ("Корейской Народно-Демократической Республики", "North Korea"), ("the Republic of Korea", "South Korea"),
    ("Chinese foreign ministry spokesperson Lin Jian", "China"), ("Mao Ning", "China"), ("Beijing", "China"),
    ("analysts", "expert"), ("a professor at Korea University", "expert"), ("think tank researchers", "expert"),
    ("a North Korean defector", "expert"),
    ("officials who spoke on condition of anonymity", "anonymous"), ("sources", "anonymous"),
    ("insiders", "anonymous"), ("it is reported", "anonymous"),
    # German
    ("der Kreml", "Russia"), ("Moskau", "Russia"), ("Kiew", "Ukraine"), ("Korea-Experte Henrik Vossberg", "expert"),
    ("Sprecher des Auswärtigen Amts", "NATO/EU"), ("der südkoreanische Geheimdienst", "South Korea"),
    # Russian
    ("Кремль", "Russia"), ("Песков", "Russia"), ("ВСУ", "Ukraine"), ("СБУ", "Ukraine"), ("Пентагон", "US"),
    ("политолог Андрей Лаптев", "expert"), ("КНДР", "North Korea"),
    # Korean
    ("국정원", "South Korea"), ("합참", "South Korea"), ("크렘린궁", "Russia"), ("조선중앙통신", "North Korea"),
    ("우크라이나 국방부", "Ukraine"), ("한반도안보연구원 남기웅 연구위원", "expert"),
    ("한국 정보기관", "South Korea"), ("중국 외교부 린젠 대변인", "China"),
    # French
    ("le porte-parole chinois", "China"), ("Séoul", "South Korea"), ("un chercheur", "expert"),
    # members of the European Parliament and national institutions named in their own language
    ("L'eurodéputée alsacienne Claire Muller", "NATO/EU"), ("MEP Anna Fotyga", "NATO/EU"),
    ("евродепутат Иван Петров", "NATO/EU"), ("Europaabgeordnete Hannah Neumann", "NATO/EU"),
    ("ein Bundeswehr-Sprecher", "NATO/EU"), ("le ministre des Armées", "NATO/EU"),
    # anonymity as French, German and Russian papers grant it
    ("un officier d'état-major qui n'a pas souhaité donner son nom", "anonymous"),
    ("un diplomate ayant requis l'anonymat", "anonymous"),
    ("ein Beamter, der nicht namentlich genannt werden wollte", "anonymous"),
    ("чиновник, попросивший не называть его имени", "anonymous"), ("собеседник агентства", "anonymous"),
    # think tanks in German, Russian, French and Korean, over the city or country that names them
    ("der Washingtoner Denkfabrik Center for Eurasian Security", "expert"),
    ("аналитического центра Карнеги", "expert"), ("le groupe de réflexion Asan", "expert"),
    ("싱크탱크 아산정책연구원", "expert"),
    # European governments, parties and nationalities in German, French and Russian
    ("Sprecher des Bundesverteidigungsministeriums", "NATO/EU"), ("CDU-Außenpolitiker Henning Albrecht", "NATO/EU"),
    ("Sprecher des österreichischen Außenministeriums", "NATO/EU"), ("ministre belge des Affaires étrangères", "NATO/EU"),
    ("МИД Латвии", "NATO/EU"), ("польский министр", "NATO/EU"),
    # more experts, the North's party in German and French, and French anonymity
    ("sociologue Alexeï Grinev", "expert"), ("социолог Иван Петров", "expert"),
    ("Lucie Marchand, maîtresse de conférences en études coréennes", "expert"),
    ("Zentrale Militärkommission der Arbeiterpartei", "North Korea"), ("le Parti du travail de Corée", "North Korea"),
    ("un médecin qui a demandé à ne pas être nommé", "anonymous"),
])
def test_source_group(phrase, group):
    assert source_group(phrase) == group


def test_most_specific_match_wins():
    # a role noun beats a nationality; an anonymity cue beats both
    assert source_group("a former US intelligence analyst") == "expert"
    assert source_group("a Pentagon official, speaking on condition of anonymity") == "anonymous"
    # within a tier the longest, then the first match decides
    assert source_group("South Korean lawmaker") == "South Korea"


def test_a_russian_region_names_its_own_offices_only():
    # "the Kursk region governor" is Russian; a Ukrainian brigade "in the Kursk sector" is not
    assert source_group("the governor of the Kursk region") == "Russia"
    assert source_group("who commands a mechanised brigade in the Kursk sector") is None
    # a nationality outranks a Ukrainian place name
    assert source_group("a Russian officer near Pokrovsk") == "Russia"


@pytest.mark.parametrize("phrase, group", [
    ("Russia's ambassador to South Korea", "Russia"),
    ("U.S. Ambassador to South Korea Philip Goldberg", "US"),
    ("DPRK ambassador to Russia Sin Hong Chol", "North Korea"),
    ("Ukraine's ambassador in Seoul", "Ukraine"),
    ("the ambassador of Russia to South Korea", "Russia"),
    ("Ukraine's mission to NATO", "Ukraine"),
    ("Russlands Botschafter in Südkorea", "Russia"),
    ("der nordkoreanische Botschafter in Moskau", "North Korea"),
    ("посол КНДР в России", "North Korea"),
    ("l'ambassadeur de Russie en Corée du Sud", "Russia"),
    ("l'ambassade de Corée du Nord à Moscou", "North Korea"),
    ("러시아 주재 북한 대사", "North Korea"),
])
def test_a_diplomats_host_country_is_not_their_side(phrase, group):
    assert source_group(phrase) == group


def test_a_host_country_alone_gives_no_group():
    assert source_group("the ambassador to Russia") is None
    # the diplomat's own country still counts
    assert source_group("the North Korean embassy") == "North Korea"
    assert source_group("Moscow's ambassador") == "Russia"


def test_unknown_and_bad_input():
    assert source_group("the regional governor") is None
    assert source_group("us") is None  # the pronoun is not the United States
    assert source_group("") is None and source_group(None) is None and source_group(42) is None
    assert not is_anonymous(None) and is_anonymous("asked not to be named")


@pytest.mark.parametrize("phrase, lang, expected", [
    ("said", "en", ("say", "neutral")), ("told reporters", "en", ("tell", "neutral")),
    ("confirmed", "en", ("confirm", "assertive")), ("acknowledged", "en", ("acknowledge", "assertive")),
    ("admits", "en", ("admit", "assertive")), ("claimed", "en", ("claim", "distancing")),
    ("alleges", "en", ("allege", "distancing")), ("insisted", "en", ("insist", "distancing")),
    ("denied", "en", ("deny", "denying")), ("has dismissed", "en", ("dismiss", "denying")),
    ("rejected as", "en", ("reject as", "denying")), ("rejected", "en", ("reject", "denying")),
    ("sagte", "de", ("sagen", "neutral")), ("teilte am Montag mit", "de", ("mitteilen", "neutral")),
    ("bestätigte", "de", ("bestätigen", "assertive")), ("behauptete", "de", ("behaupten", "distancing")),
    ("bestritt", "de", ("bestreiten", "denying")), ("wies zurück", "de", ("zurückweisen", "denying")),
    ("заявил", "ru", ("заявить", "neutral")), ("подтвердил", "ru", ("подтвердить", "assertive")),
    ("утверждает", "ru", ("утверждать", "distancing")), ("опроверг", "ru", ("опровергнуть", "denying")),
    ("отверг", "ru", ("отвергнуть", "denying")),
    ("밝혔다", "ko", ("밝히다", "neutral")), ("밝혔으며", "ko", ("밝히다", "neutral")),
    ("확인했다", "ko", ("확인하다", "assertive")), ("주장했다", "ko", ("주장하다", "distancing")),
    ("부인했다", "ko", ("부인하다", "denying")), ("일축했다", "ko", ("일축하다", "denying")),
    # Korean present forms of explainers and broadcast news
    ("말한다", "ko", ("말하다", "neutral")), ("밝힙니다", "ko", ("밝히다", "neutral")),
    ("주장한다", "ko", ("주장하다", "distancing")), ("부인한다", "ko", ("부인하다", "denying")),
    ("a déclaré", "fr", ("déclarer", "neutral")), ("a démenti", "fr", ("démentir", "denying")),
    ("a-t-elle ajouté", "fr", ("ajouter", "neutral")), ("a estimé", "fr", ("estimer", "neutral")),
    ("antwortete", "de", ("antworten", "neutral")), ("kündigte am Montag an", "de", ("ankündigen", "neutral")),
    ("полагает", "ru", ("полагать", "neutral")), ("비난했다", "ko", ("비난하다", "neutral")),
    ("bestritt", None, ("bestreiten", "denying")),
    # French press verbs after a quote, Russian impersonal and reported forms
    ("rappelle", "fr", ("rappeler", "neutral")), ("résume", "fr", ("résumer", "neutral")),
    ("lâche", "fr", ("lâcher", "neutral")), ("rapporte", "fr", ("rapporter", "neutral")),
    ("указал", "ru", ("указать", "neutral")), ("подчеркивается", "ru", ("подчеркнуть", "neutral")),
    ("передает", "ru", ("передать", "neutral")),
])
def test_reporting_verb(phrase, lang, expected):
    assert reporting_verb(phrase, lang) == expected


@pytest.mark.parametrize("text, verb, lemma", [
    ("The Kremlin branded the reports a Western hoax.", "branded", "brand"),
    ("Pyongyang denounced the claims as a smear campaign.", "denounced", "denounce"),
    ("Peskov labelled the allegations another fake.", "labelled", "label"),
    ("Moscow slammed the reports as lies.", "slammed the reports as", "slam as"),
    ("Russian diplomats derided the story.", "derided", "deride"),
])
def test_verbs_that_relay_a_characterisation(text, verb, lemma):
    hits = find_verbs(text, "en")
    assert [(t, lemma_) for _, _, t, lemma_, _ in hits] == [(verb, lemma)]


@pytest.mark.parametrize("text", ["Dubious claims of North Korean troops keep coming.",
                                  "The Western claims are baseless.", "False reports spread on Telegram."])
def test_claims_and_reports_after_an_adjective_are_nouns(text):
    assert find_verbs(text, "en") == []


def test_slammed_reports_speech_only_with_as():
    assert find_verbs("A missile slammed into a block of flats in Kharkiv.", "en") == []


@pytest.mark.parametrize("text", [
    "The so-called North Korean soldiers in Kursk are a myth.",
    "The self-proclaimed republic sent no one to Kursk.",
    "A much-reported North Korean unit reached the front.",
])
def test_half_of_a_compound_adjective_is_not_a_reporting_verb(text):
    assert find_verbs(text, "en") == []


@pytest.mark.parametrize("text", [
    "The North Korean troops claim is a ploy.",
    "The troop reports are dubious at best.",
    "The Pentagon's casualty estimates were revised twice.",
])
def test_claim_and_report_before_a_verb_are_nouns(text):
    assert find_verbs(text, "en") == []


@pytest.mark.parametrize("text", [
    "There is not one intercepted radio call from North Korean units.",
    "Radio calls in Korean were intercepted near Kursk.",
    "Nobody saw any Korean writing on the uniforms.",
])
def test_head_of_a_compound_noun_is_not_a_reporting_verb(text):
    assert find_verbs(text, "en") == []


def test_call_and_writing_stay_verbs_elsewhere():
    assert [v[3] for v in find_verbs("Kyiv calls it proof.")] == ["call"]
    assert [v[3] for v in find_verbs("Analysts are writing that the troops are in Kursk.")] == ["write"]


def test_claim_and_report_stay_verbs_before_an_object_or_clause():
    assert [v[3] for v in find_verbs("Ukrainian officials claim that North Korean troops are in Kursk.")] == ["claim"]
    assert [v[3] for v in find_verbs("North Korea has sent troops, US officials report.")] == ["report"]


@pytest.mark.parametrize("text,lemma", [
    ("Officials had brushed off questions about North Korean soldiers as Western hysteria.", "brush off"),
    ("State media spent the autumn mocking the troops as a Western invention.", "mock"),
    ("The Kremlin waved away the reports.", "wave away"),
    ("It is a reversal for a state that called the reports a smear campaign.", "call"),
])
def test_verbs_that_relay_a_dismissal(text, lemma):
    assert [v[3] for v in find_verbs(text, "en")] == [lemma]


def test_that_before_a_participle_is_still_a_determiner():
    assert find_verbs("The Pentagon released that reported figure.", "en") == []


def test_reporting_verb_unknown():
    assert reporting_verb("walked", "en") is None
    assert reporting_verb("", "en") is None and reporting_verb(None, "en") is None


def test_verb_table_is_read_only_and_categorised():
    assert set(REPORTING_VERBS) >= {"en", "de", "ru", "ko", "fr"}
    cats = {c for forms in REPORTING_VERBS.values() for _, c in forms.values()}
    assert cats == set(sources.VERB_CATEGORIES)
    with pytest.raises(TypeError):
        REPORTING_VERBS["en"]["said"] = ("x", "y")  # type: ignore[index]


def test_find_verbs_skips_nouns_and_gives_offsets():
    text = "The claims were false, the ministry said, and Kyiv denied them."
    hits = find_verbs(text, "en")
    assert [(text[s:e], lemma, cat) for s, e, _, lemma, cat in hits] == [
        ("said", "say", "neutral"), ("denied", "deny", "denying")]
    assert find_verbs("Der Dienst teilte zudem mit, dass", "de")[0][2] == "teilte zudem mit"


def test_korean_connective_forms_only_for_past_forms():
    ko = REPORTING_VERBS["ko"]
    assert {"말했다", "말했으며", "말했고", "말했습니다", "말했는데", "말한다", "말합니다"} <= set(ko)
    # a present form is not cut into connective forms ("말한으며" is no Korean word)
    assert not any(f.startswith("말한") and f != "말한다" for f in ko)


@pytest.mark.parametrize("text, first, expected", [
    ("한국 정보기관은 금요일 북한이 병력을 보냈다", True, "한국 정보기관"),
    ("서울(Pacific Wire) — 국정원은 18일", True, "국정원"),  # a dateline is no modifier
    ("크렘린궁은 앞서 보도를 가짜라고 했고 북한은 침묵했다", False, "북한"),
    ("보도가 나오는 대로 알려 드리겠다", True, None),  # "나오는" is an adnominal verb form, no topic
])
def test_korean_topic(text, first, expected):
    topic = korean_topic(text, first)
    assert (topic[0] if topic else None) == expected


def test_a_named_interlocutor_is_not_anonymous():
    # "собеседник" alone is the Russian press's unnamed source; with a name after it, it is not
    assert source_group("Наш собеседник Иван Петров") is None
