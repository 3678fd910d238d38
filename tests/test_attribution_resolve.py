"""Speaker resolution (:mod:`discourse.attribution.resolve`): pronouns, surnames, descriptions and
titles, and the groups of the dateline's and the outlet's country."""
from __future__ import annotations

import pytest

import pandas as pd

from attribution_helpers import run
from discourse.attribution import quotes


def test_he_is_the_person_a_recent_sentence_named():
    text = ("Pyongyang, September 13 -- Respected Comrade Kim Jong Un, general secretary of the Workers' Party "
            "of Korea, inspected a munitions factory.\n\nHe was accompanied by senior officials.\n\n"
            "He said that the workers had performed great feats.\n\n"
            "A spokesman for the Ministry of National Defence of the DPRK said the drills were a threat. "
            "He said that the army would respond.")
    q = run(text)
    assert q["speaker"].tolist() == ["Kim Jong Un", "spokesman for the Ministry of National Defence of the DPRK",
                                     "spokesman for the Ministry of National Defence of the DPRK"]
    assert set(q["speaker_group"]) == {"North Korea"}
    q = run("Oleksandr Syrskyi has visited the front near Kursk.\n\nThe weather was cold.\n\nHe said the line held.")
    assert q[["speaker", "speaker_group"]].values.tolist() == [["Oleksandr Syrskyi", "Ukraine"]]
    # an institution or a plural is not a later "he"
    q = run("Officials said the plant was closed. He said that the workers were safe.")
    assert q["speaker"].tolist() == ["Officials", "He"]
    # nor is a country's institution: the head after the possessive decides
    q = run("South Korea's spy agency said the troops had moved. She said that she was tired.")
    assert q["speaker"].tolist() == ["South Korea's spy agency", "She"]


def test_a_titled_subject_takes_the_dateline_country_for_a_later_he():
    text = ("SEOUL, Nov. 9 (Wire) -- Foreign Minister Park Min-ho held phone talks with his counterpart on Friday, "
            "the ministry said.\n\nHe said Seoul would respond in close coordination with its allies.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist()[-1] == ["Foreign Minister Park Min-ho",
                                                                          "South Korea"]
    # not a former holder, and not an office of a country outside the groups
    for subject in ("Former Foreign Minister Park Min-ho", "Japanese Foreign Minister Takeshi Iwaya"):
        q = run(text.replace("Foreign Minister Park Min-ho", subject))
        assert q["speaker_group"].tolist()[-1] == "unknown"


def test_the_agency_takes_up_the_institution_quoted_last():
    text = ("South Korea's National Intelligence Service said on Wednesday that 1,100 soldiers had been wounded.\n\n"
            "The agency said the troops were being used in frontline assaults.")
    q = run(text)
    assert q[["speaker", "speaker_group"]].values.tolist() == [
        ["South Korea's National Intelligence Service", "South Korea"], ["agency", "South Korea"]]
    # a person quoted last is no institution; an indefinite "an agency" is someone new
    q = run("Kim Min-ho, a South Korean lawmaker, said the troops had moved. The agency said it was too early.")
    assert q["speaker_group"].tolist()[-1] == "unknown"
    q = run("South Korea's National Intelligence Service said the troops had moved. An agency said it was too early.")
    assert q["speaker_group"].tolist()[-1] == "unknown"


def test_he_after_a_sentence_that_opens_with_a_time_adverbial():
    text = ("One day in June 1972, President Kim Il Sung visited a fishery on the east coast.\n\n"
            "Looking at the catch, he said that the workers had done a great deal for the country.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Il Sung", "North Korea"]]
    text = ("That day the respected Comrade Kim Jong Un toured a new greenhouse farm.\n\n"
            "He said that the farm would supply fresh vegetables all year round.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Jong Un", "North Korea"]]
    # two adverbials in a row (the second, "Juche 73 (1984)", looks like a dateline), and a title of two words
    text = ("One day in May, Juche 73 (1984), Chairman Kim Jong Il visited a steel complex.\n"
            "He examined a layout.\nHe said that the houses were not fit for the workers.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Jong Il", "North Korea"]]
    text = ("The respected General Secretary Kim Jong Un visited a college.\n"
            "He stressed that the teachers' camp should be built up.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Jong Un", "North Korea"]]
    # an opening adverbial is nobody
    text = "Kim Min-ho visited the base.\n\nIn October, officials met.\n\nHe said that the base was ready."
    assert run(text)["speaker"].tolist() == ["Kim Min-ho"]


