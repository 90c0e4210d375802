"""LaTeX programmes: a workshop's booklet, a poster of the day, a ``program.tex`` beside
the site.

A LaTeX source says the same things an HTML page does in other marks: sectioning
commands are headings, ``itemize`` and ``enumerate`` are lists, ``tabular`` is a table
(``&`` between cells, ``\\\\`` between rows), ``\\textbf`` and ``{\\bf …}`` are emphasis,
``\\\\`` elsewhere a line break; a programme's own commands (``\\newcommand{\\talk}[3]``)
expand to them. This format writes the source as that HTML (:func:`to_html`) and the
page readers read it (the registry reads a format that :func:`translate`\\ s its input as
the format it translates to). Everything is bounded: the macros expanded, the groups
nested, the size read.
"""

from __future__ import annotations

import html
import re
import unicodedata

from confnotes.importers.programme import Programme

NAME = "latex"

MAX_TEXT = 2_000_000
"""Characters of LaTeX read at most."""
MAX_DEPTH = 40
"""Groups and environments nested at most before their inside is read as plain text."""
MAX_MACROS = 200
MAX_EXPANSIONS = 5000
"""A programme's own commands expanded at most (per pass; three passes)."""

_DOCUMENT_RE = re.compile(r"\\documentclass\b|\\begin\s*\{document\}")
_COMMAND_LINE_RE = re.compile(
    r"^[ \t]*\\(?:section|subsection|chapter|part|item|begin\s*\{(?:itemize|enumerate|"
    r"tabular|description)\})",
    re.M,
)


def detect(data: bytes) -> float:
    """A LaTeX document (``\\documentclass``, ``\\begin{document}``: 0.95), or a part of
    one that lays a programme out in sections, lists and tables (0.8)."""
    head = data[:20_000].decode("utf-8", errors="replace")
    if _DOCUMENT_RE.search(head):
        return 0.95
    if len(_COMMAND_LINE_RE.findall(head)) >= 4:
        return 0.8
    return 0.0


def why_not(data: bytes) -> str:
    """Why this is not LaTeX."""
    return "no \\documentclass, \\begin{document}, sections, lists or tables in LaTeX"


