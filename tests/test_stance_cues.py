"""Cue extraction on hand-written sentences: relevance, voice, hedges, denial, sources."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import json
import re
from pathlib import Path

from discourse.stance.cues import (CUE_LANGS, FEATURES, OPENERS, CueExtractor, Lexicon, _alt, _branches, _scan,
                                   _scripts, carry_relevance, continues_denial, quote_carry)

X = CueExtractor()
TEACHING = Path(__file__).resolve().parents[1] / "corpus" / "teaching"


def feats(text, lang="en"):
    f, cues, group = X.sentence(text, lang)
    return dict(zip(FEATURES, f)), cues, group


def test_relevance_needs_north_korea_and_soldiers():
    assert feats("North Korean soldiers are fighting in Kursk.")[0]["relevant"]
    assert not feats("North Korea launched a missile into the sea.")[0]["relevant"]
    assert not feats("Russian troops advanced near Pokrovsk.")[0]["relevant"]
    assert feats("Nordkoreanische Soldaten sollen in Kursk sein.", "de")[0]["relevant"]
    assert feats("북한군이 쿠르스크에 파병됐다.", "ko")[0]["relevant"]
    assert feats("Северокорейские солдаты воюют под Курском.", "ru")[0]["relevant"]


def test_relevance_carries_from_a_sentence_that_names_north_korea():
    run = ["North Korea has sent troops to Russia, Seoul says.",
           "Many have now moved to the Kursk region.",  # soldiers (Kursk) and the war, no country
           "His soldiers are dying in Ukraine for nothing."]
    assert X.relevance(run).tolist() == [True, True, True]
    assert X.relevance(run, context=0).tolist() == [True, False, False]
    # two sentences back by default; three back is too far
    far = [run[0], "Officials met on Tuesday.", "Grain prices rose.", "The troops fight near Kursk."]
    assert X.relevance(far).tolist() == [True, False, False, False]
    assert X.relevance(far, context=3).tolist() == [True, False, False, True]
    # not across documents
    assert X.relevance(run[:2], doc_ids=["a", "b"]).tolist() == [True, False]
    # the carried sentence must name Russia, the war or Kursk: other soldiers stay other
    flood = ["Kim Jong Un inspected the flood damage.", "The soldiers of the brigade began the repairs."]
    assert X.relevance(flood).tolist() == [False, False]
    # the same rule on the cue features, with the doc ids of a sentence table
    assert carry_relevance([1, 0, 0], [1, 1, 1], [1, 1, 0], ["a", "a", "a"]).tolist() == [True, True, False]


def test_a_dateline_does_not_carry_north_korea():
    assert not X.names_north_korea("Pyongyang, June 27 (KCNA) -- Ukrainian forces shelled the city.")
    assert X.names_north_korea("SEOUL, Oct. 18 (Yonhap) -- North Korea has sent troops.")
    assert X.names_north_korea("Pyongyang said on Monday that the report was false.")
    kcna = ["Pyongyang, June 27 (KCNA) -- Ukrainian forces shelled a city again.",
            "Kiev has struck civilian sites in the Kursk region hundreds of times."]
    assert X.relevance(kcna).tolist() == [False, False]


def test_a_document_is_about_the_claim_when_it_names_all_three_close_together():
    assert X.about_claim("Pyongyang is silent. Soldiers boarded trains. The war in Ukraine goes on.")
    assert not X.about_claim("Pyongyang is silent. Soldiers marched on the square.")  # no war
    assert not X.about_claim("Soldiers boarded trains. The war in Ukraine goes on.")  # no North Korea
    assert X.about_claim("Пхеньян молчит. Солдаты уехали. Война на Украине продолжается.")
    # a long statement that names the three pages apart is not thereby about the claim
    filler = "The harvest was gathered in time across the province. " * 30  # 1,620 characters
    far = f"Pyongyang condemned the drills. {filler}US soldiers were on exercise. {filler}Ukraine was also named."
    assert not X.about_claim(far)
    assert X.about_claim(far, span=4000)
    # the span is measured between the closest mentions, wherever they are in the text
    assert X.about_claim(far + " North Korea has sent soldiers to fight for Russia.")
    assert X.about_claim(filler + "Pyongyang's soldiers. " + filler[:1400] + "Moscow.")
    assert not X.about_claim(filler + "Pyongyang's soldiers. " + filler[:1500] + "Moscow.")


@pytest.mark.parametrize("text, group", [
    # the speaker opens a Korean clause; the words before the verb name the content
    ("한국 정보기관은 금요일 북한이 러시아에 병력을 보내기로 결정했다고 밝혔다.", "South Korea"),
    ("중국 외교부 린젠 대변인은 북한군이 러시아에 파견됐다는 보도에 “상황을 알지 못한다”고 말했다.", "China"),
    # …or follows the quotative
    ("북한군이 러시아에 파견됐다고 미 국방부가 24일 밝혔다.", "US"),
    ("북한군 1만여 명이 러시아 동부에서 훈련 중이라고 우크라이나 정보총국이 말한다.", "Ukraine"),
])
def test_korean_speaker_group(text, group):
    _, cues, found = feats(text, "ko")
    assert found == group and f"source:{group}" in cues


def test_own_voice_denial_versus_attributed_denial():
    own, cues, _ = feats("There are no North Korean soldiers in Russia; it is fake news.")
    assert own["own_voice"] and own["denial_own"] >= 2 and "denial:fake" in cues
    attr, cues, group = feats("The Kremlin denied that North Korean troops were in Kursk.")
    # a verb of denial reports someone's denial: counted apart from the text's own doubt words
    assert not attr["own_voice"] and attr["deny_verb"] == 1 and attr["denial_attr"] == 0
    assert attr["verb_denying"] == 1 and "denies:denied" in cues
    assert group == "Russia" and "source:Russia" in cues and "verb:deny(denying)" in cues
    quoted, cues, _ = feats("Peskov said the reports of North Korean troops were fake.")
    assert not quoted["own_voice"] and quoted["denial_attr"] == 1 and quoted["denial_own"] == 0


@pytest.mark.parametrize("text,lang,word", [
    ("No specific data or confirmation was presented.", "en", "no specific data"),
    ("The story was concocted on a false pretext.", "en", "concocted"),
    ("Никаких доказательств этому нет.", "ru", "никаких доказательств"),
    ("Es un bulo más de la campaña.", "es", "bulo"),
    ("국정원의 가짜뉴스다.", "ko", "가짜"),
])
def test_own_voice_doubt_without_naming_the_soldiers(text, lang, word):
    f, cues, _ = feats(text, lang)
    assert f["own_voice"] and f["denial_own"] >= 1 and f"denial:{word}" in cues


@pytest.mark.parametrize("text,lang,hedge", [
    ("North Korean troops have reportedly arrived in Kursk.", "en", "reportedly"),
    ("In Kursk sollen nordkoreanische Soldaten kämpfen.", "de", "sollen"),
    ("Северокорейские военные якобы прибыли в Курск.", "ru", "якобы"),
    ("Des soldats nord-coréens auraient été déployés.", "fr", "auraient"),
    ("Βορειοκορεάτες στρατιώτες φέρεται να πολεμούν στο Κουρσκ.", "el", "φέρεται"),
    ("Твърди се, че севернокорейски войници воюват в Курск.", "bg", "твърди се"),
    ("تزعم كييف أن جنودا كوريين شماليين يقاتلون في كورسك.", "ar", "تزعم"),
    # the singular hearsay conditional and the hearsay modals
    ("Corea del Norte habría enviado 1.500 soldados a Rusia.", "es", "habría enviado"),
    ("A Coreia do Norte teria enviado tropas para a Rússia.", "pt", "teria enviado"),
    ("Żołnierze KRLD mają walczyć w obwodzie kurskim.", "pl", "mają walczyć"),
    ("Severokorejští vojáci mají bojovat v Kursku.", "cs", "mají bojovat"),
    ("Severnokorejski vojaki naj bi se borili v Kursku.", "sl", "naj bi"),
    ("北朝鮮は兵士をロシアに派遣したという。", "ja", "という。"),
    ("Tentara Korea Utara konon sudah tiba di Kursk.", "id", "konon"),
])
def test_hedges_in_several_languages(text, lang, hedge):
    f, cues, _ = feats(text, lang)
    assert f["hedge"] >= 1 and f"hedge:{hedge}" in cues


@pytest.mark.parametrize("text,lang", [
    # Pyongyang and Kim Jong Un in other scripts and spellings, with the soldiers named
    ("Путин поблагодарил Ким Чен Ына за солдат в Курской области.", "ru"),
    ("Phenianul a trimis trupe în regiunea Kursk.", "ro"),
    ("Un soldat nord-coreean a fost capturat.", "ro"),
    ("平壤向库尔斯克派兵。", "zh"),
    ("金正恩视察了参战部队。", "zh"),
    ("北朝鮮兵がロシアで戦っている。", "ja"),
    ("Pchjongjang poslal do Ruska tisíce vojáků.", "cs"),
    ("Пхенян изпрати войници в Курск.", "bg"),
    ("أرسلت بيونغ يانغ جنودا إلى كورسك.", "ar"),
    ("ფხენიანმა კურსკში ჯარისკაცები გაგზავნა.", "ka"),
])
def test_north_korea_and_its_soldiers_in_more_scripts(text, lang):
    assert feats(text, lang)[0]["relevant"]


def test_south_korean_forces_in_chinese_are_not_north_korean_soldiers():
    assert not feats("韩军在首尔举行演习。", "zh")[0]["deployment"]
    assert feats("朝鲜军在库尔斯克。", "zh")[0]["deployment"]


def test_the_indonesian_sea_is_not_the_german_according_to():
    f, cues, _ = feats("Pasukan Korea Utara diangkut kapal angkatan laut Rusia ke Vladivostok.", "id")
    assert f["hedge"] == 0 and "hedge:laut" not in cues and f["own_voice"]
    f, cues, _ = feats("Laut Pentagon sind nordkoreanische Soldaten in Kursk.", "de")
    assert "hedge:laut" in cues and not f["own_voice"]


def test_traditional_chinese_reporting_verbs_attribute_the_sentence():
    # "South Korea's intelligence said that North Korean soldiers are in Kursk"
    assert not feats("南韓情報單位說北韓士兵已在庫爾斯克。", "zh-Hant")[0]["own_voice"]
    assert feats("北韓士兵已在庫爾斯克。", "zh-Hant")[0]["own_voice"]


def test_sources_questions_scare_quotes():
    f, cues, group = feats("North Korean troops are in Kursk, a Pentagon spokesman said.")
    assert group == "US" and f["verb_neutral"] == 1 and not f["own_voice"]
    f, cues, _ = feats('Where are the photos of these "North Korean troops"?')
    assert f["question"] and f["scare_quote"] and "question" in cues and "scare quotes" in cues
    f, _, _ = feats('"We will not send soldiers anywhere," the minister said.')
    assert f["quoted"] and not f["own_voice"]


def test_grouped_alternation_matches_like_a_plain_one():
    """_alt groups patterns by their first character; the matches must not change."""
    texts = ["North Korean troops, the DPRK's KPA and Kim Jong Un; n. korean men", "俄罗斯和俄军", "allegedly claims claimed",
             "якобы, по данным; не подтверждено", "no evidence, no proof; so-called 'North Korean' troops", ""]
    texts += [json.loads(x)["sentence"] for x in open(TEACHING / "labels" / "sentences.jsonl", encoding="utf-8")]
    lex = Lexicon()
    for name in ("north_korea", "deployment", "russia_war", "hedges", "denial", "deny_verbs", "negation", "attribution"):
        pats = getattr(lex, name)
        plain = re.compile("|".join(f"(?:{p.lower()})" for p in pats))
        grouped = _alt(pats)
        for t in texts:
            got = [m.group(0) for m in grouped.finditer(t.lower())]
            assert got == [m.group(0) for m in plain.finditer(t.lower())], (name, t)
    # and each language's own patterns after the shared ones, on sentences of that language
    for lang, own in lex.by_language.items():
        sample = [t for case in EIGHT_LANGUAGES if case[0] == lang for t in (case[1], case[3])]
        for name, extra in own.items():
            pats = getattr(lex, name) + extra
            plain = re.compile("|".join(f"(?:{p.lower()})" for p in pats))
            for t in sample:
                got = [m.group(0) for m in _alt(pats).finditer(t.lower())]
                assert got == [m.group(0) for m in plain.finditer(t.lower())], (lang, name, t)
    assert _alt(["a|b", r"\bx", "y?z", "cd", "c"]).findall("a x z cd c b xx") == ["a", "x", "z", "cd", "c", "b", "x"]
    # where two patterns match at the same place, the earlier one wins, as in a plain alternation
    for pats in (["ukraine", r"ukrain\w*"], [r"ukrain\w*", "ukraine"], ["c", "cd"], ["cd", "c"],
                 [r"\bfake\b", "fabric", r"\bfab\w*", "f"], [r"\bfab\w*", "fabric"]):
        text = "ukrainekrieg ukraine cd fake fabrication f"
        plain = re.compile("|".join(f"(?:{p})" for p in pats))
        assert _alt(pats).findall(text) == plain.findall(text), pats


def test_scripts_of_a_text():
    assert _scripts("North Korean troops, “reportedly” — in Kursk") == 0
    assert _scripts("Nordkoreanische Soldaten sollen in Kursk sein; żołnierze; ấn") == 0
    cyrillic, hangul, cjk = _scripts("якобы"), _scripts("북한군"), _scripts("朝鲜")
    assert len({cyrillic, hangul, cjk, _scripts("ελλάδα"), _scripts("جنود"), _scripts("ჯარისკაც"), _scripts("שלום")}) == 7
    assert _scripts("KCNA: 북한군 «якобы» 朝鲜") == cyrillic | hangul | cjk


LEXICONS = ("north_korea", "deployment", "russia_war", "hedges", "boosters", "denial", "deny_verbs", "ridicule",
            "negation", "attribution")


def test_branches_chosen_by_script_match_like_the_whole_alternation():
    """Each text is matched only against the branches that start in its scripts; the matches
    must be those of the whole alternation, on the example texts in 21 languages."""
    from discourse.stance.data import builtin_examples

    texts = [t.lower() for t in builtin_examples()["text"]]
    texts += ["north korean troops «якобы» 북한군 파병 朝鲜士兵 φέρεται جنود", "ελλάδα north korea", ""]
    compiled = X.p
    for name in LEXICONS:
        whole = re.compile(compiled[name].pattern)
        for t in texts:
            assert ([m.span() for m in compiled[name].finditer(t)] == [m.span() for m in whole.finditer(t)]), (name, t)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(["north", "korean", "troops", "fake", "якобы", "фейк", "северокорейских",
                                       "북한군", "가짜", "朝鲜", "士兵", "谣言", "βορειοκορεάτες", "ψέματα", "جنود",
                                       "كاذب", "ჯარისკაცები", "«", "»", "“", "”", ",", "said", "reportedly", "шалом"]),
                      max_size=12),
       seps=st.sampled_from([" ", "", ", "]))
def test_branches_chosen_by_script_match_like_the_whole_alternation_on_mixed_text(words, seps):
    text = seps.join(words)
    for name in ("north_korea", "deployment", "hedges", "denial", "attribution"):
        alt = X.p[name]
        assert [m.span() for m in alt.finditer(text)] == [m.span() for m in re.finditer(alt.pattern, text)]


@pytest.mark.parametrize("text,lang", [
    ("Zakharova called the reports of North Korean troops «another fake».", "en"),
    ("The Kremlin calls the reports 'fake news' while Seoul counts the dead.", "en"),
    ("«Фейк», — так в Кремле назвали сообщения о северокорейских солдатах.", "ru"),
    ("Il Cremlino ha definito le notizie «una bufala».", "it"),
])
def test_doubt_words_in_quotation_marks_are_not_the_texts_own(text, lang):
    f, cues, _ = feats(text, lang)
    assert f["denial_own"] == 0 and not f["own_voice"]
    assert any(c.startswith("quoted doubt:") for c in cues)
    assert not any(c.startswith("denial:") for c in cues)


def test_apostrophes_do_not_open_a_quotation():
    f, cues, _ = feats("Kyiv's story is fake; the soldiers' families know it.")
    assert f["denial_own"] == 1 and "denial:fake" in cues


def test_korean_straight_quotes_with_a_particle_after_them_quote():
    # "the claim that 'the deployment is fake news made up by the NIS' is spreading"
    f, cues, _ = feats("온라인에서 '북한군 파병은 국정원이 꾸며낸 가짜뉴스'라는 주장이 퍼지고 있다.", "ko")
    assert f["denial_own"] == 0 and "quoted doubt:가짜" in cues
    f, cues, _ = feats("북한군 파병은 가짜뉴스다.", "ko")
    assert f["denial_own"] == 1


def test_quote_carry_marks_quotations_that_span_sentences():
    sents = ["Zakharova spoke on Wednesday.", "She said: “This is another fake from Kyiv.",
             "There are no North Korean troops in Kursk.", "It is pure propaganda,” she told reporters.",
             "The claims are fake."]
    assert quote_carry(sents) == [(0, 29), (0, 10), (42, 42), (22, 43), (0, 20)]
    # German „…“ closes with “; a quotation must close within max_sentences to count
    assert quote_carry(["„Das ist falsch.", "Eine Lüge“, sagte er."]) == [(0, 0), (9, 21)]
    stray = ["A stray “ mark.", "Fake news.", "One.", "Two.", "Three.", "Four.", "Done”"]
    assert quote_carry(stray) == [(0, len(s)) for s in stray]
    assert quote_carry(['He said "this is', "fake news."]) == [(0, 16), (0, 10)]
    # a straight closing mark does not open a new quotation: reading goes on after it
    sents = ['He said "this is fake.', 'It is a lie," she added.', 'Then "another" word came.']
    assert quote_carry(sents) == [(0, 8), (12, 24), (0, 25)]


def _scan_by_character(text, state):
    """The definition of ``_scan``: walk every character."""
    first_close, last_open = None, None
    for i, ch in enumerate(text):
        if state is not None:
            if ch in OPENERS[state]:
                if last_open is None and first_close is None:
                    first_close = i
                state, last_open = None, None
        elif ch in OPENERS:
            state, last_open = ch, i
    return state, first_close, last_open


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab .“”«»„「」\"'", max_size=30), state=st.sampled_from([None, *OPENERS]))
def test_scan_jumps_between_quotation_marks_as_a_walk_over_every_character_would(text, state):
    assert _scan(text, state) == _scan_by_character(text, state)


def test_sentences_inside_a_spanning_quotation_are_not_the_texts_own():
    f, cues, _ = X.sentence("There are no North Korean troops in Kursk.", "en", quoted_until=42)
    f = dict(zip(FEATURES, f))
    assert not f["own_voice"] and f["quoted"] and f["denial_own"] == 0
    assert "quoted doubt:there are no north korean" in cues
    f, cues, _ = X.sentence("It is pure propaganda,” she said. It is fake.", "en", quoted_until=22)
    assert "quoted doubt:propaganda" in cues and "denial:fake" in cues


@pytest.mark.parametrize("text,own", [
    ("The claims of North Korean troops in Kursk are a fabrication.", True),
    ("These claims are baseless.", True),
    ("The alleged North Korean soldiers are a fiction of Kyiv.", True),
    ("Kyiv claims North Korean troops are in Kursk.", False),
    ("Seoul alleged that North Korean troops were in Kursk.", False),
])
def test_claims_and_alleged_attribute_only_as_verbs(text, own):
    assert bool(feats(text)[0]["own_voice"]) is own


@pytest.mark.parametrize("text,lang,word", [
    ("It was never a fake: North Korean soldiers were dying in Kursk.", "en", "fake"),
    ("This is not propaganda, North Korean troops are in Kursk.", "en", "propaganda"),
    ("Das ist kein Fake: nordkoreanische Soldaten kämpfen in Kursk.", "de", "fake"),
    ("Это не фейк: северокорейские солдаты воюют под Курском.", "ru", "фейк"),
])
def test_a_negated_doubt_word_is_not_doubt(text, lang, word):
    f, cues, _ = feats(text, lang)
    assert f["denial"] == 0 and f"negated doubt:{word}" in cues
    # without the negation the same word is the text's own doubt
    f, cues, _ = feats("Don't believe the fake about North Korean troops.")
    assert f["denial_own"] == 1 and "denial:fake" in cues


@pytest.mark.parametrize("text,lang,word", [
    ("Kremlin propaganda has tried to hide the North Korean soldiers.", "en", "propaganda"),
    ("Pyongyang's disinformation cannot hide its soldiers in Kursk.", "en", "disinformation"),
    ("Moscow's denial is pure propaganda.", "en", "propaganda"),
    ("The Kremlin's claims that the prisoners are actors were baseless.", "en", "baseless"),
    ("Russian state media's fake narrative collapsed.", "en", "fake"),
    ("Die Kreml-Propaganda verschweigt die nordkoreanischen Soldaten.", "de", "propaganda"),
    ("La propagande russe cache les soldats nord-coréens.", "fr", "propagande"),
    ("Кремлёвская пропаганда скрывает северокорейских солдат.", "ru", "пропаганда"),
])
def test_doubt_of_the_deniers_is_not_doubt_of_the_claim(text, lang, word):
    f, cues, _ = feats(text, lang)
    assert f["own_voice"] and f["denial"] == 0 and f"doubt of the deniers:{word}" in cues


@pytest.mark.parametrize("text", [
    "Ukrainian propaganda invented the North Korean troops.",
    "The North Korean troops story is a hoax.",
    "Moscow's denial is convincing, the claims are a hoax.",
    "Russia has nothing to do with this fake about North Korean soldiers.",
    "Kyiv's latest North Korean fake fooled nobody.",
    "The North Korean army story was fabricated in Kyiv.",
])
def test_doubt_of_the_claim_stays_doubt_next_to_a_denier(text):
    f, cues, _ = feats(text)
    assert f["denial_own"] == 1 and not any(c.startswith("doubt of the deniers") for c in cues)


@pytest.mark.parametrize("text,word", [
    ("The North Korean troops story is a ploy to drag Seoul into the war.", "ploy"),
    ("Kyiv's phantom army of North Koreans has still not been seen.", "phantom army"),
    ("That North Korean soldiers fight in Kursk is simply not true.", "simply not true"),
    ("The media hype about North Korean soldiers goes on.", "media hype"),
    ("The North Korean battalions were cooked up in Kyiv.", "cooked up"),
    ("More false reports of North Korean soldiers came out today.", "false reports"),
    ("All this talk of Korean troops is hogwash.", "hogwash"),
])
def test_everyday_english_doubt_words(text, word):
    f, cues, _ = feats(text)
    assert f["denial_own"] == 1 and f"denial:{word}" in cues


@pytest.mark.parametrize("text,lang,word", [
    ("Je ne crois pas que des soldats nord-coréens soient en Russie.", "fr", "je ne crois pas"),
    ("Personne n'a montré un seul prisonnier nord-coréen.", "fr", "personne n'a montré"),
    ("Pas une seule photo des soldats nord-coréens à Koursk.", "fr", "pas une seule photo"),
    ("Nordkoreanische Soldaten in Kursk? Das glaube ich nicht.", "de", "glaube ich nicht"),
    ("Niemand hat die nordkoreanischen Soldaten gesehen.", "de", "niemand hat die nordkoreanischen soldaten gesehen"),
    ("Es gibt kein einziges Foto nordkoreanischer Soldaten in Kursk.", "de", "kein einziges foto"),
    ("Я не верю, что северокорейские солдаты воюют под Курском.", "ru", "я не верю"),
    ("Никто так и не показал ни одного северокорейского солдата.", "ru", "никто так и не показал"),
    ("북한 군인들이 러시아에 있다는 말은 안 믿는다.", "ko", "안 믿는다"),
    ("북한군 포로를 보여 준 사람은 아무도 없다.", "ko", "보여 준 사람은 아무도 없"),
])
def test_first_person_disbelief_and_nobody_has_shown_them_in_other_languages(text, lang, word):
    """The English idioms of disbelief ("I don't believe", "nobody has shown", "not a single
    photo") in French, German, Russian and Korean."""
    f, cues, _ = feats(text, lang)
    assert f["denial_own"] >= 1 and f"denial:{word}" in cues


def test_a_korean_present_or_hearsay_quotative_attributes_the_sentence():
    f, cues, _ = feats("크렘린은 북한군 파병이 가짜라고 하고, 미국은 아직 확인할 수 없다고 한다.", "ko")
    assert f["denial_own"] == 0 and f["denial_attr"] >= 1 and not f["own_voice"]
    assert not feats("북한군 파병은 가짜다.", "ko")[0]["attribution"]


@pytest.mark.parametrize("text,word", [
    ("Nobody has seen a single North Korean soldier in Kursk.", "nobody has seen"),
    ("Not one North Korean has been photographed on the battlefield.",
     "not one north korean has been photographed"),
    ("The whole North Korean troops story is a Ukrainian invention.", "invention"),
    ("The story of North Korean troops in Kursk was debunked long ago.", "was debunked"),
    ("The tales of North Korean troops don't hold water.", "don't hold water"),
    ("The North Korean battalions are unsupported by any evidence.", "unsupported by any evidence"),
    ("The so-called North Korean soldiers were never in Kursk.", "so-called"),
    ("The story of North Korean troops simply doesn't pass the smell test.", "smell test"),
    ("The North Korean battalions are smoke and mirrors.", "smoke and mirrors"),
    ("The figure of 12,000 North Korean soldiers came out of thin air.", "out of thin air"),
    ("The North Korean troops claim is an urban legend.", "urban legend"),
    ("I don't buy the North Korean troops story.", "i don't buy"),
    ("I'll believe in North Korean soldiers in Kursk when I see one.",
     "believe in north korean soldiers in kursk when i see"),
    ("Like Iraqi WMD, the North Korean army in Kursk will never be found.", "iraqi wmd"),
    ("The North Korean troop reports are recycled rumours.", "recycled rumours"),
    ("Western anti-Russian propaganda invented the North Korean soldiers.", "propaganda"),
    ("It is simply false that North Korean soldiers fight in Kursk.", "simply false"),
    ("The North Korean battalions are nowhere to be found.", "nowhere to be found"),
    ("The North Korean troops story is speculation dressed up as intelligence.", "dressed up as"),
    ("Seoul staged it for information operation purposes: North Korean troops.", "information operation"),
])
def test_more_english_doubt_in_the_texts_own_voice(text, word):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["denial_own"] == 1 and f"denial:{word}" in cues


@pytest.mark.parametrize("text,word", [
    ("I doubt the reports of North Korean soldiers in Kursk.", "i doubt the reports"),
    ("We very much doubt the North Korean troops story.", "we very much doubt the north korean troops story"),
    ("I doubt whether there are any North Korean soldiers in Kursk.", "i doubt whether there are"),
    ("There is good reason to doubt that North Korean soldiers are in Kursk.", "there is good reason to doubt"),
    ("We remain deeply skeptical that North Korean soldiers are in Kursk.", "we remain deeply skeptical"),
    ("It is highly doubtful that North Korean soldiers fight in Kursk.", "it is highly doubtful that"),
])
def test_plain_english_doubt_in_the_writers_voice(text, word):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["denial_own"] == 1 and f"denial:{word}" in cues


@pytest.mark.parametrize("text,lang,word", [
    ("Kyiv has yet to present any evidence of North Korean troops in Kursk.", "en",
     "yet to present any evidence"),
    ("Ukraine has not provided any evidence that North Korean soldiers are in Kursk.", "en",
     "not provided any evidence"),
    ("The story of North Korean troops was spread without offering a shred of proof.", "en",
     "without offering a shred of proof"),
    ("There is no solid evidence of North Korean soldiers in Kursk.", "en", "no solid evidence"),
    ("No photos or proof of the North Korean soldiers were ever shown.", "en", "no photos or proof"),
    ("Evidence of North Korean soldiers in Kursk was never presented.", "en",
     "evidence of north korean soldiers in kursk was never presented"),
    ("Es wurden keine konkreten Daten oder Beweise für nordkoreanische Soldaten vorgelegt.", "de",
     "keine konkreten daten oder beweise"),
    ("Beweise für nordkoreanische Soldaten in Kursk wurden nie vorgelegt.", "de",
     "beweise für nordkoreanische soldaten in kursk wurden nie vorgelegt"),
    ("Aucune donnée ou preuve n'a été fournie sur les soldats nord-coréens.", "fr", "aucune donnée ou preuve"),
    ("Les preuves de la présence de soldats nord-coréens n'ont jamais été présentées.", "fr",
     "preuves de la présence de soldats nord-coréens n'ont jamais été présentées"),
    ("Никаких конкретных данных или доказательств о северокорейских солдатах нет.", "ru",
     "никаких конкретных данных или доказательств"),
    ("Доказательств присутствия северокорейских военных не представлено.", "ru",
     "доказательств присутствия северокорейских военных не представлено"),
    ("Киев не представил никаких доказательств присутствия северокорейских солдат.", "ru",
     "не представил никаких доказательств"),
])
def test_evidence_that_was_not_given_is_doubt(text, lang, word):
    """"No evidence" with words between its parts, in English, German, French and Russian."""
    f, cues, _ = feats(text, lang)
    assert f["denial_own"] == 1 and f"denial:{word}" in cues


@pytest.mark.parametrize("text", [
    # the wire's neutral note on a claim, and evidence that was given
    "Zelensky did not provide evidence for the presence of North Korean troops.",
    "No more proof is needed: North Korean troops are in Kursk.",
    "Evidence of North Korean soldiers was presented by Kyiv, and it was never disputed.",
])
def test_evidence_not_given_without_any_or_a_judgement_is_no_doubt(text):
    assert feats(text)[0]["denial"] == 0


@pytest.mark.parametrize("text,word", [
    ("There is no real reason to doubt that North Korean soldiers were sent to Russia.",
     "no real reason to doubt"),
    ("There is little doubt that North Korean troops are in Kursk.", "little doubt that"),
    ("North Korean troops are undoubtedly in Kursk.", "undoubtedly"),
    ("Nobody seriously disputes that North Korean troops are in Kursk.", "nobody seriously disputes that"),
    ("The presence of North Korean soldiers in Kursk is no longer in dispute.", "no longer in dispute"),
    ("North Korean soldiers fought in Kursk, beyond reasonable doubt.", "beyond reasonable doubt"),
])
def test_doubt_ruled_out_is_a_booster_not_doubt(text, word):
    f, cues, _ = feats(text)
    assert f"booster:{word}" in cues and f["denial"] == 0


@pytest.mark.parametrize("text,lang,word", [
    ("La présence de soldats nord-coréens à Koursk est bien établie.", "fr", "bien établie"),
    ("Des soldats nord-coréens combattent bel et bien à Koursk.", "fr", "bel et bien"),
    ("L'envoi de troupes nord-coréennes n'est pas inventé.", "fr", "n'est pas inventé"),
    ("Dass nordkoreanische Soldaten in Kursk kämpfen, steht längst fest.", "de", "steht längst fest"),
    ("Die nordkoreanischen Soldaten in Kursk sind keine Erfindung.", "de", "sind keine erfindung"),
    ("Участие северокорейских военных в боях под Курском не вызывает сомнений.", "ru", "не вызывает сомнений"),
    ("Это уже не секрет: солдаты КНДР воюют под Курском.", "ru", "уже не секрет"),
    ("Sin duda, soldados norcoreanos combaten en Kursk.", "es", "sin duda"),
])
def test_certainty_and_doubt_ruled_out_in_other_languages(text, lang, word):
    f, cues, _ = feats(text, lang)
    assert f"booster:{word}" in cues and f["denial"] == 0


def test_the_french_sans_doute_is_no_certainty():
    # "sans doute" means "probably"
    cues = feats("Des soldats nord-coréens sont sans doute à Koursk.", "fr")[1]
    assert not any(c.startswith("booster") for c in cues)


@pytest.mark.parametrize("text", [
    "Ukrainian officers question the captured North Korean soldiers in Kursk.",
    "I do not doubt that North Korean soldiers are in Kursk.",
    "I doubt that North Korean soldiers will change the course of the war in Kursk.",
    "Analysts doubt that North Korean soldiers will change the course of the war, Reuters said.",
])
def test_doubt_words_that_are_not_the_writers_doubt_of_the_claim(text):
    assert feats(text)[0]["denial_own"] == 0


@pytest.mark.parametrize("text", [
    "The Pentagon said it had \"clear evidence\" of North Korean troops in Russia.",
    "Ukraine released what it called \"evidence\" of North Korean troops.",
])
def test_quoted_evidence_with_a_speaker_is_not_the_texts_doubt(text):
    assert feats(text)[0]["denial_own"] == 0


@pytest.mark.parametrize("text,word", [
    ("Kyiv presented its \"evidence\" of North Korean troops in Kursk.", "evidence"),
    ("Ukraine's HUR has once again ‘found’ North Korean troops near Kursk.", "found"),
    ("Seoul's 'intelligence' on North Korean soldiers is recycled.", "intelligence"),
])
def test_words_of_proof_in_ironic_quotation_marks_are_the_texts_doubt(text, word):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["denial_own"] == 1 and f'denial:"{word}"' in cues


@pytest.mark.parametrize("text,word", [
    ("DPRK soldiers in Kursk? Give me a break.", "give me a break"),
    ("Funny how nobody ever films these North Korean battalions.", "funny how"),
    ("Seoul, sinking in the polls, discovers North Korean soldiers in Russia: what a coincidence.",
     "what a coincidence"),
])
def test_sarcasm_is_ridicule(text, word):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["ridicule"] == 1 and f"ridicule:{word}" in cues


@pytest.mark.parametrize("text,word", [
    ("I don't buy Moscow's denials: North Korean soldiers are in Kursk.", "i don't buy"),
    ("The flimsy denials did not hide the North Korean troops.", "flimsy"),
    ("Nebenzya's insistence that the North Korean deployment was a lie aged badly.", "a lie"),
    ("Moscow's months of stonewalling about North Korean troops were a lie.", "a lie"),
])
def test_doubt_aimed_at_a_denial_named_after_it_is_not_doubt_of_the_claim(text, word):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["denial"] == 0 and f"doubt of the deniers:{word}" in cues


@pytest.mark.parametrize("text", [
    "Pyongyang is building a museum to the soldiers killed in Kursk, a monument to myth-making.",
    "I doubt the North Korean troops will change the course of the war.",
])
def test_words_near_doubt_that_do_not_doubt_the_claim(text):
    assert feats(text)[0]["denial"] == 0


@pytest.mark.parametrize("text,cue", [
    ("North Korean soldiers were given fake IDs to pose as Buryats.", "concealment:fake"),
    ("The North Korean troops in Kursk carry fake Russian military IDs.", "concealment:fake"),
    ("Pyongyang disguised its soldiers as Buryats with forged papers.", "concealment:forged papers"),
    ("North Korea sent troops to Russia under the pretext of military training.", "concealment:pretext"),
    ("North Korean state TV aired a propaganda film of its soldiers in Kursk.", "genre word:propaganda"),
    ("The deployment of North Korean troops has propaganda value for Pyongyang.", "genre word:propaganda"),
    ("Pyongyang is turning its soldiers' deaths in Kursk into propaganda.", "genre word:propaganda"),
    ("The North Korean soldiers were passed off as Siberians, a ruse that soon failed.", "concealment:ruse"),
])
def test_words_that_name_the_concealment_are_not_doubt(text, cue):
    f, cues, _ = feats(text)
    assert f["own_voice"] and f["denial"] == 0 and cue in cues


@pytest.mark.parametrize("text,word", [
    ("The SBU showed fake North Korean passports to prove its troops story.", "fake"),  # not Russian papers
    ("Seoul uses the North Korean soldiers story as a pretext to arm Kyiv.", "pretext"),  # not "under the"
    ("This propaganda film about North Korean soldiers was made by Ukrainian intelligence.", "propaganda"),
    ("Kyiv's propaganda video of North Korean soldiers is staged.", "propaganda"),
    ("The North Korean troops story is a smokescreen to hide Ukraine's losses.", "smokescreen"),
])
def test_doubt_of_the_claim_next_to_words_of_concealment_stays_doubt(text, word):
    f, cues, _ = feats(text)
    assert f["denial_own"] >= 1 and f"denial:{word}" in cues


def test_no_before_a_doubt_word_negates_it():
    f, cues, _ = feats("It is no myth: North Korean soldiers are fighting in Kursk.")
    assert f["denial"] == 0 and "negated doubt:myth" in cues
    # "no" that opens the doubt itself still voices doubt
    assert feats("There is no evidence that North Korean troops are in Kursk.")[0]["denial_own"] == 1


@pytest.mark.parametrize("text,word", [
    ("It's not a rumour anymore: the Pentagon confirmed North Korean troops in Kursk.", "rumour"),
    ("North Korean soldiers in Russia are no longer just rumours.", "rumours"),
])
def test_a_negated_english_hedge_is_no_distance(text, word):
    f, cues, _ = feats(text)
    assert f["hedge"] == 0 and f"negated hedge:{word}" in cues
    # without the negation the word keeps the text's distance
    assert feats("Rumours say North Korean soldiers are in Kursk.")[0]["hedge"] == 1


def test_a_negated_conditional_hedge_stays_a_hedge_outside_english():
    # Italian "non sarebbero" is still reported at a distance
    f, cues, _ = feats("I soldati nordcoreani non sarebbero ancora a Kursk.", "it")
    assert f["hedge"] == 1 and not any(c.startswith("negated hedge:") for c in cues)


def test_lying_in_a_bed_is_not_doubt():
    assert feats("A North Korean soldier was lying in a hospital bed in Kyiv.")[0]["denial"] == 0


@pytest.mark.parametrize("previous,text,lang,expected", [
    (["denies:rejected"], "Such statements are baseless conjecture.", "en", True),
    (["denies:dismissed"], "These latest Western claims are a smear.", "en", True),
    (["hedge:reportedly"], "Such statements are baseless conjecture.", "en", False),  # no denial before
    (["denies:rejected"], "It is a smear.", "en", False),  # no anaphoric opener
    (["denies:bestritt"], "Solche Behauptungen sind haltlos.", "de", False),  # English only
])
def test_a_sentence_continues_a_reported_denial(previous, text, lang, expected):
    assert continues_denial(text, lang, previous) is expected


@pytest.mark.parametrize("text,lang,relevant", [
    ("Korean troops reached Kursk last week.", "en", True),
    ("The Koreans in Kursk are taking losses.", "en", True),
    ("Seoul says NK troops are in Kursk.", "en", True),
    ("Корейцы воюют под Курском.", "ru", True),
    ("Soldiers of the Korean People's Army fought in the Kursk area.", "en", True),
    ("Бойцы Корейской народной армии воевали в Курской области.", "ru", True),
    ("Soldaten der Koreanischen Volksarmee kämpften in Kursk.", "de", True),
    ("Soldiers of the Democratic People's Republic of Korea were sent to Russia.", "en", True),
    ("Soldaten der DVRK sollen in Russland sein.", "de", True),
    ("Des soldats de la République populaire démocratique de Corée auraient été envoyés en Russie.", "fr", True),
    ("Des soldats de la RPDC auraient été envoyés en Russie.", "fr", True),
    ("Солдаты Корейской Народно-Демократической Республики воюют под Курском.", "ru", True),
    ("조선민주주의인민공화국 병사들이 쿠르스크에서 싸웠다.", "ko", True),
    ("Republic of Korea soldiers held a drill.", "en", False),
    ("South Korean troops held a drill near Seoul.", "en", False),
    ("South Koreans protested against the war.", "en", False),
])
def test_war_shorthand_and_official_names_refer_to_north_korea(text, lang, relevant):
    assert bool(feats(text, lang)[0]["relevant"]) is relevant


@pytest.mark.parametrize("pattern,branches", [
    (r"\b(a|pure) fabrication\b", [r"\ba fabrication\b", r"\bpure fabrication\b"]),
    (r"\bunbelegt\w*|\bunbewiesen\w*", [r"\bunbelegt\w*", r"\bunbewiesen\w*"]),
    (r"(ab)?c", ["abc", "c"]),
    (r"\b[șs]tiri false\b", [r"\bștiri false\b", r"\bstiri false\b"]),
    (r"\bs?fabrykowa", [r"\bsfabrykowa", r"\bfabrykowa"]),
    (r"\b(a|b)*c", [r"\b(a|b)*c"]),        # a repeated group is left whole
    (r"[a-z]x|(?<!x)y", ["[a-z]x", "(?<!x)y"]),  # so are ranges and lookarounds
])
def test_branches_split_patterns_so_they_start_with_a_letter(pattern, branches):
    assert _branches(pattern) == branches
    text = "a fabrication; pure fabrication unbelegte unbewiesen abc c știri false sfabrykowa abac zx y"
    assert [m.span() for m in re.finditer("|".join(branches), text)] == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("text,group", [
    ("Russia to deploy 10,000 North Korean troops in Ukraine: Zelensky", "Ukraine"),
    ("North Korean soldiers killed in Kursk: Pentagon", "US"),
    ("North Korean troops in Kursk: South Korean intelligence", "South Korea"),
    ("Ukraine accuses North Korea of sending troops to Russia", "Ukraine"),
])
def test_headline_sources_and_accusations_attribute(text, group):
    f, cues, g = feats(text)
    assert not f["own_voice"] and g == group


@pytest.mark.parametrize("text", ["BREAKING: North Korean troops in Kursk", "Update: North Korean troops reached Kursk",
                                  "The reason is simple: North Korea."])
def test_a_label_before_a_colon_is_not_a_source(text):
    assert feats(text)[0]["own_voice"]


@pytest.mark.parametrize("text,lang,own", [
    ("Memorials dedicated to the fallen North Korean soldiers stand in Kursk.", "en", True),
    ("Nordkorea hat so viele Soldaten nach Russland geschickt.", "de", True),
    ("Die Soldaten seien in Kursk, so der Sprecher.", "de", False),
    ("Il secondo giorno di combattimenti i soldati nordcoreani avanzarono.", "it", True),
    ("Secondo il Pentagono, i soldati nordcoreani sono 11.000.", "it", False),
    ("也就是说，朝鲜士兵已经抵达库尔斯克。", "zh", True),
    ("他说，朝鲜士兵已经抵达库尔斯克。", "zh", False),
    ("نشر موقع مقالا عن الجنود الكوريين الشماليين في كورسك", "ar", True),
    ("وقال المتحدث إن الجنود الكوريين الشماليين في كورسك", "ar", False),
])
def test_attribution_words_do_not_fire_inside_other_words(text, lang, own):
    assert bool(feats(text, lang)[0]["own_voice"]) is own


def test_a_pattern_that_starts_with_no_letter_keeps_its_place():
    for pats in ([r"(?<=\s)ab", "abc"], ["abc", r"(?<=\s)ab"], [r"\w+", "ab"], ["ab", r"\w+"]):
        plain = re.compile("|".join(f"(?:{p})" for p in pats))
        assert _alt(pats).findall("x abc abd") == plain.findall("x abc abd"), pats


@pytest.mark.parametrize("text,lang", [
    ("No, this video does not show North Korean soldiers deserting in Kursk.", "en"),
    ("Non, cette photo ne montre pas des soldats nord-coréens tués à Koursk.", "fr"),
    ("Das Video zeigt keine nordkoreanischen Soldaten in Kursk.", "de"),
    ("Это видео не показывает северокорейских солдат под Курском.", "ru"),
])
def test_a_picture_that_does_not_show_the_soldiers_negates_the_picture_not_the_claim(text, lang):
    f, cues, _ = feats(text, lang)
    assert f["negated_deployment"] == 0 and any(c.startswith("picture not showing:") for c in cues)


def test_no_video_of_the_soldiers_is_still_a_negation():
    assert feats("There is no video showing North Korean soldiers in Kursk.")[0]["negated_deployment"] == 1


EIGHT_LANGUAGES = [
    ("nl", "Noord-Korea heeft naar verluidt duizenden soldaten naar Rusland gestuurd.", "naar verluidt",
     "Het verhaal over Noord-Koreaanse soldaten in Rusland is pure propaganda en nepnieuws.", "nepnieuws"),
    ("hu", "Észak-Korea állítólag katonákat küldött Oroszországba.", "állítólag",
     "Az észak-koreai katonákról szóló hír Oroszországban hazugság.", "hazugság"),
    ("sk", "Severná Kórea podľa nepotvrdených správ poslala vojakov do Ruska.", "nepotvrdených",
     "Správy o severokórejských vojakoch v Rusku sú výmysel.", "výmysel"),
    ("fi", "Pohjois-Korea on väitetysti lähettänyt sotilaita Venäjälle.", "väitetysti",
     "Tarina pohjoiskorealaisista sotilaista Venäjällä on valhe.", "valhe"),
    ("sv", "Nordkorea uppges ha skickat soldater till Ryssland.", "uppges",
     "Historien om nordkoreanska soldater i Ryssland är en lögn.", "lögn"),
    ("da", "Nordkorea har angiveligt sendt soldater til Rusland.", "angiveligt",
     "Historien om nordkoreanske soldater i Rusland er løgn.", "løgn"),
    ("lt", "Šiaurės Korėja neva išsiuntė karius į Rusiją.", "neva",
     "Pasakojimas apie Šiaurės Korėjos karius Rusijoje yra melas.", "melas"),
    ("vi", "Triều Tiên được cho là đã gửi binh sĩ sang Nga.", "được cho là",
     "Tin về binh sĩ Triều Tiên ở Nga là tin giả.", "tin giả"),
]


@pytest.mark.parametrize("lang,hedged,hedge,doubted,doubt", EIGHT_LANGUAGES)
def test_eight_more_languages_have_their_own_cues(lang, hedged, hedge, doubted, doubt):
    f, cues, _ = feats(hedged, lang)
    assert f["relevant"] and f"hedge:{hedge}" in cues
    f, cues, _ = feats(doubted, lang)
    assert f["relevant"] and f["denial_own"] and f"denial:{doubt}" in cues
    assert f"hedge:{hedge}" not in feats(hedged, "en")[1]  # matched in their own language only
    assert lang in CUE_LANGS


def test_a_languages_own_patterns_do_not_fire_in_another_language():
    # Hungarian "nem" (not) is a negator in Hungarian texts only; Portuguese "nem" (nor) is left alone
    hu = "Nem küldött katonákat Észak-Korea Oroszországba."
    assert feats(hu, "hu")[0]["negation"] == 1 and feats("Nem sempre é assim.", "pt")[0]["negation"] == 0
    assert X.about_claim("Észak-Korea katonái Kurszkban harcolnak.", lang="hu")
    assert not X.about_claim("Észak-Korea katonái Kurszkban harcolnak.", lang="en")
    lex = Lexicon()
    lex.by_language["xx"] = {"hedges": [r"\bzorp\b"]}  # a user's own language
    ex = CueExtractor(lex)
    assert "hedge:zorp" in ex.sentence("North Korean troops zorp fight in Kursk.", "xx")[1]
    assert "hedge:zorp" not in ex.sentence("North Korean troops zorp fight in Kursk.", "en")[1]
    assert ex.patterns("en") is ex.p and ex.patterns("xx") is ex.patterns("xx")  # compiled once


@pytest.mark.parametrize("lang,text,relevant", [
    ("da", "Nordkorea har sendt 12.000 mand til Rusland.", True),
    ("da", "Nordkorea sendte droner over grænsen til Sydkorea.", False),  # sending, but not to Russia
    ("nl", "Noord-Korea heeft 12.000 man naar Rusland gestuurd.", True),
    ("sv", "Nordkorea skickade ballonger med sopor till Sydkorea.", False),
    ("sv", "Kim Jong Uns far dog 2011.", False),  # a death, but no soldier
])
def test_sending_counts_when_it_is_to_russia_or_the_front(lang, text, relevant):
    assert X.relevant(text, lang) is relevant