def test_we_in_a_statement_is_its_issuer_and_they_the_participants_named_last():
    text = ("Pyongyang, May 26 (KCNA) -- Kim Kang Il, vice-minister of National Defence of the DPRK, made public the "
            "following press statement on May 25:\nVarious spying planes intruded again.\n"
            "We have already warned that we would take a necessary military measure.\n"
            "We officially warn that we can never tolerate such encroachment.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Kang Il", "North Korea"]] * 2
    text = ("Pyongyang, July 2 (KCNA) -- A meeting was held here.\n"
            "The speakers congratulated the labor innovators and called on the workers to follow them.\n"
            "They said that the plan would be carried out.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["speakers", "North Korea"]]
    # no statement, no participants as a subject: unresolved, as before
    assert run("A meeting was held.\n\nWe said that it was good. They said that it was late.")[
        "speaker_group"].tolist() == ["unknown", "unknown"]


def test_a_spokesman_of_the_ministry_and_a_bracketed_body_take_up_the_institution_quoted_last():
    text = ("Der Nationale Nachrichtendienst (NIS) teilte mit, die Soldaten seien in Russland. "
            "Die Soldaten trügen russische Uniformen, erklärte der Geheimdienst.\n\n"
            "Ein Sprecher des Ministeriums sagte, man beobachte die Lage.")
    assert run(text, "de")["speaker_group"].tolist() == ["South Korea", "South Korea", "unknown"]
    text = ("South Korea's spy agency said the troops had moved.\n\n"
            "The spokesman for the agency said it was too early to say more.")
    assert run(text)["speaker_group"].tolist() == ["South Korea", "South Korea"]


def test_a_relative_pronoun_or_a_text_speaks_for_the_clause_before_or_the_last_speaker():
    text = ("Центральный военный комитет Трудовой партии Кореи опубликовал заявление, в котором говорится, что "
            "войска выполнили свой долг. В сообщении подчеркивается, что решение было принято по договору.")
    assert run(text, "ru")[["speaker", "speaker_group"]].values.tolist() == [
        ["Центральный военный комитет Трудовой партии Кореи", "North Korea"]] * 2


def test_er_il_on_take_the_person_named_in_the_paragraph_before():
    text = "Пресс-секретарь Дмитрий Песков провел брифинг в Кремле.\n\nОн сообщил, что операция завершена."
    assert run(text, "ru")[["speaker", "speaker_group"]].values.tolist() == [["Пресс-секретарь Дмитрий Песков", "Russia"]]
    # not two paragraphs back
    assert run(text.replace("\n\n", "\n\nПогода была плохой.\n\n"), "ru")["speaker_group"].tolist() == ["unknown"]


def test_a_bare_name_takes_the_group_of_its_apposition():
    text = ("D'après Lucie Marchand, maîtresse de conférences en études coréennes à l'université Lyon 3, "
            "les prisonniers pourraient devenir un enjeu. Marchand rappelle que Séoul les considère comme citoyens.")
    q = run(text, "fr")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist()[0] == [
        "Lucie Marchand", "expert", "les prisonniers pourraient devenir un enjeu"]


def test_il_elle_on_ona_skip_a_speaker_of_the_other_gender():
    text = ("« Nous attendons des nouvelles », explique la chercheuse Anne Roux. "
            "M. Paul Martin, le maire, a assuré que la ville aiderait. « C'est notre devoir », a-t-elle ajouté.")
    assert run(text, "fr")["speaker"].tolist()[-1] == "chercheuse Anne Roux"
    text = "Мария Захарова заявила, что это фейк. Дмитрий Песков сказал, что это слухи. Она добавила, что Запад лжет."
    assert run(text, "ru")["speaker"].tolist()[-1] == "Мария Захарова"


def test_she_and_he_skip_a_person_of_the_other_gender():
    text = ("Pyongyang, October 16 (KCNA) -- Kim Jong Un sent a birthday spread to a woman centenarian.\n"
            "She told her children to do more work for the country.")
    assert run(text)["speaker"].tolist() == ["She"]
    text = "Ms. Park Ji-won visited the base.\n\nHe said that it was ready. She said that it was cold."
    assert run(text)["speaker"].tolist() == ["He", "Park Ji-won"]


def test_french_inverted_pronoun_takes_the_speaker_before_it():
    text = ("Le ministère sud-coréen de la Défense a indiqué que 3 000 soldats étaient déjà en Russie. "
            "« D'autres suivront », a-t-il ajouté.")
    q = run(text, "fr")
    assert q[["speaker", "speaker_group", "verb"]].values.tolist()[-1] == [
        "ministère sud-coréen de la Défense", "South Korea", "ajouté"]


def test_korean_surname_and_title_take_the_group_of_the_full_mention():
    text = ("조선중앙통신은 김정은 국무위원장의 명령에 따라 부대들이 참전했다고 보도했다.\n\n"
            '김 위원장은 "전사들의 위훈은 영원히 기억될 것"이라고 말했다.')
    q = run(text, "ko")
    assert q[["speaker", "speaker_group"]].values.tolist()[-1] == ["김 위원장", "North Korea"]
    # without a full mention before it, the short form stays unknown
    alone = '김 위원장은 "전사들의 위훈은 영원히 기억될 것"이라고 말했다.'
    assert run(alone, "ko")["speaker_group"].tolist() == ["unknown"]


def test_a_bare_title_takes_the_group_of_the_name_after_its_last_mention():
    text = ("Chairman Kim Jong Il visited a power station near Kanggye.\n\n"
            "Walking through the control room, the Chairman said that the lights were too dim.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist()[-1] == ["Chairman", "North Korea"]
    # an indefinite speaker is someone new
    text = ("«Das ist erfunden», sagte Sprecher Dmitri Peskow.\n\n"
            "«Wir beobachten mehrere Lager», sagte ein Sprecher.")
    assert run(text, "de")["speaker_group"].tolist() == ["Russia", "unknown"]


def test_the_reporter_is_the_one_who_made_the_report():
    text = ("Pyongyang, August 6 (KCNA) -- A meeting took place at a textile mill.\n\n"
            "Pak Song Il, chief engineer of the mill, made a report at the meeting.\n\n"
            "The reporter said that the mill had doubled its output.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Pak Song Il", "North Korea"]]
    text = ("Pyongyang, May 2 (KCNA) -- Meetings took place at two farms.\n\n"
            "Ri Man Gol, chairman of the farm committee, and O Su Yong, a team leader, made reports.\n\n"
            "The reporters and speakers said that the sowing had been finished early.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["reporters", "North Korea"]]
    # with no report made, "the reporter" stays as it is
    assert run("The reporter said that the mill had doubled its output.")["speaker"].tolist() == ["reporter"]


def test_a_text_speaks_for_whoever_sent_it():
    text = ("Kim Jong Un, president of the State Affairs of the Democratic People's Republic of Korea, sent a "
            "reply message to the president of Laos on Monday.\n\n"
            "The message said that the friendship between the two countries would grow stronger.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Jong Un", "North Korea"]]
    # with no sender named before it, the message has no group
    assert run("The message said that the friendship would grow stronger.")["speaker_group"].tolist() == ["unknown"]


def test_anonymity_cue_in_the_sentence():
    text = '"They took terrible casualties," a Pentagon official said, speaking on condition of anonymity.'
    assert run(text).iloc[0].speaker_group == "anonymous"


def test_a_dateline_gives_unplaced_officials_and_people_its_country():
    text = ("KHARKIV, Ukraine (Wire) — Russian drones hit the city overnight. The mayor said three people were "
            "hurt in the attack.\n\nOlena Vasylenko said the windows of her flat were blown out.\n\n"
            "The agency said more drones were launched from Kursk.")
    q = run(text)
    assert q["speaker"].tolist() == ["mayor", "Olena Vasylenko", "agency"]
    # an office and an undescribed person belong to the place the story is filed from; an
    # agency does not (in a story from Kyiv "the agency" is often Seoul's spy agency)
    assert q["speaker_group"].tolist() == ["Ukraine", "Ukraine", "unknown"]
    # no dateline, no guess
    assert run("The mayor said three people were hurt in the attack.")["speaker_group"].tolist() == ["unknown"]


@pytest.mark.parametrize("text,lang,group", [
    ("Seoul (npa) – Der Bürgermeister sagte, drei Menschen seien gestorben.", "de", "South Korea"),
    ("SÉOUL, 23 octobre 2024 (ACP) - Le député Lee a déclaré que trois soldats étaient morts.", "fr", "South Korea"),
    ("МОСКВА, 24 октября. /ТАСС/. Мэр заявил, что три человека погибли.", "ru", "Russia"),
    # a regional paper's dateline, the place alone
    ("МОСКВА. Мэр заявил, что три человека погибли.", "ru", "Russia"),
    ("KIEW. Der Bürgermeister sagte, drei Menschen seien gestorben.", "de", "Ukraine"),
    # cities of the war that the source lexicon leaves out, for datelines only
    ("ВЛАДИВОСТОК. Вице-губернатор заявил, что мост построят к 2026 году.", "ru", "Russia"),
    ("Charkiw (dpa) – Der Bürgermeister sagte, drei Menschen seien gestorben.", "de", "Ukraine"),
    # residents and pensioners, as in English
    ("КУРСК. Пенсионерка из поселка Хасан Валентина Ли рассказала, что видела солдат.", "ru", "Russia"),
    ("Charkiw (dpa) – Eine Anwohnerin sagte, die Fenster seien zersplittert.", "de", "Ukraine"),
])
def test_datelines_in_other_languages_give_their_country(text, lang, group):
    assert run(text, lang)["speaker_group"].tolist() == [group]


def test_a_name_with_an_acronym_in_brackets_is_no_dateline():
    text = ("Seoul's National Intelligence Service (NIS) said Tuesday that troops had moved. The lawmakers "
            "said the report was accurate.")
    q = run(text)
    assert q["speaker"].tolist() == ["Seoul's National Intelligence Service (NIS)", "lawmakers"]
    # the spy agency's city is not the place the text was filed from
    assert q["speaker_group"].tolist() == ["South Korea", "unknown"]


def test_relative_clauses_topics_and_the_dateline_country_of_a_named_subject():
    # a relative clause on the subject is not the subject: "Deputies who spoke … said"
    q = run("Deputies who spoke at the session said they fully supported the policy.")
    assert q[["speaker", "quote"]].values.tolist() == [["Deputies", "they fully supported the policy"]]
    # a named subject without a group of its own takes the dateline's country, and so does "he"
    q = run("Pyongyang, January 16 -- A session was held.\n\nChoe Ryong Hae, chairman of the committee, made "
            "a report. He said that the law would strengthen the guidance of the economy.")
    assert q[["speaker", "speaker_group"]].values.tolist() == [["Choe Ryong Hae", "North Korea"]]
    q = run("Pyongyang, February 8 -- A national meeting was held.\n\nSpeakers at the meeting said the "
            "army would carry out its tasks.")
    assert q[["speaker", "speaker_group"]].values.tolist() == [["Speakers", "North Korea"]]
    # … unless the lead puts the event elsewhere (state media on a rally in Seoul)
    q = run("Pyongyang, December 1 -- Citizens in Seoul held a rally against the government.\n\nSpeakers "
            "there said the people would not give up.")
    assert q[["speaker", "speaker_group"]].values.tolist() == [["Speakers there", "unknown"]]
    # the object of "quoted … as saying" speaks
    q = run("KCNA quoted Kim Jong Un as saying the army was ready.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [["Kim Jong Un", "saying", "the army was ready"]]
    # "reported on the budget" names a topic, not what was reported
    assert run("Pak Thae Song, premier of the Cabinet, reported on the implementation of the budget.").empty


def test_the_outlet_country_stands_in_for_a_missing_dateline_for_offices_only():
    text = ("Officials said the drills would go ahead. Colonel Park Min-ho said the units were ready. "
            "A former minister said the plan was risky.")
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [text], "lang": ["en"], "country": ["South Korea"]})
    assert quotes(docs)[["speaker", "speaker_group"]].values.tolist() == [
        ["Officials", "South Korea"], ["Colonel Park Min-ho", "unknown"], ["former minister", "unknown"]]
    # no country column, or a country that is no group: unknown, as before
    assert set(run(text)["speaker_group"]) == {"unknown"}
    assert set(quotes(docs.assign(country="International"))["speaker_group"]) == {"unknown"}
    # offices in German and Russian too
    de = pd.DataFrame({"doc_id": ["d2"], "text": ["Ein Regierungssprecher sagte, die Lage sei sehr ernst."],
                       "lang": ["de"], "country": ["Germany"]})
    assert quotes(de)["speaker_group"].tolist() == ["NATO/EU"]
    # a dateline wins over the outlet's country
    q = quotes(docs.assign(text="KYIV, Ukraine (Wire) — " + text))
    assert q["speaker_group"].tolist()[:2] == ["Ukraine", "Ukraine"]