def translate(data: bytes) -> tuple[bytes, str]:
    """The document as the HTML page it lays out, and the format that reads that."""
    text = data[:MAX_TEXT].decode("utf-8", errors="replace").lstrip("\ufeff")
    return to_html(text).encode("utf-8"), "html"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a LaTeX document, read as the HTML page it lays out."""
    from confnotes.importers.formats import html as html_format

    page, _name = translate(data)
    programme = html_format.parse(page, source)
    programme.format = NAME
    return programme


# --- the source as HTML ---------------------------------------------------------------

_HEADINGS = {
    "part": "h1",
    "chapter": "h1",
    "section": "h2",
    "subsection": "h3",
    "subsubsection": "h4",
    "paragraph": "h5",
    "subparagraph": "h6",
    "title": "h1",
    "centerline": "p",
    "caption": "p",
}
_WRAPS = {
    "textbf": "b",
    "textit": "i",
    "emph": "i",
    "textsl": "i",
    "texttt": "code",
    "underline": "u",
    "textsc": "",
    "textrm": "",
    "textsf": "",
    "textnormal": "",
    "mbox": "",
    "hbox": "",
    "text": "",
    "textup": "",
    "uppercase": "",
    "MakeUppercase": "",
}
_DECLARATIONS = {
    "bf": "b",
    "bfseries": "b",
    "it": "i",
    "itshape": "i",
    "em": "i",
    "sl": "i",
    "slshape": "i",
    "tt": "code",
    "ttfamily": "code",
}
_SILENT_WITH_ARGS = frozenset(
    [
        "documentclass",
        "usepackage",
        "RequirePackage",
        "newcommand",
        "renewcommand",
        "providecommand",
        "newenvironment",
        "renewenvironment",
        "setlength",
        "addtolength",
        "setcounter",
        "addtocounter",
        "vspace",
        "hspace",
        "includegraphics",
        "label",
        "ref",
        "pageref",
        "cite",
        "nocite",
        "bibliography",
        "bibliographystyle",
        "pagestyle",
        "thispagestyle",
        "titleformat",
        "titlespacing",
        "graphicspath",
        "fontsize",
        "color",
        "textcolor",
        "definecolor",
        "colorbox",
        "fcolorbox",
        "geometry",
        "hypersetup",
        "input",
        "include",
        "raisebox",
        "rule",
        "setmainfont",
        "setsansfont",
        "usetheme",
        "usecolortheme",
        "newlength",
        "newcounter",
        "columnwidth",
        "linewidth",
        "enlargethispage",
        "hyphenation",
        "marginpar",
        "footnote",
        "footnotetext",
        "phantom",
        "hphantom",
        "vphantom",
        "resizebox",
        "scalebox",
        "usebox",
        "sbox",
        "savebox",
        "parbox",
        "makebox",
        "framebox",
        "arrayrulecolor",
        "newcolumntype",
        "columncolor",
        "rowcolor",
        "cellcolor",
    ]
)
"""Commands whose arguments are no text a reader sees."""
_KEEP_LAST_ARG = frozenset(
    [
        "textcolor",
        "colorbox",
        "fcolorbox",
        "raisebox",
        "framebox",
        "makebox",
        "parbox",
        "scalebox",
        "resizebox",
    ]
)
"""Silent commands whose last argument is text nonetheless (``\\textcolor{red}{Title}``)."""
_TABLES = frozenset(
    [
        "tabular",
        "tabular*",
        "tabularx",
        "tabulary",
        "longtable",
        "tabu",
        "supertabular",
        "xtabular",
        "array",
    ]
)
_LISTS = {"itemize": "ul", "enumerate": "ol", "description": "ul", "compactitem": "ul"}
_VERBATIM = frozenset(["verbatim", "lstlisting", "minted", "comment"])
_RULES_RE = re.compile(
    r"\\(?:hline|toprule|midrule|bottomrule|cline\s*\{[^{}]{0,20}\}|cmidrule(?:\([^()]{0,8}\))?"
    r"\s*\{[^{}]{0,20}\}|endhead|endfirsthead|endfoot|endlastfoot|noalign\s*\{[^{}]{0,200}\})"
)
_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_LETTERS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "ldots": "…",
    "dots": "…",
    "textendash": "–",
    "textemdash": "—",
    "textbullet": "•",
    "S": "§",
    "P": "¶",
    "copyright": "©",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "today": "",
    "quad": " ",
    "qquad": " ",
    "newline": "<br>",
    "linebreak": "<br>",
    "par": "</p><p>",
    "item": "",
    "and": ", ",
    "textbackslash": "\\",
}
_DECLARED = r"(?:bf|bfseries|it|itshape|sffamily|scshape|centering|selectfont)(?![A-Za-z])"
_BIG_RE = re.compile(
    rf"\A\s{{0,40}}(?:\\(?:{_DECLARED}|fontsize\s*\{{[^{{}}]{{0,20}}\}}\s*\{{[^{{}}]{{0,20}}\}})\s*)*"
    rf"\\(?:Huge|huge|LARGE|Large)(?![A-Za-z])(?:\s*\\{_DECLARED})*\s*"
)
"""The declarations a title or a day's line opens with, a big size among them."""
_ASSIGNED_RE = re.compile(r"\s{0,20}=\s{0,20}-?[\d.]{1,20}\s{0,5}(?:pt|em|ex|cm|mm|in|bp|pc|sp)?")
_MULTIROW_RE = re.compile(r"\\multirow\s*(?:\[[^\]]{0,20}\])?\s*\{\s*(\d{1,4})\s*\}")
_BLOCK_TAG_RE = re.compile(r"</?(?:p|div)>")
_BEGIN_RE = re.compile(r"\\begin\s*\{([^{}]{1,40})\}")
_NAME_RE = re.compile(r"[A-Za-z]+\*?")
_ESCAPED = {"&": "&amp;", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " "}


def to_html(text: str) -> str:
    """The HTML page a LaTeX document lays out (its title in ``<title>``)."""
    text = _without_comments(text[:MAX_TEXT])
    macros = _macros(text)
    title = ""
    if m := re.search(r"\\title\s*(?:\[[^\]]{0,200}\])?\s*\{", text):
        raw, _end = _group(text, m.end() - 1)
        title = _plain(_Converter({}).convert(raw, 0))
    begin = re.search(r"\\begin\s*\{document\}", text)
    body = text[begin.end() :] if begin else text
    end = re.search(r"\\end\s*\{document\}", body)
    body = body[: end.start()] if end else body
    for _ in range(3):
        expanded, changed = _expand(body, macros)
        if not changed:
            break
        body = expanded
    inner = _Converter(macros).convert(body, 0)
    if not title and (first := re.search(r"<h[12]>(.{1,300}?)</h[12]>", inner, re.S)):
        title = _plain(first.group(1))  # no \title: the first line set big names it
    if title:
        inner = inner.replace("\x00maketitle\x00", f"<h1>{html.escape(title)}</h1>")
    inner = inner.replace("\x00maketitle\x00", "")
    inner = f"<p>{inner}</p>"
    for _ in range(3):  # the paragraphs around blocks that hold nothing
        inner = _EMPTY_P_RE.sub("", inner)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head>"
        f"<body>{inner}</body></html>"
    )


