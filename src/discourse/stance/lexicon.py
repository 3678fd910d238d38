"""Cue lexicons for stance: relevance, distance (hedges), confirmation, denial, ridicule.

Plain data, readable in a methods section. Patterns are regular expressions matched
case-insensitively on a sentence. Languages: en, de, fr, ru, ko fully; doubt words and
hedges also for es, it, pt, uk, pl, cs, zh, ja, tr, ar, bg, el, ro, sr/hr (each reviewed
against neutral and confirming news sentences for false alarms); id, sl, ka with the main
cues and their hearsay words. Eight more languages (nl, hu, sk, fi, sv, da, lt, vi) have their
own lists, matched only in texts of their language: :mod:`discourse.stance.lexicon_langs`. Extend by passing your own lexicon to :class:`discourse.stance.StanceScorer`.
"""
from __future__ import annotations

# Who: North Korea and its army, by language.
NORTH_KOREA = [
    r"north[- ]korea\w*", r"\bdprk\b", r"pyongyang", r"\bkpa\b", r"kim jong[- ]?un", r"\bn\.? ?korea\w*",
    r"nordkorea\w*", r"pj[öo]ngjang", r"северн\w* коре\w*", r"\bкндр\b", r"пхеньян\w*", r"північн\w* коре\w*",
    r"북한\w*", r"북\s?군", r"평양", r"김정은", r"조선인민군", r"cor[ée]e du nord", r"nord-cor[ée]en\w*",
    r"corea del norte", r"norcorean\w*", r"corea del nord", r"nordcorean\w*", r"coreia do norte",
    r"norte-coreano\w*", r"朝鲜", r"北朝鮮", r"北韓", r"朝鮮", r"korei północnej", r"północnokorea\w*",
    r"severn[íi] kore\w*", r"severokorej\w*", r"korea utara", r"kuzey kore\w*", r"كوريا الشمالية",
    r"كوري\w* (ال)?شمالي\w*", r"coreea de nord", r"nord-coreen\w*", r"βόρει\w* κορέα\w*", r"βορειοκορε\w*",
    r"ჩრდილოეთ კორე\w*", r"severn\w* korej\w*", r"sjevern\w* korej\w*", r"севернокоре\w*", r"северо-?корей\w*",
    r"північно-?корей\w*",
    # the country's official name, as state media, the UN and diplomats write it out
    r"democratic people['’]?s republic of korea", r"\bdvrk\b", r"demokratische\w* volksrepublik korea",
    r"\brpdc\b", r"r[ée]publique populaire d[ée]mocratique de cor[ée]e", r"rep[úu]blica popular democr[áa]tica de corea",
    r"repubblica popolare democratica di corea", r"корейск\w* народно-демократическ\w* республик\w*",
    r"조선민주주의인민공화국",
    # the Korean People's Army, spelled out as North Korean state media and its relays do
    r"korean people['’]?s army", r"koreanische\w* volksarmee", r"arm[ée]e populaire de cor[ée]e",
    r"ej[ée]rcito popular de corea", r"esercito popolare coreano", r"корейск\w* народн\w* арми\w*",
    # the shorthand of war coverage: "Korean troops", "the Koreans in Kursk" (not South Korean)
    r"\bkorean(?<!south korean)(?<!s\. korean)(?= (troops|soldiers|servicem[ae]n|fighters|units|contingent|"
    r"infantry|mercenaries|"
    r"conscripts|prisoners|pows?|casualties|dead)\b)", r"\bkoreans\b(?<!south koreans)(?<!s\. koreans)",
    r"\bnk(?= (troops|soldiers|forces|army|units|servicem[ae]n|fighters|pows?|prisoners)\b)", r"\bkoreaner\b",
    r"\bкорейц\w*", r"\bкорейск\w* (солдат|военн|бойц|войск|наемн|наёмн|брат|товарищ|батальон|подразделен)\w*",
    # Pyongyang and Kim Jong Un in the other scripts and spellings of the supported languages,
    # and adjectives the patterns above miss (Romanian "nord-coreean", Italian "nord-coreani",
    # Georgian "ჩრდილოეთკორეელი", Chinese "北韩")
    r"ким чен ын\w*", r"ким чен ун\w*", r"кім чен ин\w*", r"金正恩", r"كيم جونغ[ -]?أون", r"κιμ γιονγκ[ -]?ουν",
    r"კიმ ჩენ ინ\w*", r"пхенян\w*", r"пјонгјанг\w*", r"平壤", r"平壌", r"\bphenian\w*",
    r"pchjongjang\w*", r"πιονγκγι[άα]νγκ\w*", r"ფხენიან\w*", r"بيونغ ?يانغ", r"nord-coreea\w*", r"nord-?corean[io]\b",
    r"ჩრდილოეთკორე\w*", r"北韩",
]
# What: soldiers, deployment, the war, Russia, Kursk.
DEPLOYMENT = [
    r"troop\w*", r"soldier\w*", r"military personnel", r"servicem[ae]n", r"deploy\w*", r"dispatch\w*",
    r"mercenar\w*", r"kursk", r"frontline", r"front line", r"casualt\w*", r"captur\w*", r"interrogat\w*",
    r"prisoners? of war",
    r"\bpows?\b", r"sent .{0,30}\bto (russia|fight|the front)", r"\b(fight|fought|fighting) (for|alongside|in) russia",
    r"(forces|units|army|infantry|men) (in|to) (russia|kursk)", r"cannon fodder", r"fallen soldiers?",
    r"truppen", r"soldat\w*", r"einsatz", r"kämpf\w*", r"gefallen\w*", r"gefangen\w*", r"söldner\w*",
    r"войск\w*", r"солдат\w*", r"военнослужащ\w*", r"военн(ые|ых|ым|ыми)\b", r"курск\w*", r"бойц\w*", r"наемник\w*",
    r"наёмник\w*",
    r"пленн\w*", r"військ\w*", r"вояк\w*", r"파병", r"병력", r"군인", r"장병", r"병사", r"쿠르스크", r"포로", r"사상자",
    r"전사", r"북한군", r"troupes", r"soldats", r"militaires nord", r"combattant\w*", r"koursk", r"tropas", r"soldados",
    r"truppe", r"soldati", r"士兵", r"军队", r"派兵", r"部队", r"兵士", r"部隊", r"派遣", r"库尔斯克", r"クルスク",
    r"wojsk\w*", r"żołnierz\w*", r"vojác\w*", r"vojsk\w*", r"tentara", r"pasukan", r"prajurit", r"asker\w*",
    r"قوات", r"جنود", r"جندي", r"كورسك", r"στρατ\w*", r"κουρσκ", r"ჯარისკაც\w*", r"კურსკ\w*", r"vojak\w*",
    r"trupe", r"soldați", r"войници", r"войски",
    # units and losses, as war coverage names them ("North Korean battalions", "hundreds killed")
    r"\bbattalions?\b", r"\bbrigades?\b", r"\bdivisions\b", r"\bregiments?\b", r"\bbattlefield\b",
    r"\b(were|been|was|are|being|got) (killed|wounded)\b", r"\bkilled (or|and) wounded\b", r"батальон\w*",
    r"бригад\w*", r"bataill?on\w*", r"battaglion\w*", r"batall[oó]n\w*",
    # soldiers in forms the stems above miss (Czech "vojáků", Ukrainian "бійці", Chinese "军人",
    # "朝鲜兵", Japanese "北朝鮮兵", Chinese and Japanese "参战" / "参戦")
    r"voják\w*", r"\bбійц\w*|\bбоєць\b", r"军人|軍人", r"(?<=朝鲜|朝鮮|北韩|北韓)(兵|军|軍)", r"参战|參戰|参戦",
]
RUSSIA_WAR = [
    r"russia\w*", r"ukrain\w*", r"moscow", r"kremlin", r"russland", r"ukraine", r"росси\w*", r"украин\w*",
    r"росі\w*", r"україн\w*", r"러시아", r"우크라이나", r"russie", r"rusia", r"russia", r"rússia", r"俄罗斯",
    r"俄", r"ロシア", r"ウクライナ", r"乌克兰", r"rosj\w*", r"rusk\w*", r"rusia", r"rusya", r"روسيا", r"أوكرانيا",
    r"ρωσ\w*", r"ουκραν\w*", r"რუსეთ\w*", r"უკრაინ\w*", r"rusij\w*", r"ucrain\w*", r"русия", r"украйна",
    # the Kursk region, in Russia and in the war
    r"kursk", r"курськ\w*", r"курск\w*", r"koursk", r"쿠르스크", r"库尔斯克", r"庫爾斯克", r"クルスク", r"كورسك", r"κουρσκ",
    r"კურსკ\w*",
]
# A wire or state-media dateline ("Pyongyang, June 27 (KCNA) --", "SEOUL, Oct. 18 (Yonhap) -"):
# where the text was filed, not what it is about
DATELINE = (r"^\s*[^\W\d][^,\n]{0,40}, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}"
            r"(?:, \d{4})?\s*(?:\([^)\n]{2,30}\))?\s*(?:--|—|–|-)\s*")
# German "laut" (according to), not the Indonesian and Malay "laut" (sea): "angkatan laut"
# (navy), "di laut", "Laut Cina Selatan"
_DE_LAUT = (r"\blaut\b"
            + "".join(rf"(?<!\b{w} laut)" for w in ("angkatan", "di", "ke", "dari", "lewat", "melalui", "jalur",
                                                  "kapal", "pangkalan", "pasukan", "perairan", "wilayah", "tepi",
                                                  "dasar", "air", "laut"))
            + r"(?! (?:cina|china|tiongkok|jepang|hitam|merah|kaspia|baltik|kuning|utara|selatan|timur|barat|dalam|"
              r"lepas)\b)")
