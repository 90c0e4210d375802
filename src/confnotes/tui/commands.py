"""Quick open: the command palette finds talks, people, conferences and commands by fuzzy name.

Type a few letters of a title ("calib abst"), a speaker ("okafor": the person,
then their talks), a conference ("relml") or a command ("export"), with typos: ``rapidfuzz``
ranks thousands of names in a few milliseconds, in a thread, so the palette
keeps up with typing on a notebook of 5,000 talks. Choosing a talk or a person posts
:class:`~confnotes.tui.messages.OpenTalk` / :class:`~confnotes.tui.messages.OpenPerson`
to the app; a conference opens its timetable; a command runs its action.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from confnotes.notebook.notebook import Notebook, sort_talks
from confnotes.tui.messages import OpenPerson, OpenTalk
from confnotes.tui.screens.help import acting_bindings
from confnotes.tui.screens.timetable import TimetableScreen

KIND_LABELS = {"talk": "talk", "person": "person", "conference": "conference", "command": "command"}
"""Label shown before each hit, saying what it is."""

MIN_SCORE = 55
"""rapidfuzz WRatio below which a name does not count as a match."""

LIMIT = 40
"""Most hits returned for one query."""

BY_SPEAKER = 0.95
"""A talk found by its speakers' names scores this fraction of the name's score: just under
the person's own entry, so "okafor" lists Amara Okafor first, then her talks."""


@dataclass(frozen=True)
class Candidate:
    """Something the palette can find: its kind, the name matched, help text and the action."""

    kind: str
    name: str
    help: str
    run: Callable[[], Any]
    speakers: str = ""
    """For a talk: its speakers' names, which find it too."""


def highlight(name: str, query: str) -> Text:
    """The name with the query's words (or their leading letters) underlined, markup-safe."""
    text = Text(name)
    lowered = name.lower()
    for word in {w for w in re.split(r"\s+", query.lower()) if w}:
        for match in re.finditer(re.escape(word), lowered):
            text.stylize("bold underline", match.start(), match.end())
    return text


def prepare(names: list[str]) -> list[str]:
    """Names as :func:`rank` compares them (lower case, no punctuation), computed once."""
    return [utils.default_process(name) for name in names]


def rank(query: str, prepared: list[str], limit: int = LIMIT) -> list[tuple[int, float]]:
    """Indices of the names (already :func:`prepare`-d) matching ``query`` best, scores in 0..1."""
    wanted = utils.default_process(query)
    if not wanted:
        return []
    found = process.extract(
        wanted,
        prepared,
        scorer=fuzz.WRatio,
        processor=None,
        limit=limit,
        score_cutoff=MIN_SCORE,
    )
    return [(index, score / 100) for _name, score, index in found]


def rank_with_speakers(
    query: str,
    prepared: list[str],
    speakers: list[tuple[int, str]],
    limit: int = LIMIT,
) -> list[tuple[int, float, bool]]:
    """Like :func:`rank`, and talks also found by their speakers' names.

    ``speakers`` holds ``(candidate index, prepared speaker names)`` for talks with
    speakers. Returns ``(index, score, by_speaker)``, best first; a talk found both ways
    keeps its better score. Ties keep candidate order (talks are in programme order).
    Scores strictly decrease, so the palette cannot reorder equal ones.
    """
    best: dict[int, tuple[float, bool]] = {i: (score, False) for i, score in rank(query, prepared)}
    wanted = utils.default_process(query)
    if wanted and speakers:
        found = process.extract(
            wanted,
            [names for _i, names in speakers],
            scorer=fuzz.WRatio,
            processor=None,
            limit=limit,
            score_cutoff=MIN_SCORE,
        )
        for _names, score, position in found:
            index = speakers[position][0]
            by_speaker = score / 100 * BY_SPEAKER
            if by_speaker > best.get(index, (0.0, False))[0]:
                best[index] = (by_speaker, True)
    ordered = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    result: list[tuple[int, float, bool]] = []
    previous = 2.0
    for index, (score, by_speaker) in ordered:
        score = min(score, previous - 1e-6)
        result.append((index, score, by_speaker))
        previous = score
    return result


