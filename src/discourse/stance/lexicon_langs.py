"""Cue lexicons of eight more languages: nl, hu, sk, fi, sv, da, lt, vi.

One dict per language with the categories of :mod:`discourse.stance.lexicon` (``north_korea``,
``deployment``, ``russia_war``, ``hedges``, ``denial``, ``boosters``, ``deny_verbs``,
``attribution``, ``negation``). Unlike the shared lists there, these patterns are matched only
in texts of their own language (:class:`discourse.stance.cues.Lexicon` ``by_language``): a short
negator or a word with a second meaning in another language ("nem", "ne", "nga", "tuyên
truyền") then cannot fire elsewhere.

Patterns are regular expressions matched on the lower-cased sentence. They were drafted for
the project by a writer who saw neither the project's texts nor its evaluation sets, checked
against sentences of their own (neutral confirmed news, hedged reports, doubt, reported
denials, unrelated war news, traps such as the Dutch future "zou" or the Swedish "ska"), and
measured on benchmarks/data/stance_check_7*.jsonl. Bare verbs of sending and general words of
death and loss were then left out of ``deployment``, as the English list leaves them out: with
them, a sentence on North Korea sending drones, or on any death, counted as one about the soldiers. Text should be in Unicode NFC (precomposed
letters); decomposed accents break the word boundaries. Stem plus ``\\w*`` is used where the stem
is safe; ``(?:\\S+ ){0,n}?`` is a short word window.
"""


CATS = ["north_korea", "deployment", "russia_war", "hedges", "denial",
        "boosters", "deny_verbs", "attribution", "negation"]

# ---------------------------------------------------------------------------
# Dutch (nl)
# ---------------------------------------------------------------------------
# Past participle as used in the "zou(den) ... hebben/zijn + participle"
# hearsay check: a word with ge-/be-/ver-/ont- (also inside separable verbs:
# in-ge-zet, om-ge-komen) ending in -d, -t or -en.  "gevolgen" is excluded
# because "zou gevolgen hebben" (= would have consequences) is conditional.
_NL_PART = r"(?!gevolg)\w*(?:ge|be|ver|ont)\w*(?:d|t|en)"

NL = {
    "north_korea": [
        r"\bnoord[- ]?korea\w*",          # Noord-Korea, Noord-Koreaanse, Noord-Koreanen, noordkoreaans
        r"\bdvk\b",                        # Democratische Volksrepubliek Korea
        r"\bdemocratische volksrepubliek korea\b",
        r"\bpyongyang\w*",
        r"\bpjongjang\w*",
        r"\bkim jong[- ]?(?:un|oen)\w*",
        # "Koreaanse soldaten" only when not preceded by "Zuid-"
        r"(?<!zuid-)\bkoreaanse (?:soldaten|militairen|troepen|strijders|huurlingen)\b",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:gestuurd|stuurt|stuurde\w*|gezonden|zond\w*) .{0,30}\bnaar (?:rusland|koersk|kursk|het front)\b",
        r"\bnaar (?:rusland|koersk|kursk|het front) (?:\S+ ){0,2}?(?:gestuurd|gezonden)\b",
        r"\w*solda(?:at|ten)\b",          # soldaat, soldaten, huursoldaten, elitesoldaten
        r"\btroepen\w*",                  # troepen, troepenmacht (not "troep" = mess)
        r"\bmilitairen\b",                # noun only; adjective "militaire" is too broad
        r"\bmanschappen\b",
        r"\beenheden\b",
        r"\bbataljon\w*",
        r"\bbrigade\w*",
        r"\bhuurling\w*",
        r"\bstrijder\w*",
        r"\bingezet\b",
        r"\bgestationeerd\w*",
        r"\bstationering\w*",
        r"\bkrijgsgevangen\w*",
        r"\bgevangen(?:e|en|genomen)?\b",
        r"\bgevangen genomen\b",
        r"\bgesneuveld\w*",
        r"\bgedood\b",
        r"\bomgekomen\b",
        r"\bgewond\w*",
        r"\bfront\w*",
        r"\bkoersk\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\brusland\w*",
        r"\brussisch\w*",
        r"\brussen\b",
        r"\brus\b",
        r"\boekra[iï]\w*",                # Oekraïne, Oekraïens(e), Oekraïners
        r"\bmoskou\w*",
        r"\bkremlin\w*",
        r"\boorlog\w*",
        r"\bkoersk\w*",
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\bnaar verluidt\b",
        r"\bvolgens\b",
        r"\bzou(?:den)? volgens\b",
        # hearsay "zou(den) ... hebben/zijn + participle" (V2 order) ...
        r"\bzou(?:den)? (?:[^\s,;:]+ ){0,8}?(?:hebben|zijn) " + _NL_PART + r"\b",
        # ... and "zou(den) ... participle + hebben/zijn" (verb-final order)
        r"\bzou(?:den)? (?:[^\s,;:]+ ){0,8}?" + _NL_PART + r" (?:hebben|zijn)\b",
        r"\bvermeend\w*",                 # alleged
        r"\bvermoedelijk\w*",
        r"\bzogenaamd\w*",
        r"\bzogezegd\b",
        r"\bnaar (?:het )?schijnt\b",
        r"\bwordt (?:\S+ )?gezegd\b",
        r"\bonbevestigd\w*",
        r"\bniet[- ]bevestigd\w*",
        # "kon niet (onafhankelijk) worden geverifieerd/bevestigd"
        r"\bniet (?:\S+ ){0,3}?(?:geverifieerd|verifi[eë]ren|bevestigd|gecontroleerd)\b",
        r"\bgerucht\w*",
    ],
    "denial": [
        r"\bnep(?:nieuws|bericht\w*|video\w*)?\b",
        r"\bfake\w*",
        r"\bhoax\w*",
        r"\bpropagand\w*",
        r"\bverzin\w*",                   # verzinnen, verzinsel
        r"\bverzonnen\b",
        r"\bgefabriceerd\w*",
        r"\bfabricage\w*",
        r"\buit de duim gezogen\b",
        r"\bleugen\w*",
        r"\bgelogen\b",
        r"\bdesinformatie\w*",
        r"\bdisinformatie\w*",
        r"\bprovoc\w*",
        r"\bpsyop\w*",
        r"\binformatieoperatie\w*",
        r"\bpsychologische oorlog\w*",
        r"\bgeen (?:enkel |enige )?bewijs\w*",
        r"\bzonder (?:enig |enige )?bewijs\w*",
        r"\bgeen (?:enkele )?aanwijzing\w*",
        r"\bonzin\w*",
        r"\bnonsens\w*",
        r"\bkletskoek\b",
        r"\babsurd\w*",
        r"\bbelachelijk\w*",
        r"\b(?:be)?laster\w*",            # laster, lastercampagne, belasteren
    ],
    "boosters": [
        r"(?<!niet )\bbevestig\w*",       # not "niet bevestigd"; "onbevestigd" has no \b before "bevestig"
        r"\boffici[eë]l\w*",
        r"\btoegegeven\b",
        r"\btoegeven\b",
        r"\b(?:geeft|gaf|gaven|geven) (?:\S+ ){0,4}?toe\b",
        r"\berken(?:d|t|de|den|nen|ning)\b",
        r"\bvoor het eerst\b",
        r"\bzonder (?:enige )?twijfel\b",
        r"\bongetwijfeld\b",
        r"\bgeen geheim\b",
    ],
    "deny_verbs": [
        r"\bontken\w*",
        r"\bverwerp\w*",
        r"\bverwierp\w*",
        r"\bverworpen\b",
        r"\bafgewezen\b",
        r"\bafwijz\w*",
        r"\b(?:wijst|wees|wezen) (?:\S+ ){0,4}?af\b",
        r"\bweerleg\w*",
        r"\bvan de hand\b",               # van de hand wijzen / gewezen
    ],
    "attribution": [
        r"\bzei(?:den)?\b",
        r"\bzegt\b",
        r"\bzeggen\b",
        r"\bgezegd\b",
        r"\bverkla(?:ar|ren|ring)\w*",    # verklaart, verklaarde, verklaren, verklaring
        r"\bvertel\w*",                   # vertelde, verteld
        r"\baangekondigd\b",
        r"\bkondig\w* (?:\S+ ){0,5}?aan\b",
        r"\bbekendgemaakt\b",
        r"\bmaakt(?:e|en)? (?:\S+ ){0,5}?bekend\b",
        r"\b(?:ge)?meld\w*",              # meldt, meldde, melden, gemeld
        r"\b(?:ge)?bericht\w*",           # berichtte, bericht, berichten
        r"\bschrijf\w*",
        r"\bschreef\b",
        r"\bschreven\b",
        r"\bgeschreven\b",
        r"\bbewe(?:er\w*|ren|ring\w*)",   # beweert, beweerde, bewering (not "beweging")
        r"\bstel(?:t|de|den)\b",
        r"\bvolgens\b",
        r"\baldus\b",
        r"\bgeciteerd\b",
        r"\bciteer\w*",
        r"\b(?:met|onder) verwijzing naar\b",
        r"\binterview\w*",
        r"\b(?:liet|lieten|laat|laten) (?:\S+ ){0,4}?weten\b",
    ],
    "negation": [
        r"\bniet\b",
        r"\bgeen\b",
        r"\bnooit\b",
        r"\bniemand\b",
        r"\bniets\b",
        r"\bnee\b",
    ],
}

