"""Answer texts of the lesson notebook (``notebooks/05_lesson.ipynb``), written for the bundled
teaching corpus (``corpus/teaching``; numbers checked against it).

They live here, not in the notebook, so that the student handout (``show_answers=False``)
does not print them as code. Instructors using their own corpus pass their own texts:
``Answers(show, texts={"doubt": "...", "sources": "...", "syndication": "...", "framing": "..."})``.
"""
from __future__ import annotations

TEACHING_CORPUS: dict[str, str] = {
    "doubt": """\
Ways outlets signal doubt in this corpus (any three are a full answer):

1. **Hedging adverbs and phrases**: *reportedly*, *allegedly*, *according to*, *could not
   (independently) verify* — used by the wire, the newspapers and the aggregator while a
   claim is unconfirmed.
2. **Distancing attribution**: the claim is handed to a source with a distancing verb
   (*claims*, *claimed*) instead of *said* or *confirmed* (state media: "the absurd claims of
   the puppets").
3. **Scare quotes**: *"evidence"*, *"proof"*, *"confessions"* — the quotation marks say
   "so they call it" (state media, the alternative site, forum users).
4. **Dismissive labels**: *so-called*, *fake*, *staged*, *ghost army*, *psyop*.
5. **Evasion**: *not aware of the situation* (Chinese state media), questions instead of statements.

Careful outlets hedge *what is not yet confirmed* and state it as fact once it is; state
media and the alternative site doubt *in their own voice* — until North Korea's own
acknowledgement in April 2025, after which state media praise the same soldiers.
""",
    "sources": """\
The wire and the newspapers spread their quotes over both sides of the dispute: Ukraine,
South Korea, the US and NATO, but also the Kremlin's and Pyongyang's denials, each
attributed, plus experts. State media quote mostly Russian, North Korean and Chinese
officials and friendly experts; Ukrainian, South Korean and US voices together make up
only about a tenth of their quotes, usually to reject them. Much of what the alternative site
and the forum quote comes from speakers the program could not place (*unknown*: unnamed
"researchers", users, the site's own writers). Whoever is quoted sets the terms of the
story: a one-sided choice of sources can make a claim look proven or absurd without a single
false sentence. (The speaker groups are found by a program: check a few quotes by hand.)
""",
    "syndication": """\
NewsPile Aggregator republishes six Meridian Wire stories with new headlines and some
boilerplate ("Read more"); two Capital Ledger stories (the Pentagon's evidence, the first
prisoners) also run in Meridian Wire, NewsPile and the Thames Chronicle. Compare the first
paragraphs, the quotes and the numbers: identical quotes and figures give a copy away, even
under a different headline. Ten outlets "reporting" a claim may be one source repeated ten
times: count stories, not headlines.
""",
    "framing": """\
*Troops* (and *soldiers*) is the everyday, military word of the wire and the newspapers: a
state sends its army. *Mercenaries* appears only once, and not for the North Korean soldiers:
Pyongyang Torch calls the *other side* "the mercenaries of the Kyiv regime" — a label can be
turned around to deny the enemy a legitimate army. *Ghost army* belongs to the alternative
site and the forum: soldiers nobody can see, so the deployment is a hoax; the phrase mocks
the claim rather than arguing against it. State media avoid all three for months, then speak
of *fighters*, *heroes* and *comrades* after April 2025. A single word can carry a whole argument.
""",
}
