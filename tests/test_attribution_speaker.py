"""Speaker phrases (:mod:`discourse.attribution.speaker`): what is and is not part of the speaker."""
from __future__ import annotations

from attribution_helpers import check, run


def test_an_adverb_after_the_speaker_is_not_part_of_it():
    text = ("The Foreign Ministry of Ukraine strongly denied that the video was staged. "
            "The Pentagon spokesperson said North Korean units had moved. He repeatedly said they were in Kursk.\n\n"
            "The weekly said the soldiers were young. Senator Kelly said the report was credible.")
    q = run(text)
    assert q["speaker"].tolist() == ["Foreign Ministry of Ukraine", "Pentagon spokesperson", "Pentagon spokesperson",
                                     "weekly", "Senator Kelly"]
    # the pronoun, freed of its adverb, takes the named speaker of the paragraph
    assert q["speaker_group"].tolist()[:3] == ["Ukraine", "US", "US"]


def test_a_dateline_is_not_part_of_the_speaker():
    for text in ("Pyongyang, August 19 (KCNA) -- Rodong Sinmun says in an article that the drills are a threat.",
                 "MOSCOW, October 18. /TASS/. Kremlin spokesman Dmitry Peskov said that Moscow had nothing to add."):
        q = run(text)
        assert q["speaker"].tolist() in (["Rodong Sinmun"], ["Kremlin spokesman Dmitry Peskov"])


def test_connectives_and_auxiliaries_are_not_part_of_the_speaker():
    text = ("Kremlin spokesman Dmitry Peskov said the talks were useful. And he stressed that nothing was agreed. "
            "Then the Pentagon has already warned that the troops would fight.")
    q = run(text)
    assert q["speaker"].tolist() == ["Kremlin spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov",
                                     "Pentagon"]


def test_an_as_clause_names_its_pronoun_or_no_speaker():
    text = ("The Pentagon spokesperson said the units had moved. As he has already stressed, the soldiers are "
            "in Kursk now. As already warned, the border will stay closed for the winter. As is always "
            "emphasized, the basic thing in construction is quality.")
    q = run(text)
    # "As he has already stressed": the pronoun, which takes the paragraph's named speaker
    assert q["speaker"].tolist() == ["Pentagon spokesperson", "Pentagon spokesperson"]
    assert q["quote"].tolist() == ["the units had moved", "the soldiers are in Kursk now"]
    assert q["verb"].tolist() == ["said", "stressed"]


def test_a_relative_pronoun_speaks_for_its_antecedent():
    text = ("The chief of the section issued a press statement, which said the drills were a rehearsal for war. "
            "They blamed the U.S., which has claimed that the missiles were a threat to peace.")
    q = run(text)
    # "which" stands for the press statement, which is credited to whoever issued it
    assert q["speaker"].tolist() == ["chief of the section", "U.S."]
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


def test_a_participle_takes_the_subject_of_the_short_clause_before_it():
    text = "Asked about the claims, a Kremlin spokesman declined to comment, saying Moscow did not intend to react."
    assert run(text)[["speaker", "speaker_group", "verb"]].values.tolist() == [
        ["Kremlin spokesman", "Russia", "saying"]]


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


def test_a_passive_or_a_clause_is_no_speaker():
    text = ("It can be said that the drills are a rehearsal for war. "
            "Furthermore, it is a grave provocation and violation which denies that the islands belong to us.")
    assert run(text).empty
    # "was quoted as saying" keeps its subject
    q = run("Kim was quoted by the news agency as saying that the soldiers were heroes.")
    assert q["speaker"].tolist() == ["Kim"]


def test_a_passive_with_an_adverb_has_no_speaker():
    for text in ("The unity and discipline of the units have been firmly maintained up to now, nor should we "
                 "forget even a moment that rivals are watching closely.",
                 "We should never rest on our past successes or relax as the unity and discipline of the units "
                 "have been firmly maintained up to now, nor forget even a moment that rivals are watching closely."):
        assert run(text).empty


def test_a_preposition_after_the_verb_opens_no_speaker():
    text = 'The administration, in its "Strategy Report" and the "Defence Review", called on its partners to unite.'
    assert "on its partners" not in run(text)["speaker"].tolist()


def test_the_medium_told_after_a_german_verb_is_not_part_of_the_speaker():
    text = ("Ein Sprecher der ukrainischen Marine sagte, die Angriffe hätten zugenommen. „Sie greifen jetzt in "
            "kleineren Gruppen an“, sagte der Sprecher der Nachrichtenagentur npa.")
    assert run(text, "de")[["speaker", "speaker_group"]].values.tolist()[-1] == ["Sprecher der ukrainischen Marine",
                                                                               "Ukraine"]
    # before the verb the same words are a genitive and stay
    text = "Der Chefredakteur der Zeitung Kyiv Post sagte, dass die Zahlen stimmten."
    assert run(text, "de")["speaker"].tolist() == ["Chefredakteur der Zeitung Kyiv Post"]


def test_cannot_but_is_no_conjunction():
    # "but" after "cannot" is not "and"/"but" joining a second verb to the sentence's subject
    text = 'The following is the statement of the ministry, titled "No":\nWe cannot but call the move reckless.'
    assert run(text)["speaker"].tolist() == ["We"]


def test_a_french_auxiliary_and_adverb_before_the_participle_are_not_the_speaker():
    q = run("Le ministre des Armées a récemment indiqué que la production avait triplé.", "fr")
    assert q[["speaker", "speaker_group"]].values.tolist() == [["ministre des Armées", "NATO/EU"]]
    assert run("Le renseignement ukrainien a aussi indiqué que des soldats avaient été capturés.",
               "fr")["speaker"].tolist() == ["renseignement ukrainien"]


def test_an_infinitive_in_an_opening_participle_phrase_has_no_speaker():
    text = ("Giving an instruction to commonly call the facilities grain stations, he stressed the need to build them.")
    assert run(text)[["speaker", "verb"]].values.tolist() == [["he", "stressed"]]