# ---------------------------------------------------------------------------
# Hungarian (hu)
# ---------------------------------------------------------------------------
HU = {
    "north_korea": [
        r"\bészak[- ]?korea\w*",          # Észak-Korea(-ba, -nak), észak-koreai(ak)
        r"\bkndk\b",                      # KNDK, KNDK-ba (hyphen gives \b)
        r"\bkoreai népi demokratikus köztársaság\w*",
        r"\bphenjan\w*",
        r"\bkim dzsong[- ]?un\w*",
        r"\bkim jong[- ]?un\w*",
        # "koreai katonák" when not "dél-koreai"
        r"(?<!dél-)\bkoreai (?:katon|csapat|harcos|zsoldos)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:ki)?küld\w* .{0,30}\b(?:oroszországba|kurszkba|a frontra)\b",
        r"\b(?:oroszországba|kurszkba|a frontra) (?:\S+ ){0,2}?(?:ki)?küld\w*",
        # katona, katonák, katonát, katonáit, katonaság; not the adjective "katonai"
        r"\bkaton[aá](?!i\b)\w*",
        r"\bcsapat\w*",
        r"\begység(?!es)\w*",             # unit(s); not "egységes" (uniform)
        r"\bzászlóalj\w*",
        r"\bdandár\w*",
        r"\bhadosztály\w*",
        r"\bzsoldos\w*",
        r"\bharcos\w*",
        r"\bbevet\w*",                    # bevetés, bevetették
        r"\bvet\w* be\b",                 # separable: vetették be
        r"\bvezényel\w*",
        r"\bvezényl\w*",
        r"\bhadifog\w*",
        r"\bfogoly\w*",
        r"\bfogly\w*",                    # foglyok, foglyul ejtett
        r"\bfogságba\w*",
        r"\belfogott\w*",
        r"\belesett\w*",
        r"\bmegölt\w*",
        r"\bsebesült\w*",
        r"\bmegsebesült\w*",
        r"\bfront\w*",
        r"\bkurszk\w*",
    ],
    "russia_war": [
        r"\borosz\w*",                    # orosz, oroszok, Oroszország(ba)
        r"\bukrajn\w*",
        r"\bukrán\w*",
        r"\bmoszkv\w*",
        r"\bkreml\w*",
        r"\bháború\w*",
        r"\bkurszk\w*",
    ],
    "hedges": [
        r"\bállítólag\w*",                # állítólag, állítólagos (not "állít" = state)
        r"\bszerint\w*",                  # according to; szerinte, szerintük
        r"\bértesülés\w*",
        r"\búgy tudni\b",
        r"\búgy tudja\w*",
        r"\búgy hírlik\b",
        r"\bfeltehetően\b",
        r"\bfeltehetőleg\b",
        r"\bfeltételezhetően\b",
        r"\bvélhetően\b",
        r"\bfeltételezett\w*",            # "a feltételezett észak-koreai katonák"
        r"\bmegerősítetlen\w*",           # unconfirmed
        r"\bnem erősített\w* meg\b",
        r"\bellenőrizetlen\w*",
        r"\bnem (?:\S+ ){0,3}?ellenőriz\w*",  # nem lehetett ellenőrizni
        r"\bfüggetlen forrásból\b",
        r"\bhíresztelés\w*",
        r"\bpletyk\w*",
        r"\bszóbeszéd\w*",
    ],
    "denial": [
        r"\bhamis\w*",                    # hamis, hamisítvány, hamisítás
        r"\bálhír\w*",
        r"\bfake\w*",
        r"\bhoax\w*",
        r"\bpropagand\w*",
        r"\bkitalált\w*",
        r"\bkitaláció\w*",
        r"\bkoholmány\w*",
        r"\bkoholt\w*",
        r"\bhazu[gd]\w*",                 # hazugság, hazug, hazudik
        r"\bdezinformáci\w*",
        r"\bprovokáci\w*",
        r"\bprovokatív\w*",
        r"\bpsyop\w*",
        r"\bpszichológiai hadviselés\w*",
        r"\binformációs (?:had)?művelet\w*",
        r"\bnincs\w* (?:\S+ ){0,2}?bizonyíték\w*",
        r"\bsemmi(?:lyen|féle)? bizonyíték\w*",
        r"\bbizonyíték nélkül\w*",
        r"\bostobaság\w*",
        r"\bnonszensz\w*",
        r"\bképtelenség\w*",
        r"\bbadarság\w*",
        r"\babszurd\w*",
        r"\bnevetséges\w*",
        r"\brágalm\w*",
        r"\blejárató\w*",                 # lejárató kampány; not "lejárat" (expiry)
    ],
    "boosters": [
        r"(?<!nem )\bmegerősít(?!etlen)\w*",   # megerősítette; not "megerősítetlen"
        r"(?<!nem )\berősített\w* meg\b",
        r"\bhivatalos\w*",
        r"\belismer\w*",
        r"\bbeismer\w*",
        r"\bismer\w* (?:be|el)\b",        # ismerte el / be
        r"\belőször\b",
        r"\bkétségtelen\w*",
        r"\bkétségkívül\b",
        r"\bkétség nélkül\b",
        r"\bnem titok\b",
        r"\bnyílt titok\w*",
    ],
    "deny_verbs": [
        r"\btagad\w*",
        r"\bletagad\w*",
        r"\bcáfol\w*",
        r"\belutasít\w*",
        r"\bvisszautasít\w*",
        r"\butasít\w* (?:el|vissza)\b",
    ],
    "attribution": [
        r"\bmond(?:ta|ják|ták|ja|ott|otta)\b",
        r"\bnyilatkoz\w*",
        r"\bköz(?:öl\w*|li\w*|lés\w*|lemény\w*)",  # not "közlekedés"
        r"\bbejelent\w*",
        r"\bjelent\w* be\b",
        r"\bjelentett\w*",
        r"\bjelenti\b",
        r"\bjelentés\w*",
        r"\b(?:írt|írj)(?:a|ák)\b",
        r"\bállít(?!ólag)\w*",            # állította, állítják; not "állítólag"
        r"\bszerint\w*",
        r"\bhivatkoz\w*",
        r"\binterjú\w*",
        r"\btájékoztat\w*",
        r"\bhangsúlyoz\w*",
        r"\bfogalmaz\w*",
    ],
    "negation": [
        r"\bnem\b",
        r"\bsem\b",
        r"\bne\b",
        r"\bnincs\w*",
        r"\bsoha\b",
        r"\bsenki\b",
        r"\bsemmi\w*",
    ],
}

