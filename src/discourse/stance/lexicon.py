"""Cue lexicons for stance: relevance, distance (hedges), confirmation, denial, ridicule.

Plain data, readable in a methods section. Patterns are regular expressions matched
case-insensitively on a sentence. Languages: en, de, fr, ru, ko fully; es, it, pt, uk,
pl, cs, zh, ja, id, tr, ar with the main cues. Extend by passing your own lexicon to
:class:`discourse.stance.StanceScorer`.
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
    r"كوري\w* شمالي\w*", r"coreea de nord", r"nord-coreen\w*", r"βόρει\w* κορέα\w*", r"βορειοκορε\w*",
    r"ჩრდილოეთ კორე\w*", r"severn\w* korej\w*", r"sjevern\w* korej\w*", r"севернокоре\w*", r"северо-?корей\w*",
    r"північно-?корей\w*",
]
# What: soldiers, deployment, the war, Russia, Kursk.
DEPLOYMENT = [
    r"troop\w*", r"soldier\w*", r"military personnel", r"servicem[ae]n", r"deploy\w*", r"dispatch\w*",
    r"mercenar\w*", r"kursk", r"frontline", r"front line", r"casualt\w*", r"captur\w*", r"interrogat\w*", r"prisoners? of war",
    r"\bpows?\b", r"sent .{0,30}\bto (russia|fight|the front)", r"\b(fight|fought|fighting) (for|alongside|in) russia",
    r"(forces|units|army|infantry|men) (in|to) (russia|kursk)", r"cannon fodder", r"fallen soldiers?",
    r"truppen", r"soldat\w*", r"einsatz", r"kämpf\w*", r"gefallen\w*", r"gefangen\w*", r"söldner\w*",
    r"войск\w*", r"солдат\w*", r"военнослужащ\w*", r"военн(ые|ых|ым|ыми)\b", r"курск\w*", r"бойц\w*", r"наемник\w*", r"наёмник\w*",
    r"пленн\w*", r"військ\w*", r"вояк\w*", r"파병", r"병력", r"군인", r"장병", r"쿠르스크", r"포로", r"사상자",
    r"전사", r"북한군", r"troupes", r"soldats", r"militaires nord", r"combattant\w*", r"koursk", r"tropas", r"soldados",
    r"truppe", r"soldati", r"士兵", r"军队", r"派兵", r"部队", r"兵士", r"部隊", r"派遣", r"库尔斯克", r"クルスク",
    r"wojsk\w*", r"żołnierz\w*", r"vojác\w*", r"vojsk\w*", r"tentara", r"pasukan", r"prajurit", r"asker\w*",
    r"قوات", r"جنود", r"جندي", r"كورسك", r"στρατ\w*", r"κουρσκ", r"ჯარისკაც\w*", r"კურსკ\w*", r"vojak\w*",
    r"trupe", r"soldați", r"войници", r"войски",
]
RUSSIA_WAR = [
    r"russia\w*", r"ukrain\w*", r"moscow", r"kremlin", r"russland", r"ukraine", r"росси\w*", r"украин\w*",
    r"росі\w*", r"україн\w*", r"러시아", r"우크라이나", r"russie", r"rusia", r"russia", r"rússia", r"俄罗斯",
    r"俄", r"ロシア", r"ウクライナ", r"乌克兰", r"rosj\w*", r"rusk\w*", r"rusia", r"rusya", r"روسيا", r"أوكرانيا",
    r"ρωσ\w*", r"ουκραν\w*", r"რუსეთ\w*", r"უკრაინ\w*", r"rusij\w*", r"ucrain\w*", r"русия", r"украйна",
]
# Distance: the text keeps the claim at arm's length.
HEDGES = [
    r"reportedly", r"allegedly", r"\balleged\b", r"purported\w*", r"supposedly", r"apparently",
    r"if confirmed", r"unverified", r"unconfirmed", r"could not (be )?(independently )?(verif|confirm)\w*",
    r"cannot be (independently )?verified", r"is said to", r"are said to", r"are believed to", r"is believed to",
    r"may have", r"might have", r"\bclaims?\b", r"\bclaimed\b", r"rumou?r\w*", r"according to", r"\bsources say\b",
    r"angeblich", r"mutmaßlich", r"\bsollen\b", r"\bsoll\b", r"berichten zufolge", r"nicht unabhängig (überprüf|bestätig)\w*",
    r"offenbar", r"\blaut\b", r"\bzufolge\b",
    r"якобы", r"предположительно", r"по данным", r"по сведениям", r"по информации", r"сообщается", r"как утверждается",
    r"не подтвержд\w*", r"по словам", r"вероятно", r"нібито", r"за даними", r"повідомляється", r"за словами",
    r"것으로 알려졌다", r"것으로 전해졌다", r"것으로 추정", r"주장", r"의혹", r"확인되지 않은", r"알려졌다", r"전해졌다", r"에 따르면",
    r"auraient", r"aurait", r"\bselon\b", r"présumé\w*", r"prétendu\w*", r"supposé\w*", r"non confirmé\w*",
    r"supuestamente", r"presuntamente", r"\bsegún\b", r"habrían", r"no confirmad\w*",
    r"presunt\w*", r"\bsecondo\b", r"avrebbero", r"sarebbero", r"non confermat\w*",
    r"supostamente", r"alegadamente", r"\bsegundo\b", r"teriam", r"não confirmad\w*",
    r"据报道", r"据称", r"据悉", r"传闻", r"未经证实", r"据", r"とされる", r"とみられる", r"と報じられ", r"未確認",
    r"によると", r"伝えられ", r"rzekomo", r"podobno", r"według", r"ponoć", r"niepotwierdzon\w*",
    r"údajně", r"\bpodle\b", r"\bprý\b", r"nepotvrzen\w*", r"dilaporkan", r"diduga", r"menurut", r"kabarnya",
    r"belum dikonfirmasi", r"iddia\w*", r"bildirildi", r"\bgöre\b", r"doğrulanmamış", r"وفقا", r"بحسب", r"يزعم",
    r"مزعوم\w*", r"أفادت تقارير", r"تزعم", r"زعم\w*", r"مزاعم", r"ادعاء\w*", r"الادعاء", r"\bحسب\b",
    r"avrebbe", r"sarebbe", r"presumibilmente", r"stando a", r"утвержда(ется|лось)", r"声称", r"疑似", r"据报",
    r"твърди се", r"се твърди", r"\bуж\b", r"предполага се", r"\bспоред\b", r"φέρ(ε|ο)ται", r"σύμφωνα με",
    r"φέρεται να", r"υποτιθέμεν\w*", r"φημ(ες|ολογ)\w*",
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
]
# Doubt: words that call the claim false, unproven or manufactured. When not attributed to
# someone else, the text's own doubt (the strongest sign of disagreement).
DENIAL = [
    r"\bfake\b", r"hoax", r"psy-?ops?\b", r"propaganda", r"fabricat\w*", r"fabrication", r"no evidence",
    r"no proof", r"ghost army", r"so-called", r"groundless", r"baseless", r"\bmyth\w*", r"nonsense",
    r"disinformation", r"misinformation", r"\bstaged (videos?|footage|photos?|images?|interviews?|clips?)\b",
    r"\b(these|more|western|pure|outright|blatant) lies\b", r"\blies (about|of)\b", r"\ba lie\b", r"made[- ]up", r"smear",
    r"not a single", r"there are no north korean", r"no north korean (troops|soldiers)", r"never sent",
    r"far-fetched", r"laughable", r"concoct\w*", r"pretext", r"pseudo\w*",
    r"no (specific |hard |real |credible )?(data|confirmation|evidence|proof)\b", r"not (a|one) (single )?(photo|body|prisoner)",
    r"information (operation|war|campaign)", r"cried wolf", r"unproven",
    r"falschmeldung", r"\bfake\b", r"erfunden\w*", r"haltlos\w*", r"\blüge\w*", r"keine belege", r"ohne belege",
    r"belege fehlen", r"фейк\w*", r"\bложь\w*", r"выдумк\w*", r"пропаганд\w*", r"вброс\w*", r"дезинформац\w*",
    r"так называем\w*", r"беспочвенн\w*", r"голословн\w*", r"брехн\w*", r"никаких доказательств",
    r"доказательств\w* нет", r"нет доказательств", r"псевдо\w*", r"вигадк\w*",
    r"가짜", r"허위", r"날조", r"근거 없는", r"거짓", r"조작", r"낭설", r"모략", r"증거(가|는)? 없",
    r"fausse\w*", r"infond[ée]\w*", r"mensonge\w*", r"intox", r"sans preuve\w*", r"aucune preuve", r"falso", r"falsa",
    r"bulo", r"infundad\w*", r"mentira\w*", r"intoxicaci[óo]n", r"sin pruebas", r"bufala", r"infondat\w*",
    r"senza prove", r"nessuna prova", r"boato", r"sem provas", r"谣言", r"虚假", r"捏造", r"造谣", r"无稽之谈",
    r"没有证据", r"毫无根据", r"所谓", r"デマ", r"虚偽", r"いわゆる", r"証拠はない",
    r"kłamstw\w*", r"bzdur\w*", r"tak zwan\w*", r"\blež\w*", r"výmysl\w*", r"tzv\.", r"hoaks", r"bohong",
    r"yalan\b", r"uydurma", r"كاذب\w*", r"دعاية", r"ملفق\w*", r"أكاذيب", r"ما يسمى", r"لا دليل",
]
# Verbs of denial: who denies (usually someone the text reports, not the text itself).
DENY_VERBS = [
    r"\bdeni\w*", r"\bdeny\w*", r"dismiss\w*", r"rejected", r"refut\w*", r"bestritt\w*", r"bestreit\w*",
    r"dementi\w*", r"wies\w* zurück", r"опроверг\w*", r"отрица\w*", r"부인", r"일축", r"démenti\w*", r"desmint\w*",
    r"smentit\w*", r"否认", r"否定", r"zaprzecz\w*", r"popřel\w*", r"membantah", r"yalanladı", r"نفى", r"спростув\w*",
]
# Words that ridicule or mock rather than deny outright.
RIDICULE = [r"\blol\b", r"\blmao\b", r"ridiculous", r"laughable", r"absurd\w*", r"clown\w*", r"wake up",
            r"sheeple", r"mainstream media", r"msm", r"\bwhere are the\b", r"show me", r"смешн\w*", r"абсурд\w*",
            r"lächerlich", r"코미디", r"웃기"]
NEGATION = [r"\bnot\b", r"\bno\b", r"\bnever\b", r"n't\b", r"\bnicht\b", r"\bkein\w*", r"\bнет\b", r"\bне\b",
            r"\bни\b", r"않", r"없", r"아니", r"\bpas\b", r"\bjamais\b", r"\bno\b", r"\bnunca\b", r"\bnão\b",
            r"\bnon\b", r"不", r"没有", r"ない", r"\bnie\b", r"\bne\b", r"\btidak\b", r"\bbukan\b", r"değil", r"\bلا\b",
            r"\bلم\b"]
# Verbs that attribute a statement to someone (language-independent shortlist; the full
# per-language list with categories lives in discourse.sources when present).
ATTRIBUTION = [
    r"\bsaid\b", r"\bsays\b", r"\btold\b", r"\bstated\b", r"\bclaimed\b", r"\bclaims\b", r"\balleged\b",
    r"\baccording to\b", r"\breported\b", r"\bcited\b", r"\bwrote\b", r"\bannounced\b", r"\binsisted\b",
    r"\bdenied\b", r"\bdenies\b", r"\bdismissed\b", r"\bconfirmed\b", r"\backnowledged\b", r"\badmitted\b",
    r"\bsagte\b", r"\berklärte\b", r"\bteilte\w* mit\b", r"\bberichtete\b", r"\blaut\b", r"\bzufolge\b",
    r"заявил\w*", r"сообщил\w*", r"сказал\w*", r"по словам", r"по данным", r"утвержда\w*", r"отметил\w*",
    r"밝혔다", r"말했다", r"전했다", r"주장했다", r"보도했다", r"설명했다", r"따르면", r"a déclaré", r"a affirmé",
    r"\bselon\b", r"dijo", r"afirmó", r"según", r"ha detto", r"secondo", r"disse", r"afirmou", r"segundo",
    r"表示", r"称", r"说", r"と述べ", r"によると", r"powiedział\w*", r"według", r"řekl\w*", r"podle", r"mengatakan",
    r"menurut", r"dedi", r"açıkladı", r"göre", r"قال", r"وفقا", r"بحسب",
    r"قال\w*", r"أعلن\w*", r"ذكر\w*", r"أفاد\w*", r"صرح\w*", r"ha dichiarato", r"ha affermato", r"riferisce",
    r"声称", r"指出", r"透露", r"заяви\w*", r"каза\b", r"съобщи\w*", r"обвини\w*", r"δήλωσε", r"ανέφερε",
    r"μεταδίδ\w*", r"σύμφωνα",
]
SCARE_QUOTE = r"[\"“«„']\s*(?:north korean|nordkoreanisch\w*|северокорейск\w*|북한군)[^\"”»“']{0,30}[\"”»“']"