# Distance: the text keeps the claim at arm's length.
HEDGES = [
    r"reportedly", r"allegedly", r"\balleged\b", r"purported\w*", r"supposedly", r"apparently",
    r"if confirmed", r"unverified", r"unconfirmed", r"could not (be )?(independently )?(verif|confirm)\w*",
    r"cannot be (independently )?verified", r"is said to", r"are said to", r"are believed to", r"is believed to",
    r"may have", r"might have", r"\bclaims?\b", r"\bclaimed\b", r"rumou?r\w*", r"according to", r"\bsources say\b",
    r"angeblich", r"mutmaßlich", r"\bsollen\b", r"\bsoll\b", r"berichten zufolge",
    r"nicht unabhängig (überprüf|bestätig)\w*",
    r"offenbar", _DE_LAUT, r"\bzufolge\b",
    r"якобы", r"предположительно", r"по данным", r"по сведениям", r"по информации", r"сообщается", r"как утверждается",
    r"не подтвержд\w*", r"по словам", r"вероятно", r"нібито", r"за даними", r"повідомляється", r"за словами",
    r"것으로 알려졌다", r"것으로 전해졌다", r"것으로 추정", r"주장", r"의혹", r"확인되지 않은", r"알려졌다", r"전해졌다", r"에 따르면",
    r"auraient", r"aurait", r"\bselon\b", r"présumé\w*", r"prétendu\w*", r"supposé\w*", r"non confirmé\w*",
    r"supuestamente", r"presuntamente", r"\bsegún\b", r"habrían", r"no confirmad\w*",
    r"presunt\w*",
    r"\bsecondo\b(?<!il secondo)(?<!del secondo)(?<!nel secondo)(?<!al secondo)(?<!un secondo)(?<!dal secondo)(?! (me|"
    r"noi)\b)",
    r"avrebbero", r"sarebbero", r"non confermat\w*",
    r"supostamente", r"alegadamente",
    r"\bsegundo\b(?<!o segundo)(?<!el segundo)(?<!do segundo)(?<!del segundo)(?<!um segundo)(?<!un segundo)"
    r"(?<!no segundo)(?<!ao segundo)(?<!al segundo)(?<!en segundo)(?<!em segundo)",
    r"teriam", r"não confirmad\w*",
    r"据报道", r"据称", r"据悉", r"传闻", r"未经证实", r"据(?<![数數证證依占割]据)(?!点|點)", r"とされ(る|て|た)", r"とみられ(る|て|た)", r"と報じられ", r"未確認",
    r"によると", r"伝えられ", r"rzekomo", r"podobno", r"według", r"ponoć", r"niepotwierdzon\w*",
    r"údajně", r"\bpodle\b", r"\bprý\b", r"nepotvrzen\w*", r"dilaporkan", r"diduga", r"menurut", r"kabarnya",
    r"belum dikonfirmasi", r"iddia\w*", r"bildirildi", r"\bgöre\b", r"doğrulanmamış", r"وفقا", r"بحسب", r"يزعم",
    r"مزعوم\w*", r"أفادت تقارير", r"تزعم", r"زعم\w*", r"مزاعم", r"ادعاء\w*", r"الادعاء", r"\bحسب\b",
    r"avrebbe", r"sarebbe", r"presumibilmente", r"stando a", r"утвержда(ется|лось)", r"声称", r"疑似", r"据报",
    r"твърди се", r"се твърди", r"\bуж\b", r"предполага се", r"\bспоред\b", r"φέρ(ε|ο)ν?ται", r"σύμφωνα με",
    r"φέρεται να", r"υποτιθέμεν\w*", r"φ[ηή]μ(ες|ολογ)\w*",
    # more hedges per language
    # en
    r"\buncorroborated\b",
    r"\bunverifiable\b|\b(impossible|unable|not possible) to (independently )?(verify|confirm)\b",
    r"\b(has|have|had|was|were|is|are) not (yet )?(been )?independently (verified|confirmed|corroborated)\b",
    r"\bno (independent|outside) (confirmation|verification)\b", r"\bostensibl[ey]\b|\breputed(ly)?\b",
    r"\b(is|are|was|were) reported to\b", r"\b(was|were|had been) said to\b",
    r"\bif (true|accurate|correct|genuine|authentic)\b|\bif (the )?reports? (is|are|prove) (true|accurate|correct)\b",
    # ru
    r"\bнеподтвержд[её]нн\w*|\bнепроверенн\w*",
    r"\bпо (некоторым|неофициальным|отдельным|ряду|неподтвержденным|непроверенным) (данным|сведениям|источникам|"
    r"оценкам|информации)\b",
    r"\bпо утверждени(ю|ям)\b", r"\bпо слухам\b|\bслух(и|ов|ам|ами|ах)\b", r"\bбудто бы\b|\bдескать\b",
    r"\bпредполагаем\w*",
    r"\b(невозможно|не удалось|не удается|нельзя|не представляется возможным) (независимо |"
    r"самостоятельно )?(проверить|подтвердить|верифицировать)\b|\b(проверить|подтвердить|"
    r"верифицировать) (\w+ ){0,3}(не удалось|не удается|невозможно)\b",
    r"\b(официальн\w* )?подтверждени[йя] (этому |этим данным |этой информации )?(нет|пока нет|не поступало)\b",
    # uk
    r"\bначебто\b", r"\bнепідтвердж\w*|\bне підтвердж\w*|\bнеперевірен\w*",
    r"\bза (неофіційними|деякими|непідтвердженими|окремими) (даними|відомостями|інформацією|оцінками)\b",
    r"\bчутк(и|ами|ам|ах)\b", r"\bне вдалося (незалежно )?(перевірити|підтвердити|верифікувати)\b",
    r"\b(як )?стверджу(ється|валося)\b|\bза твердженням\b",
    # de
    r"\bvermeintlich\w*", r"\bunbestätigt\w*",
    r"\b(lässt|ließ|ließen|lassen) sich (bislang |bisher |zunächst )?nicht (unabhängig )?(überprüfen|bestätigen|"
    r"verifizieren)\b|\bnicht (unabhängig )?(überprüfbar|verifizierbar|nachprüfbar)\b|\bunüberprüfbar\w*",
    r"\bdem vernehmen nach\b", r"\bgerücht\w*", r"\binoffiziell\w* (berichten|angaben|informationen|schätzungen)\b",
    r"\b(will|wollen|wollte|wollten) (\w+ ){0,4}(erfahren|beobachtet|gesehen|herausgefunden|erkannt|festgestellt|"
    r"identifiziert) haben\b",
    # fr
    r"\bse(raient|rait) (arriv|déploy|mort|tu[ée]|bless|captur|engag|pr[ée]sent|post|stationn|envoy)\w*",
    r"\brumeurs?\b",
    r"\binv[ée]rifi\w*|\bnon v[ée]rifi[ée]\w*|\bpas (pu )?[êe]tre (v[ée]rifi|confirm)\w*|\bimpossible (de|"
    r"à) (v[ée]rifier|confirmer)\b",
    r"\bdit-on\b|\bpara[iî]t-il\b|\bsemble-t-il\b|\bà en croire\b",
    # es
    r"\bsupuest[oa]s?\b(?<!por supuesto)",
    r"\bsin confirmar\b|\bno verificad\w*|\bsin verificar\b|\bno (se )?(ha|han) (podido|sido) (verificar|"
    r"confirmar|verificad\w*|confirmad\w*)|\bno (fue|ha sido) posible (verificar|confirmar)",
    r"\bse (dice|especula|sospecha) que\b",
    # it
    r"\bnon verificat\w*|\b(impossibile|non (è|è stato) possibile) verificar\w*|\bancora da (verificare|"
    r"confermare)\b|\bin attesa di conferm\w*",
    r"\bstarebbero\b", r"\bindiscrezion\w*", r"\bsi vocifera\b|\bvoci (di corridoio|insistenti)\b",
    # pt
    r"\bsupost[oa]s?\b", r"\balegad[oa]s?\b|\bpretens[oa]s?\b",
    r"\bn[ãa]o verificad\w*|\bsem confirma[çc][ãa]o\b|\bn[ãa]o (foi|é) poss[ií]vel (verificar|confirmar)\b|"
    r"\bn[ãa]o p[ôo]de ser (verificad|confirmad)\w*",
    # ko
    r"미확인", r"확인(되지 않았|되지 않고|되지 않아|되지 않는|할 수 없|이 안 된|이 되지 않|된 바 없)|검증(되지|할 수 없|된 바 없)",
    r"(라|다)는\s?(설(이|도|은|을|과|까지|마저|에)|소문|전언)", r"설(이|도)\s?(나돌|돌고|돌았|파다|무성)", r"루머|카더라",
    r"사실이라면|사실일 경우|사실로 확인될 경우|사실이면",
    # ja
    r"噂|うわさ|風説|流言", r"確認(されて|でき)(いない|ない|ず|ておらず)|確認が取れ(ていない|ない|ず)|検証(されて|でき)(いない|ない|ず)|未検証",
    r"真偽(は|が|の程は)?(不明|定か|わからない)",
    # zh
    r"據(報|稱|悉|傳|指|了解|瞭解|信)", r"传言|傳言|傳聞|坊间|坊間|外传|外傳|盛传|盛傳",
    r"未經證實|未獲證實|未获证实|尚未证实|尚未證實|有待证实|有待證實|无法(独立)?(证实|核实|核查)|無法(獨立)?(證實|核實|查證)",
    # pl
    r"\brzekom(y|a|e|i|ej|ego|ych|ym|ymi|emu|ą)\b",
    r"\bnie (został[aoy]?|zostały|zostało|jest|są|było|były) (jeszcze |dotąd |niezależnie )?potwierdzon\w*|"
    r"\bniezweryfikowan\w*|\bnie (udało|da|dało) się (niezależnie )?(zweryfikować|potwierdzić|sprawdzić)\b",
    r"\bjakoby\b", r"\bplotk\w*|\bpogłosk\w*", r"\bdomniema\w*",
    # bg
    r"\bнепотвърден\w*|\bне (е|са|бяха|беше) потвърден\w*",
    r"\bпо (неофициални|непотвърдени) (данни|сведения|информации)\b", r"\bслухове\w*|\bмълва\w*",
    r"\bне (може|можа|успя|успяхме|е възможно) (да )?(бъде )?(независимо )?(провери|потвърди|проверен|потвърден)\w*",
    # el
    r"\bφ[ηή]μ(ες|η|ης|ών)\b", r"\bφ[εέ]ρονται\b|\bφερ[οό]μεν\w*", r"\bυποτ[ιί]θεται\b",
    r"\bανεπιβεβα[ιί]ωτ\w*|\bδεν (έχει|έχουν|είχε) (ακόμη )?επιβεβαιωθε[ιί]\b|\bδεν (ήταν|"
    r"είναι) δυνατ[οό]ν? να (επαληθευτ|επιβεβαιωθ)\w*",
    r"\bεικ[αά]ζ\w*|\bεικασ[ιί]\w*", r"\bλ[εέ]γεται (ότι|πως)\b|\bκατ[αά] πληροφορ[ιί]ες\b",
    # ar
    r"(لم|لا) (يتسن[ىاّ]?|يمكن|يتم|نتمكن|تتمكن|يتمكن)\s(\w+\s){0,2}(التحقق|التأكد)",
    r"غير م[ؤو]كد[ةه]?|غير موثق[ةه]?", r"شائع(ات|ة)",
    # tr
    r"\bdoğrulana(madı|mayan|mıyor|mamıştır)\b|\bteyit edil(emedi|emeyen|medi|memiş)\w*",
    r"\b(öne|ileri) sürül(en|dü|üyor|mektedir)\b", r"\bsöylenti\w*",
    # sr/hr
    r"\bnavodn(o|i|a|e|ih|im|og|om|oj|u|ima)\b", r"\bнаводн(о|и|а|е|их|им|ог|ом|ој|у|има)\b",
    r"\bnepotvrđen\w*|\bнепотврђен\w*|\bnije (još )?(službeno |zvanično )?potvrđen\w*|\bније (још )?потврђен\w*",
    r"\b(tvrdi|nagađa|spekulira) se\b|\b(тврди|нагађа|спекулише) се\b", r"\bglasin\w*|\bгласин\w*",
    r"\bnije (bilo )?moguće (nezavisno |neovisno )?(provjeriti|proveriti|potvrditi)\b|"
    r"\bније (било )?могуће (независно )?(проверити|потврдити)\b",
    r"\bprema (navodima|tvrdnjama|neslužbenim|nezvaničnim|nepotvrđenim)\b|\bпрема (наводима|тврдњама|незваничним)\b",
    # cs
    r"\búdajn(í|ý|á|é|ých|ým|ými|ou|ého|ém|ému)\b|\bdajně\b",
    r"\bneověřen\w*|\bnebyl[aoiy]? (zatím |nezávisle )?(potvrzen|ověřen)\w*|\bnelze (nezávisle )?(ověřit|"
    r"potvrdit)\b|\b(se )?nepodařilo (se )?(nezávisle )?(ověřit|potvrdit)\b",
    r"\bfám(a|y|ám|ami|ách|ou|u)\b|\bzvěst(i|í|mi)?\b", r"\b(spekuluje|proslýchá) se\b", r"\bdomněl\w*",
    # ro
    r"\bpresupu[șşs]\w*|\bpretin[șşs]\w*",
    r"\bar fi (fost )?(trimi|ucis|mur|captur|sosit|dislocat|desf[ăa][șşs]ura|lupta|particip|ajuns|r[ăa]nit)\w*",
    r"\bneconfirmat\w*|\bnu (a|au) fost ([îi]nc[ăa] )?confirmat\w*|\bnu (a|au) putut fi (verificat|confirmat)\w*|"
    r"\bnu (poate|pot) fi (verificat|confirmat)\w*",
    r"\bzvon(uri|urile|urilor|ul)?\b|\bse zvone[șşs]te\b", r"\bse (spune|presupune|speculeaz[ăa]) c[ăa]\b",
    # the singular hearsay conditional (es "Corea del Norte habría enviado", pt "teria enviado",
    # it "starebbe"), and the plural "would be (there)" of es and pt
    r"\bhabría (\w+ )?\w+(ado|ada|ados|adas|ido|ida|idos|idas|cho|to|tos)\b", r"\bestarían\b",
    r"\bteria (\w+ )?\w+(ado|ada|ados|adas|ido|ida|idos|idas|to|tos)\b", r"\bestariam\b", r"\bstarebbe\b",
    # hearsay modals like the German "sollen": pl "mają walczyć", cs "mají bojovat", sl "naj bi"
    r"\b(ma|mają|miał|miała|miało|mieli|miały) (już |rzekomo |podobno )?(walczyć|być|trafić|zostać|przebywać|"
    r"uczestniczyć|brać udział|pojawić się|stacjonować|służyć|zginąć|ginąć)\b",
    r"\b(má|mají|měl|měla|mělo|měli|měly) (už |údajně )?(bojovat|být|přijet|dorazit|sloužit|působit|zasáhnout|"
    r"účastnit se|padnout)\b",
    r"\bnaj bi\b", r"\bdomnevn\w*",
    # sk (Slovak has its own lexicon too, in lexicon_langs), id, ja, ka
    r"\bvraj\b|\búdajne\b", r"\bkonon(nya)?\b|\bdisebut-sebut\b", r"という[。\n]|とのことだ|とのこと。",
    r"თითქოს", r"სავარაუდოდ", r"ინფორმაციით",
]
# Confirmation and assertion in the text's own voice.
BOOSTERS = [
    r"confirm\w*", r"acknowledg\w*", r"admit\w*", r"officially", r"clearly", r"indeed", r"evidence shows",
    r"it is now clear", r"for the first time", r"has sent", r"have been deployed", r"are fighting", r"were killed",
    r"bestätig\w*", r"offiziell", r"eingeräumt", r"räumte\w* ein", r"подтвер\w*", r"официально", r"признал\w*",
    r"공식", r"확인했다", r"인정", r"confirmé\w*", r"officiellement", r"reconnu\w*", r"confirm[óo]\w*",
    r"oficialmente", r"reconoci\w*", r"confermat\w*", r"ufficialmente", r"confirmou", r"reconheceu",
    r"证实", r"承认", r"正式", r"確認", r"認め", r"公式", r"potwierdzi\w*", r"oficjalnie", r"potvrdil\w*",
    r"oficiálně", r"mengonfirmasi", r"resmi", r"doğruladı", r"kabul etti", r"أكد", r"اعترف", r"رسميا",
    # en: certainty said as doubt ruled out ("there is little doubt that", "no reason to doubt")
    r"\bundoubtedly\b|\bindisputabl\w*|\bundeniabl\w*|\bunquestionabl\w*|\bundisputed\b",
    r"\b(no|little) (real |serious |longer any |longer )?(doubt|question) (that|about|now|any ?more)\b|"
    r"\bbeyond (any |all |reasonable )?doubt\b",
    r"\b(no|little) (real |good )?reason to (doubt|question|disbelieve)\b",
    r"\b(nobody|no one|no-one|few) (now |seriously |any longer |still |really )?(doubts?|disputes?) (that|it|this|the)\b",
    r"\bno longer (in dispute|in doubt|deniable|disputed|a secret)\b",
    # the same in other languages: certainty, and doubt or invention ruled out ("bien établie",
    # "bel et bien", "n'est pas inventé", "steht fest", "keine Erfindung", "не вызывает сомнений")
    r"\bbel et bien\b", r"\b(bien|désormais|solidement) (établie?s?|documentée?s?|avérée?s?)\b",
    r"\bincontestabl\w*|\bindéniabl\w*|\bindiscutabl\w*",
    r"\bne fait (plus )?(aucun|guère de|pas de|pas le moindre|plus de) doute\b",
    r"\b(n['’]est|ne sont) (pas|plus) (inventée?s?|une invention|une rumeur|un secret|une intox|à prouver|"
    r"contestée?s?)\b",
    r"\bzweifelsfrei\b|\bunbestreitbar\w*|\bunbestritten\w*|\bnachweislich\b",
    r"\b(kein|keinen) zweifel (daran|mehr|besteht|gibt)\b|\bsteht (inzwischen |längst |mittlerweile )?fest\b",
    r"\b(ist|sind|war) (längst |inzwischen |mittlerweile )?(keine|kein) (erfindung|gerücht|geheimnis|fake|"
    r"propaganda)\b",
    r"\bнесомненн\w*|\bбесспорн\w*|\bнеоспорим\w*|\bне (вызывает|оставляет|вызывают) (никаких )?сомнени\w*",
    r"\b(никаких|нет) сомнений\b|\b(уже|давно) не секрет\b|\bэто (уже )?не (фейк|слух|выдумка)\b",
    r"\bsin (lugar a |ninguna )?duda\b|\bindudablemente\b|\bya no es un secreto\b|\bfuera de (toda )?duda\b",
    r"\bindubbiamente\b|\bnon è più un segreto\b|\bfuori di(scussione| dubbio)\b",
    r"\bsem (qualquer |nenhuma )?dúvida\b|\bindiscutivelmente\b|\bjá não é segredo\b",
]
# Doubt: words that call the claim false, unproven or manufactured. When not attributed to
# someone else, the text's own doubt (the strongest sign of disagreement).
DENIAL = [
    r"\bfake\b", r"hoax", r"psy-?ops?\b", r"propagand\w*", r"\bfabricat(ed|ing|es)\b", r"\bfabrications\b",
    r"\b(a|pure|complete|total|outright|another|this|such) fabrication\b", r"no evidence",
    r"no proof", r"ghost army", r"so-called", r"groundless", r"baseless", r"\bmyth(s|ical)?\b(?!-)", r"nonsense",
    r"disinformation", r"misinformation", r"\bstaged (videos?|footage|photos?|images?|interviews?|clips?)\b",
    r"\b(these|more|western|pure|outright|blatant) lies\b", r"\blies (about|of)\b", r"\ba lie\b", r"made[- ]up",
    r"smear",
    r"not a single", r"there are no north korean", r"no north korean (troops|soldiers)", r"never sent",
    r"far-fetched", r"laughable", r"concoct\w*", r"pretext", r"pseudo\w*",
    r"no (specific |hard |real |credible )?(data|confirmation|evidence|proof)\b",
    r"not (a|one) (single )?(photo|body|prisoner)",
    r"information (operation|war|campaign)", r"cried wolf", r"unproven",
    r"falschmeldung", r"\bfake\b", r"erfunden\w*", r"haltlos\w*", r"\blüge\w*", r"keine belege", r"ohne belege",
    r"belege fehlen", r"фейк\w*", r"\bложь\w*", r"выдумк\w*", r"пропаганд\w*", r"вброс\w*", r"дезинформац\w*",
    r"так называем\w*", r"беспочвенн\w*", r"голословн\w*", r"брехн\w*", r"никаких доказательств",
    r"доказательств\w* нет", r"нет доказательств", r"псевдо\w*", r"вигадк\w*",
    r"가짜", r"허위", r"날조", r"근거 없는", r"거짓", r"조작(된|됐|극)", r"(여론|영상|사진|정보|증거|통계|언론)\s?조작", r"낭설", r"모략", r"증거(가|는)? 없",
    r"fausse\w*", r"infond[ée]\w*", r"mensonge\w*", r"\bintox\b", r"sans preuve\w*", r"aucune preuve", r"falso",
    r"falsa",
    r"bulo", r"infundad\w*", r"mentira\w*", r"intoxicaci[óo]n (informativa|medi[áa]tica)", r"sin pruebas",
    r"bufala", r"infondat\w*",
    r"senza prove", r"nessuna prova", r"boato", r"sem provas", r"谣言", r"虚假", r"捏造", r"造谣", r"无稽之谈",
    r"没有证据", r"毫无根据", r"所谓", r"デマ", r"虚偽", r"いわゆる", r"証拠はない",
    r"kłamstw\w*", r"bzdur\w*", r"tak zwan\w*", r"\blež\b", r"\blž(i|í|emi|ích|ím)\b", r"výmysl\w*", r"tzv\.",
    r"hoaks", r"bohong",
    r"yalan\b", r"uydurma", r"كاذب\w*", r"دعاية", r"ملفق\w*", r"أكاذيب", r"ما يسمى", r"لا دليل",
    # more doubt words per language (reviewed for false alarms on neutral and confirming news)
    # en
    r"\bunsubstantiat\w*", r"\bunfounded\b", r"\bfalsehoods?\b",
    r"\bfictitious\b|\b(pure|utter|complete|total|a work of) fiction\b", r"\bfalsifi\w*",
    r"\bdoctored\b|\bphotoshop\w*", r"deep-?fakes?\b", r"\bfake[ds]\b",
    r"\bforger(y|ies)\b|\bforged (documents?|papers?|ids?|passports?|videos?|footage|photos?|images?)\b",
    r"\bbogus\b|\bphoney\b|\bphony\b|\bspurious\b", r"\bfalse[- ]flag\b",
    r"\bnot (a|one|the) (single |slightest )?(shred|scrap|iota|speck|bit|piece|particle|"
    r"trace) of (\w+ )?(evidence|proof)\b",
    r"\bzero (evidence|proof)\b|\bwithout (any|a shred of|a single piece of|the slightest) (\w+ )?(evidence|proof)\b",
    r"\b(not|never) (been )?(backed|supported|substantiated|corroborated) (up )?by (any )?(evidence|facts|proof|"
    r"data)\b",
    # evidence that was not given, with "any" or a judging adjective ("has yet to present any
    # evidence", "without offering a shred of proof", "no solid evidence", "no data or proof",
    # "evidence was never presented"); the wire's bare "did not provide evidence" is neutral
    r"\b(not|n['’]t|never|failed to|yet to|unable to) (\w+ ){0,2}(provid|present|produc|show|offer|publish|releas|"
    r"furnish)\w* (any|a shred of|a single|a single piece of|one piece of|the slightest) (\w+ )?(evidence|proof)\b",
    r"\bwithout (providing|presenting|offering|giving|showing|producing|citing) (any|a shred of|a single|"
    r"a single piece of|the slightest) (\w+ )?(evidence|proof)\b",
    r"\bno (solid|concrete|credible|convincing|verifiable|reliable|conclusive|tangible|documentary|actual|firm|"
    r"serious|direct|clear|physical|photographic) (\w+ )?(evidence|proof)\b",
    r"\bno (\w+ )?(data|facts|figures|photos|documents) (or|and|nor) (\w+ )?(evidence|proof)\b",
    r"\b(evidence|proof) ([\w-]+ ){0,6}(was|were|has|have|had)( yet)? (never|not) (been )?(provided|presented|"
    r"produced|shown|offered|published|released|given)\b",
    r"\bnothing to (back|substantiate)\b", r"\b(scare|fear)[- ]?monger\w*|\bscare stor(y|ies)\b",
    r"\b(cry|cries|crying) wolf\b", r"\b(publicity|pr|media) stunts?\b",
    r"\bcharade\b|\bfarce\b|\bfairy[- ]?tales?\b|\btall tales?\b",
    r"\b(implausible|preposterous|outlandish|ludicrous)\b", r"\bhearsay\b",
    r"\b(invented|manufactured|fabled) (story|stories|threat|crisis|scandal|narrative|reports?)\b",
    r"\binformation (provocation|sabotage|stunt|attack)s?\b", r"\bgaslight\w*",
    r"\b(no|without any) (factual )?(basis|foundation) in (fact|reality)\b|\bhas no (factual )?basis\b",
    r"\bploys?\b|\bruses?\b|\bsmoke ?screens?\b|\bscam\b", r"\b(cooked|dreamed|dreamt|thought) up\b|\btrumped[- ]up\b",
    r"\bwishful thinking\b|\bfigments?\b|\bfantas(y|ies)\b", r"\bdubious\b",
    r"\b(hogwash|baloney|poppycock|codswallop|balderdash|twaddle|drivel|claptrap|rubbish|garbage|bullshit)\b",
    r"\b(non-?existent|imaginary|phantom|invisible) (north korean |korean )?(troops|soldiers|armies|army|battalions|"
    r"units|divisions|koreans|deployment|contingent|forces)\b",
    r"\b(is|are|was|were|simply|just|completely|totally|patently|plainly) (not true|untrue)\b", r"\bliars\b",
    r"\bfalse (claims?|reports?|stor(y|ies)|narratives?|allegations?|information|news)\b", r"\bdisinfo\b",
    r"\bhysteri(a|cal)\b|\b(hyped|hyping) up\b|\b(media|western|us|u\.s\.|nato|american|ukrainian|kyiv['’]s|"
    r"seoul['’]s|south korean) hype\b",
    r"\binvention\b", r"\b(long|widely|thoroughly|already|been|was|were|is|are) debunked\b|\bdebunked (stor(y|ies)|"
    r"claims?|myths?|narratives?|reports?|hoax\w*)\b",
    r"\b(does|do|did|would|will|can|could)(n't| not) (hold water|hold up|add up|"
    r"stand up to (any |serious )?scrutiny)\b",
    r"\bunsupported by (any |a shred of )?(evidence|facts|proof)\b",
    r"\b(nobody|no one|no-one|not one \w+( \w+)?) (has|have|had|was|were|is)( ever| yet| actually)?( been)? "
    r"(seen|shown|produced|photographed|filmed|found|presented|provided|published|identified)\b",
    # idioms of dismissal and first-person disbelief (checked against the agree and discuss texts of
    # the project's data and check sets)
    r"\bsmell test\b|\bfishy\b|\bsmoke and mirrors\b|\bred herrings?\b|\bcanards?\b|\bnothing-?burger\b|"
    r"\bout of thin air\b|\bhot air\b|\b(pure|total|complete|utter|is) bunk\b|\bmalarkey\b|\bcock-and-bull\b",
    r"\burban legends?\b|\bmirage\b|\bchimera\b|\bbogey-?m[ae]n\b|\bhouse of cards\b|\b(grain|pinch) of salt\b|"
    r"\bcircular reporting\b|\bclickbait\b|\bflims(y|ier|iest)\b|\bpaper-thin\b|\bhard to swallow\b",
    r"\b(pure|mere|media|pr|western|kyiv['’]s|ukrainian|political|more) spin\b",
    r"\b(a|pure|another|cheap|political|propaganda) stunt\b",
    r"\bconjur(ed|ing)\b",
    r"\b(malicious|big|blatant|outright|shameless|monstrous|brazen|absurd|vile|latest|same old) lies?\b",
    r"\bmanufactured (outrage|excuse|consent|pretext|evidence)\b",
    r"\b(i|we)( \w+)? (am|are|remain|'m|'re|’m|’re) (\w+ )?(unconvinced|not convinced)\b|"
    r"\bcolou?r me (\w+ )?(skeptical|sceptical|unconvinced|doubtful)\b|"
    r"\b(i|we)( \w+)? (am|are|remain|'m|'re|’m|’re) (\w+ )?(skeptical|sceptical|doubtful)\b",
    # doubt said plainly in the first person or as the writer's judgement ("I doubt the
    # reports", "there is good reason to doubt"); "no reason to doubt" is a booster above
    # (the doubt must name what is doubted as a report or its truth: "I doubt the troops will
    # change the war" doubts something else)
    r"\b(i|we) (\w+ ){0,2}(doubt|question) (the|these|those|such|this|that|any of the) ([\w-]+ ){0,3}(story|stories|claims?|"
    r"reports?|allegations?|narrative|existence|veracity|authenticity|accuracy|evidence)\b|"
    r"\b(i|we) (\w+ ){0,2}(doubt|question) (whether|if) (there (are|were|is|was|ever)|any)\b",
    r"\b(there is|there's|there are|we have|i have) (good |every |ample |serious |strong |some |plenty of )?"
    r"reasons? to (doubt|question|be (skeptical|sceptical|suspicious))\b",
    r"\b(highly|deeply|very|extremely) (doubtful|questionable|improbable)\b|"
    r"\b(it is|it's|it seems|it remains|this is|that is) (\w+ )?doubtful (that|whether)\b",
    r"\b(i|we) (do not|don't|don’t|can't|cannot|won't) (buy|believe)\b|\bnot buying\b|"
    r"\bbelieve\b[^.!?]{0,60}\bwhen (i|we|you) see\b", r"\bnothing to it\b",
    r"\brecycled (rumou?rs?|stor(y|ies)|claims?|reports?|footage|videos?|fakes?)\b",
    r"\b(is|are|was|were|remains?) (\w+ )?fiction\b", r"\bphantom (menace|threat)\b",
    r"\b(iraq\w*|saddam['’]s) wmds?\b|\bweapons of mass destruction\b|\bincubator bab(y|ies)\b|\bghost of kyiv\b|"
    r"\bgulf of tonkin\b",
    r"\b(nobody|no one|no-one) (can|could) (seem to )?(photograph|film|find|show|produce|locate)\b",
    r"\b(simply|patently|plainly|demonstrably|utterly|completely|totally|obviously) (false|untrue)\b",
    r"\bnowhere to be (found|seen)\b", r"\brumou?r-?monger\w*", r"\bdressed up as\b",
    r"\btoo (\w+ )?(good|convenient|neat) (\w+ )?to be true\b", r"\bbedtime stor(y|ies)\b",
    r"\bmanufactur(ing|ed) consent\b", r"\bnot a (shred|scrap|speck|iota) of\b",
    r"\b(won['’]t|doesn['’]t|does not|will not) make it (true|so|a fact)\b",
    # first-person disbelief, "nobody has shown them" and "not a single photo", as in English, in
    # French, German, Russian and Korean
    r"\bje n['’]y crois pas\b|\bje ne (le )?crois pas\b|\bje ne crois pas (un mot|que)\b",
    r"\bpersonne n['’]a (jamais |encore |vraiment )?(vu|montré|produit|présenté|photographié|filmé|trouvé|identifié)\b",
    r"\bpas (une seule|un seul) (photo|image|vidéo|preuve|trace|corps|cadavre|prisonnier|document)s?\b",
    r"\bich glaube (das |es |daran )?nicht\b|\bglaube ich nicht\b|\bich glaube kein wort\b",
    r"\bniemand hat (\w+ ){0,3}(gesehen|gezeigt|vorgelegt|fotografiert|gefilmt|gefunden|identifiziert)\b",
    r"\bkein(e|en)? einzige[snr]? (foto|bild|video|beweis|beleg|leiche|gefangene|dokument)\w*",
    r"\b(я )?(в это |этому )?не верю\b",
    r"\bникто (\w+ ){0,3}не (видел|показал|представил|предъявил|сфотографировал|снял|нашел|нашёл)\b",
    r"(안|못) 믿(는다|어|겠|습니다)|믿지 않(는다|아요|습니다)",
    r"(보여\s?준|본|제시한|내놓은|찍은) (사람|곳|나라|언론|기관)(은|도) (아무도 |하나도 )?없",
    # ru
    r"\bлж(и|ец|еца|ецы|ецов|ив\w*)\b", r"\bвр(ут|ёт|ет|ать|анье|аньё|анья|анью|аньем|аньём)\b", r"\bнеправд\w*",
    r"\bложн(ая|ой|ую|ые|ых|ым|ыми|ое|ого|ом) (информац|сведени|сообщени|данн|новост|слух)\w*",
    r"\bфальсиф[иі]\w*|\bфальшив\w*", r"\bсфабрик\w*|\bфабрикац\w*", r"\b[иі]нсцен\w*|\bпостановочн\w*",
    r"\bвымыс(ел|ла|лы|лом|лов)\b|\bвымышленн\w*", r"\bдомыс(ел|лы|лов|лам|лами|лах)\b",
    r"\bвыдума(л|ли|ла|но|ны|нн\w*|ть|ют|ет)\b|\bвыдумыва\w*", r"\bнадуман\w*",
    r"\bбезосновательн\w*|\bнеобоснованн\w*", r"\bмиф(ы|ов|ом|ам|ами|ах|а|у|е)?\b|\bмифическ\w*",
    r"\bсказк(а|и|у|ой|ами|ам|ах)\b|\bсказок\b|\bбайк(и|ами|ам|ах)\b",
    r"\bчуш[ьи]\b|\bбред(ни|ней|ов\w*)?\b|\bерунд\w*|\bчепух\w*",
    r"\bни одного (доказательства|подтверждения|факта|снимка|фото\w*|видео|пленного|тела)\b|"
    r"\bникаких (подтверждений|фактов|свидетельств|улик|снимков)\b",
    r"\bбез (каких-?либо|всяких|малейших|единого) (доказательств|фактов)\b",
    r"\bникаких (\w+ ){0,3}доказательств\b",
    r"\bдоказательств\w* ([\w-]+ ){0,4}(так и )?не (было )?(представ|предъяв|привед|привёл|предостав|показ|опубликов)\w*",
    r"\bне (представил|предъявил|привел|привёл|предоставил|показал)\w* (никаких|ни одного|ни единого) "
    r"(\w+ )?(доказательств|доказательства)\b",
    r"\bинформационн\w* (провокац|диверси|спецоперац|атак)\w*",
    r"\b(газетн|очередн|информационн)\w* утк(а|и|у|ой)\b", r"\bмистифик\w*|\bподделк\w*|\bподдельн\w*",
    r"\bпиар-?(ход|акци)\w*", r"\bмним(ый|ая|ое|ые|ых|ого|ой|ом|ым|ыми|ую)\b",
    # uk
    r"\bдезінформац\w*", r"\bбрехлив\w*|\bбреш(уть|е|ете)\b|\bбрехун\w*",
    r"\bвигада(н\w*|в|ли|ла|но|ти)\b|\bвигаду\w*",
    r"\bбезпідставн\w*|\bбез жодних доказів\b|\bжодних доказів\b|\bдоказів (немає|нема)\b|\bнемає (жодних )?доказів\b",
    r"\bміф(и|ів|ом|ам|ами|ах|а|у|і)?\b|\bміфічн\w*", r"\bмаячн\w*|\bнісенітниц\w*|\bдурниц\w*",
    r"\bвкид(и|ів|ом|у|ами|ах)?\b", r"\bпідроб(к|лен)\w*",
    # de
    r"d[eé]sinform\w*", r"falsch(nachricht|information|behauptung|darstellung|bericht|aussage)\w*",
    r"\bunbelegt\w*|\bunbewiesen\w*|\bunhaltbar\w*", r"\b(er|ver)logen\w*|\bgelogen\b|\blügt\b|\blügner\w*",
    r"märchen\w*", r"zeitungsente\w*", r"fälsch(t|te|ten|ter|tes|ung|ungen)\b|gefälscht\w*",
    r"\b(kein(en|e|erlei)?|ohne (jeden|jegliche[n]?|irgendwelche)|nicht (den|einen) (geringsten|einzigen)|"
    r"null) (stichhaltig\w* |belastbar\w* |konkret\w* |echt\w* |einzig\w* )?(beweis|beleg|nachweis|"
    r"anhaltspunkt)\w*",
    r"\bkein(en|e|erlei)? (\w+ ){0,3}(oder|und|noch) (\w+ )?(beweis|beleg|nachweis)\w*",
    r"\b(beweis|beleg|nachweis)\w* ([\w-]+ ){0,5}(wurden|wurde|sind|ist|hat|haben) (\w+ ){0,2}(nie|nicht|bislang nicht|"
    r"bisher nicht) (vorgelegt|erbracht|geliefert|präsentiert|veröffentlicht|gezeigt)\b",
    r"\b(beweis|nachweis|beleg)\w* (\w+ ){0,2}schuldig\b",
    r"\bnicht (belegt|bewiesen|nachgewiesen|erwiesen|belegbar)\b",
    r"\bhirngespinst\w*|\bpanikmache\w*|\bstimmungsmache\w*|\bschauergeschicht\w*",
    r"\b(unsinn|quatsch|blödsinn|schwachsinn|unfug)\b", r"vorw[aä]nd(e|en|s)?\b", r"\bfalsch(e|er|en) flagge\b",
    r"\bpr-?(gag|trick|stunt|show)\w*|\bschmierentheater\b|\bmedientheater\b", r"\bgefak(ed|t)\w*",
    # fr
    r"mensong[èe]r\w*", r"\bc['’]est (tout à fait |totalement |complètement |absolument |parfaitement )?faux\b",
    r"\bfaux (prisonniers?|soldats?|documents?|témoignages?|clichés|vidéos?|nord-cor[ée]ens)\b",
    r"\baffabul\w*|\bfabulation\w*",
    r"\binvent[ée]e?s? de toutes pi[èe]ces\b|\bde toutes pi[èe]ces\b|\bpures? inventions?\b",
    r"\bcanulars?\b|\bbobards?\b|\binfox\b", r"\b(balivernes?|foutaises?|fadaises?|sornettes?)\b", r"\bprétexte\w*",
    r"\b(la moindre|le moindre|l['’]ombre d['’]une?) (début de |commencement de )?(preuve|indice|"
    r"élément de preuve)\b|\baucun (indice|élément (de preuve|probant|tangible|concret|matériel))\b",
    r"\baucune? (\w+ ){0,3}(ou|ni|et) (\w+ )?preuves?\b",
    r"\bpreuves? ([\w'’-]+ ){0,6}(n['’]a|n['’]ont) (jamais |toujours pas |pas )?(été )?(fourni|présenté|produit|apporté|"
    r"montré|publié)e?s?\b",
    r"\bpoudre aux yeux\b|\bcoup de com(munication)?\b|\bop[ée]ration de com(munication)?\b",
    # es
    r"\bfalsedad(es)?\b|\bfalsead[oa]s?\b", r"\bmient(e|en)\b|\bmentiros[oa]s?\b",
    r"\bpatrañ\w*|\bembuste\w*|\bcuento chino\b|\bpaparrucha\w*", r"\binventad[oa]s?\b",
    r"\b(ninguna|ni una sola|ni una|la m[aá]s m[ií]nima|la menor) (prueba|evidencia)s?\b|\bno (hay|"
    r"existen?) (pruebas|evidencias?)\b",
    r"\bfarsa\w*|\bpantomima\w*",
    # it
    r"\bdisinformazion\w*|\bdisinformat[oaie]\b", r"\bfalsit[àa]\b|\bnotizi[ae] fals[ae]\b",
    r"\bmenzogn\w*|\bbugi[ae]\b|\bmentono\b|\bmendac\w*", r"\bfandonie?\b|\bfrottol\w*|\bpanzan\w*|\bbaggianat\w*",
    r"\binventat[oaie]\b|\bdi sana pianta\b", r"\bmontatur\w*", r"\bpretest(o|i|uos\w*)\b", r"\bsedicent\w*",
    r"\bpriv[oaie] di (ogni |qualsiasi )?fondamento\b|\bsenza (alcuna|nessuna|uno straccio di) prova\b|"
    r"\bnessun (riscontro|indizio)\b",
    # pt
    r"\bfalsidade\w*|\binverdade\w*", r"\bmentem\b", r"\bencena[çc][ãa]o\w*|\bencenad[oa]s?\b|\bteatrinho\b",
    r"\bsem (nenhuma|qualquer|a menor|a m[ií]nima) (prova|evid[êe]ncia)s?\b|\bnenhuma (prova|evid[êe]ncia)\b|"
    r"\bn[ãa]o h[áa] (nenhuma )?(provas?|evid[êe]ncias?)\b",
    # ko
    r"근거(가|도|는)\s?없|근거\s?없(다|이|음|고|었|던|으며)|근거없는", r"사실\s?무근", r"터무니\s?없", r"황당무계|허무맹랑", r"허구(?!한)",
    r"유언비어|괴담|헛소문|뜬소문|지라시", r"페이크", r"선전(선동|전|물|술|용|극)|프로파간다|흑색선전|마타도어", r"역정보|기만\s?(전술|작전|정보)",
    r"자작극|짜깁기|짜집기|연출된|합성(된|한|\s?사진|\s?영상)", r"입증(되지|된 바 없|할 수 없|된 적 없)|증명(되지|된 바 없)",
    r"증거(도|조차|하나)\s?(없|제시하지|내놓지)|아무런 (증거|근거|물증)|물증(이|도)?\s?없", r"소설(을\s?쓰|\s?쓰기|\s?같은|에 불과|이다)",
    r"억지\s?(주장|논리)|헛소리", r"여론\s?몰이|여론\s?공작|정치\s?공작|공작\s?정치", r"(핑계|구실)(로|삼아|일 뿐|에 불과)",
    # ja
    r"でっち(上|あ)げ", r"フェイク", r"偽(情報|ニュース|の情報|造)|ニセ(情報|ニュース)", r"根拠(の|が|は|も)?(ない|無い|なし|無し|なく)|事実無根|根も葉もない",
    r"証拠(が|も)(ない|無い|なく)|証拠なし|何の証拠も", r"プロパガンダ|宣伝工作", r"やらせ(だ|の|映像|動画|である)|自作自演", r"嘘|うそ(だ|の|っぱち)|でたらめ|出鱈目",
    r"情報操作|世論操作|印象操作", r"口実",
    # zh
    r"假(新闻|新聞|消息|信息|資訊|情报|情報|视频|視頻|影片|照片)", r"不实(?!际|用)|不實(?!際|用)", r"子虚乌有|子虛烏有|无中生有|無中生有|凭空|憑空", r"炒作",
    r"抹黑|污蔑|诬蔑|誣蔑|汙衊|污衊", r"编造|編造|杜撰|虚构|虛構", r"谎言|謊言|说谎|說謊|撒谎|撒謊",
    r"(没有|沒有|并无|並無|毫无|毫無|缺乏|拿不出)(任何)?(确凿|確鑿|可靠)?的?(证据|證據)", r"謠言|造謠|虛假|無稽之談|毫無根據|假訊息", r"借口|藉口|幌子",
    r"摆拍|擺拍|作秀|演戏|演戲|自导自演|自導自演",
    # pl
    r"\bdezinforma\w*", r"\bfejk\w*", r"\bkłam(ie|ią|liw\w*|c(a|y|ą|ów|ami|om)|ać|ali|ał)\b",
    r"\bs?fabrykowa\w*|\bfabrykacj\w*", r"\bwymysł\w*|\bwyssan\w* z palca\b|\bwymyślon\w*",
    r"\b(bez (żadnych|jakichkolwiek)|brak (jakichkolwiek |żadnych )?|nie ma (żadnych )?|żadnych) dowod(ów|u)\b",
    r"\bbezpodstawn\w*|\bnieprawd(a|y|ą|ę|zie|ziw\w*)\b|\bnieuzasadnion\w*",
    r"\bfałszyw\w*|\bsfałszowan\w*|\bfałszerstw\w*", r"\bustawk\w*|\bsfingowan\w*|\binscenizac\w*",
    r"\bmit(y|ów|ami|em|ach)\b", r"\bpretekst\w*",
    # bg
    r"\bлъж(а|ата|и|ите|ат|е|ец|ци)\b|\bлъжлив\w*", r"\bизмислиц\w*|\bизмислен\w*", r"\bскалъп\w*|\bфабрикуван\w*",
    r"\bфалшив\w*|\bфалшифи\w*", r"\bбезпочвен\w*|\bнеоснователн\w*",
    r"\b(без|няма) никакви доказателства\b|\bникакви доказателства\b|\bняма доказателства\b",
    r"\bмит(ове|овете|ът)\b|\bмитичн\w*", r"\bглупост(и|ите)\b|\bнелепост\w*", r"\bпод предлог\w*",
    r"\bпостановъчн\w*",
    # el
    r"\bψε[υύ]δ\w*|\bψε[υύ]τικ\w*|\bψ[εέ]μα(τα)?\b", r"\bπαραπληροφ[οό]ρ\w*",
    r"\bαβ[αά]σιμ\w*|\bαστ[ηή]ρικτ\w*|\bανυπ[οό]στατ\w*|\bαναπ[οό]δεικτ\w*",
    r"\bχωρ[ιί]ς (κανένα |καμία |καμιά )?(στοιχεί|απ[οό]δειξ|αποδε[ιί]ξ)\w*|\bκαν[εέ]να στοιχε[ιί]ο\b|"
    r"\bκαμ[ιί]α απ[οό]δειξη\b",
    r"\bχαλκε[υύ]\w*|\bχ[αά]λκευ\w*", r"\bμυθε[υύ]ματ\w*|\bμ[υύ]θευμα\b|\bπαραμ[υύ]θ\w*|\bμ[υύ]θο(ς|ι|υς)\b",
    r"\bδ[ηή]θεν\b", r"\bσκευωρ\w*|\bσκηνοθετημ[εέ]ν\w*", r"\bανοησ[ιί]\w*|\bαρλο[υύ]μπ\w*",
    # ar
    r"تضليل|مضلل", r"فبرك|مفبرك", r"زائف|مزيف|تزييف|مزور|تزوير",
    r"(دون|بدون|من دون) [أا]ي[ةه]? (دليل|[أا]دلة|[إا]ثبات|براهين)",
    r"(لا توجد|لا يوجد|ليس هناك|ليست هناك|لم تقدم|لم يقدم) (\w+ )?([أا]ي[ةه]? )?([أا]دلة|دليل|[إا]ثبات)",
    r"[أا]ساس (له|لها|لهم )?\s?من الصحة|عار[ٍ]?(ية|يه)? (تماما |تماماً )?عن الصحة", r"افتراء|اختلاق|مختلق",
    r"ذريعة|ذرائع", r"هراء|ترهات|خزعبلات",
    # tr
    r"\bdezenformasyon\w*", r"\byalan(lar|ları|ların|larla|cı|cılar|cılık|dır)\b", r"\bsahte\w*",
    r"\b(as[ıi]ls[ıi]z|mesnets[ıi]z|dayanaks[ıi]z|temels[ıi]z)\w*",
    r"\bhiçbir (kanıt|delil|belge)\w*|\b(kanıt|delil)\w* (yok|bulunmuyor|olmadan)\b|\bkanıtsız\w*",
    r"\buyduruk\w*|\bmasal(ı|ın|lar\w*|dan|dır)?\b|\bkurgulanmış\w*", r"\bçarpıt\w*",
    r"\bbahane(si|siyle|sile|ler)?\b", r"\bsaçma(lık|lığı|lar)?\b",
    # sr/hr
    r"\blaž(i|u|ima|e|no|n\w*|ov\w*)?\b|\bлаж(и|у|има|е|но|н\w*|ов\w*)?\b", r"\bфејк\w*",
    r"\bizmišlj\w*|\bизмишљ\w*", r"\bneosnovan\w*|\bнеоснован\w*",
    r"\bbez (ikakvih|ijednog) dokaza\b|\bnema (ikakvih |nikakvih )?dokaza\b|\bбез (икаквих|иједног) доказа\b|"
    r"\bнема (икаквих |никаквих )?доказа\b",
    r"\bobman(a|e|u|om)\b|\bобман(а|е|у|ом)\b", r"\bbesmislic\w*|\bбесмислиц\w*|\bgluposti\b|\bглупости\b",
    r"\bpodmetnut\w*|\bподметнут\w*",
    # cs
    r"\blživ\w*|\blhář\w*|\blž(ou|e|eš)\b|\blhal[aiy]?\b", r"\bfalešn\w*|\bzfalšova\w*|\bpadělan\w*|\bpodvrh\w*",
    r"\bvymyšlen\w*|\bsmyšlen\w*|\bvycucan\w* z prstu\b",
    r"\bbez (jakýchkoli(v)?|žádných) důkaz\w*|\bžádn(é|ý|ého) důkaz\w*",
    r"\bnepodložen\w*|\bneopodstatněn\w*|\bnepravdiv\w*|\bnesmysl\w*", r"\bzámink\w*",
    r"\bmýt(us|y|ů|em|ech|u)\b|\bmýtick\w*",
    # ro
    r"\bminciun[aăi]\w*|\bmincino[șşs]\w*", r"\b([șşs]tiri|informa[țţt]ii|afirma[țţt]ii) false\b",
    r"\bne[îi]ntemeiat\w*|\bnefondat\w*|\bnefundamentat\w*",
    r"\bf[ăa]r[ăa] (nicio|vreo|niciun fel de) (dovad[ăa]|dovezi|prob[ăa]|probe)\b|\bnicio (dovad[ăa]|prob[ăa])\b",
    r"\bn[ăa]scoci\w*|\binventat[ăa]?\b|\binventate\b",
    r"\b[îi]nscen[ăa]r\w*|\b[îi]nscenat\w*|\bmascarad\w*|\bfars[ăa]\b", r"\baiurel\w*|\bprostii\b|\bbaliverne\b",
]
# Verbs of denial: who denies (usually someone the text reports, not the text itself).
DENY_VERBS = [
    r"\bdeni\w*", r"\bdeny\w*", r"dismiss\w*", r"rejected", r"refut\w*", r"bestritt\w*", r"bestreit\w*",
    r"dementi\w*", r"wies\w* zurück", r"опроверг\w*", r"отрица\w*", r"부인", r"일축", r"démenti\w*", r"desmint\w*",
    r"smentit\w*", r"否认", r"否定", r"zaprzecz\w*", r"popřel\w*", r"membantah", r"yalanladı", r"نفى", r"спростув\w*",
]
# Words that ridicule or mock rather than deny outright.
RIDICULE = [r"\blol\b", r"\blmao\b", r"\bgive me a break\b", r"\byeah,? right\b", r"\bpull the other one\b",
            r"\bfunny how\b", r"\bvery convincing\b", r"\bwhat a coincidence\b",
            r"ridiculous", r"laughable", r"absurd\w*", r"clown\w*", r"wake up",
            r"sheeple", r"mainstream media", r"msm", r"\bwhere are the\b", r"show me", r"смешн\w*", r"абсурд\w*",
            r"lächerlich", r"코미디", r"웃기"]