# ---------------------------------------------------------------------------
# Slovak (sk)
# ---------------------------------------------------------------------------
SK = {
    "north_korea": [
        r"\bsevern\w* kóre\w*",           # Severná Kórea, Severnej Kórey/Kórei, Severnú Kóreu
        r"\bseverokórej\w*",              # severokórejský, severokórejskí, severokórejských
        r"\bkľdr\b",                      # Kórejská ľudovodemokratická republika
        r"\bkórejsk\w* ľudovodemokratick\w*",
        r"\bpchjongjang\w*",
        r"\bpjongjang\w*",
        r"\bkim (?:čong|jong)[- ]?un\w*",
        # "kórejskí vojaci"; "juhokórejskí" is one word, so \b excludes it
        r"\bkórejsk\w* (?:vojac|vojak|vojsk|jednot|žoldnier)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:posla|vysla)\w* .{0,30}\bdo (?:ruska|kurska)\b",
        r"\bvojak\w*",                    # vojak, vojakov, vojakmi
        r"\bvojac\w*",                    # vojaci
        r"\bvojsk\w*",                    # vojsko, vojská
        r"\bjednotk\w*",
        r"\bprápor\w*",
        r"\bbrigád\w*",
        r"\bžoldnier\w*",
        r"\bbojovní\w*",                  # bojovník, bojovníci
        r"\bnasad\w*",                    # nasadiť, nasadenie, nasadených
        r"\bvysla\w*",                    # vyslal, vyslanie, vyslaných
        r"\bzajat\w*",                    # zajatý, zajatci, zajatie
        r"\bzajal\w*",                    # zajal, zajala (not "zajac" = hare)
        r"\bzabit\w*",
        r"\bzahynul\w*",
        r"\bpadl(?:i|ých|ým|ými|í)\b",    # padlí vojaci; not "padla vláda"
        r"\bzranen\w*",
        r"\bfront\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\brusk\w*",                     # Rusko, ruský, ruská, Ruska
        r"\brus(?:i|ov|om|mi|a)\b",       # Rusi, Rusov
        r"\bukrajin\w*",
        r"\bmoskv\w*",
        r"\bmoskovsk\w*",
        r"\bkremeľ\b",
        r"\bkreml\w*",                    # Kremľa, Kremli (ľ and l spellings)
        r"\bkremľ\w*",
        r"\bvojn\w*",                     # vojna, vojny, vojnový
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\búdajn\w*",                    # údajne, údajný
        r"\bvraj\b",
        r"\bpodľa\b",
        # "by mal(o/i) byť/ísť" = reportedly is; also "should be" (kept, per brief)
        r"\b(?:mal|mala|malo|mali) by (?:\S+ ){0,2}?(?:byť|ísť)\b",
        r"\bby (?:mal|mala|malo|mali) (?:\S+ ){0,2}?(?:byť|ísť)\b",
        # reportative past "mali zahynúť / mali byť nasadení"; can also mean
        # "were supposed to", so limited to verbs of the claim
        r"\b(?:mal|mala|malo|mali) (?:\S+ )?(?:zahynúť|padnúť|utrpieť|bojovať|pôsobiť)\b",
        r"\b(?:mal|mala|malo|mali) byť (?:\S+ )?(?:nasaden|vyslan|zajat|zabit|zranen)\w*",
        r"\bnepotvrd\w*",                 # nepotvrdený, nepotvrdil
        r"\bneoveren\w*",
        r"\b(?:nemožno|nedá sa|nepodarilo sa|nie je možné|nebolo možné) (?:\S+ ){0,2}?overiť\b",
        r"\bnezávisle overiť\b",
        r"\bneoficiáln\w*",
        r"\bdomnel\w*",                   # domnelý = alleged
        r"\bfám\w*",                      # fáma, fámy (rumour)
        r"\bchýr(?:y|ov|mi|om)?\b",       # rumour(s); not "chýrny" (renowned)
        r"\bpovráv\w*",
        r"\b(?:vraví|hovorí) sa\b",
        r"\bšpekul\w*",
    ],
    "denial": [
        r"\bfalošn\w*",
        r"\bfalz\w*",
        r"\bhoax\w*",
        r"\bfake\w*",
        r"\bpropagand\w*",
        r"\bvymysl\w*",                   # vymyslený
        r"\bvýmys\w*",                    # výmysel, výmysly
        r"\bfabrikov\w*",
        r"\blož\b",
        r"\blži\b",
        r"\blžou\b",
        r"\blživ\w*",
        r"\bklam\w*",                     # klamstvo, klamať
        r"\bdezinform\w*",
        r"\bprovok\w*",
        r"\bpsyop\w*",
        r"\bpsychologick\w* (?:operáci|vojn)\w*",
        r"\binformačn\w* operáci\w*",
        r"\bžiadn\w* (?:\S+ )?dôkaz\w*",
        r"\bbez (?:\S+ )?dôkaz\w*",
        r"\bnie (?:sú|je) (?:\S+ )?dôkaz\w*",
        r"\bneexistuj\w* (?:\S+ ){0,2}?dôkaz\w*",
        r"\bnezmys\w*",
        r"\bhlúpos\w*",
        r"\bnonsens\w*",
        r"\babsurd\w*",
        r"\bsmiešn\w*",
        r"\bočier\w*",                    # očierňovanie, očierniť
        r"\bohovár\w*",
    ],
    "boosters": [
        r"\bpotvrd\w*",                   # potvrdil, potvrdenie ("nepotvrdil" has no \b here)
        r"\boficiáln\w*",                 # "neoficiálne" excluded by \b
        r"\bprizn[aá]\w*",                # priznal, priznali, priznáva
        r"\buzn[aá]\w*",                  # uznal, uznáva
        r"\bpo prvý raz\b",
        r"\bprvý raz\b",
        r"\b(?:po )?prvýkrát\b",
        r"\bprvý krát\b",
        r"\bbezo? pochyb\w*",
        r"\bnepochybn\w*",
        r"\bnie je (?:\S+ )?tajomstv\w*",
        r"\bverejn\w* tajomstv\w*",
    ],
    "deny_verbs": [
        r"\bpopre(?:l|la|li|lo|tie)\b",
        r"\bpoprieť\b",
        r"\bpopier\w*",                   # popiera, popierajú
        r"\bodmiet\w*",                   # odmietol, odmieta, odmietli
        r"\bzamiet\w*",
        r"\bvyvr[aá]t\w*",                # vyvrátil, vyvrátiť
        r"\bvyvrac\w*",
    ],
    "attribution": [
        r"\bpoved\w*",                    # povedal, povedala
        r"\bhovor\w*",                    # hovorí, hovoril, hovorca
        r"\buvied\w*",                    # uviedol, uviedla, uviedli
        r"\buvádz\w*",
        r"\bvyhlás\w*",
        r"\bvyhlasuj\w*",
        r"\bozn[aá]m\w*",                 # oznámil, oznamuje
        r"\boznamuj\w*",
        r"\binform(?:oval|uj)\w*",
        r"\bnapísa\w*",
        r"\bpíš\w*",                      # píše
        r"\btvrd(?:í|ia|il|ila|ili|ilo|enie|enia|ením)\b",   # not "tvrdý" (hard)
        r"\bpodľa\b",
        r"\bcitov\w*",
        r"\bs odvolaním na\b",
        r"\brozhovor\w*",
        r"\bkonštatoval\w*",
        r"\bzdôraznil\w*",
    ],
    "negation": [
        r"\bnie\b",
        r"\bžiadn\w*",
        r"\bnikdy\b",
        r"\bnikto\b",
        r"\bnič\b",
        r"\bani\b",
        # verbs take the prefix ne-; only the most frequent negated forms
        r"\bneb(?:ol|ola|olo|oli|ude|udú)\b",
        r"\bnem(?:á|ajú|al|ali)\b",
        r"\bneexist\w*",
    ],
}