def test_an_office_of_another_country_does_not_take_the_dateline_home():
    text = ("Pyongyang, June 3 (KCNA) -- A delegation arrived here.\n\n"
            "The deputy director of the General Political Department of the Laotian People's Army said that "
            "the friendship would grow.\n\n"
            "A vice-director of the department said that the talks had been fruitful.")
    assert run(text)["speaker_group"].tolist() == ["unknown", "North Korea"]


@pytest.mark.parametrize("text,lang,speaker,group", [
    ("À Kiev, le renseignement militaire a indiqué que 4 000 soldats avaient été tués.", "fr",
     "renseignement militaire", "Ukraine"),
    ("In Seoul, officials said the troops had moved to the front.", "en", "officials", "South Korea"),
    ("In Washington, a senior official said the deployment was an escalation.", "en", "senior official", "US"),
])
def test_a_sentence_that_opens_with_a_place_places_its_speaker(text, lang, speaker, group):
    assert run(text, lang)[["speaker", "speaker_group"]].values.tolist() == [[speaker, group]]


def test_an_opening_place_does_not_override_a_named_group_or_a_phrase_that_is_no_place():
    assert run("In Seoul, a Russian diplomat said the talks were useful.")["speaker_group"].tolist() == ["Russia"]
    assert run("In a statement, the ministry said it was false.")["speaker_group"].tolist() == ["unknown"]