_EMPTY_P_RE = re.compile(r"<p>(?:\s|<br>)*</p>")


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^<>]{0,500}>", " ", fragment)).split())


def _without_comments(text: str) -> str:
    """``text`` without its ``%`` comments (an escaped ``\\%`` is a percent sign)."""
    return re.sub(r"(?<!\\)%[^\n]*", "", text)


def _group(text: str, i: int) -> tuple[str, int]:
    """The inside of the ``{…}`` group opening at ``i``, and the index after it; an
    unclosed group runs to the end."""
    depth, j, n = 0, i, len(text)
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
        j += 1
    return text[i + 1 :], n


def _optional(text: str, i: int) -> tuple[str, int]:
    """The inside of the ``[…]`` argument opening at ``i`` and the index after it."""
    depth, j, n = 0, i, len(text)
    while j < n and j - i < 2000:
        c = text[j]
        if c == "{":
            _inside, j = _group(text, j)
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
        j += 1
    return "", i + 1


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


_NEWCOMMAND_RE = re.compile(
    r"\\(?:re)?newcommand\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]{0,200}\])?\s*\{"
    r"|\\providecommand\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?:\[(\d)\])?\s*\{"
)


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """The document's own commands: name → (arguments, body)."""
    found: dict[str, tuple[int, str]] = {}
    for m in _NEWCOMMAND_RE.finditer(text):
        if len(found) >= MAX_MACROS:
            break
        name = m.group(1) or m.group(3)
        count = int(m.group(2) or m.group(4) or 0)
        body, _end = _group(text, m.end() - 1)
        if name not in _HEADINGS and name not in _WRAPS and len(body) <= 5000:
            found[name] = (count, body)
    return found


def _expand(text: str, macros: dict[str, tuple[int, str]]) -> tuple[str, bool]:
    """``text`` with each use of the document's own commands replaced by its body, the
    arguments put in; one pass (a body's own uses expand in the next)."""
    if not macros:
        return text, False
    out: list[str] = []
    i, n, expansions = 0, len(text), 0
    names = "|".join(sorted(map(re.escape, macros), key=len, reverse=True))
    pattern = re.compile(rf"\\({names})(?![A-Za-z])")
    while i < n:
        m = pattern.search(text, i)
        if m is None or expansions >= MAX_EXPANSIONS:
            out.append(text[i:])
            break
        out.append(text[i : m.start()])
        count, body = macros[m.group(1)]
        j, args = m.end(), []
        for _ in range(count):
            j = _skip_space(text, j)
            if j < n and text[j] == "{":
                arg, j = _group(text, j)
            elif j < n:
                arg, j = text[j], j + 1
            else:
                arg = ""
            args.append(arg)
        out.append(_put_in(body, args))
        expansions += 1
        i = j
    return "".join(out), expansions > 0


def _put_in(body: str, args: list[str]) -> str:
    """A command's body with its arguments in the places ``#1``…``#9`` mark."""

    def arg(m: re.Match[str]) -> str:
        k = int(m.group(1))
        return args[k - 1] if k <= len(args) else ""

    return re.sub(r"#([1-9])", arg, body)