# ---------------------------------------------------------------------------
# Finnish (fi)
# ---------------------------------------------------------------------------
FI = {
    "north_korea": [
        r"\bpohjois[- ]?korea\w*",        # Pohjois-Korea(n/sta), pohjoiskorealaiset
        r"\bkorean demokraattis\w* kansantasaval\w*",
        r"\bpjongjang\w*",
        r"\bpyongyang\w*",
        r"\bkim jong[- ]?un\w*",
        r"(?<!etelä-)\bkorealais\w* (?:sotila|joukk|taistelij)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\blähet\w* .{0,30}\b(?:venäjälle|kurskiin|rintamalle)\b",
        r"\b(?:venäjälle|kurskiin|rintamalle) (?:\S+ ){0,2}?lähet\w*",
        r"\bsotila(?!all)\w*",            # sotilas, sotilaat, sotilaita; not "sotilaallinen"
        r"\bjouk(?!ossa|osta)\w*",        # joukot, joukkoja; not "joukossa" (among)
        r"\bmaajouk\w*",
        r"\byksik\w*",                    # yksikkö, yksiköt
        r"\bpataljoon\w*",
        r"\bprikaat\w*",
        r"\bpalkkasot\w*",                # palkkasotilas, palkkasoturi
        r"\btaistelij\w*",
        r"\bsijoitet\w*",                 # sijoitettu (stationed)
        r"\bkomennet\w*",
        r"\b(?:sota)?van[gk]\w*",         # vanki, vangit, vangiksi, sotavanki
        r"\bkaatu\w*",                    # kaatunut, kaatuneet
        r"\btapet(?:tu|tiin|ut)\w*",
        r"\bhaavoittu\w*",
        r"\brintam\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\bvenäj\w*",                    # Venäjä, Venäjän, Venäjälle
        r"\bvenäl\w*",                    # venäläinen, venäläiset
        r"\bukrain\w*",
        r"\bmoskov\w*",
        r"\bkreml\w*",
        r"\bso(?:ta|da)\w*",              # sota, sodan, sotaan, sodassa (compounds like hyökkäyssota are missed)
        r"\bsotien\b",
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\bväitetysti\b",
        r"\bväite\w*",                    # väitetään, väitetty (not "väitti" = claimed)
        r"\bkerrot(?:aan|tiin)\b",        # it is/was reported
        r"\bsanotaan\b",
        r"\btiettävästi\b",
        r"\bkuulemma\b",
        r"\boletettavasti\b",
        r"\bilmeisesti\b",
        r"\bmuka\b",
        r"\bhuhu\w*",
        r"\bvahvistamat\w*",              # vahvistamaton, vahvistamattomien
        r"\bvarmistamat\w*",
        r"\btodentamat\w*",
        r"\bepävirallis\w*",
        # "ei ole (voitu riippumattomasti) vahvistaa/vahvistanut"
        r"\bei (?:\S+ ){0,3}?(?:vahvist|varmist|todent)\w*",
        r"\b(?:voitu|pystytty|pysty\w*) (?:\S+ )?(?:vahvist|varmist|todent)\w*",
        # according to; not "mukaan lukien" (including), "otti/lähti mukaan"
        r"(?<!otti )(?<!ottaa )(?<!lähti )\bmukaan\b(?! lukien)",
    ],
    "denial": [
        r"\bvale(?:uuti|tieto|h)\w*",     # valeuutinen, valehdella, valehtelu
        r"\bvalhe\w*",
        r"\bfake\w*",
        r"\bhuija\w*",
        r"\bpropagand\w*",
        r"\bkeksitt\w*",
        r"\btekaistu\w*",
        r"\btuulesta temmat\w*",
        r"\bdisinformaat\w*",
        r"\bharhaanjohtav\w*",
        r"\bprovo\w*",                    # provokaatio, provosoida
        r"\bpsyop\w*",
        r"\binformaatio-?operaat\w*",
        r"\binformaatiovaikutt\w*",
        r"\bpsykologi\w* sodankäyn\w*",
        r"\bei (?:\S+ ){0,2}?(?:todistei|näyttöä)\w*",
        r"\btodisteita ei\b",
        r"\bilman todistei\w*",
        r"\bhölynpöly\w*",
        r"\bpöty\w*",
        r"\babsurd\w*",
        r"\bjärjetön\b",
        r"\bjärjettöm\w*",
        r"\bnaurettav\w*",
        r"\bperusteeton\b",
        r"\bperusteettom\w*",
        r"\bmustamaala\w*",
        r"\bpanettel\w*",
    ],
    "boosters": [
        # vahvisti, vahvistanut, vahvistettu; not "vahvistamaton",
        # not after "ei/ole" or "ei ole voitu riippumattomasti"
        r"(?<!ei )(?<!ole )(?<!voitu )(?<!riippumattomasti )\bvahvist(?!amat)\w*",
        r"\bviralli\w*",                  # virallisesti, virallinen ("epävirallinen" excluded by \b)
        # myönsi/myöntää "admitted" only with "että" (that): bare "myönsi" also
        # means "granted" (aid, loans)
        r"\bmyön(?:si|sivät|tää|tävät|tänyt|täneet),? että\b",
        r"\btunnust\w*",
        r"\bensimmäistä kertaa\b",
        r"\bensi kertaa\b",
        r"\bepäilemättä\b",
        r"\bkiistatt\w*",
        r"\bei (?:\S+ ){0,2}?salaisuus\b",
        r"\bjulkinen salaisuus\b",
    ],
    "deny_verbs": [
        # kiisti, kiistää, kiistänyt, kiistetty; not "kiista" (dispute), "kiistaton"
        r"\bkiist(?:i|ä|e)\w*",
        r"\bkiel(?:si|sivät|tää|tävät|tänyt|täneet)\b",
        r"\bhyl(?:kä|än|ät)\w*",          # hylkäsi, hylännyt, hylättiin
        r"\bkumo(?:si|ta|aa|avat|nnut|sivat)\b",
        r"\btyrmä\w*",
        # "torjui väitteet" (not "torjui hyökkäyksen" = repelled an attack)
        r"\btorju\w* (?:\S+ )?(?:väit|tiedo|syyt)\w*",
    ],
    "attribution": [
        r"\bsano\w*",                     # sanoi, sanoo, sanonut
        r"\btotes\w*",                    # totesi
        r"\btotea\w*",
        r"\bkert(?:oi|oo|ov|on)\w*",      # kertoi, kertoo, kertovat, kertonut
        r"\bilmoit\w*",
        r"\braportoi\w*",
        r"\buutisoi\w*",
        r"\bkirjoit\w*",
        r"\bväitt\w*",                    # väitti, väittää
        r"(?<!otti )(?<!ottaa )(?<!lähti )\bmukaan\b(?! lukien)",
        r"\bviita(?:ten|ta|nnut)\w*",
        r"\bviittaa\w*",
        r"\bhaastattelu\w*",
        r"\btiedott\w*",
        r"\btiedote\w*",
    ],
    "negation": [
        r"\bei\b",
        r"\ben\b",
        r"\bemme\b",
        r"\bette\b",
        r"\beivät\b",
        r"\beikä\b",
        r"\beivätkä\b",
        r"\bkoskaan\b",
        r"\bkukaan\b",
        r"\bmikään\b",
        r"\bmitään\b",
    ],
}

