"""Quote attribution: hand-made examples per language, source profiles, robustness, and a
recall floor on the teaching corpus."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from conftest import ROOT
from discourse import corpus
from discourse.attribution import PROFILE_COLUMNS, QUOTE_COLUMNS, quotes, source_profile
from discourse.errors import StageError

TEACHING = ROOT / "corpus" / "teaching"


def run(text: str, lang: str = "en", doc_id: str = "d1") -> pd.DataFrame:
    return quotes(pd.DataFrame({"doc_id": [doc_id], "text": [text], "lang": [lang]}))


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def check(row, text, speaker, group, verb, category, kind, quote):
    assert (row.speaker, row.speaker_group, row.verb, row.verb_category, row.kind) == (
        speaker, group, verb, category, kind)
    assert (row.start, row.end) == span(text, quote)
    assert row.quote == quote == text[row.start:row.end]


def test_columns_and_ids():
    q = run('"We will respond," said Lena Hartsfield, a senior fellow at the Atlantic Policy Forum.')
    assert list(q.columns) == QUOTE_COLUMNS
    assert q["quote_id"].tolist() == ["d1:q0"]


def test_english_direct_after_with_apposition_and_pronoun():
    text = ('"We will respond," said Lena Hartsfield, a senior fellow at the Atlantic Policy Forum.\n\n'
            'A Pentagon spokesperson said North Korean units had been moved to Kursk. '
            '"They are now part of the fight," he said.')
    q = run(text)
    assert len(q) == 3
    check(q.iloc[0], text, "Lena Hartsfield", "expert", "said", "neutral", "direct", "We will respond,")
    check(q.iloc[1], text, "Pentagon spokesperson", "US", "said", "neutral", "indirect",
          "North Korean units had been moved to Kursk")
    # "he said" in the same paragraph takes the named speaker
    check(q.iloc[2], text, "Pentagon spokesperson", "US", "said", "neutral", "direct",
          "They are now part of the fight,")


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


def test_an_adverb_after_the_speaker_is_not_part_of_it():
    text = ("The Foreign Ministry of Ukraine strongly denied that the video was staged. "
            "The Pentagon spokesperson said North Korean units had moved. He repeatedly said they were in Kursk.\n\n"
            "The weekly said the soldiers were young. Senator Kelly said the report was credible.")
    q = run(text)
    assert q["speaker"].tolist() == ["Foreign Ministry of Ukraine", "Pentagon spokesperson", "Pentagon spokesperson",
                                     "weekly", "Senator Kelly"]
    # the pronoun, freed of its adverb, takes the named speaker of the paragraph
    assert q["speaker_group"].tolist()[:3] == ["Ukraine", "US", "US"]


def test_a_demand_is_not_reported_speech():
    text = ("The appeal called for full support to the troops. The ministry asked for calm at the border. "
            "The ministry called the reports a provocation staged by Kyiv.")
    q = run(text)
    assert q["quote"].tolist() == ["the reports a provocation staged by Kyiv"]


def test_an_as_clause_names_its_pronoun_or_no_speaker():
    text = ("The Pentagon spokesperson said the units had moved. As he has already stressed, the soldiers are "
            "in Kursk now. As already warned, the border will stay closed for the winter. As is always "
            "emphasized, the basic thing in construction is quality.")
    q = run(text)
    # "As he has already stressed": the pronoun, which takes the paragraph's named speaker
    assert q["speaker"].tolist() == ["Pentagon spokesperson", "Pentagon spokesperson"]
    assert q["quote"].tolist() == ["the units had moved", "the soldiers are in Kursk now"]
    assert q["verb"].tolist() == ["said", "stressed"]


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


def test_a_dateline_is_not_part_of_the_speaker():
    for text in ("Pyongyang, August 19 (KCNA) -- Rodong Sinmun says in an article that the drills are a threat.",
                 "MOSCOW, October 18. /TASS/. Kremlin spokesman Dmitry Peskov said that Moscow had nothing to add."):
        q = run(text)
        assert q["speaker"].tolist() in (["Rodong Sinmun"], ["Kremlin spokesman Dmitry Peskov"])


def test_a_relative_pronoun_speaks_for_its_antecedent():
    text = ("The chief of the section issued a press statement, which said the drills were a rehearsal for war. "
            "They blamed the U.S., which has claimed that the missiles were a threat to peace.")
    q = run(text)
    assert q["speaker"].tolist() == ["press statement", "U.S."]
    assert q["speaker_group"].tolist()[1] == "US"


def test_a_participle_after_a_comma_takes_the_clause_subject():
    text = ("Peskov dismissed the reports, saying that they were another fake. "
            "One day in December 1957, the President visited the spa and showed great care, saying that it "
            "should be rebuilt.")
    q = run(text)
    # the second sentence's subject is clear only up to an opening adjunct; "One day" is never a speaker
    assert q["speaker"].tolist()[0] == "Peskov"
    assert q["speaker_group"].tolist()[0] == "Russia"
    assert "One day" not in q["speaker"].tolist()


def test_a_passive_or_a_clause_is_no_speaker():
    text = ("It can be said that the drills are a rehearsal for war. "
            "Furthermore, it is a grave provocation and violation which denies that the islands belong to us.")
    assert run(text).empty
    # "was quoted as saying" keeps its subject
    q = run("Kim was quoted by the news agency as saying that the soldiers were heroes.")
    assert q["speaker"].tolist() == ["Kim"]


def test_a_title_in_quotation_marks_is_not_a_quote():
    text = ('Kim Yo Jong issued a press statement titled "Do not spout absurd remarks": the ROK must stop the '
            'leaflets, she said.')
    assert "Do not spout absurd remarks" not in run(text)["quote"].tolist()


def test_connectives_and_auxiliaries_are_not_part_of_the_speaker():
    text = ("Kremlin spokesman Dmitry Peskov said the talks were useful. And he stressed that nothing was agreed. "
            "Then the Pentagon has already warned that the troops would fight.")
    q = run(text)
    assert q["speaker"].tolist() == ["Kremlin spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov",
                                     "Pentagon"]


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


def test_a_quote_ending_in_a_comma_does_not_end_its_sentence():
    text = ('North Korea defended its role, according to state media KCNA on Saturday.\n'
            '\u201cOur participation was just,\u201d Kim said, according to KCNA. '
            '\u201cThe soldiers are heroes,\u201d he added.')
    q = run(text)
    assert q[["speaker", "verb", "kind", "quote"]].values.tolist() == [
        ["state media KCNA", "according to", "indirect", "North Korea defended its role"],
        ["Kim", "said", "direct", "Our participation was just,"],
        ["Kim", "added", "direct", "The soldiers are heroes,"]]
    # a quote that ends with its own full stop still ends the sentence
    q = run('\u201cWe will fight.\u201d The minister left the room. Kim said the talks were over.')
    assert q["speaker"].tolist() == ["Kim"]


def test_as_reported_by_names_its_source():
    q = run("As reported by the Financial Times, North Korean troops were moved to Kursk last week.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Financial Times", "As reported by", "North Korean troops were moved to Kursk last week"]]


def test_a_participle_after_a_quotation_continues_its_speaker():
    text = '"They learn Russian quickly," a Russian soldier said, adding, "They also have outstanding sniping skills."'
    q = run(text)
    assert q["speaker"].tolist() == ["Russian soldier", "Russian soldier"]
    assert q["verb"].tolist() == ["said", "adding"]
    # with no speaker before it, '"…," adding that …' has none: the words after "adding" are
    # not a speaker, and a quotation's words never are
    q = run('"They learn Russian quickly and are very disciplined," adding that they were good snipers.')
    assert q["speaker"].tolist() == ["unknown"]
    # "…, calling it “…”" goes on a sentence: its subject speaks; "it" and the words before the
    # comma are no speaker
    q = run("Zelensky claimed on Thursday that Russia is preparing to deploy 10,000 North Korean soldiers, "
            "calling it \u201cthe first step to a world war\u201d.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [["Zelensky", "calling", "the first step to a world war"]]


def test_a_subject_with_an_apposition_before_said_speaks_the_clause_after_it():
    # the verb after the comma opens the reported clause: no inversion
    text = "The regional governor, Oleh Syniehubov, said the attack had involved at least 15 drones."
    q = run(text)
    assert q[["speaker", "verb", "kind", "quote"]].values.tolist() == [
        ["Oleh Syniehubov", "said", "indirect", "the attack had involved at least 15 drones"]]
    # the name in the apposition is preferred to a title; a name that comes first stays
    q = run("Yurii Ihnat, the Air Force spokesman, said the KN-23 was difficult to intercept.")
    assert q["speaker"].tolist() == ["Yurii Ihnat"]
    q = run("An official at the agency, who asked not to be named, said Pyongyang appeared to be preparing more.")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["official", "anonymous", "Pyongyang appeared to be preparing more"]]
    # a true inversion still inverts, also with a relative clause on its speaker
    q = run("North Korean troops have changed their tactics after heavy losses, said the regional governor.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["regional governor", "North Korean troops have changed their tactics after heavy losses"]]
    q = run("North Korean troops have changed their tactics after heavy losses, said Colonel Oleksandr "
            "Hrytsenko, who commands a brigade in the Kursk sector.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Colonel Oleksandr Hrytsenko", "North Korean troops have changed their tactics after heavy losses"]]
    # "…, <description>, <name>, said in an interview": the speaker stands before the verb
    q = run("The missiles have become more accurate, the deputy head of Ukraine's Defence Intelligence, "
            "Vadym Skibitskyi, said in an interview.")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["Vadym Skibitskyi", "Ukraine", "The missiles have become more accurate"]]
    q = run('"We fought them in the snow," said a Ukrainian veteran who lost a leg in Kursk.')
    assert q[["speaker", "speaker_group"]].values.tolist() == [["Ukrainian veteran who lost a leg", "Ukraine"]]
    # a quotation inside the subject is no statement, and the clause after "said" is no speaker
    q = run('A drone operator with the call sign "Bison" said his unit had spotted soldiers carrying their wounded.')
    assert "Bison" not in q["quote"].tolist() and not q["speaker"].str.contains("unit had").any()


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


def test_a_quoted_fragment_is_part_of_its_reported_clause():
    text = 'Kim said the nuclear armament of the navy was "an urgent task".'
    q = run(text)
    check(q.iloc[0], text, "Kim", "unknown", "said", "neutral", "indirect",
          'the nuclear armament of the navy was "an urgent task"')
    assert len(q) == 1
    # two fragments, one clause
    q = run('The spokesman said the drills were "regular" and "defensive" in nature.')
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["spokesman", "indirect", 'the drills were "regular" and "defensive" in nature']]
    # a quotation whose own attribution names a source, where the clause's does not, stays
    q = run('Kim defended the treaty as help for what he called a \u201cstrategic partner,\u201d state-run '
            'KCNA reported.')
    assert q[["speaker", "speaker_group", "kind", "quote"]].values.tolist() == [
        ["state-run KCNA", "North Korea", "direct", "strategic partner,"]]
    # a quotation introduced by its own comma is a statement, not a fragment
    text = 'Zakharova said Seoul should not give in, saying, "We believe Seoul should not play along with Kyiv."'
    q = run(text)
    assert q[["kind", "quote"]].values.tolist() == [
        ["direct", "We believe Seoul should not play along with Kyiv."]]
    # a headline run into the text holds no fragment
    q = run('Russia Rules Out "Fake News" on Troops\nThe Kremlin said on Friday it had nothing to add.')
    assert "direct" in q["kind"].tolist()


def test_a_participle_clause_after_a_quotation_is_a_quote_of_its_own():
    text = ('"Russia keeps attacking the grain corridor," Pletenchuk said, adding that air defences had shot '
            'down four of the missiles.')
    q = run(text)
    assert q[["speaker", "verb", "kind", "quote"]].values.tolist() == [
        ["Pletenchuk", "said", "direct", "Russia keeps attacking the grain corridor,"],
        ["Pletenchuk", "adding", "indirect", "air defences had shot down four of the missiles"]]


def test_english_direct_before_and_continuation():
    text = ('A Kremlin spokesman told reporters: "We have read many such stories." '
            '"Most of them turn out to be fakes."')
    q = run(text)
    assert q["kind"].tolist() == ["direct", "direct"]
    check(q.iloc[0], text, "Kremlin spokesman", "Russia", "told", "neutral", "direct",
          "We have read many such stories.")
    check(q.iloc[1], text, "Kremlin spokesman", "Russia", "told", "neutral", "direct",
          "Most of them turn out to be fakes.")


def test_scare_quotes_and_unknown_speakers():
    text = 'Russia thanked Pyongyang for helping to "liberate" Kursk. "It was over," a bystander said.'
    q = run(text)
    assert q["quote"].tolist() == ["It was over,"]
    assert q.iloc[0].speaker == "bystander" and q.iloc[0].speaker_group == "unknown"


def test_anonymity_cue_in_the_sentence():
    text = '"They took terrible casualties," a Pentagon official said, speaking on condition of anonymity.'
    assert run(text).iloc[0].speaker_group == "anonymous"


def test_german():
    text = ("„Soldaten wären eine neue Qualität“, sagte der Korea-Experte Henrik Vossberg.\n\n"
            "Kremlsprecher Dmitri Peskow sagte, die Berichte seien falsch.\n\n"
            "Laut NIS sollen 12.000 Soldaten entsandt werden.")
    q = run(text, "de")
    check(q.iloc[0], text, "Korea-Experte Henrik Vossberg", "expert", "sagte", "neutral", "direct",
          "Soldaten wären eine neue Qualität")
    check(q.iloc[1], text, "Kremlsprecher Dmitri Peskow", "Russia", "sagte", "neutral", "indirect",
          "die Berichte seien falsch")
    check(q.iloc[2], text, "NIS", "South Korea", "Laut", "neutral", "indirect",
          "sollen 12.000 Soldaten entsandt werden")


def test_german_speaker_phrases_before_the_verb_and_wie_x_mitteilte():
    # German puts the finite verb right after the "according to" phrase: no comma to end it
    q = run("Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea Tausende Soldaten geschickt.", "de")
    assert q[["speaker", "speaker_group", "quote"]].values.tolist() == [
        ["südkoreanischen Geheimdienstes NIS", "South Korea", "hat Nordkorea Tausende Soldaten geschickt"]]
    q = run("Nach Einschätzung des ukrainischen Generalstabs griffen nordkoreanische Einheiten an.", "de")
    assert q[["speaker_group", "quote"]].values.tolist() == [["Ukraine", "griffen nordkoreanische Einheiten an"]]
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


def test_russian():
    text = ("«Это дело двух суверенных государств», — сказал Песков.\n\n"
            "Пресс-секретарь президента Дмитрий Песков заявил журналистам, что Москва не собирается "
            "комментировать слухи. По словам СБУ, пленные дали показания.")
    q = run(text, "ru")
    check(q.iloc[0], text, "Песков", "Russia", "сказал", "neutral", "direct", "Это дело двух суверенных государств")
    check(q.iloc[1], text, "Пресс-секретарь президента Дмитрий Песков", "Russia", "заявил", "neutral", "indirect",
          "Москва не собирается комментировать слухи")
    check(q.iloc[2], text, "СБУ", "Ukraine", "По словам", "neutral", "indirect", "пленные дали показания")


def test_korean():
    text = ("국정원은 18일 북한이 특수부대를 러시아에 보냈다고 밝혔다.\n\n"
            '한반도안보연구원 남기웅 연구위원은 "북한은 기술 이전을 요구할 가능성이 크다"고 말했다.\n\n'
            '러시아 측은 "서방이 만들어낸 허위 정보"라며 관련 보도를 일축했다.\n\n'
            "합참에 따르면 북한군 4천700명가량이 죽거나 다쳤다.")
    q = run(text, "ko")
    check(q.iloc[0], text, "국정원", "South Korea", "밝혔다", "neutral", "indirect", "북한이 특수부대를 러시아에 보냈다")
    check(q.iloc[1], text, "한반도안보연구원 남기웅 연구위원", "expert", "말했다", "neutral", "direct",
          "북한은 기술 이전을 요구할 가능성이 크다")
    check(q.iloc[2], text, "러시아 측", "Russia", "일축했다", "denying", "direct", "서방이 만들어낸 허위 정보")
    check(q.iloc[3], text, "합참", "South Korea", "에 따르면", "neutral", "indirect", "북한군 4천700명가량이 죽거나 다쳤다")


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


def test_french():
    text = "« Nous ne sommes pas au courant », a déclaré le porte-parole chinois Lin Jian."
    row = run(text, "fr").iloc[0]
    assert (row.speaker_group, row.verb, row.kind, row.quote) == ("China", "a déclaré", "direct",
                                                                   "Nous ne sommes pas au courant")


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


def test_a_quoted_fragment_is_part_of_its_clause_in_french_and_german_too():
    text = "Lloyd Austin a déclaré qu'il existait des « preuves » de la présence de troupes en Russie."
    q = run(text, "fr")
    assert q[["kind", "quote"]].values.tolist() == [
        ["indirect", "il existait des « preuves » de la présence de troupes en Russie"]]
    q = run("Der Minister sagte, die Lage sei „sehr ernst“ und verschlechtere sich.", "de")
    assert q[["kind", "quote"]].values.tolist() == [["indirect", "die Lage sei „sehr ernst“ und verschlechtere sich"]]


@pytest.mark.parametrize("text", [None, "", "   ", 42, float("nan"), "x" * 300_000, "\n\n\n", '"""" ,,, said'])
def test_bad_documents_never_stop_the_run(text):
    good = '"We will respond," said Lena Hartsfield.'
    df = pd.DataFrame({"doc_id": ["bad", "good"], "text": [text, good], "lang": [None, "en"]})
    q = quotes(df)
    assert (q["doc_id"] == "good").sum() == 1


