"""A fourth conference for the labelled search set, written after the matching rules of issue 30
were built, to see whether they hold on notes nobody tuned them for: Portuguese, German,
French, Spanish, Russian, Japanese, Chinese and Greek notes, code, links and papers in other
written forms, British spellings, plurals and rare real words beside common ones.

Each note is what a person jots down in a talk. Where a note holds a word for one pattern,
the comment above it says which. Words that would change the labels of the older
conferences' queries are kept out (no kernels, GPUs, tokens, attention, memory, privacy...).
Written for confnotes; no seed text.
"""

from __future__ import annotations

CONFERENCE = {
    "babel-2026": {
        "name": "Babel Summit on Multilingual Systems 2026",
        "series": "Babel",
        "start": "2026-06-02",
        "end": "2026-06-03",
        "timezone": "Europe/Vienna",
        "location": "Technische Universität Wien",
        "sessions": [
            {"id": "talks", "title": "Main track", "room": "Saal 1"},
            {"id": "industry", "title": "Industry track", "room": "Saal 2"},
            {"id": "panels", "title": "Panels", "room": "Kuppelsaal"},
        ],
    },
}

PEOPLE = {
    "ines-duarte": ("Inês Duarte", ["Universidade de Coimbra"]),
    "katrin-vogel": ("Katrin Vogel", ["Max-Planck-Institut für Informatik"]),
    "helene-marchand": ("Hélène Marchand", ["Université de Lyon"]),
    "diego-ortiz": ("Diego Ortiz Peña", ["Universidad de Chile"]),
    "sergei-orlov": ("Сергей Орлов", ["МФТИ"]),
    "suzuki-aoi": ("鈴木 葵", ["京都大学"]),
    "zhang-wei": ("张伟", ["浙江大学"]),
    "eleni-georgiou": ("Ελένη Γεωργίου", ["Πανεπιστήμιο Κρήτης"]),
    "tom-ashworth": ("Tom Ashworth", ["Imperial College London"]),
    "rachel-kim": ("Rachel Kim", ["Georgia Tech"]),
}

B = "babel-2026/"