# ---------------------------------------------------------------------------
# Swedish (sv)
# ---------------------------------------------------------------------------
# Supine/participle after "ska ha" (skickat, deltagit, dödats, satts, sänt,
# gjort, haft, fått); "ett" is too short to match; "rätt"/"plats" excluded
# because "ska ha rätt/plats" is plain future/modal.
_SV_SUP = r"(?!rätt\b|plats\b)\w{2,}(?:at|it|ts|tt|dd|nt|rt|ft)"

SV = {
    "north_korea": [
        r"\bnord[- ]?korea\w*",           # Nordkorea(s), nordkoreansk(a), nordkoreaner
        r"\bdemokratiska folkrepubliken korea\b",
        r"\bdprk\b",                      # no Swedish abbreviation in common use; English DPRK occurs
        r"\bpyongyang\w*",
        r"\bpjongjang\w*",
        r"\bkim jong[- ]?un\w*",
        r"(?<!syd-)\bkoreansk\w* (?:soldat|trupp|militär|styrk)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:skick|sän)\w* .{0,30}\btill (?:ryssland|kursk|fronten)\b",
        r"\bdöda(?:de|ts|s)\b",            # killed (not "död", dead, of anyone)
        r"\w*soldat\w*",                  # soldater, soldaterna, legosoldater, elitsoldater
        r"\btrupp\w*",                    # trupper, trupperna, truppförflyttning
        r"\bmilitärer\w*",
        r"\bmilitär personal\b",
        r"\bförband\w*",                  # units (also "bandage"; rare in this news)
        r"\bbataljon\w*",
        r"\bbrigad\w*",
        r"\bstridande\b",
        r"\bkrigare\w*",
        r"\butplacer\w*",
        r"\bstationer\w*",
        r"\bkrigsfång\w*",
        r"\bfång(?:e|en|ar|arna|ade|ats|as|na)\b",
        r"\btillfångatag\w*",
        r"\bstup\w*",                     # stupade, stupat
        r"\bsårad\w*",
        r"\bsårats\b",
        r"\bfront\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\bryss\w*",                     # Ryssland, ryssar
        r"\brysk\w*",                     # rysk, ryska, ryskt
        r"\bukrain\w*",
        r"\bmoskva\w*",
        r"\bkreml\w*",
        r"\bkrig\w*",                     # krig, kriget, krigsfångar
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\buppg(?:es|avs)\b",            # uppges = is reported
        r"\benligt uppgift\w*",
        r"\benligt\b",
        r"\bpåstås\b",
        r"\bpåstådd\w*",                  # påstådda = alleged
        # hearsay "ska (enligt uppgift) ha + supine"; bare "ska" = future
        r"\bska (?:[^\s,;:]+ ){0,4}?ha " + _SV_SUP + r"\b",
        r"\blär ha\b",
        r"\bsägs\b",
        r"\bobekräfta\w*",
        r"\binte (?:\S+ ){0,3}?(?:bekräfta|verifiera|kontrollera)\w*",
        r"\boberoende (?:\S+ )?(?:bekräfta|verifiera|kontrollera)\w*",
        r"\brykt\w*",
        r"\bförmodad\w*",
        r"\bförmodligen\b",
        r"\btydligen\b",
        r"\bsynbarligen\b",
        r"\binofficiell\w*",
    ],
    "denial": [
        r"\bfalsk\w*",
        r"\bfejk\w*",
        r"\bfake\w*",
        r"\bbluff\w*",
        r"\bpåhitt\w*",                   # påhitt, påhittad
        r"\bpåfund\w*",
        r"\bpropagand\w*",
        r"\bfabricer\w*",
        r"\bgrip\w* ur luften\b",
        r"\blögn\w*",
        r"\bljug\w*",
        r"\bljög\b",
        r"\bdesinformation\w*",
        r"\bdisinformation\w*",
        r"\bprovo\w*",                    # provokation, provocerande
        r"\bpsyop\w*",
        r"\bpsykologisk\w* krigföring\w*",
        r"\bpåverkansoperation\w*",
        r"\binformationsoperation\w*",
        r"\binga (?:\S+ )?(?:bevis|belägg)\w*",
        r"\binget (?:\S+ )?bevis\b",
        r"\butan (?:\S+ )?(?:bevis|belägg)\w*",
        r"\bnonsens\w*",
        r"\bstrunt\w*",
        r"\btrams\w*",
        r"\babsurd\w*",
        r"\blöjlig\w*",
        r"\bsmutskast\w*",
        r"\bförtal\w*",
        r"\bsvartmål\w*",
    ],
    "boosters": [
        r"(?<!inte )(?<!kunnat )\bbekräft\w*",   # "obekräftad" excluded by \b
        r"\bofficiel\w*",                 # "inofficiell" excluded by \b
        r"\berkän\w*",
        r"\bmedg(?:er|av|ett|ivit)\b",
        r"\bför första gången\b",
        r"\butan (?:tvekan|tvivel)\b",
        r"\botvivelaktigt\b",
        r"\btveklöst\b",
        r"\binte längre (?:\S+ )?hemlig\w*",
        r"\bingen hemlighet\b",
        r"\böppen hemlighet\b",
    ],
    "deny_verbs": [
        r"\bförnek\w*",
        r"\bavvis\w*",
        r"\btillbakavis\w*",
        r"\bavfärd\w*",
        r"\bdementer\w*",
        r"\bdementi\w*",
        r"\bvederläg\w*",
        r"\bförkast\w*",
    ],
    "attribution": [
        r"\bsäger\b",
        r"\bsade\b",
        r"\bsa\b",
        r"\bsagt\b",
        r"\bsäga\b",
        r"\buppg(?:er|av|ett|ivit)\b",
        r"\bmeddel\w*",
        r"\btillkännag\w*",
        r"\brapport\w*",
        r"\bskr(?:iv|ev)\w*",             # skriver, skrev, skrivit
        r"\bhävd\w*",
        r"\bpåst(?:år|od|ått)\b",
        r"\benligt\b",
        r"\bciter\w*",
        r"\bhänvis\w*",
        r"\bintervju\w*",
        r"\bförklara\w*",
        r"\buttal\w*",
        r"\bberätta\w*",
    ],
    "negation": [
        r"\binte\b",
        r"\bej\b",
        r"\bicke\b",
        r"\baldrig\b",
        r"\bingen\b",
        r"\binget\b",
        r"\binga\b",
        r"\bingenting\b",
        r"\bnej\b",
    ],
}

