"""[[Wikilinks]] and #tags: finding, resolving (exact, prefix, fuzzy, ambiguous), completing,
following back (backlinks), and a rename that never breaks a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from confnotes.knowledge import edits
from confnotes.knowledge.wikilinks import (
    LinkResolver,
    _tags_in_lines,
    backlinks,
    completion_text,
    index_terms,
    link_at,
    open_link_prefix,
    tags_in,
    target_key,
    wikilinks_in,
)
from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook

SHIFTS = "relml-2025/shifts-in-the-wild"
CALIBRATION = "relml-2025/calibration-is-not-enough"


def test_links_are_found_outside_code_with_labels_and_headings() -> None:
    body = (
        "See [[Amara Okafor]] and [[Calibration Is Not Enough|the keynote]].\n"
        "`[[not a link]]` and\n```\n[[code]]\n```\n[[relml-2025#Morning]]"
    )
    links = wikilinks_in(body)
    assert [(x.target, x.label, x.heading, x.line) for x in links] == [
        ("Amara Okafor", "", "", 1),
        ("Calibration Is Not Enough", "the keynote", "", 1),
        ("relml-2025", "", "Morning", 6),
    ]
    assert body[links[1].start : links[1].end] == "[[Calibration Is Not Enough|the keynote]]"


def test_tags_are_words_after_a_hash_not_headings_numbers_or_fragments() -> None:
    body = (
        "# Heading\n## Another\nGreat #idea and #Idea again, issue #12, "
        "https://x.org/page#frag, &#123; [[talk#part]] #ml/robustness-\n`#code`"
    )
    assert tags_in(body) == ["idea", "ml/robustness"]


PIECES = "#tag|# |## H|#|[[a#b]]|[[x]]|`|```|    |\t|-|x|&|/| |\n|\r|1|é|_|:|#ok-|~~~|\u2028|a#b"


@given(
    st.lists(
        st.sampled_from(PIECES.split("|")),
        max_size=30,
    ).map("".join)
)
def test_a_body_the_tag_pattern_finds_nothing_in_has_no_tags(body: str) -> None:
    """Such a body is skipped unread: reading it line by line (code blocks, code spans,
    links and headings taken out) finds the same tags, none."""
    assert tags_in(body) == _tags_in_lines(body)


def test_resolution_exact_prefix_fuzzy_and_ambiguous(demo: Path) -> None:
    nb = Notebook.open(demo)
    r = LinkResolver(nb)
    assert r.resolve("amara-okafor").id == "amara-okafor"  # id
    assert r.resolve("Amara Okafor").id == "amara-okafor"  # name
    assert r.resolve("amara okafor").id == "amara-okafor"  # case
    assert r.resolve("Ines Carvalho").id == "ines-carvalho"  # accents
    assert r.resolve("Amara Okafr").id == "amara-okafor"  # a typo
    assert r.resolve("Calibration Is Not Enough").id == CALIBRATION  # the title's first words
    assert r.resolve("shifts-in-the-wild").id == SHIFTS  # file name
    assert r.resolve(CALIBRATION).kind == "talk"
    assert r.resolve("relml-2025").kind == "conference"
    paper = r.resolve("arXiv:2501.01234")
    assert paper is not None and paper.kind == "paper" and paper.id == "arxiv:2501.01234"
    assert r.resolve("nothing like this at all") is None


def test_an_ambiguous_name_resolves_to_nothing(demo: Path) -> None:
    nb = Notebook.open(demo)
    for title in ("Opening remarks", "Opening remarks"):
        talk = nb.new_talk("relml-2025", title)
        nb.save_talk(talk)
    r = LinkResolver(nb)
    assert r.resolve("Opening remarks") is None
    assert len(r.candidates("Opening remarks")) == 3
    chosen = r.target("talk", "relml-2025/opening-remarks")
    assert chosen is not None
    assert completion_text(r, chosen) == "relml-2025/opening-remarks"  # by id: unambiguous


def test_completion_offers_prefixes_then_words(demo: Path) -> None:
    r = LinkResolver(Notebook.open(demo))
    assert [t.id for t in r.complete("amar")][:1] == ["amara-okafor"]
    assert CALIBRATION in [t.id for t in r.complete("calib")]
    assert "tomasz-wrobel" in [t.id for t in r.complete("wrob")]
    assert r.complete("")  # something to pick before typing
    assert open_link_prefix("text [[Ama") == "Ama"
    assert open_link_prefix("text [[Ama]] more") is None


def test_backlinks_and_link_under_the_cursor(demo: Path) -> None:
    nb = Notebook.open(demo)
    r = LinkResolver(nb)
    found = backlinks(nb, r.resolve("Amara Okafor"), r)
    assert [(b.id, b.line) for b in found] == [(SHIFTS, 6)]
    body = nb.talks[SHIFTS].body
    offset = body.index("[[Amara") + 4
    assert link_at(body, offset).target == "Amara Okafor"
    assert link_at(body, 0) is None


def test_index_terms_meet_queries_on_slugs() -> None:
    assert index_terms("[[Amara Okafor]] [[relml-2025/opening-remarks]]") == [
        "amara-okafor",
        "relml-2025/opening-remarks",
        "opening-remarks",
    ]
    assert target_key("Amara Okafor") == target_key("amara-okafor")
    assert target_key("arXiv:2501.01234v2") == "arxiv:2501.01234"


@pytest.mark.parametrize(
    "kind,ref,new",
    [
        ("person", "amara-okafor", "Amara N. Okafor"),
        ("talk", CALIBRATION, "When Models Should Abstain"),
    ],
)
def test_a_rename_rewrites_links_keeps_the_old_name_and_undoes(
    demo: Path, kind: str, ref: str, new: str
) -> None:
    nb = Notebook.open(demo)
    before = nb.talks[SHIFTS].body
    report = edits.rename(nb, kind, ref, new)
    assert SHIFTS in report.changed
    reread = Notebook.open(demo)
    body = reread.talks[SHIFTS].body
    assert f"[[{new}]]" in body
    r = LinkResolver(reread)
    old = "Amara Okafor" if kind == "person" else "Calibration Is Not Enough"
    assert r.resolve(old).id == ref, "a link written with the old name still resolves"
    assert r.resolve(new).id == ref
    assert body.replace(f"[[{new}]]", f"[[{old}]]") == before, "nothing else in the note changed"

    edits.undo_last(reread)
    again = Notebook.open(demo)
    assert again.talks[SHIFTS].body == before
    obj = again.people[ref] if kind == "person" else again.talks[ref]
    assert (obj.name if kind == "person" else obj.title).startswith(old)


def test_link_mentions_and_tag_queries_find_linking_notes(demo: Path) -> None:
    from confnotes.index import open_index

    nb = Notebook.open(demo)
    index = open_index(nb)
    try:
        index.sync()

        def found(query: str) -> list[str]:
            return [hit.id for hit in index.search(query).hits if hit.kind == "talk"]

        assert found("link:amara-okafor") == [SHIFTS]
        assert found('link:"Amara Okafor"') == [SHIFTS]
        assert found("link:calibration-is-not-enough") == [SHIFTS]
        assert found("mentions:okafor") == [SHIFTS]
        assert found("tag:monitoring") == [SHIFTS]  # a #tag of the body
        assert SHIFTS in found("tag:speech")  # front-matter tags still work
        assert found("link:slides") and SHIFTS not in found("link:slides")
    finally:
        index.close()


def test_fetched_paper_titles_complete_and_resolve(demo: Path) -> None:
    r = LinkResolver(Notebook.open(demo), {"arxiv:2501.01234": "Selective Prediction Revisited"})
    found = r.complete("selective")
    assert found and found[0].id == "arxiv:2501.01234"
    assert completion_text(r, found[0]) == "arXiv:2501.01234|Selective Prediction Revisited"
    assert r.resolve("Selective Prediction Revisited").kind == "paper"


def test_the_link_graph_follows_saves(demo: Path) -> None:
    from confnotes.knowledge.wikilinks import LinkGraph

    nb = Notebook.open(demo)
    graph = LinkGraph.build(nb)
    amara = graph.resolver.resolve("amara-okafor")
    lena = graph.resolver.resolve("lena-hofmann")
    assert [b.id for b in graph.backlinks(amara)] == [SHIFTS]
    talk = nb.talks[CALIBRATION]
    graph.update("talk", talk.id, talk.title, talk.body + "\nwith [[Lena Hofmann]]\n")
    assert [b.id for b in graph.backlinks(lena)] == [CALIBRATION]
    graph.update("talk", talk.id, talk.title, talk.body)
    assert graph.backlinks(lena) == []
    graph.update("talk", SHIFTS, "t", "[[amara-okafor]] twice [[Amara Okafor]]")
    assert len(graph.backlinks(amara)) == 1


def test_check_names_links_that_resolve_to_nothing_or_several(demo: Path) -> None:
    from confnotes.knowledge.wikilinks import link_problems

    nb = Notebook.open(demo)
    assert link_problems(nb) == []
    talk = nb.talks[CALIBRATION]
    talk.body += "\n[[Nobody Here]]\n"
    nb.save_talk(talk)
    nb.save_talk(nb.new_talk("relml-2025", "Opening remarks"))
    talk.body += "[[Opening remarks]]\n"
    nb.save_talk(talk)
    nb = Notebook.open(demo)
    problems = link_problems(nb)
    text = (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8").splitlines()
    assert [(p.line, p.level) for p in problems] == [
        (text.index("[[Nobody Here]]") + 1, "warning"),
        (text.index("[[Opening remarks]]") + 1, "warning"),
    ]
    assert "names no talk" in problems[0].message
    assert "relml-2025/opening-remarks" in problems[1].message


@given(st.lists(st.sampled_from(PIECES.split("|")), max_size=30).map("".join))
def test_the_tag_pattern_finds_what_its_first_form_found(body: str) -> None:
    import re

    from confnotes.knowledge import wikilinks

    first = re.compile(r"(?<![\w#/&;:.=?\-])#([^\W\d_][\w\-/]{0,63})")
    assert [m.span(1) for m in wikilinks.TAG_RE.finditer(body)] == [
        m.span(1) for m in first.finditer(body)
    ]


def _summarised(root: Path) -> Notebook:
    """The notebook as the app opens it once a summary exists: no note read yet."""
    assert Notebook.open(root, summary=True).save_parse_cache()
    return Notebook.open(root, summary=True)


@pytest.mark.parametrize("first_start", [False, True])
def test_the_link_graph_reads_only_the_notes_that_hold_a_link(
    demo: Path, first_start: bool
) -> None:
    from confnotes.knowledge.wikilinks import LinkGraph
    from confnotes.notebook.summary_cache import LazyPerson, LazyTalk

    full = LinkGraph.build(Notebook.open(demo))
    # A first start reads each note once for the summary and keeps no text: the graph
    # asks again only for the notes that hold "[[", as after a start from the summary.
    nb = Notebook.open(demo, summary=True) if first_start else _summarised(demo)
    graph = LinkGraph.build(nb)
    notes = [*nb.talks.values(), *nb.people.values()]
    assert all(isinstance(note, (LazyTalk, LazyPerson)) for note in notes)
    read = {note.id for note in notes if note.body_loaded}
    linking = {note.id for note in notes if "[[" in note.body}
    assert read == linking and SHIFTS in read and CALIBRATION not in read
    amara = graph.resolver.resolve("amara-okafor")
    assert amara is not None and graph.backlinks(amara) == full.backlinks(amara)


def test_the_link_graph_follows_the_change_feed_and_new_names(demo: Path) -> None:
    """A merged edit moves one note's links; a new talk a link already named makes that
    link resolve, from the links the graph kept as written (no other note read again)."""
    from confnotes.knowledge.wikilinks import LinkGraph
    from confnotes.notebook.summary_cache import LazyTalk

    nb = _summarised(demo)
    graph = LinkGraph.build(nb)
    heard: list[NotebookChange] = []
    nb.changes.subscribe(heard.append)
    lena = graph.resolver.resolve("lena-hofmann")
    path = demo / f"{CALIBRATION}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nAsked [[Lena Hofmann]].\n")
    nb.reload_paths([f"{CALIBRATION}.md"])
    assert graph.resolver.current(nb, heard[-1])
    assert graph.follow(nb, heard[-1], read=False)
    assert [b.id for b in graph.backlinks(lena)] == [CALIBRATION]
    # A link to a talk nobody has written up yet, then the talk.
    shifts = demo / f"{SHIFTS}.md"
    shifts.write_text(shifts.read_text(encoding="utf-8") + "\nSee [[Late Breaking Results]].\n")
    nb.reload_paths([f"{SHIFTS}.md"])
    graph.follow(nb, heard[-1])
    with nb.batch("saved"):
        nb.save_talk(nb.new_talk("relml-2025", "Late breaking results"))
    assert not graph.resolver.current(nb, heard[-1])
    untouched = [t for t in nb.talks.values() if t.id not in (SHIFTS, CALIBRATION)]
    renewed = LinkGraph.from_written(LinkResolver(nb), graph.written())
    renewed.follow(nb, heard[-1])
    late = renewed.resolver.resolve("Late Breaking Results")
    assert late is not None and late.id == "relml-2025/late-breaking-results"
    assert [b.id for b in renewed.backlinks(late)] == [SHIFTS]
    assert [b.id for b in renewed.backlinks(lena)] == [CALIBRATION]
    read = [t for t in untouched if isinstance(t, LazyTalk) and t.body_loaded]
    assert all("[[" in t.body for t in read)  # the talks that link, not the rest


def test_a_summary_from_before_link_marks_learns_them_once(demo: Path) -> None:
    """A summary written by an older confnotes does not say which notes hold ``[[``: the
    app's start (which saves the summary off the UI's path) learns it from the files."""
    from confnotes.knowledge.wikilinks import LinkGraph
    from confnotes.notebook.summary_cache import Summary

    _summarised(demo)
    old = Summary.open(demo / ".confnotes")
    old.entries = {rel: entry[:6] for rel, entry in old.entries_on_disk.items()}
    old._dirty = True
    assert old.save()
    nb = Notebook.open(demo, summary=True)
    nb.save_parse_cache()  # as the app does once the notes are listed
    LinkGraph.build(nb)
    read = {t.id for t in nb.talks.values() if t.body_loaded}  # type: ignore[attr-defined]
    assert read == {SHIFTS}  # the one that links: known already in this session
    nb = Notebook.open(demo, summary=True)
    LinkGraph.build(nb)
    assert {t.id for t in nb.talks.values() if t.body_loaded} == {SHIFTS}  # type: ignore[attr-defined]
