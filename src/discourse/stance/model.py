"""StanceScorer: stance toward a target claim, per sentence and per document.

Method (for a methods section):
1. Sentences (Punkt, per language) are scored for cues (:mod:`.cues`): relevance to the
   claim (North Korea together with soldiers/deployment/the war), distance (hedges such as
   "reportedly", "sollen", "якобы"), confirmation, denial and ridicule, negation, scare
   quotes, questions, and attribution to a source (reporting verbs, "according to"), with
   the source's group. A sentence with no attribution that is not a quotation is in the
   text's own voice.
2. A sentence classifier (logistic regression over the sentence's MiniLM embedding, its
   cue features, its similarity to the target, and character n-grams) is trained on the
   teaching corpus's labelled sentences.
3. A document classifier (logistic regression over the document's embedding, the mean
   embedding of its relevant sentences, similarity to the target, cue counts summed over
   relevant sentences, and character n-grams of the text) is trained on the project's
   labelled documents: the teaching corpus and 600 multilingual example texts.
4. Roll-up rules turn sentence decisions into a document label: no relevant sentence ->
   unrelated; else an own-voice sentence classed disagree that carries a denial cue ->
   disagree (an own-voice denial outweighs attributed claims); else any sentence classed
   agree -> agree; else discuss. The rule that fired and the sentences behind it are
   reported for every document (``rule``, ``cues``).
5. The document's probabilities are ``(1 - rule_weight) * classifier + rule_weight *
   rule``; the label is the most probable class and ``confidence`` its probability.
   ``rule_weight`` is 0 by default: on real coverage (../shared/data/stance_dev.jsonl) any
   weight given to the rules lowered macro-F1 (benchmarks/bench_stance.py prints both), so
   by default the rules explain and the classifier decides; raise it to let them vote.
   Texts in a language with no cue lexicon get half the confidence and a cue saying so.
Every decision lists its ``cues``: the rule that fired, the cue words of the sentences
behind it, the sources, and the classifier's probabilities.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from ..embed import Embedder
from ..errors import StageError
from ..segment import Segmenter
from .cues import CUE_LANGS, FEATURES, GROUPS, CueExtractor, Lexicon
from .evaluate import LABELS

DEFAULT_TARGET = "North Korea has sent its soldiers to Russia, where they take part in the war against Ukraine."
RULES = {
    "no_relevant_sentence": "unrelated",
    "own_voice_denial": "disagree",
    "asserted": "agree",
    "attributed_only": "discuss",
}


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
        use_builtin: train on the project's own labelled data as well.
        rule_weight: weight of the sentence roll-up rules against the document classifier
            (0: the rules are reported but the classifier decides).
        dense_weight, cue_weight: weights of the embedding features and of the cue
            features against the character n-grams in the document classifier.
        feature_groups: which feature groups the document classifier uses.
        C: inverse regularisation of both logistic regressions.
        lexicon: a :class:`~discourse.stance.cues.Lexicon` to extend the cue patterns.
        random_state: seed of every random step (the solvers here are deterministic).
    """

    target: str = DEFAULT_TARGET
    examples: pd.DataFrame | None = None
    sentence_examples: pd.DataFrame | None = None
    use_builtin: bool = True
    rule_weight: float = 0.0
    C: float = 2.0
    lexicon: Lexicon | None = None
    random_state: int = 0
    feature_groups: tuple = ("cues", "embedding", "chars")
    dense_weight: float = 0.1
    cue_weight: float = 0.3
    embedder: Embedder | None = field(default=None, repr=False)

    # -------------------------------------------------------------- features
    def _sentences(self, docs: pd.DataFrame) -> pd.DataFrame:
        units = Segmenter("sentence").transform(docs[["doc_id", "text", "lang"]])
        return units

    def _sentence_features(self, units: pd.DataFrame):
        ex = self.cues_
        feats, cues, groups = [], [], []
        for text, lang in zip(units["text"], units["lang"]):
            f, c, g = ex.sentence(text, lang)
            feats.append(f)
            cues.append(c)
            groups.append(g)
        F = np.vstack(feats) if feats else np.zeros((0, len(FEATURES)), np.float32)
        G = np.array([[g == grp for grp in GROUPS] for g in groups], dtype=np.float32).reshape(len(groups), len(GROUPS))
        return F, G, cues, groups

    def _embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder_.encode(texts)

    def _sentence_matrix(self, units, F, G, E, fit=False):
        sim = (E @ self.target_vec_)[:, None]
        dense = np.hstack([F, G, sim, E])
        if fit:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.sent_tfidf_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                               max_features=40000)
            T = self.sent_tfidf_.fit_transform(units["text"])
            self.sent_scale_ = np.maximum(np.abs(dense).max(axis=0), 1e-6)
        else:
            T = self.sent_tfidf_.transform(units["text"])
        return sparse.hstack([T, sparse.csr_matrix(dense / self.sent_scale_)]).tocsr()

    def _doc_features(self, docs: pd.DataFrame):
        """Per document: dense features, the sentence units, the full texts, and the sentence
        parts ``(features, groups, cues, source groups, embeddings)`` for reuse."""
        units = self._sentences(docs)
        F, G, cues, groups = self._sentence_features(units)
        E = self._embed(units["text"].tolist()) if len(units) else np.zeros((0, self.dim_), np.float32)
        units = units.assign(_row=np.arange(len(units)))
        units["relevant"] = F[:, FEATURES.index("relevant")].astype(bool) if len(units) else []
        units["own_voice"] = F[:, FEATURES.index("own_voice")].astype(bool) if len(units) else []
        units["cues"] = cues
        units["source_group"] = groups
        full = (docs["title"].fillna("") + "\n" + docs["text"]).str.strip() if "title" in docs else docs["text"]
        D = self._embed(full.tolist())
        rows = []
        by_doc = {d: g for d, g in units.groupby("doc_id", sort=False)}
        for i, doc_id in enumerate(docs["doc_id"]):
            g = by_doc.get(doc_id)
            if g is None or g.empty:
                rel_mean = np.zeros(self.dim_, np.float32)
                agg = np.zeros(len(FEATURES) + len(GROUPS) + 3, np.float32)
            else:
                r = g["_row"].to_numpy()
                rel = r[g["relevant"].to_numpy()]
                use = rel if len(rel) else r
                rel_mean = E[use].mean(axis=0)
                sims = E[r] @ self.target_vec_
                agg = np.concatenate([F[use].sum(axis=0) / np.sqrt(len(use)), G[use].sum(axis=0),
                                      [len(rel), len(rel) / len(r), sims.max()]]).astype(np.float32)
            rows.append(np.concatenate([agg, [float(D[i] @ self.target_vec_)], D[i], rel_mean]))
        return np.vstack(rows), units, full, (F, G, cues, groups, E)

    def _doc_matrix(self, dense, full, fit=False):
        n_cue = len(FEATURES) + len(GROUPS) + 4
        parts, weights = [], []
        if "cues" in self.feature_groups:
            parts.append(dense[:, :n_cue])
            weights += [self.cue_weight] * n_cue
        if "embedding" in self.feature_groups:
            parts.append(dense[:, n_cue:])
            weights += [self.dense_weight] * (dense.shape[1] - n_cue)
        dense = np.hstack(parts) if parts else np.zeros((len(dense), 1), np.float32)
        w = np.array(weights or [1.0], dtype=np.float32)
        if "chars" not in self.feature_groups:
            if fit:
                self.doc_scale_ = np.maximum(np.abs(dense).max(axis=0), 1e-6)
            return sparse.csr_matrix(w * dense / self.doc_scale_)
        if fit:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.doc_tfidf_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                              max_features=60000)
            T = self.doc_tfidf_.fit_transform(full)
            self.doc_scale_ = np.maximum(np.abs(dense).max(axis=0), 1e-6)
        else:
            T = self.doc_tfidf_.transform(full)
        return sparse.hstack([T, sparse.csr_matrix(w * dense / self.doc_scale_)]).tocsr()

    # -------------------------------------------------------------- fitting
    def _training_data(self):
        from .data import builtin_examples, teaching_labels

        docs, sents = [], []
        if self.use_builtin:
            ex = builtin_examples()
            docs.append(pd.DataFrame({"doc_id": ex["id"], "title": "", "text": ex["text"], "lang": ex["lang"],
                                      "stance": ex["stance"]}))
            teach = teaching_labels()
            if teach is not None:
                docs.append(teach[0])
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
        s = pd.concat(sents, ignore_index=True) if sents else None
        return d, s

    def fit(self) -> "StanceScorer":
        """Train the sentence and document classifiers on the project's (and your) data."""
        from sklearn.linear_model import LogisticRegression

        self.embedder_ = self.embedder or Embedder(show_progress=False)
        self.cues_ = CueExtractor(self.lexicon)
        self.target_vec_ = self._embed([self.target])[0]
        self.dim_ = len(self.target_vec_)
        docs, sents = self._training_data()
        if sents is not None and len(sents):
            su = sents.reset_index(drop=True)
            F, G, _, _ = self._sentence_features(su)
            E = self._embed(su["text"].tolist())
            X = self._sentence_matrix(su, F, G, E, fit=True)
            self.sent_clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced",
                                                random_state=self.random_state).fit(X, su["stance"])
        else:
            self.sent_clf_ = None
        dense, _, full, _ = self._doc_features(docs)
        X = self._doc_matrix(dense, full, fit=True)
        self.doc_clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced",
                                           random_state=self.random_state).fit(X, docs["stance"])
        self.n_train_ = {"documents": int(len(docs)), "sentences": int(0 if sents is None else len(sents))}
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
        else:
            F, G, cues, groups, E = parts
        if len(units) == 0:
            return units.assign(stance=[], confidence=[], cues=[], relevant=[], own_voice=[], source_group=[])
        X = self._sentence_matrix(units, F, G, E)
        P = _prob_frame(self.sent_clf_.classes_, self.sent_clf_.predict_proba(X))
        out = units[["doc_id", "unit_id", "start", "end", "text", "lang"]].copy()
        out["stance"] = [LABELS[i] for i in P.argmax(axis=1)]
        out["confidence"] = P.max(axis=1).round(4)
        out["relevant"] = F[:, FEATURES.index("relevant")].astype(bool)
        out["own_voice"] = F[:, FEATURES.index("own_voice")].astype(bool)
        out["cues"] = cues
        out["source_group"] = groups
        return out

    @staticmethod
    def _rollup(sent) -> tuple[str, str, list[str]]:
        """Explicit roll-up of sentence decisions to the document (see module docstring).

        Args:
            sent: the document's sentences, as a DataFrame or a list of dicts with
                ``stance, relevant, own_voice, cues, text, lang``.
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
        own_dis = [r["text"] for r in rel if r["stance"] == "disagree" and r["own_voice"]
                   and any(c.startswith(("denial:", "ridicule:", "scare")) for c in r["cues"])]
        if own_dis:
            return RULES["own_voice_denial"], "own_voice_denial", own_dis[:2]
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
        dense, units, full, parts = self._doc_features(d)
        Pdoc = _prob_frame(self.doc_clf_.classes_, self.doc_clf_.predict_proba(self._doc_matrix(dense, full)))
        sent = self._sentence_table(units, parts) if self.sent_clf_ is not None and len(units) else None
        by_doc: dict[str, list] = {}
        if sent is not None:
            for r in sent[["doc_id", "stance", "relevant", "own_voice", "cues", "text", "lang"]].to_dict("records"):
                by_doc.setdefault(r["doc_id"], []).append(r)
        rows = []
        for i, (doc_id, lang) in enumerate(zip(d["doc_id"], d["lang"])):
            s = by_doc.get(doc_id)
            if s is None:
                rule_label, rule, evidence, s_cues = "unrelated", "no_relevant_sentence", [], []
            else:
                rule_label, rule, evidence = self._rollup(s)
                s_cues = [c for r in s if r["relevant"] for c in r["cues"]]
            onehot = np.array([lab == rule_label for lab in LABELS], dtype=float)
            p = (1 - self.rule_weight) * Pdoc[i] + self.rule_weight * onehot
            k = int(p.argmax())
            supported = lang in CUE_LANGS
            conf = float(p[k]) * (1.0 if supported else 0.5)
            cues = [f"rule:{rule}->{rule_label}"] + list(dict.fromkeys(s_cues))[:25]
            cues += [f"evidence:{t[:160]}" for t in evidence]
            cues.append("classifier:" + ",".join(f"{lab}={Pdoc[i][j]:.2f}" for j, lab in enumerate(LABELS)))
            if not supported:
                cues.append(f"language {lang}: no cue lexicon; low confidence")
            if lang != "en":
                cues.append("embedding model reads English only; cues and character n-grams carry this text")
            rows.append({"id": doc_id, "stance": LABELS[k], "confidence": round(conf, 4), "cues": cues,
                         **{f"p_{lab}": round(float(p[j]), 4) for j, lab in enumerate(LABELS)},
                         "rule": rule, "lang_supported": supported})
        return pd.DataFrame(rows)
