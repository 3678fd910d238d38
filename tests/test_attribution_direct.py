"""Direct quotes (:mod:`discourse.attribution.direct`): hand-made examples."""
from __future__ import annotations

from attribution_helpers import check, run


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


def test_english_direct_before_and_continuation():
    text = ('A Kremlin spokesman told reporters: "We have read many such stories." '
            '"Most of them turn out to be fakes."')
    q = run(text)
    assert q["kind"].tolist() == ["direct", "direct"]
    check(q.iloc[0], text, "Kremlin spokesman", "Russia", "told", "neutral", "direct",
          "We have read many such stories.")
    check(q.iloc[1], text, "Kremlin spokesman", "Russia", "told", "neutral", "direct",
          "Most of them turn out to be fakes.")


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


def test_a_title_in_quotation_marks_is_not_a_quote():
    text = ('Kim Yo Jong issued a press statement titled "Do not spout absurd remarks": the ROK must stop the '
            'leaflets, she said.')
    assert "Do not spout absurd remarks" not in run(text)["quote"].tolist()


def test_scare_quotes_and_unknown_speakers():
    text = 'Russia thanked Pyongyang for helping to "liberate" Kursk. "It was over," a bystander said.'
    q = run(text)
    assert q["quote"].tolist() == ["It was over,"]
    assert q.iloc[0].speaker == "bystander" and q.iloc[0].speaker_group == "unknown"


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


def test_a_quoted_fragment_is_part_of_its_clause_in_french_and_german_too():
    text = "Lloyd Austin a déclaré qu'il existait des « preuves » de la présence de troupes en Russie."
    q = run(text, "fr")
    assert q[["kind", "quote"]].values.tolist() == [
        ["indirect", "il existait des « preuves » de la présence de troupes en Russie"]]
    q = run("Der Minister sagte, die Lage sei „sehr ernst“ und verschlechtere sich.", "de")
    assert q[["kind", "quote"]].values.tolist() == [["indirect", "die Lage sei „sehr ernst“ und verschlechtere sich"]]


def test_a_name_in_quotation_marks_before_a_reporting_verb_and_its_clause_is_no_quote():
    # the verb after the closing mark opens its own clause ("confirme que …"): no inversion
    text = "Son commandant, qui se présente sous le nom de guerre « Tchaïka », confirme que l'ennemi a appris vite."
    assert run(text, "fr")[["speaker", "kind", "quote"]].values.tolist() == [
        ["Son commandant", "indirect", "l'ennemi a appris vite"]]


def test_french_press_verbs_after_a_quote_only():
    text = "« Le retrait a servi à réorganiser les unités », analyse Yoon Ha-eun, chercheuse à l'Institut Hanbit."
    assert run(text, "fr")[["speaker", "speaker_group", "verb"]].values.tolist() == [["Yoon Ha-eun", "expert", "analyse"]]
    text = "Le chercheur Paul Martin suit le dossier. « C'est une provocation », note-t-il."
    assert run(text, "fr")[["speaker", "verb"]].values.tolist() == [["chercheur Paul Martin", "note"]]
    # elsewhere the same words are nouns
    assert run("Une analyse du ministère montre que les pertes sont lourdes.", "fr").empty