# ---------------------------------------------------------------------------
# Danish (da)
# ---------------------------------------------------------------------------
# Participle after "skal have / skal være": sendt, dræbt, deltaget, haft,
# gjort, sagt, indsat, meldt ...  "et" is too short to match; "ret" is
# excluded ("skal have ret til" = shall have the right); "-st" (mest) is not
# a participle ending.
_DA_PART = r"(?!ret\b)\w{2,}(?:et|dt|bt|ft|rt|gt|kt|at|nt|lt)"

DA = {
    "north_korea": [
        r"\bnord[- ]?korea\w*",           # Nordkorea, nordkoreansk(e), nordkoreanere
        r"\bden demokratiske folkerepublik korea\b",
        r"\bdprk\b",                      # no Danish abbreviation in common use
        r"\bpyongyang\w*",
        r"\bpjongjang\w*",
        r"\bkim jong[- ]?un\w*",
        r"(?<!syd-)\bkoreansk\w* (?:soldat|tropp|styrk)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:send|udsend)\w* .{0,30}\btil (?:rusland|kursk|fronten)\b",
        r"\w*soldat\w*",                  # soldater, soldaterne, lejesoldater
        r"\btroppe\w*",                   # tropper, tropperne, troppestyrker
        r"\bstyrkerne\b",
        r"\bkampstyrk\w*",
        r"\bmilitær\w* personel\w*",
        r"\benheder\w*",
        r"\bbataljon\w*",
        r"\bbrigade\w*",
        r"\bkrigere\w*",
        r"\bkæmpere\w*",
        r"\budstation\w*",
        r"\bindsat\w*",
        r"\bindsættelse\w*",
        r"\bkrigsfange\w*",
        r"\bfange(?:r|rne|n|t)?\b",
        r"\btilfangetag\w*",
        r"\bdræb\w*",
        r"\bfaldne\b",
        r"\bsåre(?:de|t)\b",
        r"\bfront\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\brusland\w*",
        r"\brussisk\w*",
        r"\brusser\w*",                   # russer, russere
        r"\bukrain\w*",
        r"\bmoskva\w*",
        r"\bkreml\w*",
        r"\bkrig\w*",
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\bangivelig\w*",
        # hearsay "skal (efter sigende) have + participle"; bare "skal" = future/must
        r"\bskal (?:[^\s,;:]+ ){0,4}?have " + _DA_PART + r"\b",
        r"\bskal (?:[^\s,;:]+ ){0,4}?være (?:blevet|ankommet|død|dræbt|indsat|udstationeret)\b",
        r"\befter sigende\b",
        r"\bforlyder\b",
        r"\bifølge\b",
        r"\bubekræft\w*",
        r"\bikke (?:\S+ ){0,3}?(?:bekræfte|verificere|efterprøve|kontrollere)\w*",
        r"\buafhængigt (?:\S+ )?(?:bekræft|verificer|efterprøv|kontroller)\w*",
        r"\brygte\w*",
        r"\bpåstå(?:et|ede)\b",           # alleged
        r"\bformodet\w*",
        r"\bformodentlig\w*",
        r"\bsiges\b",
        r"\btilsyneladende\b",
        r"\buofficiel\w*",
    ],
    "denial": [
        r"\bfalsk\w*",
        r"\bfake\w*",
        r"\bfup\w*",                      # fup, fupnyheder
        r"\bpropagand\w*",
        r"\bopdigt\w*",
        r"\bopspind\w*",
        r"\bfabriker\w*",
        r"\bløgn\w*",
        r"\blyv\w*",                      # lyver, lyve
        r"\bløj\b",
        r"\bdesinformation\w*",
        r"\bdisinformation\w*",
        r"\bprovo\w*",
        r"\bpsyop\w*",
        r"\bpsykologisk\w* krigsførelse\w*",
        r"\bpåvirkningsoperation\w*",
        r"\binformationsoperation\w*",
        r"\bingen (?:\S+ )?(?:bevis|belæg)\w*",
        r"\buden (?:\S+ )?(?:bevis|belæg)\w*",
        r"\bnonsens\w*",
        r"\bsludder\w*",
        r"\bvrøvl\w*",
        r"\bpjat\w*",
        r"\babsurd\w*",
        r"\blatterlig\w*",
        r"\bsmædekampagne\w*",
        r"\bbagvask\w*",
    ],
    "boosters": [
        r"(?<!ikke )(?<!kunnet )\bbekræft\w*",   # "ubekræftet" excluded by \b
        r"\bofficiel\w*",                 # "uofficiel" excluded by \b
        r"\bindrøm\w*",
        r"\berkend\w*",
        r"\bvedgå\w*",
        r"\bvedgik\b",
        r"\bvedkend\w*",
        r"\bfor første gang\b",
        r"\buden tvivl\b",
        r"\butvivlsomt\b",
        r"\bikke længere (?:\S+ )?hemmelig\w*",
        r"\bingen hemmelighed\b",
        r"\båben hemmelighed\b",
    ],
    "deny_verbs": [
        r"\bbenægt\w*",
        r"\bafvis\w*",                    # afviser, afviste, afvist
        r"\bdementer\w*",
        r"\bdementi\w*",
        r"\btilbagevis\w*",
        r"\bafkræft\w*",
        r"\bfornægt\w*",
    ],
    "attribution": [
        r"\bsiger\b",
        r"\bsagde\b",
        r"\bsagt\b",
        r"\bsige\b",
        r"\bmeddel\w*",
        r"\bannonc\w*",
        r"\boplys(?:er|te|t|e)\b",         # oplyser, oplyste (not "oplysninger")
        r"\brapport\w*",
        r"\bskr(?:iv|ev)\w*",             # skriver, skrev, skrevet
        r"\bhævd\w*",
        r"\bpåst(?:år|od)\b",
        r"\bifølge\b",
        r"\bciter\w*",
        r"\bhenvis\w*",
        r"\binterview\w*",
        r"\budtal\w*",
        r"\bfort(?:æl|al)\w*",            # fortæller, fortalte
        r"\berklær\w*",
    ],
    "negation": [
        r"\bikke\b",
        r"\bingen\b",
        r"\bintet\b",
        r"\baldrig\b",
        r"\bingenting\b",
        r"\bnej\b",
    ],
}

