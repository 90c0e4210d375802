"""A small hand-written notebook for the search tests (made up; no seed text)."""

from __future__ import annotations

from pathlib import Path

CONFERENCE = """\
name: Workshop on Fixed Points 2019
series: FixPts
start: 2019-12-10
end: 2019-12-11
timezone: America/Vancouver
location: Vancouver Convention Centre
sessions:
- id: orals-1
  title: Oral session on implicit layers
  kind: oral
  start: 2019-12-10T10:00
  end: 2019-12-10T11:00
  room: West Ballroom C
- id: posters
  title: Evening posters
  kind: poster
  start: 2019-12-11T17:00
  end: 2019-12-11T19:00
  room: East Hall B
"""

TALKS = {
    "deep-equilibrium-models.md": """\
---
title: Deep Equilibrium Models
kind: oral
session: orals-1
start: 2019-12-10T10:05
speakers: [shaojie-bai, zico-kolter]
links:
- kind: paper
  url: https://arxiv.org/abs/1909.01377
- kind: slides
  url: https://example.org/deq-slides.pdf
tags: [implicit layers]
abstract: Instead of stacking layers, find the fixed point of one layer directly.
---
## Notes

Root finding replaces the forward pass; memory is constant in depth.
The **equilibrium** point is found with Broyden's method.
""",
    "monotone-operator-networks.md": """\
---
title: Monotone Operator Equilibrium Networks
kind: oral
session: orals-1
start: 2019-12-10T10:25
speakers: [ezra-winston]
abstract: A parameterisation with a unique equilibrium guaranteed.
---
Operator splitting gives convergence guarantees for these networks.
""",
    "legendre-memory-units.md": """\
---
title: Legendre Memory Units
kind: oral
session: orals-1
start: 2019-12-10T10:45
speakers: [ivana-kajic]
---
Continuous-time memory with orthogonal polynomials; beats LSTMs on long sequences.
""",
    "twin-auxiliary-gan.md": """\
---
title: Twin Auxiliary Classifiers GAN
kind: poster
session: posters
start: 2019-12-11T17:00
speakers: [aapo-hyvarinen]
links:
- kind: poster
  url: https://example.org/posters/tac-gan.png
---
Fixes the mode collapse of AC-GAN by adding a second classifier.
Convolutional networks are used as discriminators.
""",
    "keynote-flows.md": """\
---
title: Normalizing Flows for Everyone
kind: keynote
start: 2019-12-11T09:00
speakers: [yoshua-bengio]
tags: [flows]
---
People asked about 深度学习模型 in the break.
Mentioned a **bold** claim about posterior collapse.
""",
    "panel-future.md": """\
---
title: Panel on the Future of Reinforcement Learning
kind: panel
start: 2019-12-11T15:00
speakers: [pieter-abbeel]
---
Robots learning from demonstrations; the word equilibrium never came up in the title.
""",
}

PEOPLE = {
    "shaojie-bai": "---\nname: Shaojie Bai\naffiliations: [Carnegie Mellon University]\n---\n",
    "zico-kolter": "---\nname: J. Zico Kolter\naffiliations: [Carnegie Mellon University]\n---\n",
    "ezra-winston": "---\nname: Ezra Winston\naffiliations: [Carnegie Mellon University]\n---\n",
    "ivana-kajic": "---\nname: Ivana Kajić\naffiliations: [University of Waterloo]\n---\n",
    "aapo-hyvarinen": "---\nname: Aapo Hyvärinen\naffiliations: [University of Helsinki]\n---\n",
    "yoshua-bengio": "---\nname: Yoshua Bengio\naffiliations: [Mila]\n---\nMet him at a poster.\n",
    "pieter-abbeel": "---\nname: Pieter Abbeel\naffiliations: [UC Berkeley]\n---\n",
}


def make_notebook(root: Path) -> Path:
    """Write the fixture notebook under ``root`` and return it."""
    conf = root / "fixpts-2019"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    for name, text in TALKS.items():
        (conf / name).write_text(text, encoding="utf-8")
    people = root / "people"
    people.mkdir()
    for pid, text in PEOPLE.items():
        (people / f"{pid}.md").write_text(text, encoding="utf-8")
    return root
