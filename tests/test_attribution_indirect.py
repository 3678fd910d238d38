"""Indirect quotes (:mod:`discourse.attribution.indirect`): hand-made examples per language."""
from __future__ import annotations

import pytest

from attribution_helpers import check, run


def test_english_indirect_forms():
    text = ("The Kremlin denied that any North Korean soldiers were in Russia.\n\n"
            "North Korean troops have reached the front, according to South Korea's National Intelligence Service.\n\n"
            "Zelensky claimed that 3,000 North Korean soldiers had been killed or wounded.")
    q = run(text)
    check(q.iloc[0], text, "Kremlin", "Russia", "denied", "denying", "indirect",
          "any North Korean soldiers were in Russia")
    check(q.iloc[1], text, "South Korea's National Intelligence Service", "South Korea", "according to", "neutral",
          "indirect", "North Korean troops have reached the front")
    check(q.iloc[2], text, "Zelensky", "Ukraine", "claimed", "distancing", "indirect",
          "3,000 North Korean soldiers had been killed or wounded")


def test_a_demand_is_not_reported_speech():
    text = ("The appeal called for full support to the troops. The ministry asked for calm at the border. "
            "The ministry called the reports a provocation staged by Kyiv.")
    q = run(text)
    assert q["quote"].tolist() == ["the reports a provocation staged by Kyiv"]


def test_as_reported_by_names_its_source():
    q = run("As reported by the Financial Times, North Korean troops were moved to Kursk last week.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Financial Times", "As reported by", "North Korean troops were moved to Kursk last week"]]


def test_a_leading_participle_clause_is_a_second_quote():
    text = ("Kim Jong Un inspected the plant.\n\nNoting that the production capacity had increased 2.5 times, "
            "he stressed the need to expand the production lines. He expressed the expectation that the workers "
            "would make fresh innovations.")
    q = run(text)
    assert q["quote"].tolist() == ["the production capacity had increased 2.5 times",
                                   "the need to expand the production lines",
                                   "the workers would make fresh innovations"]
    assert q["verb"].tolist() == ["Noting", "stressed", "expressed the expectation"]
    # "he" is the person the first sentence named
    assert set(q["speaker"]) == {"Kim Jong Un"} and set(q["speaker_group"]) == {"North Korea"}
    # a place that speaks is not a later "he"
    q = run("South Korea said the drills were over. He said the talks went well.")
    assert q["speaker"].tolist() == ["South Korea", "He"]


def test_an_adverb_before_an_opening_participle():
    text = "Repeatedly noting that the navy must grow, Kim stressed that new ships would be built this year."
    q = run(text)
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Kim", "the navy must grow"], ["Kim", "new ships would be built this year"]]


def test_a_participle_clause_after_a_quotation_is_a_quote_of_its_own():
    text = ('"Russia keeps attacking the grain corridor," Pletenchuk said, adding that air defences had shot '
            'down four of the missiles.')
    q = run(text)
    assert q[["speaker", "verb", "kind", "quote"]].values.tolist() == [
        ["Pletenchuk", "said", "direct", "Russia keeps attacking the grain corridor,"],
        ["Pletenchuk", "adding", "indirect", "air defences had shot down four of the missiles"]]


def test_a_trailing_attribution_followed_by_a_participle_gives_two_quotes():
    text = ("Kim Jong Un visited the farm on Monday.\n\n"
            "The harvest was good and the farmers worked hard, he said, adding that the state would help them.")
    q = run(text)
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Kim Jong Un", "said", "The harvest was good and the farmers worked hard"],
        ["Kim Jong Un", "adding", "the state would help them"]]
    text = "The friendship will grow stronger year by year, the message said, adding: Today we stand together."
    assert run(text)[["verb", "quote"]].values.tolist() == [
        ["said", "The friendship will grow stronger year by year"], ["adding", "Today we stand together"]]