class _Converter:
    """LaTeX source to HTML, group by group."""

    def __init__(self, macros: dict[str, tuple[int, str]]) -> None:
        self.macros = macros

    def convert(self, text: str, depth: int) -> str:
        if depth > MAX_DEPTH:
            return html.escape(text)
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c == "\\":
                i = self._command(text, i, depth, out)
            elif c == "{":
                inside, i = _group(text, i)
                out.append(self._declared(inside, depth))
            elif c == "}":
                i += 1
            elif c == "~":
                out.append(" ")
                i += 1
            elif c == "$":
                end = text.find("$", i + 1)
                end = n if end < 0 else end
                math = re.sub(r"\\[A-Za-z]+|[{}^_]", " ", text[i + 1 : end])
                out.append(html.escape(" ".join(math.split())))
                i = end + 1
            elif c == "\n" and text.startswith("\n", _skip_blank_line(text, i + 1)):
                out.append("</p><p>")
                i = _skip_space(text, i)
            elif c == "-" and text.startswith("---", i):
                out.append("—")
                i += 3
            elif c == "-" and text.startswith("--", i):
                out.append("–")
                i += 2
            elif text.startswith("``", i) or text.startswith("''", i):
                out.append("“" if c == "`" else "”")
                i += 2
            else:
                out.append(html.escape(c))
                i += 1
        return unicodedata.normalize("NFC", "".join(out))

    def _declared(self, inside: str, depth: int) -> str:
        """A group: ``{\\bf Title}`` and ``{\\large\\textit{…}}`` keep their text, their
        declarations made emphasis; a group set in a big size (``{\\Large\\bfseries
        Title}``) is a heading, as the page shows it."""
        sized = _BIG_RE.match(inside)
        if sized and inside[sized.end() :].strip():
            return f"</p><h2>{self.convert(inside[sized.end() :], depth + 1)}</h2><p>"
        m = re.match(r"\s*\\([A-Za-z]+)\b", inside)
        if m and m.group(1) in _DECLARATIONS:
            tag = _DECLARATIONS[m.group(1)]
            return f"<{tag}>{self.convert(inside[m.end() :], depth + 1)}</{tag}>"
        return self.convert(inside, depth + 1)

    def _command(self, text: str, i: int, depth: int, out: list[str]) -> int:
        n = len(text)
        if i + 1 >= n:
            return n
        nxt = text[i + 1]
        if nxt == "\\":  # a line break (its optional spacing dropped)
            out.append("<br>")
            j = i + 2
            if j < n and text[j] == "*":
                j += 1
            if j < n and text[j] == "[":
                _s, j = _optional(text, j)
            return j
        if nxt in _ESCAPED:
            out.append(html.escape(_ESCAPED[nxt]) if nxt != "&" else "&amp;")
            return i + 2
        if nxt in _ACCENTS and not nxt.isalpha():
            return self._accent(text, i + 1, nxt, out)
        m = _NAME_RE.match(text, i + 1)
        if m is None:
            return i + 2
        name = m.group(0).rstrip("*")
        j = m.end()
        if name in _ACCENTS and len(name) == 1 and j < n and text[j] == "{":
            return self._accent(text, i + 1, name, out)
        if name == "begin":
            return self._environment(text, j, depth, out)
        if name == "end":
            j = _skip_space(text, j)
            if j < n and text[j] == "{":
                _env, j = _group(text, j)
            return j
        if name == "maketitle":
            out.append("\x00maketitle\x00")
            return j
        if name in _HEADINGS:
            j = _skip_space(text, j)
            if j < n and text[j] == "[":
                _s, j = _optional(text, j)
            if j < n and text[j] == "{":
                arg, j = _group(text, j)
                tag = _HEADINGS[name]
                if name == "title":
                    return j  # written where \maketitle puts it
                if name == "centerline" and (sized := _BIG_RE.match(arg)):
                    tag, arg = "h2", arg[sized.end() :]  # a day's line set big
                out.append(f"</p><{tag}>{self.convert(arg, depth + 1)}</{tag}><p>")
            return j
        if name in _WRAPS:
            j = _skip_space(text, j)
            if j < n and text[j] == "{":
                arg, j = _group(text, j)
                tag = _WRAPS[name]
                inner = self.convert(arg, depth + 1)
                out.append(f"<{tag}>{inner}</{tag}>" if tag else inner)
            return j
        if name in ("url", "href"):
            j = _skip_space(text, j)
            if j < n and text[j] == "{":
                url, j = _group(text, j)
                label = url
                if name == "href" and (k := _skip_space(text, j)) < n and text[k] == "{":
                    label, j = _group(text, k)
                    label = self.convert(label, depth + 1)
                else:
                    label = html.escape(label)
                out.append(f'<a href="{html.escape(url.strip(), quote=True)}">{label}</a>')
            return j
        if name in ("multicolumn", "multirow"):
            args = []
            for _ in range(3):
                j = _skip_space(text, j)
                if j < n and text[j] == "[":
                    _s, j = _optional(text, j)
                    j = _skip_space(text, j)
                if j < n and text[j] == "{":
                    arg, j = _group(text, j)
                    args.append(arg)
            if args:
                out.append(self.convert(args[-1], depth + 1))
            return j
        if name in _LETTERS:
            out.append(_LETTERS[name] if name != "item" else "")
            if j < n and text[j] == " " and name not in ("newline", "par"):
                j += 1 if not text[j + 1 : j + 2].isalpha() else 0
            return j
        if name in _SILENT_WITH_ARGS:
            last = ""
            while True:
                k = _skip_space(text, j)
                if k < n and text[k] == "[":
                    _s, j = _optional(text, k)
                elif k < n and text[k] == "{":
                    last, j = _group(text, k)
                else:
                    break
            if name in _KEEP_LAST_ARG and last:
                out.append(self.convert(last, depth + 1))
            return j
        if name in _DECLARATIONS:
            return j  # a declaration outside a group (``\bfseries`` then the rest)
        if m := _ASSIGNED_RE.match(text, j):
            return m.end()  # a length or a count set (``\parindent=1em``)
        # a command this reader does not know: its arguments' text is kept
        k = _skip_space(text, j) if j < n and text[j] in " \t" else j
        while k < n and text[k] == "[":
            _s, k = _optional(text, k)
        if k < n and text[k] == "{":
            arg, k = _group(text, k)
            out.append(self.convert(arg, depth + 1))
            return k
        return j

    def _accent(self, text: str, i: int, mark: str, out: list[str]) -> int:
        """``\\"{o}``, ``\\'e``, ``\\v{S}``: the letter with its accent."""
        j = i + 1
        if j < len(text) and text[j] == "{":
            letter, j = _group(text, j)
        elif j < len(text):
            letter, j = text[j], j + 1
        else:
            return j
        letter = letter.strip().lstrip("\\") or " "
        letter = {"i": "i", "j": "j"}.get(letter, letter)
        out.append(unicodedata.normalize("NFC", letter[0] + _ACCENTS[mark] + letter[1:]))
        return j

    def _environment(self, text: str, j: int, depth: int, out: list[str]) -> int:
        n = len(text)
        j = _skip_space(text, j)
        if j >= n or text[j] != "{":
            return j
        name, j = _group(text, j)
        name = name.strip()
        body, after = _environment_body(text, j, name)
        base = name.rstrip("*") if name != "tabular*" else name
        if name in _TABLES or base in _TABLES:
            out.append(self._table(body, depth))
        elif base in _LISTS:
            out.append(self._list(body, _LISTS[base], depth))
        elif base in _VERBATIM:
            if base != "comment":
                out.append(f"</p><pre>{html.escape(body)}</pre><p>")
        else:
            body = _without_arguments(body)
            out.append(f"</p><div>{self.convert(body, depth + 1)}</div><p>")
        return after

    def _table(self, body: str, depth: int) -> str:
        """A table's rows (``\\\\``) and cells (``&``). A first row with a rule under it
        (``\\midrule``, ``\\hline``) that the rows after it do not all have is the
        table's header; a ``\\multirow`` cell spans the empty cells under it."""
        body = _without_arguments(body, spec=True)
        read: list[tuple[list[str], list[int], bool]] = []  # (cells, spans, rule above)
        for row in _split_top(body, "\\\\"):
            ruled = bool(_RULES_RE.match(row.lstrip()))
            sources = _split_top(row, "&")
            cells = [self._cell(c, depth) for c in sources]
            spans = [_multirow(c) for c in sources]
            if any(_plain(c) for c in cells):
                read.append((cells, spans, ruled))
            elif ruled and read:
                read.append(([], [], True))
        filled = [k for k, (cells, _s, _r) in enumerate(read) if cells]
        below = [read[k + 1][2] if k + 1 < len(read) else False for k in filled]
        header = len(filled) > 2 and below[0] and not all(below[1:-1] or [True])
        rows: list[str] = []
        covered: dict[int, int] = {}  # column → rows its multirow cell still covers
        for n, k in enumerate(filled):
            cells, spans, _ruled = read[k]
            tag = "th" if header and n == 0 else "td"
            out = []
            for col, cell in enumerate(cells):
                if covered.get(col, 0) > 0 and not _plain(cell):
                    covered[col] -= 1
                    continue  # under a multirow cell of a row above
                covered[col] = 0
                span = _spanned(filled[n + 1 :], read, col, spans[col] if col < len(spans) else 1)
                if span > 1:
                    covered[col] = span - 1
                    out.append(f'<{tag} rowspan="{span}">{cell}</{tag}>')
                else:
                    out.append(f"<{tag}>{cell}</{tag}>")
            rows.append("<tr>" + "".join(out) + "</tr>")
        return "</p><table>" + "".join(rows) + "</table><p>"

    def _cell(self, source: str, depth: int) -> str:
        """A table cell's text, its rules dropped, in one paragraph."""
        inner = self.convert(_RULES_RE.sub(" ", source).strip(), depth + 1)
        return " ".join(_BLOCK_TAG_RE.sub(" ", inner).split())

    def _list(self, body: str, tag: str, depth: int) -> str:
        items = []
        for part in _split_items(body)[1:]:
            label = ""
            rest = part
            k = _skip_space(part, 0)
            if k < len(part) and part[k] == "[":
                label, end = _optional(part, k)
                rest = part[end:]
            inner = self.convert(rest, depth + 1).strip()
            if label:
                inner = f"<b>{self.convert(label, depth + 1)}</b> {inner}"
            items.append(f"<li>{inner.replace('<p>', '').replace('</p>', '')}</li>")
        return f"</p><{tag}>" + "".join(items) + f"</{tag}><p>"


