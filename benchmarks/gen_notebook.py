"""A deterministic generator of realistic notebooks for the search benchmarks.

Same seed, same files: conferences of ~200 talks, a few thousand people with
accented names, typed links, tags, and note bodies of 150–800 words drawn from
a Zipf-like vocabulary (with some Markdown: headings, lists, **bold**, links).

Usage: python benchmarks/gen_notebook.py DIR N
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

FIRST = [
    "Aapo",
    "Ivana",
    "Zico",
    "Shaojie",
    "Yoshua",
    "Pieter",
    "Inês",
    "João",
    "Łukasz",
    "Søren",
    "Zoë",
    "Chloé",
    "Jürgen",
    "Renée",
    "Håkon",
    "Ayşe",
    "Đorđe",
    "Mária",
    "Noémie",
    "Ōta",
    "Wei",
    "Mei",
    "Hiroshi",
    "Anaïs",
    "Björn",
    "Çağla",
    "Dávid",
]
LAST = [
    "Hyvärinen",
    "Kajić",
    "Kolter",
    "Bai",
    "Bengio",
    "Abbeel",
    "Carvalho",
    "Pereira",
    "Wróbel",
    "Kierkegaard",
    "Brontë",
    "Müller",
    "Ångström",
    "Yılmaz",
    "Đokić",
    "Novák",
    "Lefèvre",
    "Ōtsuka",
    "Zhang",
    "Tanaka",
    "Dubois",
    "Løvås",
    "Şahin",
    "Szabó",
    "Okafor",
    "Hofmann",
    "Nguyễn",
    "Peña",
]
TOPICS = [
    "equilibrium",
    "flows",
    "diffusion",
    "posterior",
    "variational",
    "inference",
    "transformer",
    "attention",
    "calibration",
    "abstention",
    "robustness",
    "adversarial",
    "certified",
    "gradient",
    "descent",
    "convex",
    "monotone",
    "operator",
    "kernel",
    "gaussian",
    "process",
    "bayesian",
    "optimisation",
    "reinforcement",
    "policy",
    "reward",
    "exploration",
    "bandit",
    "graph",
    "neural",
    "network",
    "message",
    "passing",
    "contrastive",
    "self-supervised",
    "representation",
    "causal",
    "intervention",
    "counterfactual",
    "fairness",
    "privacy",
    "federated",
    "differential",
    "memory",
    "recurrent",
    "legendre",
    "polynomial",
    "spectral",
    "sparse",
    "pruning",
    "quantisation",
    "distillation",
    "scaling",
    "language",
    "vision",
    "speech",
    "retrieval",
    "generative",
    "adversarial",
    "collapse",
    "discriminator",
    "classifier",
    "auxiliary",
    "implicit",
    "layers",
    "fixed",
    "point",
]
COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "we",
    "this",
    "are",
    "by",
    "it",
    "from",
    "an",
    "be",
    "our",
    "can",
    "which",
    "model",
    "models",
    "method",
    "methods",
    "results",
    "data",
    "training",
    "learning",
    "show",
    "paper",
    "approach",
    "performance",
    "using",
    "based",
    "new",
    "also",
    "more",
    "than",
    "when",
    "how",
    "not",
    "they",
    "their",
    "these",
    "one",
    "two",
    "question",
    "answer",
    "slide",
    "figure",
    "table",
    "baseline",
    "dataset",
    "experiment",
    "benchmark",
    "loss",
    "error",
]
KINDS = ["oral", "oral", "spotlight", "spotlight", "poster", "poster", "poster", "keynote"]
LINKS = ["paper", "slides", "video", "poster", "code"]
ROOMS = ["West Ballroom A", "West Ballroom B", "East Hall C", "Room 220", "Hall J"]
CJK = ["深度学习模型", "強化学習の方法", "생성 모델", "因果推断"]


def _word(rng: random.Random, theme: list[str]) -> str:
    r = rng.random()
    if r < 0.55:
        return rng.choice(COMMON)
    if r < 0.75:
        return rng.choice(theme)
    if r < 0.77:
        return rng.choice(TOPICS)
    # a long tail of rarer made-up words: log-uniform ranks, so roughly Zipf-distributed
    return _TAIL[int(len(_TAIL) ** rng.random()) - 1]


def _syllables(i: int) -> str:
    out = ""
    while True:
        out += "bdfgklmnprstvz"[i % 14] + "aeiou"[(i // 14) % 5]
        i //= 70
        if not i:
            return out + "n"


_TAIL = [_syllables(i) for i in range(40_000)]


def _sentence(rng: random.Random, n: int, theme: list[str]) -> str:
    words = [_word(rng, theme) for _ in range(n)]
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
    return " ".join(words).capitalize() + "."


def _plain_scalar(text: str) -> str:
    """``text`` as a YAML value: quoted when it starts with ``*`` (an alias in plain YAML,
    which made a few generated notes' front matter unreadable)."""
    return json.dumps(text, ensure_ascii=False) if text.startswith("*") else text


def body(rng: random.Random, theme: list[str]) -> str:
    """A note of 150–800 words with headings, bullets, bold words and links."""
    target = rng.randint(150, 800)
    lines, count = ["## Main points", ""], 0
    while count < target:
        n = rng.randint(6, 20)
        prefix = "- " if rng.random() < 0.5 else ""
        lines.append(prefix + _sentence(rng, n, theme))
        count += n
        if rng.random() < 0.05:
            arxiv = f"{rng.randint(1000, 2400)}.0{rng.randint(1000, 9999)}"
            lines.append(f"See [the paper](https://arxiv.org/abs/{arxiv}).")
        if rng.random() < 0.03:
            lines.append(rng.choice(CJK))
        if rng.random() < 0.1:
            lines += ["", "## Questions", ""]
    return "\n".join(lines) + "\n"


def generate(root: Path, n_talks: int, seed: int = 42) -> None:
    """Write a notebook of ``n_talks`` talks (plus people and conferences) under ``root``."""
    rng = random.Random(seed)
    n_people = max(50, n_talks // 3)
    people = []
    (root / "people").mkdir(parents=True, exist_ok=True)
    for i in range(n_people):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        pid = f"p{i:05d}"
        people.append(pid)
        aff = f"University of {rng.choice(LAST)}"
        (root / "people" / f"{pid}.md").write_text(
            f"---\nname: {name}\naffiliations:\n- {aff}\n---\n", encoding="utf-8"
        )
    per_conf = 200
    for c in range((n_talks + per_conf - 1) // per_conf):
        cid = f"conf-{2000 + c // 10}-{c:03d}"
        folder = root / cid
        folder.mkdir()
        day = datetime(2000 + c // 10, 12, 1) + timedelta(days=c % 10 * 30)
        sessions = "".join(
            f"- id: s{s}\n  title: Session {s} on {rng.choice(TOPICS)}\n  kind: oral\n"
            f"  room: {rng.choice(ROOMS)}\n"
            for s in range(10)
        )
        (folder / "conference.yaml").write_text(
            f"name: Conference {c} on {rng.choice(TOPICS)}\nseries: CONF\n"
            f"start: {day:%Y-%m-%d}\nend: {day + timedelta(days=2):%Y-%m-%d}\n"
            f"timezone: America/Chicago\nsessions:\n{sessions}",
            encoding="utf-8",
        )
        for t in range(min(per_conf, n_talks - c * per_conf)):
            start = day + timedelta(days=t % 3, hours=9 + (t // 3) % 9, minutes=20 * (t % 3))
            theme = rng.sample(TOPICS, 4)
            title = " ".join(rng.choice(theme) for _ in range(rng.randint(3, 8))).title()
            speakers = rng.sample(people, rng.randint(1, 4))
            links = "".join(
                f"- kind: {k}\n  url: https://example.org/{cid}/{t}/{k}\n"
                for k in rng.sample(LINKS, rng.randint(0, 3))
            )
            text = (
                f"---\ntitle: {title}\nkind: {rng.choice(KINDS)}\nsession: s{t % 10}\n"
                f"start: {start:%Y-%m-%dT%H:%M}\nspeakers: [{', '.join(speakers)}]\n"
                + (f"links:\n{links}" if links else "")
                + f"tags: [{theme[0]}]\n"
                f"abstract: {_plain_scalar(_sentence(rng, rng.randint(20, 60), theme))}\n"
                f"---\n{body(rng, theme)}"
            )
            (folder / f"talk-{t:03d}.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]))
