"""Standalone HTML: the Markdown summary as one web page to mail or print.

The page is a single file with its CSS inline; it loads nothing from
anywhere (no fonts, images, scripts or stylesheets), so it opens offline and
tells nobody it was opened. It is safe by construction rather than by
cleaning: the Markdown parser escapes raw HTML, keeps only http, https and
mailto links, and renders images as links (:mod:`~confnotes.exporters.safe_markdown`),
except the notebook's own attachments, embedded as ``data:`` URIs (:mod:`.embed`);
every other string in the page is escaped here. A Content-Security-Policy
that forbids scripts and remote loads backs this up in the browser.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from confnotes.exporters.embed import embed_attachments
from confnotes.exporters.markdown_export import (
    TALK_ANCHOR_RE,
    render_markdown_with_ids,
    talk_anchor,
)
from confnotes.exporters.safe_markdown import Slugger, inline_text, is_safe_url, make_parser
from confnotes.exporters.selection import Selection
from confnotes.exporters.summary import Summary, build_summary
from confnotes.knowledge.paper_meta import cached_titles
from confnotes.knowledge.wikilinks import PAPER, TALK, WIKILINK_RE, LinkResolver, wikilinks_in
from confnotes.notebook.notebook import Notebook

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing but the inline stylesheet and images embedded in the page itself (the notes'
photos, as ``data:`` URIs) may load, even if something slipped through."""

CSS = """
:root { color-scheme: light dark; --fg: #1d1f23; --muted: #5b6270; --bg: #fdfdfc;
  --line: #dfe2e6; --accent: #1f5fbf; --soft: #f2f4f7; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e6ea; --muted: #a2a9b4; --bg: #16181c; --line: #343840;
    --accent: #8ab4f8; --soft: #1f2227; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; overflow-wrap: break-word; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0.5em; }
h2 { font-size: 1.45rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.2rem; color: var(--muted); }
h4 { font-size: 1.1rem; border-top: 1px solid var(--line); padding-top: 1em; }
h5, h6 { font-size: 1rem; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid var(--line);
  color: var(--muted); }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: 0.9em; background: var(--soft); border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.75em 1em; overflow-x: auto; }
pre code { padding: 0; background: none; }
table { display: block; overflow-x: auto; border-collapse: collapse; margin: 1em 0;
  font-size: 0.92em; max-width: 100%; }
th, td { border: 1px solid var(--line); padding: 0.35em 0.6em; text-align: left;
  vertical-align: top; }
th { background: var(--soft); }
td:first-child, td:last-child { white-space: nowrap; }
ul, ol { padding-left: 1.4em; }
li { margin: 0.2em 0; }
hr { border: none; border-top: 1px solid var(--line); }
footer { max-width: 46rem; margin: 0 auto; padding: 1rem; color: var(--muted);
  font-size: 0.85em; border-top: 1px solid var(--line); }
@media (max-width: 600px) {
  body { font-size: 16px; }
  h1 { font-size: 1.55rem; }
  main { padding: 1rem 0.75rem 2rem; }
  table, thead, tbody, tr, th, td { display: block; }
  table { border-top: 1px solid var(--line); }
  thead { display: none; }
  tr { padding: 0.5em 0; border-bottom: 1px solid var(--line); }
  td { border: none; padding: 0.05em 0; }
  td:first-child { font-weight: 600; }
  td:empty { display: none; }
}
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --line: #bbb; --accent: #000;
    --soft: #f3f3f3; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  main a[href^="http"]::after, main a[href^="mailto"]::after {
    content: " <" attr(href) ">"; font-size: 0.8em; color: var(--muted);
    overflow-wrap: anywhere; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  table, pre, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
  table { display: table; }
  footer { display: none; }
}
""".strip()
"""The page's only stylesheet: readable on a phone, dark when the reader prefers, printable."""


def export_html(nb: Notebook, sel: Selection | None = None) -> str:
    """The summary as one self-contained, script-free HTML page."""
    summary = build_summary(nb, sel or Selection())
    markdown, ids = render_markdown_with_ids(nb, summary)
    targets = wikilink_targets(nb, summary)
    return render_html(markdown, page_title(summary), ids, targets, attachments=nb.root)


def wikilink_targets(nb: Notebook, summary: Summary) -> dict[str, str]:
    """Where each ``[[link]]`` of the exported notes points in the page: a talk of the export
    (its anchor) or a paper (its address); other links are shown as their label."""
    resolver = LinkResolver(nb, cached_titles(nb.root))
    exported = {t.id for t in summary.talks}
    targets: dict[str, str] = {}
    for talk in summary.talks:
        for link in wikilinks_in(talk.body):
            target = resolver.resolve(link.target)
            if target is None:
                continue
            if target.kind == TALK and target.id in exported:
                targets[link.target] = f"#{talk_anchor(target.id)}"
            elif target.kind == PAPER and is_safe_url(target.url):
                targets[link.target] = target.url
    return targets