def _multirow(source: str) -> int:
    """The rows a ``\\multirow{n}{width}{text}`` cell says it spans (1 for any other)."""
    m = _MULTIROW_RE.search(source)
    return max(1, min(int(m.group(1)), 1000)) if m else 1


def _spanned(
    after: list[int], read: list[tuple[list[str], list[int], bool]], col: int, rows: int
) -> int:
    """How many rows a cell spanning ``rows`` covers: itself and the rows right after it
    whose cell in its column is empty, as many as it says at most."""
    span = 1
    for k in after:
        if span >= rows:
            break
        cells = read[k][0]
        if col < len(cells) and not _plain(cells[col]):
            span += 1
        else:
            break
    return span


def _skip_blank_line(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r":
        i += 1
    return i


def _environment_body(text: str, i: int, name: str) -> tuple[str, int]:
    """The body of the environment ``name`` whose ``\\begin`` ends at ``i`` (nested ones of
    the same name inside it), and the index after its ``\\end``."""
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(name) + r"\}")
    depth = 1
    for m in pattern.finditer(text, i):
        depth += 1 if m.group(1) == "begin" else -1
        if depth == 0:
            return text[i : m.start()], m.end()
    return text[i:], len(text)


def _without_arguments(body: str, spec: bool = False) -> str:
    """An environment's body without the arguments after its ``\\begin`` (a minipage's
    width, a table's column spec ``{|l|p{5cm}|}``)."""
    i = 0
    for _ in range(6):  # a minipage's [c][11mm][c]{width}
        k = _skip_space(body, i)
        if k < len(body) and body[k] == "[":
            _s, i = _optional(body, k)
        elif k < len(body) and body[k] == "{" and (spec or _argument_like(body, k)):
            _s, i = _group(body, k)
            if not spec:
                break
            spec = False  # a table's one column spec (after a width for tabular*)
        else:
            break
    return body[i:]