def test_german_speaker_phrases_before_the_verb_and_wie_x_mitteilte():
    # German puts the finite verb right after the "according to" phrase: no comma to end it
    q = run("Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea Tausende Soldaten geschickt.", "de")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["südkoreanischen Geheimdienstes NIS", "South Korea", "hat Nordkorea Tausende Soldaten geschickt"]]
    q = run("Nach Einschätzung des ukrainischen Generalstabs griffen nordkoreanische Einheiten an.", "de")
    assert q[["speaker_group", "quote"]].values.tolist() == [["Ukraine", "griffen nordkoreanische Einheiten an"]]
    # an English name in the phrase keeps its "for", "of" and "the"
    q = run("Laut dem Institute for the Study of War haben die Truppen Stellungen bezogen.", "de")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["Institute for the Study of War", "expert", "haben die Truppen Stellungen bezogen"]]
    q = run("Wie das russische Verteidigungsministerium mitteilte, haben Truppen zwei Dörfer erobert.", "de")
    assert q[["speaker", "speaker_group", "verb", "quote"]].values.tolist() == [
        ["russische Verteidigungsministerium", "Russia", "mitteilte", "haben Truppen zwei Dörfer erobert"]]
    q = run("Как сообщил губернатор Курской области, при обстреле пострадали три человека.", "ru")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["губернатор Курской области", "сообщил", "при обстреле пострадали три человека"]]
    # "nach eigenen Angaben": the account of the one just quoted
    q = run("Der Soldat Taras sagte, er sei müde. Nach eigenen Angaben wurde er im Dezember verwundet.", "de")
    assert q["speaker"].tolist() == ["Soldat Taras", "Soldat Taras"]
    q = run("Песков заявил, что Москва не комментирует слухи. По его словам, договор ни против кого не направлен.",
            "ru")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Песков", "заявил", "Москва не комментирует слухи"],
        ["Песков", "По его словам", "договор ни против кого не направлен"]]


def test_german_separable_verb():
    text = "Der Dienst teilte zudem mit, die Soldaten hätten russische Uniformen erhalten."
    row = run(text, "de").iloc[0]
    assert row.verb == "teilte zudem mit" and row.verb_category == "neutral"
    assert row.quote == "die Soldaten hätten russische Uniformen erhalten"


def test_korean_speaker_after_the_claim():
    text = ("북한이 러시아에 병력 1만 명을 보냈다고 국정원이 밝혔다.\n\n"
            "북한군 3천 명이 쿠르스크에 배치됐다고 미 국방부 대변인이 24일 말한다.")
    q = run(text, "ko")
    check(q.iloc[0], text, "국정원", "South Korea", "밝혔다", "neutral", "indirect", "북한이 러시아에 병력 1만 명을 보냈다")
    check(q.iloc[1], text, "미 국방부 대변인", "US", "말한다", "neutral", "indirect", "북한군 3천 명이 쿠르스크에 배치됐다")
    # the speaker after the claim with a topic particle (은/는)
    text = "사망자는 약 300명으로 파악됐다고 국정원은 설명했다."
    check(run(text, "ko").iloc[0], text, "국정원", "South Korea", "설명했다", "neutral", "indirect",
          "사망자는 약 300명으로 파악됐다")


def test_a_german_separable_verb_after_the_claim_has_its_speaker_between_its_parts():
    text = ("Rund 1.500 Soldaten seien nach Wladiwostok gebracht worden, teilte der Nationale "
            "Nachrichtendienst am Freitag mit.")
    assert run(text, "de")[["speaker", "verb", "quote"]].values.tolist() == [
        ["Nationale Nachrichtendienst", "teilte mit", "Rund 1.500 Soldaten seien nach Wladiwostok gebracht worden"]]
    row = run("Die Soldaten seien schon im Einsatz, gab das Ministerium bekannt.", "de").iloc[0]
    assert (row.speaker, row.verb, row.verb_category) == ("Ministerium", "gab bekannt", "neutral")
    # an adverb between the parts is no speaker
    assert run("Die Soldaten seien schon im Einsatz, teilte zudem mit.", "de").empty


@pytest.mark.parametrize("text,lang,speaker,quote", [
    # an apposition or relative clause after the "according to" speaker is not the claim
    ("According to Lucie Marchand, a lecturer in Korean studies at Lyon University, the two prisoners could become "
     "a diplomatic issue.", "en", "Lucie Marchand", "the two prisoners could become a diplomatic issue"),
    ("Selon Kiev, qui cite des sources militaires, les soldats sont arrivés.", "fr", "Kiev", "les soldats sont arrivés"),
    ("По словам Андрея Ланькова, профессора университета Кунмин, солдаты уже в Курске.", "ru", "Андрея Ланькова",
     "солдаты уже в Курске"),
    # but the claim's own subject with a comma stays in the claim
    ("According to Kyiv, the North Korean troops, which arrived in October, have suffered losses.", "en", "Kyiv",
     "the North Korean troops, which arrived in October, have suffered losses"),
])
def test_according_to_with_an_apposition(text, lang, speaker, quote):
    assert run(text, lang)[["speaker", "quote"]].values.tolist() == [[speaker, quote]]