def test_missing_columns_and_empty_corpus():
    with pytest.raises(StageError):
        quotes(pd.DataFrame({"doc_id": ["a"]}))
    q = quotes(pd.DataFrame({"doc_id": [], "text": []}))
    assert list(q.columns) == QUOTE_COLUMNS and q.empty


def test_source_profile_maths():
    corp = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    q = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c", "zz"],
                      "speaker_group": ["US", "Russia", "US", "unknown", "China", "US"]})
    prof = source_profile(q, corp)
    assert list(prof.columns) == PROFILE_COLUMNS
    # X: US 2/4, Russia 1/4, unknown 1/4; Y: China 1/1; "zz" is not in the corpus
    expected = [("X", "US", 2, 0.5), ("X", "Russia", 1, 0.25), ("X", "unknown", 1, 0.25), ("Y", "China", 1, 1.0)]
    assert list(prof.itertuples(index=False, name=None)) == expected
    assert prof.groupby("group")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_source_profile_other_grouping_and_errors():
    corp = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "lang": ["en", "en"]})
    q = pd.DataFrame({"doc_id": ["a", "b"], "speaker_group": ["US", "US"]})
    assert source_profile(q, corp, by="lang").values.tolist() == [["en", "US", 2, 1.0]]
    assert source_profile(q.iloc[:0], corp).empty
    with pytest.raises(StageError):
        source_profile(q, corp, by="country")