# id → (conference, session, kind, title, speakers, tags, links, abstract, body)
TALKS: dict[str, tuple] = {
    # Portuguese: avaliação/avaliações, automática, pré-treinamento and pré-treinado hyphenated,
    # "redes neurais" (plural of rede neural), a question from the room.
    B + "redes-neurais-pt": (
        "babel-2026",
        "talks",
        "oral",
        "Redes neurais para o português europeu",
        ["ines-duarte"],
        ["portuguese"],
        [],
        "Avaliação humana de um modelo pré-treinado em textos jornalísticos.",
        "A Inês mostrou que a avaliação automática subestima os erros de concordância.\n"
        "O pré-treinamento durou duas semanas num cluster da universidade.\n"
        "Pergunta: qual é o tamanho do vocabulário? Resposta: trinta e dois mil subpalavras.\n",
    ),
    # German: Trainingsdaten closed up and Trainings-Daten hyphenated, Modellgröße (ß, ö),
    # Datensatz/Datensätze, a question from the room, a hyphenated tag.
    B + "rechtstexte-de": (
        "babel-2026",
        "talks",
        "talk",
        "Fachwörter in Trainingsdaten für Rechtstexte",
        ["katrin-vogel"],
        ["german", "legal-nlp"],
        [],
        "Wie viel Fachsprache brauchen Modelle, um Urteile zusammenzufassen?",
        "Die Trainings-Daten stammen aus Urteilen des Bundesgerichtshofs.\n"
        "Jeder Datensatz wurde von zwei Juristinnen geprüft; die Datensätze sind öffentlich.\n"
        "Frage aus dem Publikum: Wie groß ist der Anteil der Fachwörter im Wortschatz?\n"
        "Die Modellgröße spielt eine kleinere Rolle als erwartet.\n",
    ),
    # French: a question in the title, "tableaux" (plural in -aux), "bases de connaissances",
    # a dataset URL.
    B + "hallucinations-fr": (
        "babel-2026",
        "talks",
        "talk",
        "Pourquoi les grands modèles de langue hallucinent-ils ?",
        ["helene-marchand"],
        ["hallucinations"],
        [],
        "Une étude des hallucinations sur des questions de culture populaire.",
        "Hélène distingue les hallucinations factuelles des erreurs de raisonnement.\n"
        "Les bases de connaissances réduisent les erreurs de moitié.\n"
        "Les tableaux détaillés sont dans l’annexe.\n"
        "Jeu de données : https://huggingface.co/datasets/babel-lab/halluc-fr\n",
    ),
    # Spanish: accents, irónicos (plural), a question with ¿…?, a full-width-free number.
    B + "discurso-de-odio-es": (
        "babel-2026",
        "talks",
        "talk",
        "Detección de discurso de odio en redes sociales",
        ["diego-ortiz"],
        ["hate-speech"],
        [],
        "Un clasificador ligero para moderadores de contenidos en América Latina.",
        "Los mensajes irónicos son el mayor problema: el clasificador los marca como "
        "ofensivos.\n"
        "¿Qué pasa con los emojis? Se tratan como palabras.\n"
        "El corpus tiene doce mil tuits anotados por tres personas.\n",
    ),
    # Russian: ё written (решётке, всю), трансформеры, a question and its answer.
    B + "reshetka-ru": (
        "babel-2026",
        "industry",
        "talk",
        "Поиск по решётке гиперпараметров",
        ["sergei-orlov"],
        ["hyperparameters"],
        [("code", "https://github.com/babel-lab/grid-ru")],
        "Как выбрать шаг обучения без полного перебора.",
        "Сергей перебрал всё за ночь на восьми картах.\n"
        "Трансформеры меньшего размера переобучаются быстрее.\n"
        "Вопрос: зачем нужен ранний останов? Ответ: чтобы сэкономить время.\n",
    ),
    # Japanese: katakana compounds, full-width Latin letters (ＮＰＵ) and digits, 機械 学習 with a
    # space, コンピュータ without the long vowel mark at its end.
    B + "shodenryoku-ja": (
        "babel-2026",
        "industry",
        "poster",
        "ディープラーニングの省電力推論",
        ["suzuki-aoi"],
        ["japanese"],
        [],
        "スマートフォンのＮＰＵで推論すると、電池の消費が半分になる。",
        "機械 学習の専門家でなくても使えるツールを公開した（Ａｐａｃｈｅ ２.０）。\n"
        "コンピュータの温度も測定した。\n",
    ),
    # Chinese: simplified characters, a full-width digit, an arXiv PDF link with a version.
    B + "yasuo-zh": (
        "babel-2026",
        "industry",
        "talk",
        "大模型压缩：量化与剪枝",
        ["zhang-wei"],
        ["chinese"],
        [],
        "在手机上运行七十亿参数的模型。",
        "张伟介绍了４比特量化，精度几乎不变。\n"
        "剪枝之后需要再训练。\n"
        "论文：https://arxiv.org/pdf/2406.01234v2\n",
    ),
    # Greek: tonos, final sigma, διαλέκτους (accusative plural), the Greek question mark.
    B + "dialektoi-el": (
        "babel-2026",
        "talks",
        "talk",
        "Μηχανική μετάφραση για ελληνικές διαλέκτους",
        ["eleni-georgiou"],
        ["greek"],
        [],
        "Ηχογραφήσεις από την Κρήτη και την Κύπρο.",
        "Τα μοντέλα μετάφρασης μπερδεύουν τις διαλέκτους μεταξύ τους.\n"
        "Ερώτηση: πόσες ώρες ήχου χρειάζονται; Απάντηση: περίπου πενήντα.\n",
    ),
    # "Activation" (not active), "formulae" (plural), "convex" (not convey), modelling (British),
    # a DOI written as doi.org/… without a scheme in the text.
    B + "activation-functions": (
        "babel-2026",
        "talks",
        "spotlight",
        "Activation Functions Revisited",
        ["tom-ashworth"],
        ["activations"],
        [],
        "Soft activations train faster than ReLU in small encoders.",
        "SwiGLU beats GELU by a point on every benchmark; the formulae are in the appendix.\n"
        "Convex combinations of the two did not help.\n"
        "Careful modelling of the hardware counters: doi.org/10.1145/3581784.3607067\n",
    ),
    # "Active" (not activation), "author", "convey" (a rare real word one letter from convex),
    # an arXiv id written in the text with a full stop after it.
    B + "active-learning-contracts": (
        "babel-2026",
        "panels",
        "panel",
        "Active Learning for Annotating Legal Contracts",
        ["rachel-kim", "katrin-vogel"],
        ["legal-nlp", "active-learning"],
        [],
        "Which clause should the lawyers label next?",
        "The author compared uncertainty sampling with random choice.\n"
        "The model must convey why it picked a clause; lawyers want a reason.\n"
        "Related: arXiv:2310.06825.\n",
    ),
    # "convex" again (it must be the common word), "sparse" (common) beside "spare" (rare),
    # code identifiers: a method call, a dotted name, snake_case, a file path; a repository URL
    # with tracking parameters; a flag written with dashes.
    B + "sparse-routing": (
        "babel-2026",
        "industry",
        "talk",
        "Sparse Routing in Mixture-of-Experts Layers",
        ["rachel-kim"],
        ["mixture-of-experts"],
        [("code", "https://github.com/babel-lab/moe-router?utm_source=twitter")],
        "Sparse routing sends each input to two of sixty-four experts; a convex load-balancing "
        "loss keeps them busy.",
        "The router is MoERouter.from_config(cfg); the gate is topk_gate() in "
        "moe_router/gates.py.\n"
        "Train with --gradient-checkpointing or the sparse layers do not fit.\n"
        "Convex relaxations of the routing problem are too slow.\n",
    ),
    # "spare" (rare real word), "vortices" (plural of vortex, not in any table), modeling
    # (American), a DOI link in the front matter.
    B + "fluid-surrogates": (
        "babel-2026",
        "talks",
        "talk",
        "Learning Fluid Simulations from Few Runs",
        ["tom-ashworth"],
        ["simulation"],
        [("paper", "https://doi.org/10.1017/jfm.2025.118")],
        "A graph network predicts where vortices form behind a wing.",
        "Each run takes a day of the cluster's spare capacity.\n"
        "Modeling the boundary layer is where the surrogate still fails.\n",
    ),
    # Code: C++ and Rust paths (std::unordered_map, serde_json::from_str), a closed HashMap; a
    # slides URL; "vortex" (singular).
    B + "feature-store-rust": (
        "babel-2026",
        "industry",
        "talk",
        "Rewriting the Feature Store in Rust",
        ["sergei-orlov"],
        ["rust"],
        [("slides", "https://speakerdeck.com/babel-lab/feature-store-rust")],
        "Half the machines for the same traffic after the rewrite.",
        "Lookups go through a std::unordered_map in the old C++ service and a HashMap in Rust.\n"
        "Config is parsed with serde_json::from_str; errors bubble up with the ? operator.\n"
        "The team's logo is a vortex.\n",
    ),
    # An OpenReview forum link; "taxa" (plural of taxon); gradientCheckpointing in camel case.
    B + "species-classifier": (
        "babel-2026",
        "panels",
        "poster",
        "Few-Shot Species Identification from Camera Traps",
        ["diego-ortiz"],
        ["ecology"],
        [("paper", "https://openreview.net/forum?id=Xq7Lm2PbRt")],
        "Rare taxa get a handful of labelled images each.",
        "The backbone is trained with gradientCheckpointing on to fit larger images.\n"
        "Field biologists checked every rare-class prediction.\n",
    ),
}