def _argument_like(body: str, k: int) -> bool:
    """A group right after ``\begin{…}`` that is an argument (``{.77\textwidth}``,
    ``{5}``, ``{margin=1em,frame}``), not the body's first words in braces."""
    inside, _end = _group(body, k)
    return not any(ch.isspace() for ch in inside.strip()) or "=" in inside


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside groups and environments (a row's ``&``, a
    table's ``\\\\``; not a minipage's line break inside a cell)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and text.startswith("\\begin", i) and (m := _BEGIN_RE.match(text, i)):
            _body, i = _environment_body(text, m.end(), m.group(1))
            continue
        if c == "\\" and not text.startswith(sep, i):
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth <= 0 and text.startswith(sep, i):
            if sep == "&" and i and text[i - 1] == "\\":
                i += 1
                continue
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _split_items(body: str) -> list[str]:
    """A list's body split at its own ``\\item`` commands (not a nested list's)."""
    parts, start, i, n = [], 0, 0, len(body)
    item = re.compile(r"\\item(?![A-Za-z])")
    nest = re.compile(r"\\(begin|end)\s*\{(itemize|enumerate|description|compactitem)\}")
    depth = 0
    while i < n:
        if body.startswith("\\item", i) and depth == 0 and item.match(body, i):
            parts.append(body[start:i])
            i += 5
            start = i
            continue
        if body.startswith("\\begin", i) or body.startswith("\\end", i):
            m = nest.match(body, i)
            if m:
                depth += 1 if m.group(1) == "begin" else -1
                i = m.end()
                continue
        if body[i] == "\\":
            i += 2
            continue
        i += 1
    parts.append(body[start:])
    return parts