@pytest.fixture(scope="module")
def teaching():
    docs = corpus.load(TEACHING / "articles").corpus
    gold = [json.loads(x) for x in open(TEACHING / "labels" / "quotes.jsonl", encoding="utf-8")]
    return docs, gold, quotes(docs)


def test_teaching_corpus_recall_floor(teaching):
    """Floors measured when the rules were written (recall 0.94, group accuracy 0.71,
    direct-quote precision 0.88): a drop below them is a regression."""
    docs, gold, pred = teaching
    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    matched, agree = 0, 0
    for g in gold:
        cand = by_doc.get(g["doc_id"])
        if cand is None:
            continue
        ov = (cand["end"].clip(upper=g["end"]) - cand["start"].clip(lower=g["start"])).clip(lower=0)
        if ov.max() * 2 >= g["end"] - g["start"]:
            matched += 1
            agree += cand.loc[ov.idxmax(), "speaker_group"] == g["speaker_group"]
    assert matched / len(gold) >= 0.92
    assert agree / matched >= 0.68
    assert set(pred["speaker_group"]) <= {"Ukraine", "US", "South Korea", "NATO/EU", "Russia", "North Korea", "China",
                                          "expert", "anonymous", "unknown"}
    text = dict(zip(docs["doc_id"], docs["text"]))
    assert all(text[d][s:e] == q for d, s, e, q in pred[["doc_id", "start", "end", "quote"]].itertuples(index=False))