# ---------------------------------------------------------------------------
# Lithuanian (lt)
# ---------------------------------------------------------------------------
LT = {
    "north_korea": [
        r"\bšiaurės korėj\w*",            # Šiaurės Korėja/-os/-ai, Šiaurės Korėjos kariai, šiaurės korėjiečiai
        r"\bkldr\b",                      # Korėjos Liaudies Demokratinė Respublika
        r"\bkorėjos liaudies demokratin\w* respublik\w*",
        r"\bpchenjan\w*",                 # Pchenjanas, Pchenjano
        r"\bpjongjang\w*",
        r"\bkim (?:jong|džong|čen)[- ]?(?:un|yn|in)\w*",   # Kim Jong Unas
        r"(?<!pietų )\bkorėjieč\w* (?:kar|kareiv|samdin)\w*",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\b(?:iš|pa|nu|at)?siun[tč]\w* .{0,30}\bį (?:rusiją|kurską|frontą)",
        # karys (soldier) in all cases; "karas" (war) forms are not included here
        r"\bkar(?:ys|io|iui|į|iu|yje|iai|ių|iams|ius|iais|iuose)\b",
        r"\bkareiv\w*",
        r"\bkariuomen\w*",
        r"\bpajėg(?:os|ų|oms|omis|ose|as)\b",   # forces; not "pajėgus" (capable)
        r"\bdalin(?:ys|iai|ių|iuose|iams)\b",   # units; not "dalinis" (partial)
        r"\bbatalion\w*",
        r"\bbrigad\w*",
        r"\bsamdin\w*",
        r"\bkovotoj\w*",
        r"\bdislok\w*",
        r"\bbelaisv\w*",
        r"\bnelaisv\w*",                  # paimti į nelaisvę
        r"\bžuv(?:o|ę|us\w*)",            # žuvo, žuvę, žuvusių; not "žuvis" (fish)
        r"\bžūt\w*",
        r"\bnukaut\w*",
        r"\bnužud\w*",
        r"\bsužeist\w*",
        r"\bfront\w*",
        r"\bkursk\w*",
    ],
    "russia_war": [
        r"\brusij\w*",
        r"\brus(?:ai|ų|ams|us|ais|as|ė|ės|išk\w*)\b",
        r"\bukrain\w*",
        r"\bmaskv\w*",
        r"\bkreml\w*",                    # Kremlius, Kremliaus
        r"\bkar(?:as|o|ui|ą|u|e|ai|ų|ams|us|uose)\b",   # karas (war)
        r"\bkursk\w*",
    ],
    "hedges": [
        r"\bneva\b",
        r"\btariam\w*",                   # tariamai, tariamas
        r"\besą\b",
        r"\bpranešama\b",
        # "teigiama" = it is claimed; also fem. "positive" (guard not possible)
        r"\bteigiama\b",
        r"\bmanoma\b",
        r"\bspėjama\b",
        r"\bkalbama\b",
        r"\bsakoma\b",
        r"\bgalimai\b",
        r"\bpasak\b",
        r"\bduomenimis\b",                # turimais duomenimis
        r"\bžiniomis\b",
        r"\bnepatvirtin\w*",
        r"\bnepatikrint\w*",
        r"\b(?:nepavyko|negalima|neįmanoma) (?:\S+ ){0,2}?patikrin\w*",
        r"\bnepriklausomai (?:\S+ )?patikrin\w*",
        r"\bgand(?:as|ai|ų|us|ais|o)\b",  # rumours; not "gandras" (stork)
        r"\bneoficial\w*",
    ],
    "denial": [
        r"\bnetikr(?:as|a|i|os|ų|us|ą)\b",
        r"\bsuklastot\w*",
        r"\bklastot\w*",
        r"\bfeik\w*",
        r"\bfake\w*",
        r"\bpropagand\w*",
        r"\bprasimany\w*",
        r"\bišgalvot\w*",
        r"\bišmon\w*",
        r"\bmel(?:as|o|u|ą|ai|ų|uo\w*)\b",   # melas (lie), meluoja
        r"\bmelag\w*",                    # melagis, melagiena, melagingas
        r"\bdezinformacij\w*",
        r"\bprovokacij\w*",
        r"\bpsyop\w*",
        r"\bpsichologin\w* (?:operacij|kar)\w*",
        r"\binformacin\w* (?:operacij|atak)\w*",
        r"\bnėra (?:\S+ )?įrodym\w*",
        r"\bjokių (?:\S+ )?įrodym\w*",
        r"\bbe (?:jokių )?įrodym\w*",
        r"\bnesąmon\w*",
        r"\bkvailyst\w*",
        r"\babsurd\w*",
        r"\bjuoking\w*",
        r"\bšmeiž\w*",
        r"\bjuodin\w*",
    ],
    "boosters": [
        r"\bpatvirtin\w*",                # "nepatvirtino" excluded by \b
        r"\boficial\w*",                  # "neoficialiai" excluded by \b
        r"\bpripažin\w*",
        r"\bpripažįst\w*",
        r"\bpirmą kartą\b",
        r"\bpirmąkart\b",
        r"\bneabejotin\w*",
        r"\bbe (?:jokios )?abejonės\b",
        r"\bnebe\w* (?:\S+ )?paslapt\w*",
        r"\bvieša paslaptis\b",
    ],
    "deny_verbs": [
        r"\b(?:pa)?neig(?!iam)\w*",       # neigia, neigė, paneigė; not "neigiamas" (negative)
        r"\batmet\w*",
        r"\bginčij\w*",
    ],
    "attribution": [
        r"\b(?:pa)?sak(?:ė|o|ydamas|ydama|ęs)\b",
        r"\bteig(?:ė|ia|dama|damas)\b",
        r"\bpareišk\w*",
        r"\bpraneš(?!am)\w*",             # pranešė, praneša, pranešimas
        r"\b(?:pa)?raš(?:ė|o)\b",
        r"\bpaskelb\w*",
        r"\bnurod(?:ė|o)\b",
        r"\btvirtin(?:a|o|ę|damas|dama)\b",
        r"\bpasak\b",
        r"\bcituo\w*",
        r"\bremiantis\b",
        r"\bremdam\w*",
        r"\binterviu\w*",
    ],
    "negation": [
        r"\bne\b",
        r"\bnė\b",
        r"\bnei\b",
        r"\bnėra\b",
        r"\bnebuvo\b",
        r"\bniekada\b",
        r"\bniekas\b",
        r"\bnieko\b",
        r"\bjok(?:s|ių|ia|io|ios|ie|iu|ią|į)\b",
    ],
}

