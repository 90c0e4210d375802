"""``confnotes people``: see who is who, and settle it (merge, split, distinct)."""

from __future__ import annotations

import argparse

from confnotes.commands.common import (
    add_action,
    notebook_to_write,
    open_notebook,
    plural,
    print_edit_report,
)
from confnotes.knowledge import edits, people

ORDER = 25


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``people`` subcommand and its actions."""
    p = sub.add_parser(
        "people",
        parents=[common],
        help="list people; merge, split or tell apart people",
        description="People are shared by every conference of the notebook. Imports merge "
        "names they are sure about and record unsure pairs; these commands let you decide.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=run_list, maybe=False)

    ls = actions.add_parser(
        "list", parents=[common], help="list people with affiliations and talk counts"
    )
    ls.add_argument("--maybe", action="store_true", help="only pairs that may be the same person")
    ls.set_defaults(func=run_list)

    merge = add_action(
        actions,
        "merge",
        common,
        run_merge,
        "merge person B into person A",
        description="Merge B into A: A keeps its id and gains B's names, affiliations and "
        "page text; every talk and conference naming B names A. Undo with `people split A`.",
    )
    merge.add_argument("a", metavar="A", help="person id or name (kept)")
    merge.add_argument("b", metavar="B", help="person id or name (merged into A)")

    split = add_action(
        actions,
        "split",
        common,
        run_split,
        "undo a merge, or split an alias off as a person",
        description="Undo A's latest merge (or the one of --name), restoring the other "
        "person with their talks, roles, affiliations and text. With --name and no recorded "
        "merge, the alias becomes a new person taking the talks given with --talk.",
    )
    split.add_argument("a", metavar="A", help="person id or name")
    split.add_argument("--name", help="the name (alias) to split off")
    split.add_argument(
        "--talk", action="append", default=None, metavar="ID", help="talk to move (repeatable)"
    )

    rename = add_action(
        actions,
        "rename",
        common,
        run_rename,
        "rename a person (the old name stays an alias; links follow)",
        description="Give person A a new name. The old name is kept as an alias, so links "
        "and imports still find them; [[links]] that named them by the old name are "
        "rewritten. The id (file name) does not change. Undo with `confnotes undo`.",
    )
    rename.add_argument("a", metavar="A", help="person id or name")
    rename.add_argument("name", metavar="NEW-NAME")

    delete = add_action(
        actions,
        "delete",
        common,
        run_delete,
        "delete a person who is not a person (their talks lose the speaker)",
        description="Remove A (an importer's mistake such as 'TBA' or a room name): their "
        "talks lose the speaker and their conferences the role; prints what changed. "
        "Undo with `confnotes undo` (the page and every reference come back).",
    )
    delete.add_argument("a", metavar="A", help="person id or name")

    distinct = add_action(
        actions,
        "distinct",
        common,
        run_distinct,
        "record that A and B are different people",
        description="Record that A and B are two people, so imports stop asking.",
    )
    distinct.add_argument("a", metavar="A")
    distinct.add_argument("b", metavar="B")


def run_list(args: argparse.Namespace) -> int:
    """One line per person: id, name, affiliations, number of talks and conferences."""
    nb = open_notebook(args)
    pairs = people.uncertain_pairs(nb)
    if not args.maybe:
        talks: dict[str, int] = {}
        confs: dict[str, set[str]] = {}
        for talk in nb.talks.values():
            for pid in talk.speakers:
                talks[pid] = talks.get(pid, 0) + 1
                confs.setdefault(pid, set()).add(talk.conference)
        for conf in nb.conferences.values():
            for role in conf.people:
                confs.setdefault(role.person, set()).add(conf.id)
        for person in sorted(nb.people.values(), key=lambda p: p.id):
            affs = "; ".join(person.affiliations) or "-"
            aka = f" (also {', '.join(person.aliases)})" if person.aliases else ""
            print(
                f"{person.id}\t{person.name}{aka}\t{affs}\t"
                f"{plural(talks.get(person.id, 0), 'talk')}, "
                f"{plural(len(confs.get(person.id, ())), 'conference')}"
            )
    if pairs:
        print("maybe the same person (confnotes people merge A B, or people distinct A B):")
        for a, b in pairs:
            print(f"  {a} ({nb.people[a].name})  ~  {b} ({nb.people[b].name})")
    elif args.maybe:
        print("no unsure pairs")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Merge B into A and say what moved."""
    with notebook_to_write(args) as nb:
        b_person = people.resolve_person(nb, args.b)
        person = people.merge_people(nb, args.a, args.b)
        edits.record_undo(nb, {"op": "split", "person": person.id, "name": b_person.name})
        aliases = ", ".join(person.aliases)
        print(f"merged {b_person.id} into {person.id} ({person.name}); aliases: {aliases}")
        print("undo: confnotes undo (or people split A)")
    return 0


def run_split(args: argparse.Namespace) -> int:
    """Split a person and say who came out."""
    with notebook_to_write(args) as nb:
        kept = people.resolve_person(nb, args.a).id
        person = people.split_person(nb, args.a, args.name, args.talk)
        talks = [t.id for t in nb.talks.values() if person.id in t.speakers]
        edits.record_undo(nb, {"op": "merge", "keep": kept, "other": person.id})
        print(f"split off {person.id} ({person.name}) with {plural(len(talks), 'talk')}")
        print("undo: confnotes undo")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    """Rename a person and say what followed."""
    with notebook_to_write(args) as nb:
        print_edit_report(edits.rename(nb, "person", args.a, args.name))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """Delete a person and report the talks that lost them."""
    with notebook_to_write(args) as nb:
        print_edit_report(edits.delete_person(nb, args.a))
    return 0


def run_distinct(args: argparse.Namespace) -> int:
    """Record two people as different."""
    with notebook_to_write(args) as nb:
        people.mark_distinct(nb, args.a, args.b)
        print(f"recorded: {args.a} and {args.b} are different people")
    return 0
