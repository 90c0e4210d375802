"""The notebook of the labelled search set: realistic notes of four conferences (the third,
in eight languages, is :mod:`.lingua`, the fourth :mod:`.polyglot`), written by
:func:`write_notebook`. The queries and what each must find are in :mod:`.queries`.
Written for confnotes; no seed text.

``tests/test_search_quality.py`` checks confnotes on the set;
``benchmarks/bench_search_quality.py`` compares confnotes, ``grep -rliF`` and
SQLite FTS5 on it. One note is saved decomposed (NFD), as a macOS editor saves it.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

from tests.quality import lingua, polyglot

CONFERENCES = {
    "mlsys-2024": {
        "name": "Conference on Machine Learning Systems 2024",
        "series": "MLSys",
        "start": "2024-05-13",
        "end": "2024-05-14",
        "timezone": "America/Los_Angeles",
        "location": "Santa Clara Convention Center",
        "sessions": [
            {"id": "compilers", "title": "Compilers and kernels", "room": "Hall A"},
            {"id": "llm-serving", "title": "Serving large language models", "room": "Hall B"},
            {"id": "posters", "title": "Evening posters", "room": "Ballroom Sur"},
        ],
    },
    "eurotal-2023": {
        "name": "European Workshop on Trustworthy Learning 2023",
        "series": "EuroTAL",
        "start": "2023-09-20",
        "end": "2023-09-21",
        "timezone": "Europe/Berlin",
        "location": "Universität Tübingen",
        "sessions": [
            {"id": "keynotes", "title": "Keynotes", "room": "Hörsaal 1"},
            {"id": "fairness", "title": "Fairness and accountability", "room": "Hörsaal 2"},
        ],
    },
}

PEOPLE = {
    "lena-muller": ("Lena Müller", ["ETH Zürich"]),
    "aapo-hyvarinen": ("Aapo Hyvärinen", ["University of Helsinki"]),
    "lukasz-kaiser": ("Łukasz Kaiser", ["OpenAI"]),
    "joao-sao-paulo": ("João Gonçalves", ["Universidade de São Paulo"]),
    "wang-fang": ("王芳", ["Tsinghua University"]),
    "dmitry-ivanov": ("Дмитрий Иванов", ["Yandex Research"]),
    "sofia-papadopoulou": ("Σοφία Παπαδοπούλου", ["University of Athens"]),
    "tanaka-yuki": ("田中 由紀", ["RIKEN AIP"]),
    "priya-sharma": ("प्रिया शर्मा", ["IIT Bombay"]),
    "zoe-chen": ("Zoë Chen", ["Carnegie Mellon University"]),
    "marco-rossi": ("Marco Rossi", ["Politecnico di Milano"]),
    "ana-garcia": ("Ana García-Núñez", ["Universidad de Granada"]),
    "olaf-sorensen": ("Olaf Sørensen", ["Aarhus University"]),
    "amelie-dubois": ("Amélie Dubois", ["Inria Paris"]),
    "kwame-mensah": ("Kwame Mensah", ["University of Ghana"]),
}

# id → (conference, session, kind, title, speakers, tags, links, abstract, body)
TALKS: dict[str, tuple] = {
    "mlsys-2024/flash-decoding": (
        "mlsys-2024",
        "llm-serving",
        "oral",
        "Flash Decoding: Faster Attention Kernels for Long Contexts",
        ["lena-muller"],
        ["attention", "kernels"],
        [
            ("paper", "https://arxiv.org/abs/2311.01282v2"),
            ("code", "https://github.com/example-lab/flash-decoding"),
        ],
        "Splitting the key/value cache across thread blocks keeps every streaming "
        "multiprocessor busy.",
        "Written in CUDA C++ with a Triton fallback.\n"
        "Speedup grows with sequence length; at 64k tokens it is 8x over the baseline.\n",
    ),
    "mlsys-2024/paged-kv-cache": (
        "mlsys-2024",
        "llm-serving",
        "oral",
        "Paged Memory for the Key-Value Cache",
        ["kwame-mensah"],
        ["memory", "serving"],
        [("paper", "https://doi.org/10.1145/3600006.3613165")],
        "Allocating the cache in fixed-size pages removes fragmentation.",
        "Like virtual memory in an operating system: a block table maps logical to "
        "physical pages.\n"
        "Throughput up 2-4x for the same latency.\n",
    ),
    "mlsys-2024/tokenizer-free": (
        "mlsys-2024",
        "compilers",
        "spotlight",
        "Byte-Level Models Without a Tokenizer",
        ["zoe-chen"],
        ["tokenization"],
        [("paper", "https://arxiv.org/abs/2305.07185")],
        "Tokenization is a source of brittleness; bytes avoid an out-of-vocabulary problem.",
        "Patches of bytes instead of subword tokens. Compared against a BPE tokenizer baseline.\n"
        "Misspellings hurt the tokenized baseline much more.\n",
    ),
    "mlsys-2024/tvm-scheduling": (
        "mlsys-2024",
        "compilers",
        "oral",
        "Learned Cost Models for Tensor Program Scheduling",
        ["marco-rossi"],
        ["compilers"],
        [("slides", "https://marco.example.edu/talks/tvm-cost-models.pdf")],
        "A cost model trained on measured kernels ranks candidate schedules.",
        "Search space: tiling, unrolling, vectorization. Transfer learning across GPUs.\n",
    ),
    "mlsys-2024/dotnet-inference": (
        "mlsys-2024",
        "posters",
        "poster",
        "ONNX Runtime Inference from .NET and C#",
        ["ana-garcia"],
        ["deployment"],
        [("code", "https://github.com/example-org/onnx-dotnet-demo")],
        "Running exported models in desktop applications written in C#.",
        "Also shows an F# notebook. Startup dominated by loading the model file.\n",
    ),
    "mlsys-2024/c-embedded": (
        "mlsys-2024",
        "posters",
        "poster",
        "Tiny Models in Plain C on Microcontrollers",
        ["olaf-sorensen"],
        ["embedded"],
        [],
        "Integer-only inference in C for devices with 256 kB of RAM.",
        "No dynamic allocation; weights in flash. Quantization to int8.\n",
    ),
    "mlsys-2024/cpp-autodiff": (
        "mlsys-2024",
        "compilers",
        "spotlight",
        "Automatic Differentiation as a C++ Library",
        ["dmitry-ivanov"],
        ["autodiff"],
        [("code", "https://gitlab.com/ivanov/adcpp")],
        "Operator overloading and expression templates in C++20.",
        "Reverse mode with a tape; forward mode with dual numbers. Compared with JAX.\n",
    ),
    "mlsys-2024/distributed-training": (
        "mlsys-2024",
        "compilers",
        "oral",
        "Pipeline Parallelism Without Bubbles",
        ["tanaka-yuki"],
        ["distributed"],
        [("video", "https://www.youtube.com/watch?v=Xk3mPq9Lr2A")],
        "Interleaving micro-batches across stages hides most of the pipeline bubble.",
        "田中さんの発表: 大規模モデルの分散学習。\n"
        "Zero-bubble schedule; memory cost grows by one activation.\n",
    ),
    "mlsys-2024/speculative-decoding": (
        "mlsys-2024",
        "llm-serving",
        "spotlight",
        "Speculative Decoding with a Draft Model",
        ["wang-fang"],
        ["serving", "decoding"],
        [("paper", "https://arxiv.org/abs/2211.17192")],
        "A small draft model proposes tokens; the large model verifies them in parallel.",
        "王芳 explained acceptance rates. Works best when the draft agrees with the target.\n",
    ),
    "mlsys-2024/quantization-llm": (
        "mlsys-2024",
        "llm-serving",
        "poster",
        "Four-Bit Quantization of Transformer Weights",
        ["priya-sharma"],
        ["quantization"],
        [("paper", "https://openreview.net/forum?id=AbC123xyz")],
        "Group-wise quantization keeps perplexity within 1% of half precision.",
        "प्रिया शर्मा ने भी बात की। Outlier channels kept in 16 bits.\n",
    ),
    "mlsys-2024/energy-measurement": (
        "mlsys-2024",
        "posters",
        "poster",
        "Measuring the Energy of Training Runs",
        ["kwame-mensah"],
        ["energy"],
        [],
        "Power draw sampled from the GPUs every 100 ms; carbon estimates by region.",
        "Idle power is a surprising share of the total.\n",
    ),
    "mlsys-2024/retrieval-augmented": (
        "mlsys-2024",
        "llm-serving",
        "oral",
        "Retrieval-Augmented Generation at Scale",
        ["joao-sao-paulo"],
        ["retrieval"],
        [("paper", "https://aclanthology.org/2023.acl-long.557")],
        "Approximate nearest neighbour search over a billion passages.",
        "HNSW graphs versus product quantization. Recall@10 drops with aggressive compression.\n",
    ),
    "mlsys-2024/summarization-eval": (
        "mlsys-2024",
        "posters",
        "poster",
        "Evaluating Abstractive Summaries",
        ["amelie-dubois"],
        ["evaluation"],
        [],
        "Human raters versus automatic metrics for long documents.",
        "She was summarizing news articles and meeting transcripts; ROUGE disagrees with people.\n",
    ),
    "mlsys-2024/hash-tables": (
        "mlsys-2024",
        "posters",
        "poster",
        "GPU Hash Tables for Sparse Embeddings",
        ["marco-rossi"],
        ["embeddings"],
        [("code", "https://github.com/example-lab/gpu-hash")],
        "Open addressing with cuckoo hashing on the device.",
        "Embedding lookups for recommendation models dominate the step time.\n",
    ),
    "mlsys-2024/transformer-inference": (
        "mlsys-2024",
        "llm-serving",
        "oral",
        "Transformer Inference on Commodity CPUs",
        ["sofia-papadopoulou"],
        ["inference"],
        [("slides", "https://sofia.example.gr/slides/cpu-transformers.pdf")],
        "Batching and operator fusion make transformer inference viable without a GPU.",
        "Η Σοφία μίλησε για CPUs. AVX-512 kernels; memory bandwidth is the limit.\n",
    ),
    "eurotal-2023/calibration-keynote": (
        "eurotal-2023",
        "keynotes",
        "keynote",
        "Calibration Beyond Accuracy",
        ["aapo-hyvarinen"],
        ["calibration"],
        [("paper", "https://proceedings.mlr.press/v202/hyvarinen23a.html")],
        "Why a calibrated classifier is not the same as a useful one.",
        "Reliability diagrams. Temperature scaling works surprisingly well.\n",
    ),
    "eurotal-2023/calibrated-ensembles": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Ensembles That Stay Calibrated Under Shift",
        ["lena-muller"],
        ["ensembles"],
        [],
        "Deep ensembles are calibrated in distribution, less so under covariate shift.",
        "Lena Mu\u0308ller showed reliability curves for five datasets.\n",
    ),
    "eurotal-2023/fairness-audits": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Auditing Credit Scoring for Fairness",
        ["ana-garcia"],
        ["fairness", "audit"],
        [("paper", "https://doi.org/10.1145/3593013.3594069")],
        "Disparate impact measured on a public credit data set.",
        "Equalized odds versus demographic parity: you cannot have both here.\n",
    ),
    "eurotal-2023/generalization-bounds": (
        "eurotal-2023",
        "keynotes",
        "keynote",
        "Generalization Bounds That Explain Deep Nets",
        ["sofia-papadopoulou"],
        ["theory"],
        [],
        "PAC-Bayes bounds that are non-vacuous for networks trained with SGD.",
        "Flat minima, compression and the role of the prior.\n",
    ),
    "eurotal-2023/generative-models-privacy": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Generative Models Leak Their Training Data",
        ["zoe-chen"],
        ["privacy"],
        [("paper", "https://arxiv.org/abs/2301.13188")],
        "Diffusion models memorize and regurgitate some training images.",
        "Membership inference attacks work even with differential privacy at epsilon 8.\n",
    ),
    "eurotal-2023/causal-discovery": (
        "eurotal-2023",
        "keynotes",
        "keynote",
        "Causal Discovery from Observational Data",
        ["aapo-hyvarinen"],
        ["causality"],
        [],
        "Identifiability through non-Gaussianity: the LiNGAM family.",
        "Independent component analysis as a tool for causal direction.\n",
    ),
    "eurotal-2023/robustness-certification": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Certified Robustness with Randomized Smoothing",
        ["olaf-sorensen"],
        ["robustness"],
        [("paper", "https://arxiv.org/abs/1902.02918")],
        "Gaussian noise at test time gives a certified radius.",
        "Sørensen compared smoothing with interval bound propagation.\n",
    ),
    "eurotal-2023/interpretability-panel": (
        "eurotal-2023",
        "keynotes",
        "panel",
        "Panel: Is Interpretability Worth It?",
        ["amelie-dubois", "kwame-mensah", "marco-rossi"],
        ["interpretability"],
        [],
        "Three views on whether explanations help the people affected by decisions.",
        "Amélie argued saliency maps mislead; Kwame disagreed for medical imaging.\n",
    ),
    "eurotal-2023/differential-privacy": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Differential Privacy for Federated Learning",
        ["dmitry-ivanov"],
        ["privacy", "federated"],
        [("paper", "https://arxiv.org/abs/1710.06963")],
        "Clipping client updates and adding noise on the server.",
        "Дмитрий показал результаты. Secure aggregation keeps single updates hidden.\n",
    ),
    "eurotal-2023/equilibrium-games": (
        "eurotal-2023",
        "keynotes",
        "talk",
        "Nash Equilibrium in Multi-Agent Learning",
        ["tanaka-yuki"],
        ["games"],
        [],
        "Learning dynamics that converge to an equilibrium in potential games.",
        "Regret minimization; correlated equilibrium is easier to reach.\n",
    ),
    "eurotal-2023/mode-collapse": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Mode Collapse in Adversarial Networks",
        ["wang-fang"],
        ["gans"],
        [],
        "Why generators cover few modes of the data distribution.",
        "Minibatch discrimination and unrolled optimization reduce the collapse.\n",
    ),
    "eurotal-2023/naive-bayes": (
        "eurotal-2023",
        "fairness",
        "talk",
        "In Defence of Naïve Bayes",
        ["joao-sao-paulo"],
        ["baselines"],
        [],
        "A naïve baseline that is hard to beat on small text data sets.",
        "Spam filtering examples from São Paulo newspapers.\n",
    ),
    "eurotal-2023/speech-recognition": (
        "eurotal-2023",
        "keynotes",
        "talk",
        "Speech Recognition for Low-Resource Languages",
        ["kwame-mensah"],
        ["speech"],
        [("video", "https://vimeo.com/812345678")],
        "Self-supervised pretraining on untranscribed audio in Twi and Ewe.",
        "Word error rate halves with 10 hours of labelled speech. 🎤 Great demo.\n",
    ),
    "eurotal-2023/optimizer-forward": (
        "eurotal-2023",
        "keynotes",
        "talk",
        "Hooks in forward() for Activation Checkpointing",
        ["lukasz-kaiser"],
        ["training"],
        [],
        "Recomputing activations during the backward pass trades compute for memory.",
        "Override forward() and wrap blocks; the hook saves only the inputs.\n",
    ),
    "eurotal-2023/graph-networks": (
        "eurotal-2023",
        "fairness",
        "talk",
        "Message Passing Graph Neural Networks",
        ["priya-sharma"],
        ["graphs"],
        [("paper", "https://arxiv.org/abs/1704.01212")],
        "Neural message passing for quantum chemistry and beyond.",
        "Over-smoothing appears after a few layers; residual connections help.\n",
    ),
}


CONFERENCES.update(lingua.CONFERENCE)
PEOPLE.update(lingua.PEOPLE)
TALKS.update(lingua.TALKS)
CONFERENCES.update(polyglot.CONFERENCE)
PEOPLE.update(polyglot.PEOPLE)
TALKS.update(polyglot.TALKS)

_START = {
    "mlsys-2024": "2024-05-13T10:00",
    "eurotal-2023": "2023-09-20T09:30",
    "lingua-2025": "2025-03-10T09:00",
    "babel-2026": "2026-06-02T09:30",
}
_SECOND_DAY = {
    "mlsys-2024": "2024-05-14T14:00",
    "eurotal-2023": "2023-09-21T11:00",
    "lingua-2025": "2025-03-11T14:30",
    "babel-2026": "2026-06-03T11:00",
}
_FIRST_DAY_SESSIONS = ("compilers", "keynotes", "morning", "talks")
"""Talks of these sessions are on a conference's first day, the others on its second."""


