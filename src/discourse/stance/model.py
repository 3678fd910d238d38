"""StanceScorer: stance toward a target claim, per sentence and per document.

Method (for a methods section):
1. Sentences (Punkt, per language) are scored for cues (:mod:`.cues`): relevance to the
   claim (North Korea together with soldiers/deployment/the war; a sentence on the soldiers
   and the war that does not name the country is relevant when one of the two sentences
   before it names North Korea, as in "... Seoul says. Many have moved to Kursk."),
   distance (hedges such as "reportedly", "sollen", "якобы"), confirmation, doubt ("fake", "no evidence was
   presented", "pretext", "вброс", "가짜뉴스", "bulo"), verbs of denial, ridicule, negation,
   words of proof in ironic quotation marks (Kyiv's "evidence", cue ``denial:"evidence"``),
   scare quotes, questions, and attribution to a source (reporting verbs, "according to"),
   with the source's group. A sentence is in the text's own voice when nothing attributes it
   and it is not a quotation. Quotations include those running over several sentences and
   an English sentence that goes on with a denial reported just before it ("... rejected
   the report. Such statements are baseless": "continues reported speech"). Verbs that
   relay a characterisation ("branded the reports a hoax", "denounced them as a smear")
   attribute like reporting verbs. Doubt words inside quotation marks are someone else's
   ("quoted doubt"); a negated one ("it was never a fake") is not doubt, as a negated English
   hedge ("it is not a rumour anymore") is no distance; nor is doubt aimed
   at the deniers ("Kremlin propaganda", "Moscow's denial is a lie": "doubt of the deniers"),
   nor (English) a word that names how the soldiers were hidden ("issued fake Russian IDs":
   "concealment") or "propaganda" naming state output ("a propaganda film on state TV").
2. A sentence classifier (logistic regression over the sentence's MiniLM embedding, its
   cue features, its similarity to the target, and character n-grams) is trained on the
   teaching corpus's labelled sentences and on sentences of the other labelled documents,
   labelled by rule: relevant sentences of agree and discuss documents take the document's
   label, own-voice doubt sentences of disagree documents are disagree, sentences of
   unrelated documents are unrelated.
3. A document classifier (logistic regression over character 2-4-grams of the passage
   about the claim, the cue counts of its relevant sentences and the doubt, hedge and
   question counts of all the passage's sentences, the document's embedding, the mean
   embedding of its relevant sentences, and their similarity to the target) is trained on
   the project's labelled documents: the teaching corpus and 2,912 example texts in 21
   languages (src/discourse/data/).
   The passage about the claim is the relevant sentences and up to ``passage`` (6)
   sentences either side of one; a text with no relevant sentence is read whole. Material
   further away (the rest of a long article, a news round-up's other items) then neither
   dilutes nor adds to the counts, and the document's embedding reads from the sentence
   before the first one that names the claim when that comes third or later. With
   unrelated paragraphs of war coverage put around each English check text, macro-F1 (0.96
   as written) fell to 0.79 (5 paragraphs after), 0.86 (3 before) and 0.81 (2 before, 3
   after) when the whole text was read; reading the passage, to 0.90, 0.90 and 0.83
   (benchmarks/bench_stance.py, "long texts"). On real excerpts
   (../shared/data/stance_dev.jsonl) all languages 0.878 -> 0.883, English about the claim
   0.873 -> 0.886; on the translated check sets 0.951 -> 0.928 and 0.938 -> 0.932.
4. Roll-up rules turn sentence decisions into a document label: no relevant sentence ->
   unrelated; else doubt in the text's own voice (doubt words in unattributed sentences of
   the passage, per square root of its number of sentences, above ``doubt_threshold``) ->
   disagree: an own-voice denial outweighs attributed claims; else any relevant sentence
   classed agree -> agree; else discuss. The rule that fired and the sentences behind it
   are reported for every document (``rule``, ``cues``).
5. The document's probabilities are ``(1 - w) * classifier + w * rule`` with ``w`` the
   weight of the rule that fired (``rule_weights``); the label is the most probable class
   and ``confidence`` its probability. By default the own-voice doubt rule votes with 0.4
   (it decides unless the classifier is far surer of another class) and the two sentence
   rules with 0.15 (they tip close calls) in English texts only (``sentence_rule_langs``):
   on real coverage (../shared/data/stance_dev.jsonl) the doubt rule lifted disagree recall
   and the light votes helped a little in English, but cost in the other languages, where
   the sentence classifier reads no embeddings; the no-relevant-sentence rule, given
   weight, called relevant excerpts unrelated (benchmarks/bench_stance.py prints the
   classifier alone and the rules alone).
   A text that names North Korea, its soldiers (or their deployment, units, losses) and
   Russia or the war within 1,500 characters, if not in one sentence, is about the claim and
   is not called unrelated unless the document classifier is sure it is (probability 0.9 or
   more; ``guard_unrelated``, ``guard_unrelated_below``): on real coverage an excerpt that
   spreads these over several sentences was called unrelated by the classifier, while long
   state-media statements on other matters name all three pages apart.
   Texts in a language with no cue lexicon get half the confidence and a cue saying so.
Every decision lists its ``cues``: the rule that fired, the cue words of the sentences
behind it, the sources, and the classifier's probabilities.
"""
from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass, field
from itertools import groupby

