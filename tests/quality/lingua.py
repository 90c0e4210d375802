"""A third conference for the labelled search set: notes in eight languages, written for the
matching rules of issue 30 (spelling variants, compounds, rare real words, stems and irregular
plurals, folds, DOIs and arXiv ids in every form, proximity, whole tags, code identifiers).

Each note is what a person jots down in a talk, in the talk's language. Where a note holds a
word for one pattern, the comment above it says which. Words that would change the labels of
the older two conferences' queries are kept out of these notes (no kernels, GPUs, tokens,
attention, privacy...). Written for confnotes; no seed text.
"""

from __future__ import annotations

CONFERENCE = {
    "lingua-2025": {
        "name": "LinguaTech Workshop 2025",
        "series": "LinguaTech",
        "start": "2025-03-10",
        "end": "2025-03-11",
        "timezone": "Europe/Lisbon",
        "location": "Faculdade de Ciências, Lisboa",
        "sessions": [
            {"id": "morning", "title": "Morning talks", "room": "Sala 3.1"},
            {"id": "afternoon", "title": "Afternoon talks", "room": "Sala 3.2"},
            {"id": "posters", "title": "Posters", "room": "Átrio"},
        ],
    },
}

PEOPLE = {
    "fiona-macleod": ("Fiona MacLeod", ["University of Edinburgh"]),
    "emily-carter": ("Emily Carter", ["Stanford University"]),
    "jurgen-gross": ("Jürgen Groß", ["Universität Stuttgart"]),
    "claire-lefevre": ("Claire Lefèvre", ["Sorbonne Université"]),
    "lucia-fernandez": ("Lucía Fernández Ibáñez", ["Universidad Politécnica de Madrid"]),
    "petr-sokolov": ("Пётр Соколов", ["Сколтех"]),
    "li-ming": ("李明", ["北京大学"]),
    "sato-ken": ("佐藤 健", ["東京大学"]),
    "nikos-alexiou": ("Νίκος Αλεξίου", ["Εθνικό Μετσόβιο Πολυτεχνείο"]),
    "hana-novakova": ("Hana Nováková", ["Charles University"]),
}

L = "lingua-2025/"