# ---------------------------------------------------------------------------
# Vietnamese (vi)
# ---------------------------------------------------------------------------
VI = {
    "north_korea": [
        # "Triều Tiên" alone means North Korea in Vietnamese news (South = Hàn Quốc);
        # not in "bán đảo Triều Tiên" (peninsula) or "chiến tranh Triều Tiên" (1950-53)
        r"(?<!bán đảo )(?<!chiến tranh )\btriều tiên\b",
        r"\bchdcnd\b",                    # CHDCND Triều Tiên
        r"\bbắc hàn\b",
        r"\bbình nhưỡng\b",
        r"\bkim jong[- ]?un\b",
        r"\bkim chính ân\b",
        # "Nga - Triều", "Mỹ-Triều": short form in headlines
        r"\b(?:nga|mỹ|hàn|trung) ?[-–] ?triều\b",
    ],
    "deployment": [
        # sent to Russia, Kursk or the front (as the English list: not any sending)
        r"\bgửi .{0,30}\b(?:sang|tới|đến) (?:nga|kursk|chiến trường|mặt trận)\b",
        r"\bbinh (?:sĩ|lính|đoàn)\b",
        r"\blính\b",
        r"\bquân\b(?! sự)",               # quân, quân đội, quân nhân; not "quân sự" (military)
        r"\bchiến (?:binh|sĩ)\b",
        r"\b(?:lữ|tiểu|sư|trung) đoàn\b",
        r"\bđơn vị\b",
        r"\btriển khai\b",
        r"\bđiều động\b",
        r"\bđồn trú\b",
        r"\btù binh\b",
        r"\bbị bắt\b",
        r"\bbắt (?:giữ|sống)\b",
        r"\bthiệt mạng\b",
        r"\btử (?:vong|trận)\b",
        r"\bh[yi] sinh\b",
        r"\bbị thương\b",
        r"\bthương (?:vong|binh)\b",
        r"\bmặt trận\b",
        r"\b(?:tiền|chiến) tuyến\b",
        r"\bkursk\b",
    ],
    "russia_war": [
        r"\bnga\b",
        r"\bukrain\w*",
        r"\bu-?crai-?na\b",
        r"\bmoskva\b",
        r"\bmát[- ]?xcơ[- ]?va\b",
        r"\bmatxcơva\b",
        r"\bkremlin\b",
        r"\bchiến tranh\b",
        r"\bcuộc chiến\b",
        r"\bxung đột\b",
        r"\bkursk\b",
    ],
    "hedges": [
        r"\bđược cho là\b",               # is said to be; bare "cho là" (to think) excluded
        r"\bbị cho là\b",
        r"\bbị cáo buộc\b",
        r"\btheo (?:các )?(?:tin|nguồn tin|báo cáo|thông tin)\b",
        # "Theo X, ..." / "..., theo X": according to (clause-initial only;
        # not "theo dõi" = follow, "theo đó" = accordingly, "tiếp theo" = next)
        r"(?:^|[,;:\(] ?)theo\b(?! dõi| đuổi| đó)",
        r"\bchưa (?:\S+ ){0,2}?(?:xác nhận|xác minh|kiểm chứng)\b",
        r"\bkhông thể (?:\S+ ){0,2}?(?:xác minh|kiểm chứng)\b",
        r"\b(?:xác minh|kiểm chứng) độc lập\b",
        r"\b(?:tin|lời) đồn\b",
        r"\bđồn (?:đoán|đại)\b",
        r"\bnghi là\b",
        r"\bbị nghi\b",
        r"\bdường như\b",
        r"\bđược biết\b",
        r"\bnghe nói\b",
        r"\b(?:không|chưa) chính thức\b",
    ],
    "denial": [
        r"\bgiả mạo\b",
        r"\btin giả\b",
        r"\bbịa(?: đặt| ra)?\b",
        r"\bdựng chuyện\b",
        r"\bngụy tạo\b",
        r"\bxuyên tạc\b",
        r"\btuyên truyền\b",
        r"\b(?:nói )?dối(?: trá)?\b",
        r"\bsai (?:lệch|sự thật)\b",
        r"\bkhiêu khích\b",
        r"\bpsyop\b",
        r"\bchiến tranh tâm lý\b",
        r"\btâm lý chiến\b",
        r"\bchiến dịch thông tin\b",
        r"\b(?:không|chẳng|thiếu)(?: \S+){0,3}? bằng chứng\b",
        r"\bvô (?:lý|căn cứ)\b",
        r"\bphi lý\b",
        r"\bvớ vẩn\b",
        r"\bnhảm nhí\b",
        r"\blố bịch\b",
        r"\bbôi nhọ\b",
        r"\bvu khống\b",
    ],
    "boosters": [
        # not "chưa (được) xác nhận", "không (thể/được) xác nhận"
        r"(?<!chưa )(?<!không )(?<!chưa được )(?<!không được )(?<!không thể )\bxác nhận\b",
        r"(?<!chưa )(?<!không )\bchính thức\b",
        r"\bthừa nhận\b",
        r"\bcông nhận\b",
        r"\blần đầu(?: tiên)?\b",
        r"\bkhông còn (?:\S+ )?nghi ngờ\b",
        r"\bkhông (?:còn|phải) (?:là )?bí mật\b",
        r"\bchắc chắn\b",
    ],
    "deny_verbs": [
        r"\bphủ nhận\b",
        r"\bbác (?:bỏ|tin)\b",
        r"\b(?:phản|bài) bác\b",
        r"\bgạt bỏ\b",
        r"\bcải chính\b",
    ],
    "attribution": [
        r"\bcho biết\b",
        r"\bnói\b(?! dối)",
        r"\btuyên bố\b",
        r"\bthông báo\b",
        r"\bbáo cáo\b",
        r"\bđưa tin\b",
        r"\bviết\b",
        r"\bkhẳng định\b",
        r"\bcho rằng\b",
        r"\bcáo buộc\b",
        r"\btrích dẫn\b",
        r"\bdẫn (?:lời|nguồn)\b",
        r"\bphỏng vấn\b",
        r"\bnhấn mạnh\b",
        r"\btiết lộ\b",
        r"\bcông bố\b",
        r"(?:^|[,;:\(] ?)theo\b(?! dõi| đuổi| đó)",
    ],
    "negation": [
        # not "không quân" (air force), "phòng không" (air defence),
        # "không kích" (air strike), "không gian", "không khí", "máy bay không người lái"
        r"(?<!phòng )\bkhông\b(?! quân| gian| khí| kích| phận| người lái)",
        r"\bchưa\b",
        r"\bchẳng\b",
    ],
}

# ---------------------------------------------------------------------------
BY_LANGUAGE = {"nl": NL, "hu": HU, "sk": SK, "fi": FI, "sv": SV, "da": DA, "lt": LT, "vi": VI}