def _front_matter(talk_id: str, data: tuple) -> str:
    conf, session, kind, title, speakers, tags, links, abstract, body = data
    front = {
        "title": title,
        "kind": kind,
        "session": session,
        "speakers": speakers,
        "tags": tags,
        "links": [{"kind": k, "url": u} for k, u in links],
        "abstract": abstract,
        "start": _START[conf] if session in _FIRST_DAY_SESSIONS else _SECOND_DAY[conf],
    }
    text = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    return f"---\n{text}---\n{body}"


def write_notebook(root: Path) -> Path:
    """Write the notebook of this test set under ``root`` (returns ``root``)."""
    for cid, conf in CONFERENCES.items():
        folder = root / cid
        folder.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(conf, allow_unicode=True, sort_keys=False)
        (folder / "conference.yaml").write_text(text, encoding="utf-8")
    people = root / "people"
    people.mkdir(parents=True, exist_ok=True)
    for pid, (name, affiliations) in PEOPLE.items():
        page = yaml.safe_dump({"name": name, "affiliations": affiliations}, allow_unicode=True)
        (people / f"{pid}.md").write_text(f"---\n{page}---\n", encoding="utf-8")
    for talk_id, data in TALKS.items():
        text = _front_matter(talk_id, data)
        if talk_id == "eurotal-2023/calibrated-ensembles":
            text = unicodedata.normalize("NFD", text)  # as a macOS editor saves it
        (root / f"{talk_id}.md").write_text(text, encoding="utf-8")
    return root