NEGATION = [r"\bnot\b", r"\bno\b", r"\bnever\b", r"n't\b", r"\bnicht\b", r"\bkein\w*", r"\bнет\b", r"\bне\b",
            r"\bни\b", r"않", r"없", r"아니", r"\bpas\b", r"\bjamais\b", r"\bno\b", r"\bnunca\b", r"\bnão\b",
            r"\bnon\b", r"不", r"没有", r"ない", r"\bnie\b", r"\bne\b", r"\btidak\b", r"\bbukan\b", r"değil", r"\bلا\b",
            r"\bلم\b"]
# Verbs that attribute a statement to someone (language-independent shortlist; the full
# per-language list with categories lives in discourse.sources when present).
# "claims" and "alleged" attribute only as verbs ("Kyiv claims", "officials alleged that"), not as
# a noun or adjective ("the claims are baseless", "the alleged deployment")
_NOUN_BEFORE = ("the", "these", "those", "such", "their", "its", "this", "of", "any", "all", "his", "her", "an", "our",
                "false", "western", "media", "new", "latest", "similar", "unfounded", "baseless", "unverified",
                "earlier", "and", "or", "to")


def _as_verb(word: str) -> str:
    """``word`` unless a determiner or adjective before it makes it a noun (checked after the
    word, so the pattern still starts with a plain letter)."""
    return rf"\b{word}\b" + "".join(rf"(?<!\b{w} {word})" for w in _NOUN_BEFORE)