def test_the_ministry_of_national_defence_is_the_norths_in_a_text_from_the_north():
    body = "A spokesman for the Ministry of National Defence said that the drills were a provocation."
    assert run("Pyongyang, May 2 (KCNA) -- " + body)["speaker_group"].tolist() == ["North Korea"]
    from_north = pd.DataFrame({"doc_id": ["d1"], "text": [body], "lang": ["en"], "country": ["North Korea"]})
    assert quotes(from_north)["speaker_group"].tolist() == ["North Korea"]
    # anywhere else it is the South's, and a named country decides
    assert run("SEOUL, May 2 (Wire) -- " + body)["speaker_group"].tolist() == ["South Korea"]
    assert run(body)["speaker_group"].tolist() == ["South Korea"]
    named = "Pyongyang, May 2 (KCNA) -- The ROK Ministry of National Defence said that the drills would go ahead."
    assert run(named)["speaker_group"].tolist() == ["South Korea"]


@pytest.mark.parametrize("text,lang,speaker,group", [
    ("Seoul (npa) – Die Lage sei ernst, sagte ein Sprecher.\n\nKremlsprecher Dmitri Peskow wies die Berichte zurück. "
     "„Das ist eine Falschmeldung“, sagte er.", "de", "Kremlsprecher Dmitri Peskow", "Russia"),
    ("Пресс-секретарь Дмитрий Песков отверг эти сообщения. «Это очередная утка», — сказал он.", "ru",
     "Пресс-секретарь Дмитрий Песков", "Russia"),
])
def test_a_pronoun_takes_the_person_a_paragraph_named_last(text, lang, speaker, group):
    """German, French, Russian: "er", "il", "он" after a sentence that opens with a role and a
    name, when no one has been quoted since."""
    assert run(text, lang)[["speaker", "speaker_group"]].values.tolist()[-1] == [speaker, group]


