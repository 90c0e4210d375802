"""The recording at the moment you noted: timestamped bullets mapped into a talk's video.

A bullet ``- [09:27] …`` (what Ctrl+T types, in the conference's clock) says when
something was said. With the talk's start (09:15) and a recording of the talk, that is
a moment of the recording (12 minutes in), and a player opens there when the link
says so: YouTube's ``t=720``, Vimeo's ``#t=12m0s``, and the W3C media fragment
``#t=720`` that media.ccc.de, browsers' own players and most others follow.

Which recording: a talk's ``video`` links (and links to the known video sites), the
full recording before a teaser or a trailer; the user's choice, kept in the talk's
front matter as ``recording: URL``, wins. When the recording does not start when the
talk does (a livestream of the whole session, a recording cut late), the front matter
says so: ``recording_start: "09:00"`` (when the recording begins, by the conference's
clock) and/or ``recording_offset: "-1:30"`` (added to every moment; ``[-]H:MM:SS``,
``[-]M:SS`` or seconds).

A bullet outside the talk's time (more than :data:`EARLY` before its start, or more
than :data:`LATE` after its end; :data:`LONGEST` after the start when the end is
unknown) gets no link, and a talk without a start time has none: there is no moment
to point at. The note itself is never changed; exports and the app compute the links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from markdown_it import MarkdownIt

from confnotes.model import Link, Talk

EARLY = timedelta(minutes=10)
"""A bullet this much before the talk's start still opens the recording (at its start)."""
LATE = timedelta(minutes=30)
"""Talks overrun: a bullet this long after the talk's end still opens the recording."""
LONGEST = timedelta(hours=4)
"""With no end time, bullets up to this long after the start are taken as in the talk."""

RECORDING_KEY = "recording"
START_KEY = "recording_start"
OFFSET_KEY = "recording_offset"

STAMP = re.compile(r"\[(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\]")
"""A timestamp as Ctrl+T writes it, seconds optional: ``[09:27]``, ``[9:27:30]``."""
BULLET = re.compile(r"(?P<lead>[ \t]{0,16}(?:[-*+]|\d{1,9}[.)])[ \t]{1,8})" + STAMP.pattern)
"""A list item's first line that starts with a timestamp (bounded runs of blanks: the
pattern stays linear on a line of spaces, which markdown-it already read as an item)."""

YOUTUBE_SITES = ("youtube.com", "youtu.be", "youtube-nocookie.com")
"""YouTube's hosts; ``youtube-nocookie.com`` is the privacy-enhanced embed."""
VIDEO_SITES = (*YOUTUBE_SITES, "vimeo.com", "media.ccc.de")
TEASER = re.compile(r"\b(teaser|trailer|preview|promo|highlights?|clip|short)\b", re.I)
_DURATION = re.compile(r"(?P<sign>[-+])?(?:(?:(?P<h>\d+):)?(?P<m>\d+):)?(?P<s>\d+)")


@dataclass(frozen=True)
class Moment:
    """A timestamped bullet of a note: where it is, and when it was written."""

    line: int
    """The bullet's line in the note's body (0-based)."""
    start: int
    """Offset of the timestamp's ``[`` in that line."""
    end: int
    """Offset just after the timestamp's ``]``."""
    at: time
    """The time written in the bullet (the conference's clock)."""


def moments(body: str) -> list[Moment]:
    """The timestamped bullets of a note, read from its Markdown structure: a bullet
    inside a code block or a quoted block of code is not one."""
    lines = body.split("\n")
    found: list[Moment] = []
    for index in _list_item_lines(body):
        if index >= len(lines):
            continue
        match = BULLET.match(lines[index])
        if match is None:
            continue
        at = time(int(match["h"]), int(match["m"]), int(match["s"] or 0))
        found.append(Moment(index, match.end("lead"), match.end(), at))
    return found


def _list_item_lines(body: str) -> Iterator[int]:
    """Lines on which a list item begins (markdown-it's map of each ``list_item``)."""
    for token in _parser().parse(body):
        if token.type == "list_item_open" and token.map:
            yield token.map[0]


_PARSER: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        _PARSER = MarkdownIt("commonmark")
    return _PARSER


def recording(talk: Talk) -> Link | None:
    """The talk's recording: the one the user chose (``recording:`` in its front
    matter), else its first video link that is not a teaser, else its first video."""
    videos = [link for link in talk.links if is_video(link)]
    chosen = talk.extra.get(RECORDING_KEY)
    if isinstance(chosen, str) and chosen.strip():
        for link in videos:
            if link.url == chosen.strip():
                return link
        return Link(url=chosen.strip(), kind="video", label="recording")
    full = [link for link in videos if not TEASER.search(f"{link.label} {link.url}")]
    best = full or videos
    return best[0] if best else None