class ConfnotesProvider(Provider):
    """Command-palette provider over the app's notebook and key bindings.

    Register it in the app's ``COMMANDS`` (next to Textual's system commands).
    """

    def _notebook(self) -> Notebook | None:
        """The app's notebook (``ConfnotesApp.nb``; ``notebook`` on other hosts)."""
        for name in ("nb", "notebook"):
            notebook = getattr(self.app, name, None)
            if isinstance(notebook, Notebook):
                return notebook
        return None

    async def startup(self) -> None:
        """Collect what can be found, once per opening of the palette."""
        self.candidates: list[Candidate] = self._commands() + self._edit_commands()
        notebook = self._notebook()
        if notebook is not None:
            self.candidates += self._notebook_candidates(notebook)
        self.names = prepare([c.name for c in self.candidates])
        self.speakers = [
            (i, names)
            for i, names in enumerate(prepare([c.speakers for c in self.candidates]))
            if names
        ]

    def _notebook_candidates(self, notebook: Notebook) -> list[Candidate]:
        found: list[Candidate] = []
        for conf in notebook.sorted_conferences():
            when = f"{conf.start:%Y-%m-%d}" if conf.start else "undated"
            found.append(
                Candidate(
                    "conference",
                    conf.name if conf.name == conf.id else f"{conf.name} ({conf.id})",
                    f"{when} · {conf.location or 'no venue'} · open the timetable",
                    partial(self._open_conference, notebook, conf.id),
                )
            )
        for person in notebook.people.values():
            names = " / ".join([person.name, *person.aliases])
            found.append(
                Candidate(
                    "person",
                    names,
                    " · ".join(person.affiliations) or "person",
                    partial(self.app.post_message, OpenPerson(person.id)),
                )
            )
        conf_names = {cid: c.name for cid, c in notebook.conferences.items()}
        for talk in sort_talks(notebook.talks.values()):  # programme order breaks ties
            speakers = ", ".join(
                (notebook.people[p].name if p in notebook.people else p) for p in talk.speakers
            )
            when = f"{talk.start:%Y-%m-%d %H:%M}" if talk.start else ""
            where = " · ".join(
                x for x in (conf_names.get(talk.conference, ""), when, speakers) if x
            )
            found.append(
                Candidate(
                    "talk",
                    talk.title,
                    where,
                    partial(self.app.post_message, OpenTalk(talk.id)),
                    speakers,
                )
            )
        return found

    def _open_conference(self, notebook: Notebook, conference_id: str) -> None:
        self.app.push_screen(TimetableScreen(notebook, conference_id))

    def _commands(self) -> list[Candidate]:
        """The app's and the current screen's key-bound actions, by their descriptions."""
        found: list[Candidate] = []
        seen: set[str] = set()
        for node, _key, binding in acting_bindings(self.screen):
            if binding.system or not binding.description or binding.action in seen:
                continue
            if binding.action == "command_palette":
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            found.append(
                Candidate(
                    "command",
                    binding.description,
                    f"{binding.tooltip or binding.description} ({key})",
                    partial(self.app.run_action, binding.action, node),
                )
            )
        return found

    def _edit_commands(self) -> list[Candidate]:
        """Corrections of people, talks and conferences (apps that have them)."""
        from confnotes.tui.edit_actions import EDIT_COMMANDS

        corrections = getattr(self.app, "corrections", None)
        if corrections is None:
            return []
        return [
            Candidate("command", name, help_text, partial(corrections.run, action))
            for action, name, help_text in EDIT_COMMANDS
        ]

    def _display(self, candidate: Candidate, query: str, by_speaker: bool = False) -> Text:
        label = Text(f"{KIND_LABELS[candidate.kind]:<11}", style="dim")
        label.append_text(highlight(candidate.name, query) if query else Text(candidate.name))
        if by_speaker:
            label.append(" — ", style="dim")
            label.append_text(highlight(candidate.speakers, query))
        return label

    async def search(self, query: str) -> Hits:
        """Best fuzzy matches of the query among talks, people, conferences and commands."""
        query = query.strip()
        if not query or not self.names:
            return
        # Ranking thousands of names takes milliseconds: off the event loop, keys never wait.
        ranked = await asyncio.to_thread(rank_with_speakers, query, self.names, self.speakers)
        for index, score, by_speaker in ranked:
            candidate = self.candidates[index]
            yield Hit(
                score,
                self._display(candidate, query, by_speaker),
                candidate.run,
                text=candidate.name,
                help=candidate.help,
            )

    async def discover(self) -> Hits:
        """Before typing: the commands, then the conferences."""
        for candidate in self.candidates:
            if candidate.kind in ("command", "conference"):
                yield DiscoveryHit(
                    self._display(candidate, ""),
                    candidate.run,
                    text=candidate.name,
                    help=candidate.help,
                )