import numpy as np
import pandas as pd
from scipy import sparse

from ..embed import Embedder, TruncationWarning
from ..errors import StageError
from ..segment import Segmenter
from .cues import (CUE_LANGS, FEATURES, GROUPS, CueExtractor, Lexicon, carry_relevance, continues_denial,
                   quote_carry)
from .evaluate import LABELS

DEFAULT_TARGET = "North Korea has sent its soldiers to Russia, where they take part in the war against Ukraine."
# cues also summed over every sentence of a document, not only the relevant ones: doubt is
# often voiced in a sentence that does not itself name the soldiers
DOC_WIDE = ["denial_own", "denial_attr", "hedge_own", "deny_verb", "question", "scare_quote", "ridicule",
            "booster_own"]
UNRELATED = LABELS.index("unrelated")
RULES = {
    "no_relevant_sentence": "unrelated",
    "own_voice_doubt": "disagree",
    "asserted": "agree",
    "attributed_only": "discuss",
}
# rules that count the sentence classifier's calls (see ``sentence_rule_langs``)
SENTENCE_RULES = ("asserted", "attributed_only")


def _passage(doc_ids: np.ndarray, relevant: np.ndarray, window: int | None) -> np.ndarray:
    """Which sentences make up each document's passage about the claim: its relevant
    sentences and up to ``window`` sentences either side of one. A document with no
    relevant sentence, or ``window=None``, is read whole.

    Args:
        doc_ids: the document of each sentence, sentences of a document in a run and in order.
        relevant: whether each sentence is relevant to the claim.
        window: sentences either side of a relevant one, or ``None``.
    Returns:
        A boolean array, one value per sentence.
    """
    keep = np.ones(len(doc_ids), dtype=bool)
    if window is None or len(doc_ids) == 0:
        return keep
    starts = np.flatnonzero(np.r_[True, doc_ids[1:] != doc_ids[:-1]])
    for a, b in zip(starts, np.r_[starts[1:], len(doc_ids)]):
        rel = np.flatnonzero(relevant[a:b])
        if len(rel):
            pos = np.arange(b - a)
            keep[a:b] = (np.abs(pos[:, None] - rel[None, :]) <= window).any(axis=1)
    return keep


def _prob_frame(classes, probs) -> np.ndarray:
    """Probabilities reordered into LABELS order (missing classes get 0)."""
    out = np.zeros((probs.shape[0], len(LABELS)))
    for j, c in enumerate(classes):
        out[:, LABELS.index(c)] = probs[:, j]
    return out


