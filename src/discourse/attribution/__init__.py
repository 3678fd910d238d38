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
'X teilte mit, …', '…, teilte X mit.', '…, hieß es weiter.' (the source quoted before) and
'…, hieß es aus X.', 'laut X …' (an English name keeps its 'for the'), 'X zufolge …', 'nach
Angaben/Einschätzung/Ansicht des X hat …' (the speaker ends at the verb), 'nach eigenen Angaben'
and 'den Angaben zufolge' (the one just quoted), 'Wie X mitteilte, …' and '…, wie X mitteilte.',
and a sentence in Konjunktiv I right after a quote ('Zudem hätten sie Papiere erhalten.') goes on
with that quote's speaker;
Russian 'X заявил, что …', 'по словам/мнению/оценке X, …', 'по его словам, …', 'Как
сообщил/считает X, …', 'Как сообщили в X, …', '…, — рассказала X.' (not a negated verb: 'не
уточнили, откуда …'), 'в котором говорится, что …' (the clause before speaks) and 'В сообщении
подчеркивается, что …' (the one quoted last); Korean '…다고 밝혔다/말했다/주장했다/전했다' with the
subject (은/는) earlier in the sentence, 'X에 따르면 …'; French 'X a déclaré que …', 'X a indiqué ne
pas être …' (an infinitive clause), 'selon X, …', 'Pour le chercheur X, …' (a person or a body,
not 'Pour la première fois'), and after a quote only the press verbs 'analyse', 'note',
'observe', 'poursuit' … ('« … », analyse X'). An apposition or a relative clause after an
'according to' speaker ('According to X, a lecturer at Y, …', 'Selon Kiev, qui cite …,')
describes the speaker and is not part of the claim; one inside the sentence ('Второй, по данным
ведомства, пока не дает …') credits the rest of the sentence, one at its end with an apposition
('…, according to Major X, the commander of …') the clause before; a saying or a plan ('selon
l'expression consacrée') is no source. A second verb coordinated with 'and', 'und',
'et', 'и' shares the subject of the first ('Le ministère a qualifié … de « provocation » et a
assuré que …'). In English a subject with an apposition ('The governor, Oleh Syniehubov, said
the attack …') speaks the clause after the verb (the name in the apposition is its speaker),
while '…, said Colonel X, who commands …' is an inversion.

Speakers: pronouns ("he said", "er", "она", "그는") take the last speaker of the same paragraph or
the one before; where there is none, "we" is the issuer of a statement or message the text
introduced ("… made public the following press statement: … We warn that …") and "they" the
participants that last opened a sentence ("The speakers congratulated …"); in German, French and
Russian "er", "il", "он" take the person a sentence of the paragraph (or the one before) named
with a role ("Kremlsprecher Dmitri Peskow wies die Berichte zurück") if no one was quoted since;
in English "he" and "she" take the last person quoted or named as a sentence's subject ("Respected
Comrade Kim Jong Un, general secretary of …, inspected") in that or the three paragraphs before,
never an institution or a plural, nor a person a title or a name gives the other gender ("Ms.",
"Mr.", Kim Jong Un); "il", "elle", "он", "она" skip a speaker of the other gender too (by a title,
"M.", "Mme", a feminine role noun, "Sprecherin", "chercheuse", "жительница", or a Russian
surname, "Захарова", "Песков"). A bare surname ("Lin said") takes an earlier speaker of the document whose
name contains it, else the group of the words that introduced it at its first mention ("Der
Korea-Experte der Universität Münster, Jonas Petersen, …"); a definite description without a group
("the agency") takes the group of its last earlier mention in the document ("South Korea's
intelligence agency"), or if none, a short one ("the agency", "das Ministerium") that of the
institution quoted last in that or the three paragraphs before; a bare title takes that of the
name after its last mention ("the Chairman" after "Chairman Kim Jong Il visited"); in English "the
message" speaks for (and is credited to) whoever last sent or issued one, or from whom one was
received, "the reporter" is whoever last made a report, an article of a newspaper digest ("Rodong
Sinmun" / "- An article says …") is the paper's, and a sentence that opens with time adverbials
("One day in May, Juche 73 (1984), Chairman …") still names its subject; a French inverted pronoun
("a-t-il ajouté") and a Korean surname with a title ("김 위원장", after "김정은 국무위원장") take the speaker
or group before them. English speaker phrases lose a dateline, opening connectives ("And he",
"Then", "Meanwhile") and auxiliaries ("he has already"); a relative pronoun speaks for its
antecedent ("the U.S., which has claimed"); a participle after a comma ("…, saying that") takes
the subject of the short clause before it, else of the main clause, and after a trailing
attribution ("…, he said, adding that …") is a second quote; adverbs or a participle phrase
between a subject and its verb ("Jo, a secretary of the Central Committee, courteously reported")
are not the speaker; a passive ("It can be said that", "has been firmly maintained"), a phrase
with a finite verb in it, or one that opens with a preposition after the verb ("called on its
allies") is no speaker; a quotation after "titled" is a title, not a quote. The group comes from
:func:`discourse.sources.source_group` on the speaker and its apposition; an explicit anonymity
cue in the sentence ("speaking on condition of anonymity") makes it "anonymous". A local office, a
lawmaker, a military rank, a resident or a bare name with no group of its own (and in English a
sentence's subject with a title of office, "Foreign Minister X held talks", for a later "he")
takes the country of the text's opening dateline ("KHARKIV, Ukraine (AP) —", "SEOUL, Oct. 18
(Yonhap) --", "Seoul (npa) –", "МОСКВА, 24 октября. /ТАСС/.", a regional paper's "МОСКВА."; the
rules read the first sentence from after its dateline, and a paragraph from after a live blog's
time stamp, "11.20 Uhr –"); without a dateline, an office or official takes the country of the
outlet (the corpus's ``country`` column, from outlets.csv), but a rank or a bare name does not, as
foreign outlets quote them as often; a former or retired official, or one whose phrase names a
country outside the groups ("Prime Minister of Japan", "Laotian"), takes neither. A description in
a sentence that opens with a place ("In Seoul, officials said", "À Kiev, le renseignement
militaire a indiqué") takes the place's group, and an unqualified "Ministry of National Defence"
is the North's in a text from the North (its dateline or its outlet). A diplomat's host country is
not their group ("Russia's ambassador to South Korea" is Russian). Otherwise unknown speakers get
"unknown".

Modules, in the order a document passes them: :mod:`.sentences` (paragraphs into sentences,
quotation interiors masked), :mod:`.direct` and :mod:`.indirect` (the rules that find an
attribution), :mod:`.speaker` (the speaker phrase next to a reporting verb), :mod:`.resolve`
(pronouns, surnames, descriptions and groups), :mod:`.extract` (the stage, :func:`quotes`) and
:mod:`.profile` (:func:`source_profile`); the rules' words and regular expressions are in
:mod:`.patterns`.
"""
from .extract import MAX_CHARS, QUOTE_COLUMNS, RULE_LANGS, quotes
from .patterns import UNKNOWN
from .profile import PROFILE_COLUMNS, source_profile

__all__ = ["MAX_CHARS", "PROFILE_COLUMNS", "QUOTE_COLUMNS", "RULE_LANGS", "UNKNOWN", "quotes", "source_profile"]