def recordings(talk: Talk) -> list[Link]:
    """Every video link of the talk, the one :func:`recording` picks first."""
    videos = [link for link in talk.links if is_video(link)]
    picked = recording(talk)
    if picked is None:
        return videos
    return [picked, *(link for link in videos if link.url != picked.url)]


def is_video(link: Link) -> bool:
    """A video link: typed so, or on a site that serves recordings."""
    if link.kind == "video":
        return True
    host = (urlsplit(link.url).hostname or "").lower()
    return any(host == site or host.endswith("." + site) for site in VIDEO_SITES)


def seconds_into(talk: Talk, at: time) -> int | None:
    """How far into the recording a bullet written at ``at`` is (None: no start, or the
    bullet is outside the talk's time). The recording is taken to begin at the talk's
    start unless the front matter says otherwise (``recording_start``, ``recording_offset``).
    """
    if talk.start is None:
        return None
    start = talk.start
    when = datetime.combine(start.date(), at)
    if when < start - EARLY:
        when += timedelta(days=1)  # a talk across midnight: 00:10 is the next day
    end = talk.end if talk.end is not None and talk.end > start else None
    latest = end + LATE if end is not None else start + LONGEST
    if when < start - EARLY or when > latest:
        return None
    begins = _recording_start(talk) or start
    offset = _offset(talk)
    return max(0, int((when - begins).total_seconds()) + offset)


def _recording_start(talk: Talk) -> datetime | None:
    value = talk.extra.get(START_KEY)
    if talk.start is None or value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    text = str(value).strip()
    for form in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%H:%M:%S", "%H:%M"):
        try:
            parsed = datetime.strptime(text, form)
        except ValueError:
            continue
        if form.startswith("%H"):
            return datetime.combine(talk.start.date(), parsed.time())
        return parsed
    return None


def _offset(talk: Talk) -> int:
    value = talk.extra.get(OFFSET_KEY)
    if value is None or isinstance(value, bool):
        return 0
    if isinstance(value, int | float):
        return int(value)
    return parse_duration(str(value)) or 0


def parse_duration(text: str) -> int | None:
    """``"-1:30"`` → -90, ``"1:02:03"`` → 3723, ``"45"`` → 45 (None: not a duration)."""
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        return None
    total = int(match["h"] or 0) * 3600 + int(match["m"] or 0) * 60 + int(match["s"])
    return -total if match["sign"] == "-" else total


def url_at(url: str, seconds: int) -> str:
    """``url`` made to open at ``seconds``: YouTube's ``t`` (``start`` for an embed),
    Vimeo's ``#t=1m2s``, else the media fragment ``#t=SECONDS``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if any(host == site or host.endswith("." + site) for site in YOUTUBE_SITES):
        key = "start" if parts.path.startswith("/embed/") else "t"
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key]
        query.append((key, str(seconds)))
        return urlunsplit(parts._replace(query=urlencode(query), fragment=""))
    if host == "vimeo.com" or host.endswith(".vimeo.com"):
        minutes, rest = divmod(seconds, 60)
        return urlunsplit(parts._replace(fragment=f"t={minutes}m{rest}s"))
    return urlunsplit(parts._replace(fragment=f"t={seconds}"))


def moment_url(talk: Talk, moment: Moment) -> str | None:
    """The recording's address at a bullet's moment (None: no recording, or no moment)."""
    video = recording(talk)
    if video is None:
        return None
    seconds = seconds_into(talk, moment.at)
    return None if seconds is None else url_at(video.url, seconds)


def link_moments(talk: Talk, body: str | None = None) -> str:
    """The note's body with each timestamp of a bullet turned into a Markdown link to
    the recording at that moment (``- [09:27] x`` → ``- [[09:27]](…t=720) x``); the
    body unchanged when the talk has no recording or no start."""
    text = talk.body if body is None else body
    video = recording(talk)
    if video is None or talk.start is None:
        return text
    lines = text.split("\n")
    for moment in reversed(moments(text)):
        seconds = seconds_into(talk, moment.at)
        if seconds is None:
            continue
        line = lines[moment.line]
        stamp = line[moment.start : moment.end]
        target = url_at(video.url, seconds).replace("(", "%28").replace(")", "%29")
        label = stamp.replace("[", "\\[").replace("]", "\\]")
        lines[moment.line] = f"{line[: moment.start]}[{label}]({target}){line[moment.end :]}"
    return "\n".join(lines)


def moment_on_line(body: str, line: int) -> Moment | None:
    """The timestamped bullet on ``line`` of the body, if that line is one."""
    for moment in moments(body):
        if moment.line == line:
            return moment
    return None