@pytest.mark.parametrize("text,lang,speaker,verb,quote", [
    # a coordinated second verb shares the subject of the first
    ("Le ministère nord-coréen des Affaires étrangères a qualifié les sanctions de « provocation » et a assuré que "
     "la coopération était légitime.", "fr", "ministère nord-coréen des Affaires étrangères", "a assuré",
     "la coopération était légitime"),
    ("Der Minister traf seinen Amtskollegen und sagte, die Lage sei ernst.", "de", "Minister", "sagte",
     "die Lage sei ernst"),
    ("Президент Владимир Зеленский провел совещание и добавил, что Киев готов к обмену.", "ru",
     "Президент Владимир Зеленский", "добавил", "Киев готов к обмену"),
    # an adverbial between auxiliary and participle is not the speaker's
    ("Le ministre belge a pour sa part fait savoir que la Belgique soutiendrait les sanctions.", "fr",
     "ministre belge", "fait savoir", "la Belgique soutiendrait les sanctions"),
    # German "…, wie X mitteilte."; Russian "Как считает X, …", "Как сообщили в X, …"
    ("Die Truppen seien schon im Einsatz, wie ein Sprecher des Ministeriums am Donnerstag mitteilte.", "de",
     "Sprecher des Ministeriums", "mitteilte", "Die Truppen seien schon im Einsatz"),
    ("Как считает востоковед Андрей Семёнов, шумиха нацелена на Сеул.", "ru", "востоковед Андрей Семёнов", "считает",
     "шумиха нацелена на Сеул"),
    ("Как сообщили в СБУ, пленных допрашивают.", "ru", "СБУ", "сообщили", "пленных допрашивают"),
])
def test_coordinated_verbs_and_trailing_or_leading_attributions(text, lang, speaker, verb, quote):
    assert run(text, lang)[["speaker", "verb", "quote"]].values.tolist() == [[speaker, verb, quote]]


@pytest.mark.parametrize("text,lang,speaker,quote", [
    # an "according to" inside the sentence: the claim runs from after it to the end
    ("Второй, по данным ведомства, пока не дает показаний из-за ранения.", "ru", "ведомства",
     "пока не дает показаний из-за ранения"),
    # at the end with an apposition: the clause before speaks
    ("Russian forces are using motorcycles south of Pokrovsk, according to Major Vitalii Marchenko, the commander "
     "of a battalion.", "en", "Major Vitalii Marchenko", "Russian forces are using motorcycles south of Pokrovsk"),
])
def test_according_to_inside_a_sentence(text, lang, speaker, quote):
    assert run(text, lang)[["speaker", "quote"]].values.tolist() == [[speaker, quote]]


def test_according_to_a_saying_or_a_plan_is_no_source():
    assert run("Le pays est entré, selon l'expression consacrée, en « économie de guerre ».", "fr").empty
    # a name that starts like one is a source
    q = run("The camp, according to Planet Labs, has grown since October.")
    assert q[["speaker", "quote"]].values.tolist() == [["Planet Labs", "has grown since October"]]


def test_a_negated_russian_verb_reports_no_claim():
    assert run("На Банковой не уточнили, откуда взялась эта цифра.", "ru").empty


def test_hiess_es_after_the_claim_goes_on_with_the_last_source_or_names_where_it_came_from():
    text = ("Der Geheimdienst NIS teilte mit, die Soldaten seien in Kursk. "
            "Insgesamt plane Pjöngjang 12.000 Soldaten, hieß es weiter.")
    assert run(text, "de")[["speaker", "speaker_group", "verb"]].values.tolist() == [
        ["Geheimdienst NIS", "South Korea", "teilte mit"], ["Geheimdienst NIS", "South Korea", "hieß es"]]
    q = run("Die Lage sei ernst, hieß es zudem aus Washington.", "de")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [["Washington", "US", "Die Lage sei ernst"]]
    # a bare "hieß es" names no one
    assert run("Die Lage sei ernst, hieß es.", "de").empty