def test_a_modifier_between_subject_and_verb_is_not_the_speaker():
    # adverbs after an apposition
    text = ("Ri Chol Min, a vice-minister of the DPRK, solemnly stressed that the treaty would "
            "be carried out to the letter.")
    check(run(text).iloc[0], text, "Ri Chol Min", "North Korea", "stressed", "neutral", "indirect",
          "the treaty would be carried out to the letter")
    # a participle phrase closed by a comma inside a quotation
    text = ('The Seoul government, hailing the launch of its new "space command," claimed that the '
            "satellite had reached orbit.")
    assert run(text).iloc[0].speaker == "Seoul government"
    # an adverb before a participle: the participle takes its clause's subject
    text = "The ministry issued a statement, openly claiming that the drills were defensive."
    assert run(text)[["speaker", "verb"]].values.tolist() == [["ministry", "claiming"]]


def test_an_adverb_before_an_opening_participle():
    text = "Repeatedly noting that the navy must grow, Kim stressed that new ships would be built this year."
    q = run(text)
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Kim", "the navy must grow"], ["Kim", "new ships would be built this year"]]


def test_a_passive_with_an_adverb_has_no_speaker():
    for text in ("The unity and discipline of the units have been firmly maintained up to now, nor should we "
                 "forget even a moment that rivals are watching closely.",
                 "We should never rest on our past successes or relax as the unity and discipline of the units "
                 "have been firmly maintained up to now, nor forget even a moment that rivals are watching closely."):
        assert run(text).empty