_NOT_NOUN_AFTER = (r"(?! (?:of|about|is|are|was|were|have|has|had|remain|seem|sound|by|regarding|made|from|circulating|"
                   r"that (?:the|north)))")
ATTRIBUTION = [
    r"\bsaid\b", r"\bsays\b", r"\btold\b", r"\bstated\b", r"\bclaimed\b", _as_verb("claims") + _NOT_NOUN_AFTER,
    _as_verb("alleged") + r"(?! (?:north|dprk|troops?|soldiers?|presence|deployment|participation|involvement|deaths?|"
    r"dispatch|sending|transfer|video|footage|capture|casualties|combat|fighting|killing)\b)",
    r"\baccording to\b", r"\breported\b", r"\bcited\b", r"\bwrote\b", r"\bannounced\b", r"\binsisted\b",
    r"\bdenied\b", r"\bdenies\b", r"\bdismissed\b", r"\bconfirmed\b", r"\backnowledged\b", r"\badmitted\b",
    r"\bsagte\b", r"\berklärte\b", r"\bteilte\w* mit\b", r"\bberichtete\b", _DE_LAUT, r"\bzufolge\b",
    r"заявил\w*", r"сообщил\w*", r"сказал\w*", r"по словам", r"по данным", r"утвержда\w*", r"отметил\w*",
    r"밝혔다", r"말했다", r"전했다", r"주장했다", r"보도했다", r"설명했다", r"따르면", r"a déclaré", r"a affirmé",
    r"\bselon\b", r"dijo", r"afirmó", r"según", r"ha detto",
    r"\bsecondo\b(?<!il secondo)(?<!del secondo)(?<!nel secondo)(?<!al secondo)(?<!un secondo)(?<!dal secondo)(?! (me|"
    r"noi)\b)",
    r"disse", r"afirmou",
    r"\bsegundo\b(?<!o segundo)(?<!el segundo)(?<!do segundo)(?<!del segundo)(?<!um segundo)(?<!un segundo)"
    r"(?<!no segundo)(?<!ao segundo)(?<!al segundo)(?<!en segundo)(?<!em segundo)",
    r"表示(?![さしすせ])", r"称(?<![名简簡号號堪对對俗通总總统統著职職]称)(?![为為赞讚号號作呼谓謂职職])", r"说(?<![小传据解演学再虽是以听]说)(?![明服法])", r"と述べ",
    # the same two in traditional characters
    r"說(?<![小傳據解演學再雖是以聽]說)(?![明服法])", r"稱(?<![名簡號堪對俗通總統著職]稱)(?![為讚號作呼謂職])",
    r"によると", r"powiedział\w*", r"według", r"řekl\w*", r"podle", r"mengatakan",
    r"menurut", r"\bdedi(ler)?\b", r"\ba[çc][ıi]klad[ıi](lar)?\b", r"göre", r"\b[وف]?قال(ت|وا|ا)?\b", r"وفقا", r"بحسب",
    r"أعلن\w*", r"\b[وف]?ذكر(ت|وا)?\b", r"أفاد\w*", r"صرح\w*", r"ha dichiarato", r"ha affermato", r"riferisce",
    r"声称", r"指出", r"透露", r"заяви\w*", r"\bказа\b", r"съобщи\w*", r"обвини\w*", r"δήλωσε", r"ανέφερε",
    r"μεταδίδ\w*", r"σύμφωνα",
    # more reporting verbs and attribution frames per language (checked against neutral own-voice news)
    # it: Italian
    r"\b(hanno|aveva|avevano|avrebbe|avrebbero) (detto|dichiarato|affermato|riferito|raccontato|spiegato|"
    r"precisato|osservato|commentato)\b|\bha (riferito|raccontato|spiegato|precisato|osservato|commentato)\b",
    r"\b(ha|hanno|aveva|avevano) (annunciato|comunicato|reso noto|fatto sapere|sottolineato|ribadito|evidenziato|"
    r"avvertito|rivelato|denunciato|scritto)\b",
    r"\b(ha|hanno|aveva|avevano|avrebbe) (confermato|ammesso|negato|smentito|riconosciuto)\b",
    r"\b(scrive|scrivono|riferiscono|afferma|affermano|dichiara|dichiarano|sottolinea|sottolineano|annuncia|"
    r"annunciano|dicono)\b",
    r"\bcome (riporta|riportano|riferisce|riferiscono|scrive|scrivono|spiega|sottolinea|afferma|ha riportato|"
    r"ha riferito|ha scritto|si legge)\b",
    r"\b(fa|fanno) sapere\b|\brend(e|ono) noto\b", r"\bcitando\b|\bcitat[oaie] (da|dal|dalla|dai|dalle|dall['’])",
    r"\ba detta d(i|el|ella|ei|egli|elle|ell['’])|\bnelle parole d(i|el|ella|ell['’])|\bper usare le parole d(i|"
    r"el|ella)",
    r"\b(in|nel corso di) un['’]intervista (a|al|alla|con)\b|\bintervistat[oaie] (da|dal|dalla)\b",
    r"\bsi legge (nel|nella|in una|in un)\b", r'[,"”»]\s*(ha |hanno )?aggiunt[oaie]\b|\b(ha|hanno) aggiunto che\b',
    # es: Spanish
    r"\b(informó|informaron|declaró|declararon|señaló|señalaron|indicó|indicaron|explicó|explicaron)\b",
    r"\b(precisó|precisaron|subrayó|reiteró|manifestó|apuntó|detalló|advirtió|advirtieron|denunció|denunciaron|"
    r"reportó|reportaron)\b",
    r"\b(afirma|afirman|afirmaron|señala|señalan|informan|dicen|relata|relatan|declara|declaran)\b",
    r"\b(ha|han|había|habían|habría|habrían) (dicho|declarado|informado|señalado|afirmado|indicado|explicado|"
    r"anunciado|denunciado|advertido|reiterado|precisado|manifestado|revelado)\b",
    r"\b(ha|han|había|habían) (reconocido|admitido|negado|confirmado|desmentido)\b|\b(reconoció|reconocieron|"
    r"admitió|admitieron|negó|negaron|confirmaron|desmintió|desmintieron)\b",
    r"\b(anunció|anunciaron|anuncia|anuncian)\b", r"\bcitando a\b|\bcitad[oa]s? por\b",
    r"\ben palabras de\b|\ben declaraciones (a|al|a la)\b|\ben (una )?entrevista (con|a|al)\b",
    r"\bde acuerdo con (fuentes|datos|informes|medios|estimaciones|el (ministerio|gobierno|pent[áa]gono|portavoz|"
    r"informe|diario|servicio|estado mayor)|la (agencia|inteligencia|oficina|cadena|prensa)|los (servicios|datos|"
    r"medios|informes)|las (autoridades|fuerzas|estimaciones|fuentes))\b",
    r'[,"”»]\s*(añadió|agregó|añadieron|agregaron|ha añadido|ha agregado)\b|\b(añadió|agregó|añadieron|'
    r'agregaron) que\b',
    # pt: Portuguese
    r"\b(declarou|declararam|informou|informaram|anunciou|anunciaram|afirmaram|disseram)\b",
    r"\b(sublinhou|salientou|frisou|explicou|explicaram|referiu|indicou|relatou|revelou|alertou|avisou|observou)\b",
    r"\b(dizem|afirma|afirmam|declara|refere|escreve|escrevem|relata|relatam|sublinha|informam)\b",
    r"\b(noticiou|noticiaram|reportou|reportaram|escreveu|escreveram)\b",
    r"\b(confirmou|confirmaram|reconheceu|reconheceram|admitiu|admitiram|negou|negaram|desmentiu|desmentiram)\b",
    r"\bde acordo com (fontes|dados|informa[çc][õo]es|estimativas|relatos|relat[óo]rios|a (ag[êe]ncia|imprensa|"
    r"intelig[êe]ncia|televis[ãa]o|emissora)|o (minist[ée]rio|governo|pent[áa]gono|porta-voz|jornal|canal|"
    r"servi[çc]o|relat[óo]rio|estado-maior)|os (servi[çc]os|dados|media|m[ée]dia)|as (autoridades|for[çc]as|"
    r"estimativas|fontes))\b",
    r"\bcitad[oa]s? (por|pela|pelo|pelos|pelas)\b|\bcitando\b",
    r"\bnas palavras d(e|o|a)\b|\bem declara[çc][õo]es (à|ao|aos|às|a)\b|\bem entrevista (à|ao|a)\b",
    r"\bconforme (noticiou|informou|relatou|avan[çc]ou|divulgou|escreveu|disse|afirmou|indicou|apurou)\b",
    r'[,"”»]\s*acrescent(ou|aram)\b|\bacrescent(ou|aram) que\b',
    # pl: Polish
    r"\b(poinformował|poinformowała|poinformowali|poinformowało|informuje|informują)\b",
    r"\b(oświadczył|oświadczyła|oświadczyli|oświadczyło|stwierdził|stwierdziła|stwierdzili|stwierdza)\b",
    r"\b(napisał|napisała|napisali|napisało|pisze|piszą)\b",
    r"\b(zaznaczył|zaznaczyła|zaznaczyli|podkreślił|podkreśliła|podkreślili|podkreśla)\b",
    r"\b(twierdzi|twierdzą|twierdził|twierdziła|twierdzili|przekonuje|przekonywał|przekonywała)\b",
    r"\b(ogłosił|ogłosiła|ogłosili|ogłosiło|potwierdził|potwierdziła|potwierdzili|potwierdziło)\b",
    r"\b(mówi|mówią|mówił|mówiła|mówili)\b",
    r"\bjak (podaje|podają|podał|podała|podali|podało|informuje|informują|pisze|piszą|relacjonuje|ustalił\w*|"
    r"przekazał\w*)\b",
    r"\bcytowan\w* przez\b|\bpowołując się na\b|\bw rozmowie z\b",
    r"\bzdaniem\b(?<!moim zdaniem)(?<!naszym zdaniem)", r'[,"”»]\s*doda(ł|ła|li)\b|\bdoda(ł|ła|li),? że\b',
    # cs: Czech
    r"\b(uvedl|uvádí|uvádějí)\b",
    r"\b(sdělil|sdělila|sdělili|sdělilo|sděluje|oznámil|oznámila|oznámili|oznámilo|oznamuje)\b",
    r"\b(prohlásil|prohlásila|prohlásili|prohlašuje)\b", r"\b(napsal|napsala|napsali|napsalo|píše|píší|píšou)\b",
    r"\b(tvrdí|tvrdil|tvrdila|tvrdili)\b",
    r"\b(zdůraznil|zdůraznila|zdůraznili|zdůrazňuje|podotkl|podotkla|poznamenal|poznamenala|konstatoval|"
    r"konstatovala)\b",
    r"\b(informoval|informovala|informovali|informovalo|informuje)\b",
    r"\b(citoval|citovala|citovali|cituje|citují|citovan[ýáéí])\b|\bs odvoláním na\b",
    r"\b(potvrdil|potvrdila|potvrdili|potvrdilo|připustil|připustila|připustili)\b",
    r"\b(říká|říkají|říkal|říkala)\b|\bv rozhovoru (pro|s)\b",
    r"\bjak (uvedl\w*|uvádí|píše|píší|napsal\w*|informoval\w*|informuje|sdělil\w*|řekl\w*|oznámil\w*)\b",
    r'[,"”»]\s*doda(l|la|li)\b|\bdoda(l|la|li),? že\b',
    # uk: Ukrainian
    r"\bповідоми(в|ла|ли|ло)\b|\bповідомля(є|ють)\b", r"\bсказав\b|\bка(же|жуть)\b|\bказа(в|ла|ли)\b",
    r"\bзазначи(в|ла|ли)\b|\bзазнача(є|ють)\b", r"\bнаголоси(в|ла|ли)\b|\bнаголошу(є|ють)\b|\bпідкресли(в|ла|ли)\b",
    r"\bрозпові(в|ла|ли)\b|\bрозповіда(є|ють)\b", r"\bнаписа(в|ла|ли)\b|\bпиш(е|уть)\b",
    r"\bстверджу(є|ють|вав|вала|вали)\b", r"\bоголоси(в|ла|ли)\b|\bпідтверди(в|ла|ли)\b",
    r"\bз посиланням на\b|\bза (інформацією|оцінками|повідомленням|даними|словами)\b",
    r"\bв інтерв['’ʼ]ю\b|\bяк (повідомля\w*|переда(є|ють)|пише|пишуть|інформу(є|ють))\b",
    r'[,"”»]\s*дода(в|ла|ли)\b|\bдода(в|ла|ли),? що\b',
    # bg: Bulgarian
    r"\bказаха\b|\bказва(т)?\b", r"\bнарече\b|\bнарекоха\b", r"\bтвърдят\b|\bтвърдеше\b|\bтвърдяха\b",
    r"\bпосочи(ха)?\b|\bподчерта(ха)?\b", r"\bобяви(ха)?\b", r"\bсъобщава(т|ха)?\b|\bзаявява(т)?\b", r"\bспоред\b",
    r"\bцитиран(а|и)? от\b|\bцитира(т)?\b|\bпо думите на\b", r"\bпише\b|\bнаписа\b",
    r"\bуточни(ха)?\b|\bотбеляза(ха)?\b|\bдопълни(ха)?\b|\bкоментира(ха)?\b|\bпотвърди(ха)?\b",
    r"\bв интервю (за|пред|с)\b", r'[,"”»]\s*добави(ха)?\b|\bдобави(ха)?,? че\b',
    # el: Greek
    r"\bε[ιί]π(ε|αν)\b", r"\bδ[ηή]λωσ(ε|αν)\b|\bδηλ[ωώ]ν(ει|ουν)\b", r"\bαν[εέ]φερ(ε|αν)\b|\bαναφ[εέ]ρ(ει|ουν)\b",
    r"\bισχυρ[ιί]στηκ(ε|αν)\b|\bισχυρ[ιί]ζ(εται|ονται)\b", r"\bγρ[αά]φ(ει|ουν)\b|\b[εέ]γραψ(ε|αν)\b",
    r"\bτ[οό]νισ(ε|αν)\b|\bυπογρ[αά]μμισ(ε|αν)\b|\bεπισ[ηή]μαν(ε|αν)\b",
    r"\bανακο[ιί]νωσ(ε|αν)\b|\bανακοιν[ωώ]ν(ει|ουν)\b", r"\bμετ[εέ]δωσ(ε|αν)\b|\bμεταδ[ιί]δ(ει|ουν)\b",
    r"\bεπικαλο[υύ]μεν(ος|η|ο|οι|ες|α)\b|\bεπικαλ[εέ]στηκ(ε|αν)\b", r"\bσε συν[εέ]ντευξ[ηή]\b|\bσ[υύ]μφωνα με\b",
    r"\bαποκ[αά]λυψ(ε|αν)\b", r'[,"”»]\s*πρ[οό]σθεσ(ε|αν)\b|\bπρ[οό]σθεσ(ε|αν) (ότι|οτι|πως)\b',
    # ar: Arabic
    r"\b[وف]?[يت]قول(ون|ان)?\b", r"\b[وف]?[أا]كد(ت|وا)?\b|\b[وف]?[يت]ؤكد(ون)?\b",
    r"\b[وف]?[أا]شار(ت|وا)? (\w+ ){0,3}?(إلى|الى)\b|\b[وف]?[يت]شير (\w+ ){0,2}?(إلى|الى)\b",
    r"\b[وف]?[أا]وضح(ت|وا)? (\w+ ){0,3}?[أا]ن\b", r"\b[وف]?[أا]ضاف(ت|وا)? (\w+ ){0,3}?[أا]ن\b",
    r"\b[وف]?نقلا عن\b|\b[وف]?نقل(ت|وا)? (وكالة|صحيفة|قناة|شبكة|موقع|وسائل)\b",
    r"\b[وف]?(زعمت|زعموا|ادعى|ادعت|ادعوا|[يت]دعي)\b", r"\b[وف]?شدد(ت|وا)? (\w+ ){0,3}?على\b",
    r"\b[وف]?[أا]ورد(ت|وا)?\b", r"\b[وف]?حسبما\b|\b[وف]?على حد (قول|تعبير)\b|\b[وف]?على لسان\b",
    r"\b[وف]?في (مقابلة|حديث) مع\b|\b[وف]?في تصريحات? (ل|صحفي)", r"\b[وف]?كشف(ت|وا)? (\w+ ){0,3}?(عن|[أا]ن)\b",
    # tr: Turkish
    r"\bbelirtti(ler)?\b|\bbelirterek\b|\bbelirten\b",
    r"\bs[öo]yled[iı](ler)?\b|\bs[öo]yl[üu]yor(lar)?\b|\bdiyor(lar)?\b",
    r"\bifade etti(ler)?\b|\bd[iı]le getirdi(ler)?\b", r"\bbildirdi(ler)?\b",
    r"\bvurgulad[ıi](lar)?\b|\bduyurdu(lar)?\b",
    r"\ba[çc][ıi]klad[ıi](lar)?\b|\ba[çc][ıi]klamas[ıi]nda\b|\ba[çc][ıi]klama yapt[ıi]\b",
    r"\biddia etti(ler)?\b|\biddia ediyor(lar)?\b|\b(öne|ileri) s[üu]rd[üu](ler)?\b",
    r"\byazd[ıi](lar)?\b|\bhaber verdi(ler)?\b|\baktaran\b", r"['’](?<=\w['’])(y?[ae]|n[ae]) konu[şs]an\b",
    # zh: Chinese
    r"报道|報導", r"援引|引述", r"宣布|宣佈", r"强调|強調", r"告诉", r"写道|寫道|发文|發文", r"聲稱|宣稱|報導稱|報道稱|指稱",
    r"据.{1,12}?介绍|據.{1,12}?介紹|接受.{1,15}?(采访|採訪|专访|專訪)", r"重申",
    # ja: Japanese
    r"と(発表|公表)", r"と明らかにし", r"と報じ(た|て|ま)", r"と伝え(た|て|ま)", r"と語(っ|り)(?!合)|と話し(?!合)",
    r"と(説明|強調|指摘|主張|表明|発言|警告|批判|投稿|回答|明言|断言)し", r"によれば", r"を引用し", r"(の取材|のインタビュー|の質問)に(対し|応じ|答え)|と答え",
    r"との(見方|見解|認識|考え|立場|声明|談話|見通し)を", r"と明かし",
    # ro: Romanian
    r"\b(a|au) (declarat|spus|afirmat|precizat|subliniat|explicat)\b",
    r"\b(a|au) (anun[țţt]at|comunicat|relatat|scris|men[țţt]ionat|dezv[ăa]luit|avertizat|reiterat|ar[ăa]tat c[ăa])\b",
    r"\b(a|au) (confirmat|recunoscut|negat|dezmin[țţt]it|admis)\b",
    r"\b(spune|declar[ăa]|afirm[ăa]|precizeaz[ăa]|subliniaz[ăa]|relateaz[ăa]|informeaz[ăa]|anun[țţt][ăa]|"
    r"noteaz[ăa]|scrie|scriu)\b",
    r"\bpotrivit\b(?! (pentru|s[ăa]|ca|de|"
    r"[șşs]i)\b)(?<!mai potrivit)(?<!cel potrivit)(?<!momentul potrivit)(?<!locul potrivit)(?<!timpul potrivit)"
    r"(?<!omul potrivit)",
    r"\bconform (unor|unei|unui|surselor|datelor|informa[țţt]iilor|agen[țţt]iei|presei|ministerului|"
    r"declara[țţt]iilor|relat[ăa]rilor|lui|estim[ăa]rilor|serviciilor|oficialilor|publica[țţt]iei|postului|"
    r"cotidianului)\b",
    r"\bcitat(ă|a)? de\b|\bcita[țţt]i de\b|\bciteaz[ăa]\b",
    r"\b[îi]n cuvintele (lui|sale|ei)\b|\bdup[ăa] cum (a declarat|a spus|a precizat|relateaz[ăa]|scrie|"
    r"informeaz[ăa]|anun[țţt][ăa]|a anun[țţt]at|a transmis)\b|\b[îi]ntr-un interviu (pentru|acordat|cu)\b",
    r'[,"”»]\s*(a|au) ad[ăa]ugat\b|\b(a|au) ad[ăa]ugat c[ăa]\b',
    # sr/hr: Serbian / Croatian
    r"\b(rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao)\b", r"\b(naveo|navela|naveli|navodi|navode)\b",
    r"\b(saopštio|saopštila|saopštili|saopćio|saopćila|saopćili|priopćio|priopćila|priopćili|priopćilo|saopšteno|"
    r"priopćeno)\b",
    r"\b(poručio|poručila|poručili|istaknuo|istaknula|istakao|istakla|naglasio|naglasila|naglasili)\b",
    r"\b(tvrdio|tvrdila|tvrdili)\b",
    r"\bkako (je |su )?(rekao|rekla|izjavio|izjavila|naveo|navela|kazao|poručio|piše|pišu|javlja|javljaju|prenosi|"
    r"prenose|navodi|navode|tvrdi|tvrde|ka[žz]e|ka[žz]u|saopćeno|priopćeno|saopšteno|prenijeli|preneli)\b",
    r"\bprema (riječima|rečima|podacima|izvorima|informacijama|izvješ[ćc]u|izvještaju|izveštaju|pisanju|"
    r"procjenama|procenama|saznanjima|tvrdnjama|navodima|ocjeni|oceni|mišljenju)\b",
    r"\b(piše|pišu|javlja|javljaju|prenosi|prenose) (agencija|list|portal|dnevnik|televizija|hina|tanjug|beta|"
    r"reuters|ap|afp|bbc|cnn|n1|rts|hrt|rtl|index|jutarnji|večernji|blic|politika|novosti|danas|nova|sputnik)\b",
    r"\b(рекао|рекла|рекли|изјавио|изјавила|изјавили|казао|навео|саопштио|саопштила|саопштили|поручио|нагласио|"
    r"нагласила|истакао|истакла)\b",
    r"\b(potvrdio|potvrdila|potvrdili|priznao|priznala|priznali|negirao|negirala|demantirao|demantovao)\b",
    r"\bu (intervjuu|razgovoru) (za|s|sa)\b|\bу (интервјуу|разговору) (за|са)\b",
    r'[,"”»]\s*(je |su )?doda(o|la|li)\b|\bdoda(o|la|li) (je |su )?da\b|[,"”»]\s*(је |су )?дода(о|ла|ли)\b|'
    r'\bдода(о|ла|ли) (је |су )?да\b',
    # de: German
    r"\bnach (angaben|informationen|einschätzung|einschätzungen|aussage|aussagen|darstellung|erkenntnissen|"
    r"schätzungen)\b",
    r"\bunter berufung auf\b", r"\bzitiert(e|en)?\b",
    r"\b(gab|gaben) (\w+ ){0,3}?an(?=[,.;:!?]| dass\b|$)|\bangegeben\b",
    r"\b(verkündete|verkündeten|bekräftigte|bekräftigten|versicherte|versicherten|unterstrich|unterstrichen|"
    r"äußerte|äußerten)\b",
    r"\b(sprach|sprachen) von\b|\b(nannte|nannten)\b|\bbezeichnete(n)? (\w+ ){0,4}?als\b",
    r"\bim (interview|gespräch) mit\b", r"\b(warf|warfen) (\w+ ){0,4}?vor(?=[,.;:!?]| dass\b|$)|\bvorgeworfen\b",
    # fr: French
    r"\bd['’]après\b(?!-)", r"\bcitant\b|\bcité(e|s|es)? par\b",
    r"\b(a|ont|avait|avaient) (précisé|estimé|fait savoir|écrit|raconté|révélé|averti|martelé|signalé|réaffirmé|"
    r"répété|insisté)\b",
    r"\bont (annoncé|expliqué|souligné|assuré|nié|prétendu|accusé)\b",
    r"\b(précise|précisent|affirment|déclarent|indiquent|estiment|soulignent|martèle|martèlent|avertit|écrivent)\b",
    r"\binterrogé(e|s|es)? par\b|\bdans un entretien (à|au|avec|accordé)\b",
    r"\bde source (\w+ )?(militaire|diplomatique|sécuritaire|officielle|gouvernementale|proche|ukrainienne|russe|"
    r"américaine|sud-coréenne)\b|\bde même source\b",
    r"\baux dires d(e\b|u\b|es\b|['’])|\bpour reprendre les (mots|termes) d(e\b|u\b|es\b|['’])",
    # ru: Russian
    r"\bкак (переда[её]т|передают|пишет|пишут|сообщает|сообщают|информирует|указывает)\b", r"\bпиш(ет|ут)\b",
    r"\bсо ссылкой на\b", r"\bцитиру(ет|ют)\b|\bпроцитирова(л|ла|ли)\b",
    r"\bуточни(л|ла|ли)\b|\bпоясни(л|ла|ли)\b|\bуказа(л|ла|ли)\b",
    r"\bпо (мнению|оценкам|оценке|информации|сообщениям|версии)\b", r"\bв интервью\b|\bв беседе с\b",
    r"\bзаверил\w*|\bзаверя(ет|ют)\b|\bконстатирова(л|ла|ли)\b",
    # ko: Korean
    r"에 의하면", r"인용(해|하여|한|했)", r"(다|라)(?<!바라)며\s",
    # quotatives, past, present and hearsay ("…라고 했다", "…라고 하고", "…다고 한다")
    r"(다|라|냐|자)고\s?(했(다|으며|고|습니다|는데)|한다|하고|하네|하며|하는데|합니다|해요|하더라)",
    r"(언급|발언|답변|답|평가|전망|시사)했(다|으며|고|습니다)|알렸(다|으며|고|습니다)", r"(추정|폭로)했(다|으며|고|습니다)",
    r"인터뷰에서|와의 인터뷰|과의 인터뷰|기자회견에서|취재진에게|기자들에게",
]
SCARE_QUOTE = r"[\"“«„']\s*(?:north korean|nordkoreanisch\w*|северокорейск\w*|북한군)[^\"”»“']{0,30}[\"”»“']"
