"""Small PDFs written byte by byte for the tests: text pages, no text, and hostile ones."""

from __future__ import annotations

import zlib


def pdf(pages: list[str], *, streams: list[bytes] | None = None, extra: bytes = b"") -> bytes:
    """A PDF with one Helvetica text line per page (``streams``: raw content streams
    instead, already encoded with their filter when they start with ``b"FLATE:"``)."""
    contents = streams or [
        b"BT /F1 18 Tf 72 700 Td (" + _escape(text).encode("latin-1") + b") Tj ET" for text in pages
    ]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for content in contents:
        flate = content.startswith(b"FLATE:")
        data = content[6:] if flate else content
        filt = b" /Filter /FlateDecode" if flate else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream")
        stream_ref = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % stream_ref
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    if extra:
        objects.append(extra)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _text_stream(text: str) -> bytes:
    """One text line per line of ``text``, down the page."""
    lines = [b"(" + _escape(line).encode("latin-1") + b") Tj 0 -22 Td" for line in text.split("\n")]
    return b"BT /F1 18 Tf 72 740 Td " + b" ".join(lines) + b" ET"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def bomb(megabytes: int = 400) -> bytes:
    """A page whose content stream inflates to ``megabytes`` MB of zeros."""
    packed = zlib.compressobj(9)
    chunk = b"0" * (1 << 20)
    data = b"".join(packed.compress(chunk) for _ in range(megabytes)) + packed.flush()
    return pdf([], streams=[b"FLATE:" + data])


def deep_nesting(levels: int = 200_000) -> bytes:
    """A page whose resources hold an array nested ``levels`` deep."""
    return pdf(["nested"], extra=b"[" * levels + b"]" * levels)