def test_a_pronoun_after_a_later_quote_takes_that_speaker():
    text = ("Kremlsprecher Dmitri Peskow wies die Berichte zurück. Die Lage sei ruhig, sagte der Gouverneur von "
            "Kursk. „Alles ist unter Kontrolle“, sagte er.")
    assert run(text, "de")["speaker"].tolist()[-1] == "Gouverneur von Kursk"


def test_an_office_of_another_country_does_not_take_the_group_of_an_earlier_title():
    # "member of the … Party" would otherwise take the group of the WPK member named before
    text = ("Pyongyang, October 10 (KCNA) -- A meeting marked the founding of the Workers' Party of Korea. "
            "The party was praised.\n\n"
            "A member of the National Political Committee of the Brazilian Communist Party said that the WPK "
            "has played its role well.")
    q = run(text)
    assert q[["speaker", "speaker_group"]].values.tolist()[-1] == [
        "member of the National Political Committee of the Brazilian Communist Party", "unknown"]


def test_a_message_speaks_for_whoever_it_was_received_from():
    text = ("Pyongyang, October 9 (KCNA) -- Kim Jong Un received a message of greeting from V.V. Putin, "
            "President of the Russian Federation, on October 8.\n"
            "The message said that the two countries would strengthen their ties.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["V.V. Putin", "Russia"]]


def test_a_bare_surname_takes_the_group_of_the_words_that_introduced_it():
    text = ("Münster. Der Korea-Experte der Universität Münster, Jonas Petersen, hält den Einsatz für eine Zäsur. "
            "„Wir erleben etwas Neues“, sagte Petersen.")
    assert run(text, "de")[["speaker", "speaker_group"]].values.tolist()[-1] == ["Petersen", "expert"]
    # not when the introduction names a country outside the groups
    text = "Japanese Prime Minister Fumio Kishida visited Seoul. Kishida said the talks went well."
    assert run(text)[["speaker", "speaker_group"]].values.tolist()[-1] == ["Kishida", "unknown"]


def test_an_article_in_a_newspaper_digest_speaks_for_the_paper():
    text = ("Pyongyang, August 17 (KCNA) -- Following are major news items and articles in leading newspapers of "
            "the DPRK on Saturday:\n- A new school opened in Pyongyang.\n- An article says that the harvest was good.\n\n"
            "Minju Joson\n- A delegation left here.\n- An article says that the U.S. is the source of the crisis.\n\n"
            "Rodong Sinmun\n- An article says that the people are united.")
    q = run(text)
    assert q[["speaker", "speaker_group"]].values.tolist() == [
        ["article", "North Korea"], ["Minju Joson", "North Korea"], ["Rodong Sinmun", "North Korea"]]
