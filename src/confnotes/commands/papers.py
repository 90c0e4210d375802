"""``confnotes papers``: the reading list's metadata, fetched from each paper's source."""

from __future__ import annotations

import argparse

from confnotes.commands.common import open_notebook

ORDER = 45


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``papers`` subcommand."""
    p = sub.add_parser(
        "papers",
        parents=[common],
        help="list the papers your notes link to; fetch their titles and authors",
        description="Papers linked from notes (arXiv, DOI, OpenReview, ACL Anthology, PMLR and "
        "NeurIPS proceedings). `refresh` fetches title, authors, venue and year from each "
        "source's public API into .confnotes/papers.json; without a network the cached or "
        "link-derived data is used.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=run_list)
    ls = actions.add_parser("list", parents=[common], help="the papers and what is known")
    ls.set_defaults(func=run_list)
    refresh = actions.add_parser("refresh", parents=[common], help="fetch metadata now")
    refresh.add_argument(
        "--missing", action="store_true", help="only papers never fetched successfully"
    )
    refresh.set_defaults(func=run_refresh)


def run_list(args: argparse.Namespace) -> int:
    """One line per paper: key, year, title, authors, venue, when fetched."""
    from confnotes.knowledge.paper_meta import best_known, load_cache, notebook_papers

    nb = open_notebook(args)
    cache = load_cache(nb.root)
    papers = notebook_papers(nb)
    for paper in papers:
        meta = best_known(paper, cache)
        authors = ", ".join(meta.authors[:3]) + (" et al." if len(meta.authors) > 3 else "")
        when = f"fetched {meta.fetched}" if meta.fetched else "not fetched"
        print(
            f"{paper.key}\t{meta.year or '-'}\t{meta.title or paper.url}\t{authors or '-'}\t"
            f"{meta.venue or '-'}\t{when}"
        )
        if meta.note:
            print(f"  note: {meta.note}")
    if not papers:
        print("no papers linked from this notebook")
    return 0


def run_refresh(args: argparse.Namespace) -> int:
    """Fetch metadata; a failing source is a note, not an error (the cached data stays)."""
    from confnotes.knowledge.paper_meta import refresh

    nb = open_notebook(args)
    report = refresh(nb, stale_only=args.missing)
    for meta in report.fetched:
        print(f"fetched {meta.key}: {meta.title} ({meta.year or 'no year'})")
    for meta in report.failed:
        print(f"note: {meta.key}: {meta.note}; kept {'cached' if meta.fetched else 'link'} data")
    print(f"{len(report.fetched)} fetched, {len(report.failed)} failed")
    return 0