@dataclass
class StanceScorer:
    """Stance toward ``target`` with the FNC-1 labels (agree, disagree, discuss, unrelated).

    Parameters:
        target: the claim, as a sentence.
        examples: extra labelled documents (``text``, ``stance``, optional ``title``,
            ``lang``) added to the project's own training data.
        sentence_examples: extra labelled sentences (``text``, ``stance``, ``lang``).
        weak_sentences: also train the sentence classifier on the sentences of labelled
            documents that have no sentence labels, labelled by rule (``_weak_sentences``).
        use_builtin: train on the project's own labelled data as well.
        rule_weights: weight of each roll-up rule (by name, see ``RULES``) against the
            document classifier when that rule fires; rules not listed are reported but do
            not vote. Default: the text's own doubt votes with 0.4, so it decides unless
            the classifier prefers another class by more than 0.67 in probability; the
            sentence rules "asserted" and "attributed_only" vote lightly (0.15).
        sentence_rule_langs: languages in which the two sentence rules vote (``None``: all).
            They count the sentence classifier's calls, and the embedding model reads
            English only; elsewhere those calls rest on cues and character n-grams, and their
            votes cost more than they gave on every set measured (benchmarks/bench_stance.py).
        doubt_threshold: own-voice doubt words per square root of the number of sentences
            above which the ``own_voice_doubt`` rule fires.
        dense_weight, cue_weight: weights of the embedding features and of the cue
            features against the character n-grams in the document classifier.
        feature_groups: which feature groups the document classifier uses (any of
            ``cues``, ``embedding``, ``chars``).
        C: inverse regularisation of both logistic regressions.
        char_ngrams, max_char_features: range and vocabulary size of the character
            n-grams (within words, ``char_wb``).
        lexicon: a :class:`~discourse.stance.cues.Lexicon` to extend the cue patterns.
        guard_unrelated: do not call "unrelated" a text that names North Korea, soldiers or
            their deployment, and Russia or the war close together
            (:meth:`CueExtractor.about_claim`); its probability of "unrelated" is set to 0 and
            the others are rescaled.
        guard_unrelated_below: the guard holds only while the document classifier's
            probability of "unrelated" is below this; a classifier that is surer than that
            keeps its call (the other probabilities would be crumbs). 1.0: always.
        passage: sentences either side of a relevant sentence that the document classifier's
            character n-grams and cue counts and the own-voice doubt rule read (the passage
            about the claim; the document's embedding then reads from the sentence before
            the first relevant one); ``None`` reads every text whole.
        relevance_context: a sentence that names the soldiers and Russia, the war or Kursk,
            but not North Korea, is relevant when one of this many sentences before it names
            North Korea: "his soldiers", "the troops" (:func:`~.cues.carry_relevance`).
            0: each sentence must name both itself.
        random_state: seed of every random step (the solvers here are deterministic).
        chunk_size: documents scored at a time; a large corpus is scored chunk by chunk,
            which bounds memory and gives the same results.
        progress: show a progress bar over the documents while scoring (and the embedding
            model's bar while it encodes text it has not cached), on stderr.
    """

    target: str = DEFAULT_TARGET
    examples: pd.DataFrame | None = None
    sentence_examples: pd.DataFrame | None = None
    use_builtin: bool = True
    rule_weights: dict = field(default_factory=lambda: {"own_voice_doubt": 0.4, "asserted": 0.15,
                                                        "attributed_only": 0.15})
    sentence_rule_langs: tuple | None = ("en",)
    doubt_threshold: float = 0.5
    C: float = 4.0
    lexicon: Lexicon | None = None
    random_state: int = 0
    feature_groups: tuple = ("cues", "embedding", "chars")
    dense_weight: float = 0.05
    cue_weight: float = 0.1
    weak_sentences: bool = True
    guard_unrelated: bool = True
    guard_unrelated_below: float = 0.9
    passage: int | None = 6
    relevance_context: int = 2
    char_ngrams: tuple = (2, 4)
    max_char_features: int = 60000
    chunk_size: int = 2000
    progress: bool = False
    embedder: Embedder | None = field(default=None, repr=False)

    def __getstate__(self):
        """Pickle without the per-word n-gram cache (rebuilt where used)."""
        state = dict(self.__dict__)
        state.pop("_word_cols", None)
        return state

    # -------------------------------------------------------------- features
    def _sentences(self, docs: pd.DataFrame) -> pd.DataFrame:
        units = Segmenter("sentence").transform(docs[["doc_id", "text", "lang"]])
        return units

    _doc_wide = [FEATURES.index(f) for f in DOC_WIDE]

    def _sentence_features(self, units: pd.DataFrame):
        ex = self.cues_
        feats, cues, groups = [], [], []
        texts, langs = units["text"].tolist(), units["lang"].tolist()
        # quotations that span sentences, found within each document's run of sentences
        docs = units["doc_id"].tolist() if "doc_id" in units else list(range(len(texts)))
        carry = []
        for _, run in groupby(range(len(texts)), key=docs.__getitem__):
            run = list(run)
            carry += quote_carry(texts[run[0]:run[-1] + 1])
        own, prev_doc, prev_cues = FEATURES.index("own_voice"), None, []
        for doc, text, lang, (until, from_) in zip(docs, texts, langs, carry):
            f, c, g = ex.sentence(text, lang, until, from_)
            if doc == prev_doc and f[own] and continues_denial(text, lang, prev_cues):
                # the denier's words go on ("... rejected the report. Such statements are ...")
                f, c, g = ex.sentence(text, lang, len(text), from_)
                c = c + ["continues reported speech"]
            prev_doc, prev_cues = doc, c
            feats.append(f)
            cues.append(c)
            groups.append(g)
        F = np.vstack(feats) if feats else np.zeros((0, len(FEATURES)), np.float32)
        if len(F):
            nk, dep, ru, rel = (FEATURES.index(f) for f in ("nk", "deployment", "russia_war", "relevant"))
            carries = [bool(n) and ex.names_north_korea(t, g) for n, t, g in zip(F[:, nk] > 0, texts, langs)]
            F[:, rel] = carry_relevance(F[:, nk] > 0, F[:, dep] > 0, F[:, ru] > 0, docs, self.relevance_context,
                                        carries)
            for i in np.flatnonzero((F[:, rel] > 0) & (F[:, nk] == 0)):
                cues[i] = cues[i] + ["relevant: North Korea named just before"]
        G = np.array([[g == grp for grp in GROUPS] for g in groups], dtype=np.float32).reshape(len(groups), len(GROUPS))
        return F, G, cues, groups

    @staticmethod
    def _with_title(docs: pd.DataFrame) -> list[str]:
        """Texts with their title as a first paragraph, unless the text starts with it."""
        if "title" not in docs:
            return docs["text"].tolist()
        out = []
        for title, text in zip(docs["title"].fillna(""), docs["text"]):
            title = title.strip()
            out.append(f"{title}\n\n{text}" if title and title not in text[:len(title) + 200] else text)
        return out

    def _embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder_.encode(texts)

    def _chars(self, texts) -> sparse.csr_matrix:
        """Character 2-4-gram counts (within words) of ``texts`` in the fitted vocabulary.

        The same counts as ``self.char_vec_.transform(texts)`` (``char_wb`` n-grams never
        cross a word boundary), computed from a cache of each word's n-gram columns: words
        repeat, so the n-grams of a word are made and looked up once (about 3x faster).
        """
        vocab = self.char_vec_.vocabulary_
        if not hasattr(self, "_word_cols") or len(self._word_cols) > 500_000:
            self._word_cols = {}
        cache, analyze = self._word_cols, self.char_vec_.build_analyzer()
        indices, indptr = [], [0]
        for text in texts:
            for w in text.split():
                cols = cache.get(w)
                if cols is None:
                    cols = cache[w] = [vocab[g] for g in analyze(w) if g in vocab]
                indices.extend(cols)
            indptr.append(len(indices))
        m = sparse.csr_matrix((np.ones(len(indices), np.float32), np.array(indices, dtype=np.int64), indptr),
                              shape=(len(indptr) - 1, len(vocab)))
        m.sum_duplicates()
        return m

    def _sentence_matrix(self, F, G, E, C, fit=False):
        """Sentence classifier input: tf-idf of the character n-gram counts ``C`` and the
        scaled cue, source, similarity and embedding features."""
        sim = (E @ self.target_vec_)[:, None]
        dense = np.hstack([F, G, sim, E])
        if fit:
            from sklearn.feature_extraction.text import TfidfTransformer

            self.sent_tfidf_ = TfidfTransformer(sublinear_tf=True).fit(C)
            self.sent_scale_ = np.maximum(np.abs(dense).max(axis=0), 1e-6)
        T = self.sent_tfidf_.transform(C)
        return sparse.hstack([T, sparse.csr_matrix(dense / self.sent_scale_)]).tocsr()

    def _doc_features(self, docs: pd.DataFrame):
        """Per document: dense features, the sentence units, character n-gram
        counts, and the sentence parts ``(features, groups, cues, source groups, embeddings,
        character n-gram counts)`` for reuse. A title that the text does not already open
        with is read as the document's first sentence (headlines often carry the claim)."""
        full = self._with_title(docs)
        units = self._sentences(docs.assign(text=full))
        F, G, cues, groups = self._sentence_features(units)
        E = self._embed(units["text"].tolist()) if len(units) else np.zeros((0, self.dim_), np.float32)
        units["relevant"] = F[:, FEATURES.index("relevant")].astype(bool) if len(units) else []
        units["own_voice"] = F[:, FEATURES.index("own_voice")].astype(bool) if len(units) else []
        units["cues"] = cues
        units["source_group"] = groups
        units["in_passage"] = _passage(units["doc_id"].to_numpy(), units["relevant"].to_numpy(bool), self.passage)
        # the document vector reads the first 256 word pieces (title and lead, or from just
        # before the claim, see _vector_texts) by design, and the sentences carry the rest:
        # the truncation warning is no news here
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TruncationWarning)
            D = self._embed(self._vector_texts(docs["doc_id"], full, units))
        # character n-grams are counted once per sentence; a document's counts are the sum of
        # its sentences' (char_wb n-grams never cross a word boundary)
        C = self._chars(units["text"]) if len(units) else sparse.csr_matrix((0, len(self.char_vec_.vocabulary_)))
        pos = {d: i for i, d in enumerate(docs["doc_id"])}
        A = sparse.csr_matrix((units["in_passage"].to_numpy(np.float32), ([pos[x] for x in units["doc_id"]],
                                                                          np.arange(len(units)))),
                              shape=(len(docs), len(units)))
        Cdoc = A @ C
        rows = []
        # each document's sentences are one run of rows of units
        doc_of = units["doc_id"].to_numpy()
        starts = np.flatnonzero(np.r_[True, doc_of[1:] != doc_of[:-1]]) if len(units) else np.zeros(0, int)
        span = dict(zip(doc_of[starts], zip(starts, np.r_[starts[1:], len(units)])))
        in_passage, relevant = units["in_passage"].to_numpy(bool), units["relevant"].to_numpy(bool)
        for i, doc_id in enumerate(docs["doc_id"]):
            if doc_id not in span:
                rel_mean = np.zeros(self.dim_, np.float32)
                agg = np.zeros(len(FEATURES) + len(GROUPS) + len(DOC_WIDE) + 3, np.float32)
            else:
                a, b = span[doc_id]
                r = a + np.flatnonzero(in_passage[a:b])
                rel = r[relevant[r]]
                use = rel if len(rel) else r
                rel_mean = E[use].mean(axis=0)
                sims = E[r] @ self.target_vec_
                agg = np.concatenate([F[use].sum(axis=0) / np.sqrt(len(use)), G[use].sum(axis=0),
                                      F[np.ix_(r, self._doc_wide)].sum(axis=0) / np.sqrt(len(r)),
                                      [len(rel), len(rel) / len(r), sims.max()]]).astype(np.float32)
            rows.append(np.concatenate([agg, [float(D[i] @ self.target_vec_)], D[i], rel_mean]))
        return np.vstack(rows), units, Cdoc.tocsr(), (F, G, cues, groups, E, C)

    def _vector_texts(self, doc_ids, full: list[str], units: pd.DataFrame) -> list[str]:
        """The text the document vector reads: the whole text (title first), or, when the
        first sentence that names the claim comes third or later, the text from the sentence
        before it (``passage`` set; ``units`` with ``doc_id, start, relevant``, offsets into
        ``full``)."""
        if self.passage is None:
            return list(full)
        first = {}
        for d, run in groupby(zip(units["doc_id"], units["relevant"], units["start"]), key=lambda x: x[0]):
            run = list(run)
            k = next((i for i, (_, rel, _) in enumerate(run) if rel), None)
            if k is not None and k >= 2:
                first[d] = run[k - 1][2]
        return [t[first[d]:] if d in first else t for d, t in zip(doc_ids, full)]

    def _sentence_probs(self, units, parts) -> np.ndarray:
        """Sentence classifier probabilities (LABELS order) for every unit."""
        if self.sent_clf_ is None or len(units) == 0:
            return np.zeros((len(units), len(LABELS)))
        F, G, _, _, E, C = parts
        X = self._sentence_matrix(F, G, E, C)
        return _prob_frame(self.sent_clf_.classes_, self.sent_clf_.predict_proba(X))

    def _doc_matrix(self, dense, Cdoc, fit=False):
        """The document classifier's input: tf-idf of the character n-gram counts ``Cdoc``
        and the scaled cue block and embedding block, weighted (``feature_groups``,
        ``cue_weight``, ``dense_weight``)."""
        from sklearn.feature_extraction.text import TfidfTransformer

        n_cue = len(FEATURES) + len(GROUPS) + len(DOC_WIDE) + 4
        blocks = {"cues": (dense[:, :n_cue], self.cue_weight), "embedding": (dense[:, n_cue:], self.dense_weight)}
        names = [g for g in blocks if g in self.feature_groups]
        D = np.hstack([blocks[g][0] for g in names]) if names else np.zeros((len(dense), 0), np.float32)
        w = np.concatenate([np.full(blocks[g][0].shape[1], blocks[g][1], np.float32) for g in names] or
                           [np.zeros(0, np.float32)])
        if fit:
            self.doc_scale_ = np.maximum(np.abs(D).max(axis=0), 1e-6) if len(D) else np.ones(D.shape[1])
            self.doc_tfidf_ = TfidfTransformer(sublinear_tf=True).fit(Cdoc) if "chars" in self.feature_groups else None
        parts = [sparse.csr_matrix(w * D / self.doc_scale_)]
        if self.doc_tfidf_ is not None:
            parts.append(self.doc_tfidf_.transform(Cdoc))
        return sparse.hstack(parts).tocsr()

    # -------------------------------------------------------------- fitting
    def _training_data(self):
        """Training documents, labelled sentences, and which documents those sentences come
        from (their own sentences then get no rule-made labels)."""
        from .data import builtin_examples, teaching_labels

        docs, sents = [], []
        if self.use_builtin:
            ex = builtin_examples()
            docs.append(pd.DataFrame({"doc_id": ex["id"], "title": "", "text": ex["text"], "lang": ex["lang"],
                                      "stance": ex["stance"]}))
            teach = teaching_labels()
            if teach is not None:
                docs.append(teach[0].assign(_sentences_labelled=True))
                sents.append(teach[1][["text", "lang", "stance"]])
        for extra, target in ((self.examples, docs), (self.sentence_examples, sents)):
            if extra is not None:
                bad = set(extra["stance"]) - set(LABELS)
                if bad:
                    raise StageError(f"stance: example labels outside the label set: {sorted(bad)}")
                e = extra.copy()
                e["lang"] = e["lang"] if "lang" in e else "en"
                e["title"] = e["title"] if "title" in e else ""
                e["doc_id"] = [f"user-{i}" for i in range(len(e))]
                target.append(e)
        if not docs:
            raise StageError("stance: no training documents (use_builtin=False and no examples)")
        d = pd.concat(docs, ignore_index=True)
        d["doc_id"] = [f"train-{i}" for i in range(len(d))]
        labelled = d.pop("_sentences_labelled") if "_sentences_labelled" in d else pd.Series(False, index=d.index)
        s = pd.concat(sents, ignore_index=True) if sents else None
        return d, s, labelled.fillna(False).astype(bool).to_numpy()

    def training_texts(self) -> list[str]:
        """Every text :meth:`fit` embeds: the target, the training documents (title first, or
        from just before the claim, see ``passage``), their sentences, and the labelled
        sentences (duplicates kept). The package ships the vectors of the default scorer's
        texts (``python -m discourse.resources pack``)."""
        docs, sents, _ = self._training_data()
        full = self._with_title(docs)
        units = self._sentences(docs.assign(text=full))
        cues = getattr(self, "cues_", None) or CueExtractor(self.lexicon)
        units = units.assign(relevant=cues.relevance(units["text"].tolist(), units["doc_id"].tolist(),
                                                      self.relevance_context, units["lang"].tolist()))
        vectors = self._vector_texts(docs["doc_id"], full, units)
        return [self.target, *vectors, *units["text"], *([] if sents is None else sents["text"])]

    def _weak_sentences(self, docs: pd.DataFrame, units: pd.DataFrame | None = None, F=None) -> pd.DataFrame:
        """Sentences of labelled documents without sentence labels, labelled by rule: the
        relevant sentences of agree and discuss documents take the document's label, the
        own-voice doubt sentences of disagree documents are disagree, every sentence of an
        unrelated document is unrelated; other sentences are left out.

        Args:
            docs: labelled documents (``doc_id, text, stance``, optional ``title``).
            units, F: their sentences and cue features when already computed (units of
                other documents are ignored).
        Returns:
            ``text, lang, stance``, indexed by the sentences' rows in ``units``.
        """
        if units is None:
            units = self._sentences(docs.assign(text=self._with_title(docs)))
            F = self._sentence_features(units)[0] if len(units) else None
        if units.empty:
            return pd.DataFrame(columns=["text", "lang", "stance"])
        label = units["doc_id"].map(dict(zip(docs["doc_id"], docs["stance"]))).to_numpy()
        relevant = F[:, FEATURES.index("relevant")] > 0
        doubt = F[:, FEATURES.index("denial_own")] > 0
        keep = ((np.isin(label, ["agree", "discuss"]) & relevant) | ((label == "disagree") & doubt)
                | (label == "unrelated"))
        return units.loc[keep, ["text", "lang"]].assign(stance=label[keep])

    def fit(self) -> "StanceScorer":
        """Train the sentence and document classifiers on the project's (and your) data."""
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        self.embedder_ = self.embedder or Embedder(show_progress=self.progress)
        self.cues_ = CueExtractor(self.lexicon)
        self.target_vec_ = self._embed([self.target])[0]
        self.dim_ = len(self.target_vec_)
        docs, sents, labelled = self._training_data()
        self.char_vec_ = CountVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=2,
                                         max_features=self.max_char_features, dtype=np.float32)
        self.char_vec_.fit(self._with_title(docs))
        self._word_cols = {}  # the per-word cache of _chars belongs to this vocabulary
        # the documents' sentences are segmented, cued and embedded once, for both classifiers
        dense, units, Cdoc, (F, G, _, _, E, C) = self._doc_features(docs)
        parts, y = [], []
        if sents is not None and len(sents):
            su = sents.reset_index(drop=True)
            Fs, Gs, _, _ = self._sentence_features(su)
            parts.append((Fs, Gs, self._embed(su["text"].tolist()), self._chars(su["text"])))
            y.append(su["stance"].to_numpy())
        if self.weak_sentences:  # documents whose sentences carry no labels of their own
            weak = self._weak_sentences(docs[~labelled], units, F)
            rows = weak.index.to_numpy()
            parts.append((F[rows], G[rows], E[rows], C[rows]))
            y.append(weak["stance"].to_numpy())
        y = np.concatenate(y) if y else np.zeros(0, object)
        if len(y):
            X = self._sentence_matrix(np.vstack([p[0] for p in parts]), np.vstack([p[1] for p in parts]),
                                      np.vstack([p[2] for p in parts]), sparse.vstack([p[3] for p in parts]).tocsr(),
                                      fit=True)
            self.sent_clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced",
                                                random_state=self.random_state).fit(X, y)
        else:
            self.sent_clf_ = None
        X = self._doc_matrix(dense, Cdoc, fit=True)
        self.doc_clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced",
                                           random_state=self.random_state).fit(X, docs["stance"])
        self.n_train_ = {"documents": int(len(docs)), "sentences": int(len(y))}
        return self

    # -------------------------------------------------------------- scoring
    def _check(self):
        if not hasattr(self, "doc_clf_"):
            self.fit()

    @staticmethod
    def _prepare(docs: pd.DataFrame) -> pd.DataFrame:
        d = docs.copy()
        if "doc_id" not in d:
            if "id" not in d:
                raise StageError("stance: input needs a doc_id or id column")
            d["doc_id"] = d["id"].astype(str)
        if "text" not in d:
            raise StageError("stance: input needs a text column")
        d["text"] = d["text"].fillna("").astype(str)
        d["title"] = d["title"].fillna("").astype(str) if "title" in d else ""
        d["lang"] = d["lang"].fillna("en").astype(str).str.lower().str.split("-").str[0] if "lang" in d else "en"
        return d.reset_index(drop=True)

    def score_sentences(self, docs: pd.DataFrame) -> pd.DataFrame:
        """Stance per sentence: ``doc_id, unit_id, start, end, text, stance, confidence, cues,
        relevant, own_voice, source_group``."""
        self._check()
        d = self._prepare(docs)
        units = self._sentences(d)
        return self._sentence_table(units)

    def _sentence_table(self, units: pd.DataFrame, parts=None) -> pd.DataFrame:
        if parts is None:
            F, G, cues, groups = self._sentence_features(units)
            E = self._embed(units["text"].tolist()) if len(units) else None
            parts = (F, G, cues, groups, E, self._chars(units["text"]) if len(units) else None)
        F, G, cues, groups, _, _ = parts
        if len(units) == 0:
            return units.assign(stance=[], confidence=[], cues=[], relevant=[], own_voice=[], source_group=[])
        P = self._sentence_probs(units, parts)
        out = units[["doc_id", "unit_id", "start", "end", "text", "lang"]].copy()
        out["stance"] = [LABELS[i] for i in P.argmax(axis=1)]
        out["confidence"] = P.max(axis=1).round(4)
        out["relevant"] = F[:, FEATURES.index("relevant")].astype(bool)
        out["own_voice"] = F[:, FEATURES.index("own_voice")].astype(bool)
        out["cues"] = cues
        out["source_group"] = groups
        return out

    def _rollup(self, sent) -> tuple[str, str, list[str]]:
        """Explicit roll-up of sentence decisions to the document (see module docstring).

        Args:
            sent: the document's sentences, as a DataFrame or a list of dicts with
                ``stance, relevant, own_voice, cues, text, lang`` and optionally
                ``in_passage`` (whether the sentence is in the passage about the claim;
                default True).
        Returns:
            ``(label, rule name, up to two evidence sentences)``.
        """
        rows = sent.to_dict("records") if isinstance(sent, pd.DataFrame) else sent
        supported = rows[0]["lang"] in CUE_LANGS if rows else True
        # relevance by cue (North Korea + soldiers/deployment); where no lexicon exists for the
        # language, the sentence classifier's judgement stands in.
        rel = [r for r in rows if (r["relevant"] if supported else r["stance"] != "unrelated")]
        if not rel:
            return RULES["no_relevant_sentence"], "no_relevant_sentence", []
        # the text's own doubt, in any sentence of the passage about the claim (doubt is often
        # voiced in a sentence that does not name the soldiers): doubt words per sqrt(sentences
        # of the passage) above doubt_threshold
        passage = [r for r in rows if r.get("in_passage", True)]
        doubt = [r for r in passage
                 if r["own_voice"] and any(c.startswith(("denial:", "ridicule:")) for c in r["cues"])]
        n_doubt = sum(sum(c.startswith(("denial:", "ridicule:")) for c in r["cues"]) for r in doubt)
        if doubt and n_doubt / np.sqrt(len(passage)) > self.doubt_threshold:
            return RULES["own_voice_doubt"], "own_voice_doubt", [r["text"] for r in doubt][:2]
        agree = [r["text"] for r in rel if r["stance"] == "agree"]
        if agree:
            return RULES["asserted"], "asserted", agree[:2]
        return RULES["attributed_only"], "attributed_only", [r["text"] for r in rel if r["stance"] in ("discuss", "disagree")][:2]

    def score_documents(self, docs: pd.DataFrame) -> pd.DataFrame:
        """Stance per document.

        Args:
            docs: a Corpus table or any frame with ``doc_id`` (or ``id``) and ``text``;
                ``title`` and ``lang`` are used when present.
        Returns:
            ``id, stance, confidence, cues, p_agree, p_disagree, p_discuss, p_unrelated,
            rule, lang_supported`` in input order.
        """
        self._check()
        d = self._prepare(docs)
        if d.empty:
            return pd.DataFrame(columns=["id", "stance", "confidence", "cues", *[f"p_{x}" for x in LABELS],
                                         "rule", "lang_supported"])
        if self.chunk_size < 1:
            raise StageError(f"stance: chunk_size must be 1 or more (got {self.chunk_size})")
        from tqdm import tqdm  # a text bar on stderr, also in a notebook (no ipywidgets needed)

        out = []
        with tqdm(total=len(d), desc="stance", unit="doc", disable=not self.progress, file=sys.stderr) as bar:
            for start in range(0, len(d), self.chunk_size):
                out.append(self._score_chunk(d.iloc[start:start + self.chunk_size].reset_index(drop=True)))
                bar.update(len(out[-1]))
        return pd.concat(out, ignore_index=True) if len(out) > 1 else out[0]

    def _score_chunk(self, d: pd.DataFrame) -> pd.DataFrame:
        """:meth:`score_documents` for prepared documents (``_prepare``)."""
        # documents are told apart by their row, so two rows with one id are still two documents
        ids = d["doc_id"].tolist()
        d = d.assign(doc_id=[f"#{i}" for i in range(len(d))])
        dense, units, Cdoc, parts = self._doc_features(d)
        Pdoc = _prob_frame(self.doc_clf_.classes_, self.doc_clf_.predict_proba(self._doc_matrix(dense, Cdoc)))
        sent = self._sentence_table(units, parts) if self.sent_clf_ is not None and len(units) else None
        by_doc: dict[str, list] = {}
        if sent is not None:
            sent["in_passage"] = units["in_passage"].to_numpy()
            for r in sent[["doc_id", "stance", "relevant", "own_voice", "cues", "text", "lang",
                           "in_passage"]].to_dict("records"):
                by_doc.setdefault(r["doc_id"], []).append(r)
        about = ([self.cues_.about_claim(t, lang=g) for t, g in zip(self._with_title(d), d["lang"])]
                 if self.guard_unrelated else [False] * len(d))
        rows = []
        for i, (doc_id, lang) in enumerate(zip(d["doc_id"], d["lang"])):
            s = by_doc.get(doc_id)
            if s is None:
                rule_label, rule, evidence, s_cues = "unrelated", "no_relevant_sentence", [], []
            else:
                rule_label, rule, evidence = self._rollup(s)
                s_cues = [c for r in s if r["relevant"] for c in r["cues"]]
            onehot = np.array([lab == rule_label for lab in LABELS], dtype=float)
            w = self.rule_weights.get(rule, 0.0)
            muted = (rule in SENTENCE_RULES and w > 0 and self.sentence_rule_langs is not None
                     and lang not in self.sentence_rule_langs)
            if muted:
                w = 0.0
            p = (1 - w) * Pdoc[i] + w * onehot
            guarded = about[i] and Pdoc[i][UNRELATED] < self.guard_unrelated_below
            if guarded and p[UNRELATED] < 1:
                p[UNRELATED] = 0.0
                p = p / p.sum()
            k = int(p.argmax())
            supported = lang in CUE_LANGS
            conf = float(p[k]) * (1.0 if supported else 0.5)
            cues = [f"rule:{rule}->{rule_label}"] + list(dict.fromkeys(s_cues))[:25]
            cues += [f"evidence:{t[:160]}" for t in evidence]
            cues.append("classifier:" + ",".join(f"{lab}={Pdoc[i][j]:.2f}" for j, lab in enumerate(LABELS)))
            if guarded:
                cues.append("about the claim: names North Korea, soldiers and the war; not unrelated")
            elif about[i]:
                cues.append("names North Korea, soldiers and the war, but the classifier is sure it is unrelated "
                            f"(p={Pdoc[i][UNRELATED]:.2f} >= {self.guard_unrelated_below})")
            if not supported:
                cues.append(f"language {lang}: no cue lexicon; low confidence")
            if lang != "en":
                cues.append("embedding model reads English only; cues and character n-grams carry this text")
            if muted:
                cues.append(f"rule {rule} has no vote in {lang}: the sentence classifier reads no embeddings there")
            rows.append({"id": ids[i], "stance": LABELS[k], "confidence": round(conf, 4), "cues": cues,
                         **{f"p_{lab}": round(float(p[j]), 4) for j, lab in enumerate(LABELS)},
                         "rule": rule, "lang_supported": supported})
        return pd.DataFrame(rows)