def test_a_preposition_after_the_verb_opens_no_speaker():
    text = 'The administration, in its "Strategy Report" and the "Defence Review", called on its partners to unite.'
    assert "on its partners" not in run(text)["speaker"].tolist()


def test_he_after_a_sentence_that_opens_with_a_time_adverbial():
    text = ("One day in June 1972, President Kim Il Sung visited a fishery on the east coast.\n\n"
            "Looking at the catch, he said that the workers had done a great deal for the country.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Il Sung", "North Korea"]]
    text = ("That day the respected Comrade Kim Jong Un toured a new greenhouse farm.\n\n"
            "He said that the farm would supply fresh vegetables all year round.")
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["Kim Jong Un", "North Korea"]]


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
    assert run(text)[["speaker", "speaker_group"]].values.tolist() == [["message", "North Korea"]]
    # with no sender named before it, the message has no group
    assert run("The message said that the friendship would grow stronger.")["speaker_group"].tolist() == ["unknown"]


def test_a_participle_takes_the_subject_of_the_short_clause_before_it():
    text = "Asked about the claims, a Kremlin spokesman declined to comment, saying Moscow did not intend to react."
    assert run(text)[["speaker", "speaker_group", "verb"]].values.tolist() == [
        ["Kremlin spokesman", "Russia", "saying"]]


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


def test_an_office_of_another_country_does_not_take_the_dateline_home():
    text = ("Pyongyang, June 3 (KCNA) -- A delegation arrived here.\n\n"
            "The deputy director of the General Political Department of the Laotian People's Army said that "
            "the friendship would grow.\n\n"
            "A vice-director of the department said that the talks had been fruitful.")
    assert run(text)["speaker_group"].tolist() == ["unknown", "North Korea"]


def test_the_medium_told_after_a_german_verb_is_not_part_of_the_speaker():
    text = ("Ein Sprecher der ukrainischen Marine sagte, die Angriffe hätten zugenommen. „Sie greifen jetzt in "
            "kleineren Gruppen an“, sagte der Sprecher der Nachrichtenagentur npa.")
    assert run(text, "de")[["speaker", "speaker_group"]].values.tolist()[-1] == ["Sprecher der ukrainischen Marine",
                                                                               "Ukraine"]
    # before the verb the same words are a genitive and stay
    text = "Der Chefredakteur der Zeitung Kyiv Post sagte, dass die Zahlen stimmten."
    assert run(text, "de")["speaker"].tolist() == ["Chefredakteur der Zeitung Kyiv Post"]