def page_title(summary: Summary) -> str:
    """The browser tab's title: the conference's name, or a generic one for several."""
    if len(summary.conferences) == 1:
        conf = summary.conferences[0].conference
        return f"{conf.name or conf.id} — notes"
    return "Conference notes"


def render_html(
    markdown: str,
    title: str,
    ids: list[str] | None = None,
    wikilinks: dict[str, str] | None = None,
    attachments: Path | None = None,
) -> str:
    """Render summary Markdown to a standalone page.

    Headings get ``ids`` in order when given (the anchors the Markdown's links
    use), else GitHub-style anchors of their text. ``[[links]]`` show their label, as a
    link where ``wikilinks`` maps their target to an address. With ``attachments`` (the
    notebook's root), links to its attached photos and PDFs are embedded.
    """
    md = make_parser(linkify=True)
    if attachments is not None:
        embed_attachments(md, attachments)
    md.core.ruler.push("talk_anchors", _drop_talk_anchor_lines)
    md.core.ruler.push("heading_ids", _heading_ids)
    md.core.ruler.push("task_boxes", _task_boxes)
    md.core.ruler.push("wikilinks", _wikilinks)
    content = md.render(markdown, {"heading_ids": ids, "wikilinks": wikilinks or {}})
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="confnotes">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{CSS}\n</style>\n</head>\n<body>\n<main>\n{content}</main>\n"
        "<footer>Exported by confnotes from plain Markdown notes.</footer>\n"
        "</body>\n</html>\n"
    )


def _drop_talk_anchor_lines(state: StateCore) -> None:
    """The ``<a id="talk-...">`` lines are for Markdown readers; here the heading has the id."""
    tokens = state.tokens
    keep = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            token.type == "paragraph_open"
            and i + 2 < len(tokens)
            and tokens[i + 1].type == "inline"
            and (anchor := TALK_ANCHOR_RE.match(tokens[i + 1].content.strip()))
        ):
            if i + 3 < len(tokens) and tokens[i + 3].type == "heading_open":
                tokens[i + 3].meta["talk_anchor"] = anchor.group(1)
            i += 3
            continue
        keep.append(token)
        i += 1
    state.tokens = keep


def _heading_ids(state: StateCore) -> None:
    """Give each heading the anchor the Markdown's table of contents links to."""
    tokens = state.tokens
    headings = [i for i, token in enumerate(tokens) if token.type == "heading_open"]
    ids = state.env.get("heading_ids")
    if ids is None or len(ids) != len(headings):
        slugger = Slugger()
        ids = []
        for i in headings:
            slug = slugger.slug(inline_text(tokens[i + 1]))  # counted even when replaced
            ids.append(tokens[i].meta.get("talk_anchor") or slug)
    for i, anchor in zip(headings, ids, strict=True):
        tokens[i].attrSet("id", anchor)


def _wikilinks(state: StateCore) -> None:
    """``[[target|label]]`` in text reads as its label, linked when the target is known."""
    targets: dict[str, str] = state.env.get("wikilinks") or {}
    for token in state.tokens:
        if token.type != "inline" or "[[" not in token.content or not token.children:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type != "text" or "[[" not in child.content:
                children.append(child)
                continue
            done = 0
            for m in WIKILINK_RE.finditer(child.content):
                children.append(_text_token(child.content[done : m.start()]))
                shown = (m.group(3) or "").strip() or m.group(1).strip()
                href = targets.get(m.group(1).strip())
                if href:
                    opener = Token("link_open", "a", 1)
                    opener.attrSet("href", href)
                    children += [opener, _text_token(shown), Token("link_close", "a", -1)]
                else:
                    children.append(_text_token(shown))
                done = m.end()
            children.append(_text_token(child.content[done:]))
        token.children = [c for c in children if c.type != "text" or c.content]


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _task_boxes(state: StateCore) -> None:
    """Show ``[ ]`` / ``[x]`` at the start of a list item as a box (text, not a form control)."""
    tokens: Sequence[Token] = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "inline" or i < 2 or tokens[i - 2].type != "list_item_open":
            continue
        children: list[Any] = token.children or []
        if not children or children[0].type != "text":
            continue
        first = children[0]
        for box, shown in (("[ ] ", "☐ "), ("[x] ", "☑ "), ("[X] ", "☑ ")):
            if first.content.startswith(box):
                first.content = shown + first.content[len(box) :]
                break
