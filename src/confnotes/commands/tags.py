"""``confnotes tags``: every tag of the notebook (front matter and ``#tags`` in notes)."""

from __future__ import annotations

import argparse

from confnotes.commands.common import open_notebook

ORDER = 46


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``tags`` subcommand."""
    p = sub.add_parser(
        "tags",
        parents=[common],
        help="list tags with their talks (front-matter tags and #tags in notes)",
        description="Every tag, most used first, with how many talks carry it; "
        "`search tag:NAME` finds them.",
    )
    p.add_argument("tag", nargs="?", metavar="TAG", help="list the talks of this tag instead")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the tags, or the talks of one tag."""
    from confnotes.knowledge.wikilinks import tags_in

    nb = open_notebook(args)
    talks: dict[str, list[str]] = {}
    spelling: dict[str, str] = {}
    for talk in sorted(nb.talks.values(), key=lambda t: t.id):
        for tag in dict.fromkeys([*talk.tags, *tags_in(talk.body)]):
            key = tag.casefold()
            spelling.setdefault(key, tag)
            if talk.id not in talks.setdefault(key, []):
                talks[key].append(talk.id)
    if args.tag:
        for talk_id in talks.get(args.tag.lstrip("#").casefold(), []):
            print(f"{talk_id}\t{nb.talks[talk_id].title}")
        return 0
    for key in sorted(talks, key=lambda k: (-len(talks[k]), k)):
        count = len(talks[key])
        print(f"{spelling[key]}\t{count} talk{'s' if count != 1 else ''}")
    if not talks:
        print("no tags yet: add `tags:` to a note's front matter or write #tag in a note")
    return 0
