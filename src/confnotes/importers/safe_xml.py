"""Parse untrusted XML into an ElementTree with line numbers, through ``defusedxml``.

Programme files come from the internet. ``defusedxml`` refuses entity declarations (so a
"billion laughs" file fails at its first ``<!ENTITY``) and external entities (so nothing is
ever fetched or read from disk); on top of that this module bounds nesting depth and element
count, and remembers the line of every element so that errors can name it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from typing import Any
from xml.parsers.expat import ErrorString, ExpatError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from confnotes.errors import BadInputError
from confnotes.importers.schedule_util import MAX_DEPTH

MAX_ELEMENTS = 4_000_000
"""Most elements one document may have (a 10,000-talk frab file has about 250,000)."""


class _Limit(Exception):
    """Raised inside a parser callback when the document exceeds a bound."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _LineTarget:
    """A tree builder that records each element's line and enforces depth and size bounds."""

    def __init__(self, on_end: EndHandler | None = None) -> None:
        self.expat: Any = None
        self.on_end = on_end
        """Called with each finished element and its ancestors; True detaches it (streaming)."""
        self.lines: dict[int, int] = {}
        self._stack: list[ET.Element] = []
        self._root: ET.Element | None = None
        self._last: ET.Element | None = None
        self._tail = False
        self._text: list[str] = []
        self._count = 0

    def _line(self) -> int:
        return int(self.expat.CurrentLineNumber) if self.expat is not None else 0

    def _flush(self) -> None:
        if self._text and self._last is not None:
            text = "".join(self._text)
            if self._tail:
                self._last.tail = text
            else:
                self._last.text = text
        self._text = []

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        if self._text:
            self._flush()
        self._count += 1
        stack = self._stack
        line = self.expat.CurrentLineNumber
        if len(stack) >= MAX_DEPTH:
            raise _Limit(f"elements are nested more than {MAX_DEPTH} deep", line)
        if self._count > MAX_ELEMENTS:
            raise _Limit(f"more than {MAX_ELEMENTS} XML elements", line)
        if "}" in tag:
            tag = tag.rsplit("}", 1)[1]
        element = ET.Element(tag, attrs) if attrs else ET.Element(tag)
        self.lines[id(element)] = line
        if stack:
            stack[-1].append(element)
        elif self._root is None:
            self._root = element
        stack.append(element)
        self._last = element
        self._tail = False
        return element

    def end(self, tag: str) -> ET.Element:
        if self._text:
            self._flush()
        element = self._stack.pop()
        self._last = element
        self._tail = True
        if self.on_end is not None and self._stack and self.on_end(element, self._stack):
            # handled: free it (and forget its lines) so memory follows one event, not the file
            self._stack[-1].remove(element)
            for sub in element.iter():
                self.lines.pop(id(sub), None)
            self._last = self._stack[-1]
            self._tail = False
            self._text = []
        return element

    def data(self, text: str) -> None:
        self._text.append(text)

    def close(self) -> ET.Element:
        self._flush()
        if self._root is None:
            raise _Limit("no XML element found", self._line())
        return self._root


EndHandler = Callable[[ET.Element, list[ET.Element]], bool]
"""``(finished element, its open ancestors) -> detach it?``"""

CHUNK = 1 << 20
"""Bytes fed to the XML parser at a time when streaming a file."""


def parse_xml(data: bytes, source: str) -> tuple[ET.Element, dict[int, int]]:
    """The root element of ``data`` and a map ``id(element) -> line``.

    Raises :class:`BadInputError` naming ``source`` and the line for malformed XML, entity
    declarations, external references and documents beyond the bounds.
    """
    return stream_xml([data], source)


def stream_xml(
    chunks: Iterable[bytes],
    source: str,
    on_end: EndHandler | None = None,
    lines: dict[int, int] | None = None,
) -> tuple[ET.Element, dict[int, int]]:
    """Like :func:`parse_xml`, fed chunk by chunk; ``on_end`` sees every finished element
    and may detach it, so a programme of any size is read in the memory of one event
    (the bounds are counts: elements, depth, and the caller's events).

    Raises:
        BadInputError: as :func:`parse_xml`, and for what ``on_end`` raises.
    """
    target = _LineTarget(on_end)
    if lines is not None:
        target.lines = lines  # the caller reads lines while the stream is parsed
    parser = DefusedXMLParser(
        target=target, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    expat = parser.parser
    target.expat = expat
    # Element events go straight from expat to the target (defusedxml's entity and external
    # reference handlers stay in place); this skips ElementTree's pure-Python layer, which
    # would otherwise double the time of a large schedule.
    expat.ordered_attributes = False
    expat.StartElementHandler = target.start
    expat.EndElementHandler = target.end
    expat.CharacterDataHandler = target.data
    try:
        for chunk in chunks:
            if chunk:
                expat.Parse(chunk, False)
        expat.Parse(b"", True)
        root = target.close()
    except ExpatError as exc:
        reason = ErrorString(exc.code) if exc.code else str(exc).split(": line ")[0]
        raise BadInputError(
            f"malformed XML: {reason} (column {exc.offset + 1})", source, exc.lineno or None
        ) from None
    except EntitiesForbidden as exc:
        raise BadInputError(
            f"the XML declares an entity ({exc.name!s}); entity declarations are refused "
            "because expanding them can exhaust memory (a 'billion laughs' file)",
            source,
            target._line() or None,
        ) from None
    except ExternalReferenceForbidden as exc:
        raise BadInputError(
            f"the XML refers to an external entity ({exc.sysid or exc.pubid}); "
            "external references are never fetched",
            source,
            target._line() or None,
        ) from None
    except DefusedXmlException as exc:
        raise BadInputError(f"unsafe XML refused: {exc}", source, target._line() or None) from None
    except _Limit as exc:
        raise BadInputError(exc.message, source, exc.line or None) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        reason = str(exc).split(": line ")[0]
        raise BadInputError(
            f"malformed XML: {reason} (column {column + 1})" if column is not None else reason,
            source,
            line or None,
        ) from None
    except (ValueError, LookupError) as exc:
        raise BadInputError(f"unreadable XML: {exc}", source) from None
    if not isinstance(root, ET.Element):
        raise BadInputError("no XML element found", source)
    return root, target.lines