# id → (conference, session, kind, title, speakers, tags, links, abstract, body)
TALKS: dict[str, tuple] = {
    # British spellings (optimise, colour, analyse, behaviour, centre); "pre-training" hyphenated;
    # an arXiv link with a version; "learning-rate" (proximity); "Adam" (a 4-letter word).
    L + "optimiser-zoo": (
        "lingua-2025",
        "morning",
        "oral",
        "Choosing an Optimiser for Low-Resource Pre-training",
        ["fiona-macleod"],
        ["optimisation"],
        [("paper", "https://arxiv.org/abs/2402.05571v3")],
        "We optimise learning-rate schedules for small corpora and analyse why warm-up matters.",
        "Colour-coded curves, one per optimiser. Adam's behaviour in the first thousand steps "
        "is erratic without warm-up.\n"
        "Her advice: rent a data centre for a week rather than double the batch.\n",
    ),
    # American spellings; "sharding" (a rare real word one letter from "sharing"); GPT-4;
    # "memory" and "bandwidth" far apart (proximity); an arXiv link without a version.
    L + "optimizer-states": (
        "lingua-2025",
        "morning",
        "talk",
        "Sharding Optimizer States Across Hosts",
        ["emily-carter"],
        ["sharding"],
        [("paper", "https://arxiv.org/abs/2403.01234")],
        "We analyze memory per host when the optimizer state is split across hosts, "
        "next to tensor parallelism.",
        "Color shows which host owns each part of the state. The behavior under preemption is "
        "the hard part: every host must checkpoint its slice.\n"
        "Network bandwidth between hosts decides the slice size.\n"
        "All runs in one data center. GPT-4 wrote the test harness, not the code.\n",
    ),
    # "matrices" (irregular plural), "sharing", "open-source", "licence" (British),
    # "Weight" in the title and "decay" far from it (proximity).
    L + "tied-embeddings": (
        "lingua-2025",
        "posters",
        "poster",
        "Weight Sharing Between Input and Output Embeddings",
        ["lucia-fernandez"],
        ["embeddings"],
        [],
        "Tying the two embedding matrices saves a third of the parameters of a small model.",
        "Sharing also helps rare words in low-resource languages, whose vectors otherwise "
        "decay towards zero.\n"
        "The code is open-source under an MIT licence.\n",
    ),
    # German: a closed compound (Sprachmodelle), Leistung (common), Netzwerke (inflected),
    # ß in the speaker's name and in "größere".
    L + "kleine-sprachmodelle": (
        "lingua-2025",
        "morning",
        "talk",
        "Kleine Sprachmodelle für das Deutsche",
        ["jurgen-gross"],
        ["german"],
        [],
        "Dreihundert Millionen Parameter, vortrainiert auf Nachrichten und Gesetzestexten.",
        "Die Leistung bei Fragen zur Grammatik ist überraschend gut.\n"
        "Groß zeigte, dass größere Netzwerke mit denselben Daten kaum gewinnen: die Leistung "
        "hängt vor allem von der Datenqualität ab.\n"
        "Weight Sharing zwischen den Schichten spart Speicher.\n",
    ),
    # German: the hyphenated compound (Sprach-Modelle), "Leitung" (a rare real word one letter
    # from "Leistung"), "Netzwerken" (another case of Netzwerke); tags whose words cross.
    L + "webtexte-filtern": (
        "lingua-2025",
        "afternoon",
        "talk",
        "Welche Webtexte behalten?",
        ["jurgen-gross"],
        ["german", "data-quality"],
        [],
        "Ein Klassifikator bewertet jede Seite, bevor die Sprach-Modelle sie sehen.",
        "Das Projekt steht unter der Leitung von Jürgen Groß.\n"
        "Die Leistung des Klassifikators hängt von der Sprache der Seite ab.\n"
        "In den Netzwerken der Nachrichtenseiten gibt es viele Duplikate.\n",
    ),
    # Rare real words next to common ones: casual/causal, sensor/tensor, polling/pooling;
    # "theses" (irregular plural); a tag written in the text.
    L + "hallway-notes": (
        "lingua-2025",
        "posters",
        "social",
        "Hallway Notes from the Coffee Break",
        [],
        [],
        [],
        "A casual chat with three students about their theses.",
        "One builds a sensor glove that reads sign language; another is polling volunteers "
        "about machine translation quality.\n"
        "The third asked whether causal language modelling is enough for speech.\n"
        "Ask Emily about #inference-server next week.\n",
    ),
    # French: elision with a typographic apostrophe (l’apprentissage), accents, a hyphenated
    # compound (auto-encodeur), "réseaux" (plural of réseau), a DOI written as doi:…
    L + "apprentissage-auto-supervise": (
        "lingua-2025",
        "morning",
        "oral",
        "L’apprentissage auto-supervisé pour les langues régionales",
        ["claire-lefevre"],
        ["occitan"],
        [],
        "Des réseaux de neurones entraînés sur l’occitan et le breton, avec très peu de "
        "données annotées.",
        "Claire a présenté un auto-encodeur débruiteur. L’entraînement dure trois jours sur "
        "huit cartes.\n"
        "Les résultats sont meilleurs que ceux du modèle multilingue de référence.\n"
        "Question de la salle : comment gérer l’orthographe non standard ? Réponse : "
        "normaliser avant l’entraînement.\n"
        "Article : doi:10.18653/v1/2025.lingua-1.7\n",
    ),
    # French: an ASCII apostrophe (L'évaluation), "réseau" (singular), "open source" spaced,
    # BLEU; tags whose words cross ("low-data", "quality-estimation").
    L + "traduction-creole": (
        "lingua-2025",
        "afternoon",
        "talk",
        "Traduction automatique vers le créole haïtien",
        ["claire-lefevre"],
        ["translation", "low-data", "quality-estimation"],
        [],
        "Un petit corpus parallèle suffit pour un premier système utile.",
        "L'évaluation humaine contredit le score BLEU sur les phrases longues.\n"
        "Le réseau est entraîné en deux étapes. Le code est open source.\n",
    ),
    # Spanish: ñ, ¿…?, "neuronales" (plural of neuronal), a question asked in the talk.
    L + "notas-clinicas": (
        "lingua-2025",
        "morning",
        "oral",
        "Aprendizaje automático para notas clínicas en español",
        ["lucia-fernandez"],
        ["clinical-nlp"],
        [],
        "Redes neuronales que extraen diagnósticos de informes médicos sin datos etiquetados "
        "de otros hospitales.",
        "¿Cómo manejan la negación? Con reglas y una red pequeña.\n"
        "Los criterios de inclusión se fijaron con los médicos.\n"
        "El año pasado el sistema fallaba con las abreviaturas.\n",
    ),
    # Spanish: "neuronal" (singular); a hyphenated tag.
    L + "sintesis-de-voz": (
        "lingua-2025",
        "afternoon",
        "poster",
        "Síntesis de voz para lenguas indígenas",
        ["lucia-fernandez"],
        ["speech-synthesis"],
        [],
        "Una red neuronal pequeña genera voz en quechua a partir de diez horas de grabaciones.",
        "Evaluamos con hablantes de la comunidad; la calidad percibida depende del acento.\n",
    ),
    # Russian: ё written (Объём, всё, Пётр, ещё), "Нейросеть" (one case of a noun), a question.
    L + "russkie-teksty": (
        "lingua-2025",
        "morning",
        "oral",
        "Обучение языковых моделей на русских текстах",
        ["petr-sokolov"],
        ["russian"],
        [],
        "Объём корпуса — 40 ГБ, всё прошло дедупликацию.",
        "Пётр рассказал, как ускорить обучение: смешанная точность и большой батч.\n"
        "Нейросеть ошибается на редких падежах, ещё хуже с именами собственными.\n"
        "Вопрос из зала: как модель обрабатывает длинные документы?\n",
    ),
    # Russian: ё left out (Ученые) and written at a word's start (Ёмкость); "Нейросети".
    L + "poisk-po-statyam": (
        "lingua-2025",
        "afternoon",
        "talk",
        "Быстрый поиск по научным статьям",
        ["petr-sokolov"],
        ["russian"],
        [],
        "Индекс на два миллиона статей отвечает за 30 мс.",
        "Ученые из Сколтеха обучили модель ранжирования на кликах. Нейросети тут почти не "
        "нужны.\n"
        "Ёмкость индекса растёт линейно.\n",
    ),
    # Chinese: full-width digits and question mark, GPT4 closed up.
    L + "zhongwen-fenci": (
        "lingua-2025",
        "afternoon",
        "talk",
        "中文分词对大语言模型还重要吗？",
        ["li-ming"],
        ["chinese"],
        [],
        "比较字、词和子词三种切分方式在问答任务上的效果。",
        "李明认为，对大语言模型来说分词的影响很小。\n"
        "实验用了１２０万篇新闻，GPT4 的结果作为参考。\n",
    ),
    # Japanese: full-width Latin letters and digits, half-width katakana (ｶｰﾈﾙ).
    L + "keitaiso-kaiseki": (
        "lingua-2025",
        "posters",
        "poster",
        "日本語の形態素解析とサブワード",
        ["sato-ken"],
        ["japanese"],
        [],
        "形態素解析器を使わずに、サブワードだけで日本語の文を分割する。",
        "佐藤さんの実験では、ＭｅＣａｂより速いが精度は少し低い。\n"
        "学習データは１０万文、Ａ１００を８枚使って２日。\n"
        "ｶｰﾈﾙの最適化は今後の課題。\n",
    ),
    # Greek: tonos and final sigma, as Greek is written.
    L + "ellinika-montela": (
        "lingua-2025",
        "morning",
        "talk",
        "Γλωσσικά μοντέλα για τα ελληνικά",
        ["nikos-alexiou"],
        ["greek"],
        [],
        "Προεκπαίδευση σε κείμενα της Βουλής και της Βικιπαίδειας.",
        "Ο Νίκος έδειξε ότι η μηχανική μάθηση με λίγα δεδομένα δουλεύει καλά.\n"
        "Τα αποτελέσματα είναι καλύτερα από το πολυγλωσσικό μοντέλο.\n",
    ),
    # Code identifiers: flags, snake_case, pkg::name, a.b.c; "license" (American); "tensor".
    L + "mlserve-cli": (
        "lingua-2025",
        "afternoon",
        "poster",
        "A Command-Line Server for Multilingual Models",
        ["emily-carter"],
        ["inference-server"],
        [("code", "https://github.com/example-lab/mlserve")],
        "One binary wraps the model, the batching logic and an HTTP API.",
        "Start it with `mlserve --max-batch-size 64 --no-cache`; `max_batch_delay_ms` caps how "
        "long a request waits.\n"
        "The Rust core calls tokio::spawn per request and returns a std::vector of floats "
        "through the C bindings.\n"
        "The Python client is mlserve.client.stream; torch.compile halves the latency of the "
        "first request.\n"
        "Released under the Apache license. The tensor layout is row-major.\n",
    ),
    # "DataLoader" closed up; a typo written in the note (pipleine); "Experiments";
    # "learning" and "rate" far apart (proximity); num_workers.
    L + "dataloader-stalls": (
        "lingua-2025",
        "morning",
        "talk",
        "Why the DataLoader Stalls",
        ["fiona-macleod"],
        ["profiling"],
        [],
        "Profiling the input side of training on speech corpora with millions of short files.",
        "Experiments on three corpora: the loader spends most of its time opening files, so we "
        "pack them into larger archives.\n"
        "Setting num_workers=8 is not always better; one worker per core.\n"
        "The sampling rate of the audio matters less than the number of files: learning "
        "stalls while the loader waits.\n"
        "The input pipleine now keeps up with the accelerators.\n",
    ),
    # Irregular plurals: mice, criteria, indices, analyses; a DOI link written as dx.doi.org.
    L + "ultrasonic-calls": (
        "lingua-2025",
        "afternoon",
        "poster",
        "Ultrasonic Calls of Laboratory Mice",
        ["hana-novakova"],
        ["bioacoustics"],
        [("paper", "https://dx.doi.org/10.1038/s41586-024-07001-x")],
        "A small convolutional network finds calls in hours of recordings.",
        "The call criteria follow the lab's earlier protocol.\n"
        "We store the indices of detected calls per recording; two analyses disagreed on rare "
        "call types.\n",
    ),
    # Singulars (mouse, organ) and words a stemmer merges with others (indicates, important,
    # experience).
    L + "brain-atlas": (
        "lingua-2025",
        "morning",
        "oral",
        "Aligning Brain Slices to a Reference Atlas",
        ["hana-novakova"],
        ["registration"],
        [],
        "Registering a mouse brain slice to an atlas with a learned deformation field.",
        "A jump in the loss indicates a torn slice. It is important to mask the ventricles "
        "first.\n"
        "From experience, manual landmarks still beat the learned field on damaged tissue.\n"
        "The same method segments each organ in whole-body scans.\n",
    ),
    # Singulars (index, criterion, matrix), import, organization, university, "New" (not news),
    # "data loader" spaced, a DOI written as "DOI 10…", an old-style arXiv id.
    L + "nightly-index": (
        "lingua-2025",
        "afternoon",
        "talk",
        "Keeping a Search Index of Transcripts Fresh",
        ["emily-carter"],
        ["search"],
        [("paper", "https://arxiv.org/abs/cs/0612044")],
        "The index is rebuilt nightly; the stopping criterion for merges is segment size.",
        "Each transcript is stored as a sparse matrix of term counts.\n"
        "New transcripts are imported every hour: the script does import json and posts one "
        "request per file.\n"
        "The data loader reads them in order of arrival. The organization of the index follows "
        "the university's archive.\n"
        "DOI 10.5555/3666122.3667001 describes the format.\n",
    ),
    # "mean" (not meaning), pooling, "weight decay" and "learning rate" adjacent (proximity),
    # "causal", "Finetuning" closed up, an arXiv id with a version in the text.
    L + "mean-pooling": (
        "lingua-2025",
        "morning",
        "spotlight",
        "Sentence Vectors by Mean Pooling",
        ["li-ming"],
        ["sentence-embeddings"],
        [],
        "Averaging the encoder's hidden states gives strong sentence vectors in twelve languages.",
        "Mean pooling beats the first-position vector everywhere; weight decay of 0.1 matters "
        "more than the learning rate.\n"
        "A causal mask makes it worse, as expected.\n"
        "Preprint: arXiv:2405.10001v2. Finetuning on pairs adds two points.\n",
    ),
    # "meaning" (not mean), pooling, universe, datum, hypothesis, "Fine-tuning" hyphenated.
    L + "probing-meaning": (
        "lingua-2025",
        "afternoon",
        "talk",
        "Do Probes Find Meaning or Topic?",
        ["emily-carter"],
        ["probing"],
        [],
        "Linear probes on a frozen encoder, one hypothesis at a time.",
        "Max pooling over positions hides the order of words.\n"
        "The universe of probe tasks is small: six, all in English.\n"
        "Each datum is a sentence and a label. Fine-tuning the encoder would defeat the "
        "purpose.\n",
    ),
    # "pre training" and "fine tuning" spaced; "sharing".
    L + "code-switched-speech": (
        "lingua-2025",
        "morning",
        "talk",
        "Code-Switched Speech in Bilingual Classrooms",
        ["lucia-fernandez"],
        ["code-switching"],
        [],
        "Continued pre training on transcripts that mix Spanish and English.",
        "The bigger gain came from fine tuning on ten hours of classroom audio.\n"
        "Weight sharing across the two languages' output layers did not help.\n",
    ),
    # Tags "llm-inference" and "server-costs": their words cross as "inference server".
    L + "inference-costs": (
        "lingua-2025",
        "afternoon",
        "talk",
        "What a Hosted Model Really Costs",
        ["nikos-alexiou"],
        ["llm-inference", "server-costs"],
        [],
        "Per-request cost of a hosted model, measured over a month of traffic.",
        "Idle accelerators cost more than the requests themselves. Batching across tenants "
        "saves a third.\n",
    ),
}