@pytest.mark.parametrize("text,lang,speaker,verb,quote", [
    # opinions and accounts credited with a phrase before the clause
    ("По мнению политолога Андрея Лаптева, Пхеньян получает валюту.", "ru", "политолога Андрея Лаптева",
     "По мнению", "Пхеньян получает валюту"),
    ("По оценке большинства экспертов, участие КНДР стало крупнейшей операцией.", "ru", "большинства экспертов",
     "По оценке", "участие КНДР стало крупнейшей операцией"),
    ("Nach Ansicht des Politologen Jan Berg sucht Pjöngjang vor allem Devisen.", "de", "Politologen Jan Berg",
     "Nach Ansicht des", "sucht Pjöngjang vor allem Devisen"),
    ("Dem Sprecher zufolge sind die Verluste hoch.", "de", "Sprecher", "zufolge", "sind die Verluste hoch"),
    ("Pour le chercheur Paul Martin, Pyongyang cherche surtout des devises.", "fr", "chercheur Paul Martin",
     "Pour", "Pyongyang cherche surtout des devises"),
    # a French infinitive clause with the subject of the reporting verb
    ("Le porte-parole du Kremlin a indiqué ne pas être au courant de ces informations.", "fr",
     "porte-parole du Kremlin", "a indiqué", "ne pas être au courant de ces informations"),
    # verbs of opinion and of making known
    ("Политолог Андрей Лаптев считает, что Пхеньян получает валюту.", "ru", "Политолог Андрей Лаптев", "считает",
     "Пхеньян получает валюту"),
    ("L'ambassadeur a fait savoir que Séoul enverrait des observateurs.", "fr", "L'ambassadeur", "a fait savoir",
     "Séoul enverrait des observateurs"),
    # a Russian trailing attribution after a comma and a dash
    ("Три человека погибли, — рассказала местная жительница.", "ru", "местная жительница", "рассказала",
     "Три человека погибли"),
])
def test_more_german_french_and_russian_attributions(text, lang, speaker, verb, quote):
    assert run(text, lang)[["speaker", "verb", "quote"]].values.tolist() == [[speaker, verb, quote]]


@pytest.mark.parametrize("text,lang", [
    ("Pour la première fois, des soldats nord-coréens ont été capturés.", "fr"),
    ("Pour ce faire, Séoul a envoyé des observateurs.", "fr"),
    ("Le ministre a déclaré la guerre aux fausses nouvelles.", "fr"),
])
def test_a_time_a_purpose_or_an_object_is_no_attribution(text, lang):
    assert run(text, lang).empty


def test_den_angaben_zufolge_is_the_account_of_the_one_just_quoted():
    q = run("Der Soldat sagte, er sei müde. Den Angaben zufolge wurde er im Dezember verwundet.", "de")
    assert q["speaker"].tolist() == ["Soldat", "Soldat"]


@pytest.mark.parametrize("text,expected", [
    # an object, not speech
    ("The autumn scenery is displayed in the streets, adding beauty to the capital city.", []),
    ("The soldiers are writing a new history of the country with their feats.", []),
    ("The party was born with a hammer, sickle and writing brush inscribed on its red flag.", []),
    # speech: "that", a colon or a clause after the participle
    ("Kim visited the plant, adding that production had doubled.", ["production had doubled"]),
    ("The minister praised the workers, adding the plant had doubled its output.", ["the plant had doubled its output"]),
])
def test_adding_and_writing_report_speech_only_with_a_clause(text, expected):
    assert run(text)["quote"].tolist() == expected


def test_french_subject_with_an_apposition_and_an_adverb_before_the_participle():
    # "…, Lloyd Austin, a déclaré qu'il …" is no trailing attribution ('qu'' opens the verb's clause)
    text = "Le secrétaire américain à la Défense, Lloyd Austin, a déclaré qu'il existait des preuves de leur présence."
    assert run(text, "fr")[["speaker_group", "verb", "quote"]].values.tolist() == [
        ["US", "a déclaré", "il existait des preuves de leur présence"]]
    # "a cependant précisé": the participle alone is the reporting verb
    text = "Le porte-parole de la présidence sud-coréenne a cependant précisé qu'aucune décision n'avait été prise."
    assert run(text, "fr")[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["porte-parole de la présidence sud-coréenne", "South Korea", "aucune décision n'avait été prise"]]
