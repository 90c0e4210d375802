/* The full index build's innermost loops, in C (optional).

   Why: a full build (confnotes/index/bulk.py) runs Python steps per word and per
   posting: ~6 million words and 1.5 million postings at 5,000 talks, where SQLite
   FTS5 spends ~0.6 us per posting in all. Each function here does exactly what one
   pure-Python function of confnotes/index/speedups.py, or one regular expression of
   confnotes/index/analysis.py, does (named in its docstring); those modules use these
   when this extension was built and their own code otherwise, and
   tests/unit/test_index_speedups.py runs both on the same inputs.

   Only plain CPython API: every reference taken is released on every path, and any
   input not of the expected type raises TypeError (the callers never pass one). */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ ascii_words */

PyDoc_STRVAR(ascii_words_doc,
"ascii_words(text) -> list[str]\n\n"
"The runs of ASCII letters and digits of an ASCII text, lower-cased: what\n"
"re.findall('[a-z0-9]+', text.lower()) gives (speedups.ascii_words_py).");

static PyObject *
ascii_words(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text) || !PyUnicode_IS_ASCII(text)) {
        PyErr_SetString(PyExc_TypeError, "ascii_words() needs an ASCII str");
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    char buf[256];
    Py_ssize_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n) {
            c = s[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                break;
            i++;
        }
        Py_ssize_t len = i - start;
        PyObject *word;
        if (len <= (Py_ssize_t)sizeof(buf)) {
            for (Py_ssize_t k = 0; k < len; k++) {
                unsigned char ch = s[start + k];
                buf[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : (char)ch;
            }
            word = PyUnicode_FromStringAndSize(buf, len);
        }
        else {
            word = PyUnicode_New(len, 127);
            if (word != NULL) {
                Py_UCS1 *d = PyUnicode_1BYTE_DATA(word);
                for (Py_ssize_t k = 0; k < len; k++) {
                    unsigned char ch = s[start + k];
                    d[k] = (ch >= 'A' && ch <= 'Z') ? (Py_UCS1)(ch + 32) : (Py_UCS1)ch;
                }
            }
        }
        if (word == NULL || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

/* ------------------------------------------------------------------ cjk_split */

/* Whether a code point is in analysis.CJK_RANGES (kana, CJK extension A, unified and
   compatibility ideographs, hangul syllables; test_index_speedups checks every one). */
static int
is_cjk(Py_UCS4 c)
{
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xac00 && c <= 0xd7af);
}

PyDoc_STRVAR(cjk_split_doc,
"cjk_split(text) -> list[str]\n\n"
"The text cut around its runs of CJK characters, the runs kept: what\n"
"analysis._CJK_RUN_RE.split(text) gives ([text] when it has none).");

static PyObject *
cjk_split(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "cjk_split() needs a str");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t start = 0;  /* where the text before the next run starts */
    Py_ssize_t i = 0;
    /* ASCII and Latin-1 texts have no CJK: one scan of the bytes is skipped */
    while (kind != PyUnicode_1BYTE_KIND && i < n) {
        if (!is_cjk(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t run = i;
        while (i < n && is_cjk(PyUnicode_READ(kind, data, i)))
            i++;
        PyObject *before = PyUnicode_Substring(text, start, run);
        PyObject *cjk = before == NULL ? NULL : PyUnicode_Substring(text, run, i);
        int rc = cjk == NULL || PyList_Append(out, before) < 0 || PyList_Append(out, cjk) < 0;
        Py_XDECREF(before);
        Py_XDECREF(cjk);
        if (rc) {
            Py_DECREF(out);
            return NULL;
        }
        start = i;
    }
    PyObject *rest = PyUnicode_Substring(text, start, n);
    if (rest == NULL || PyList_Append(out, rest) < 0) {
        Py_XDECREF(rest);
        Py_DECREF(out);
        return NULL;
    }
    Py_DECREF(rest);
    return out;
}

/* ------------------------------------------------------------------ strip_emphasis */

/* \w of a str pattern (sre's SRE_UNI_IS_WORD). */
static int
is_word(Py_UCS4 c)
{
    return Py_UNICODE_ISALNUM(c) || c == '_';
}

PyDoc_STRVAR(strip_emphasis_doc,
"strip_emphasis(text) -> str\n\n"
"The text without its bold, italics, strike-through and code marks: what\n"
"re.sub(analysis.EMPHASIS, '', text) gives (** __ ~~, runs of `, and a * not\n"
"between two word characters).");

static PyObject *
strip_emphasis(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "strip_emphasis() needs a str");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    char *out = PyMem_Malloc((size_t)(n ? n : 1) * (size_t)kind);
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t len = 0, i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_UCS4 next = i + 1 < n ? PyUnicode_READ(kind, data, i + 1) : 0;
        if (c == '*') {
            if (next == '*') {
                i += 2;  /* \*\* */
                continue;
            }
            if (i == 0 || !is_word(PyUnicode_READ(kind, data, i - 1))) {
                i += 1;  /* \*(?<!\w\*) */
                continue;
            }
            if (i + 1 == n || !is_word(next)) {
                i += 1;  /* \*(?!\w) */
                continue;
            }
        }
        else if ((c == '_' || c == '~') && next == c) {
            i += 2;  /* __ ~~ */
            continue;
        }
        else if (c == '`') {
            while (i < n && PyUnicode_READ(kind, data, i) == '`')
                i++;  /* `+ */
            continue;
        }
        PyUnicode_WRITE(kind, out, len, c);
        len++;
        i++;
    }
    PyObject *result = PyUnicode_FromKindAndData(kind, out, len);
    PyMem_Free(out);
    return result;
}

/* ------------------------------------------------------------------ strip_line_marks */

static int
is_blank(Py_UCS4 c)
{
    return c == ' ' || c == '\t';
}

/* The end of a heading mark at ``i`` (a line's start), or -1:
   ^[ \t]{0,3}#{1,6}[ \t]+ */
static Py_ssize_t
heading_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_ssize_t j = i;
    while (j < n && j - i < 4 && is_blank(PyUnicode_READ(kind, data, j)))
        j++;
    if (j - i > 3 || j >= n || PyUnicode_READ(kind, data, j) != '#')
        return -1;
    Py_ssize_t h = j;
    while (h < n && PyUnicode_READ(kind, data, h) == '#')
        h++;
    if (h - j > 6 || h >= n || !is_blank(PyUnicode_READ(kind, data, h)))
        return -1;
    while (h < n && is_blank(PyUnicode_READ(kind, data, h)))
        h++;
    return h;
}

/* The end of a list item's mark at ``j`` (after a line's leading blanks), or -1:
   (?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)? */
static Py_ssize_t
item_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t j)
{
    if (j >= n)
        return -1;
    Py_UCS4 c = PyUnicode_READ(kind, data, j);
    Py_ssize_t m;
    if (c == '-' || c == '*' || c == '+') {
        m = j + 1;
    }
    else if (Py_UNICODE_ISDECIMAL(c)) {
        m = j;
        while (m < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, m)))
            m++;
        if (m >= n || (PyUnicode_READ(kind, data, m) != '.' && PyUnicode_READ(kind, data, m) != ')'))
            return -1;
        m++;
    }
    else {
        return -1;
    }
    if (m >= n || !is_blank(PyUnicode_READ(kind, data, m)))
        return -1;
    while (m < n && is_blank(PyUnicode_READ(kind, data, m)))
        m++;
    if (m + 3 < n && PyUnicode_READ(kind, data, m) == '['
        && (PyUnicode_READ(kind, data, m + 1) == ' ' || PyUnicode_READ(kind, data, m + 1) == 'x'
            || PyUnicode_READ(kind, data, m + 1) == 'X')
        && PyUnicode_READ(kind, data, m + 2) == ']' && is_blank(PyUnicode_READ(kind, data, m + 3))) {
        m += 3;
        while (m < n && is_blank(PyUnicode_READ(kind, data, m)))
            m++;
    }
    return m;
}

PyDoc_STRVAR(strip_line_marks_doc,
"strip_line_marks(text, headings) -> str\n\n"
"The text without the marks that start its lines: headings' #s (when headings is\n"
"true) and then list items' bullets, numbers and checkboxes, their indent kept:\n"
"what the first two rules of analysis._RULES give, one after the other.");

static PyObject *
strip_line_marks(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "strip_line_marks(text, headings)");
        return NULL;
    }
    PyObject *text = args[0];
    int headings = PyObject_IsTrue(args[1]);
    if (headings < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    char *out = PyMem_Malloc((size_t)(n ? n : 1) * (size_t)kind);
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t len = 0, i = 0;
    while (i < n) {
        /* a line starts at i: its heading mark goes, then its list mark (its indent kept) */
        Py_ssize_t start = i;
        if (headings) {
            Py_ssize_t h = heading_end(kind, data, n, i);
            if (h >= 0)
                start = h;
        }
        Py_ssize_t j = start;
        while (j < n && is_blank(PyUnicode_READ(kind, data, j)))
            j++;
        Py_ssize_t e = item_end(kind, data, n, j);
        Py_ssize_t k = start;
        for (; k < j; k++)
            PyUnicode_WRITE(kind, out, len++, PyUnicode_READ(kind, data, k));
        k = e >= 0 ? e : j;
        while (k < n) {
            Py_UCS4 c = PyUnicode_READ(kind, data, k++);
            PyUnicode_WRITE(kind, out, len++, c);
            if (c == '\n')
                break;
        }
        i = k;
    }
    PyObject *result = PyUnicode_FromKindAndData(kind, out, len);
    PyMem_Free(out);
    return result;
}

/* ------------------------------------------------------------------ place */

/* memory[word]: the dict's own entry, else its __missing__ (a new reference). */
static PyObject *
stem_of(PyObject *memory, PyObject *word)
{
    PyObject *found = PyDict_GetItemWithError(memory, word);
    if (found != NULL) {
        Py_INCREF(found);
        return found;
    }
    if (PyErr_Occurred())
        return NULL;
    return PyObject_GetItem(memory, word);
}

/* unlike.add(word) when stem != word (0, or -1 with an exception set). */
static int
note_unlike(PyObject *unlike, PyObject *word, PyObject *stem)
{
    if (stem == word)
        return 0;
    int differ = PyObject_RichCompareBool(stem, word, Py_NE);
    if (differ < 0)
        return -1;
    return differ ? PySet_Add(unlike, word) : 0;
}

PyDoc_STRVAR(place_doc,
"place(tokens, words, memory, poses, start, unlike) -> list[str]\n\n"
"Each token's stem (memory[token]; the tokens themselves when memory is None),\n"
"its position from start appended to poses[stem], and the words unlike their\n"
"stem added to unlike (the words are the tokens when words is None); returns the\n"
"stems in order (speedups.place_py).");

static PyObject *
place(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "place() takes 6 arguments");
        return NULL;
    }
    PyObject *tokens = args[0], *words = args[1], *memory = args[2];
    PyObject *poses = args[3], *unlike = args[5];
    if (!PyList_CheckExact(tokens) || (words != Py_None && !PyList_CheckExact(words))
        || (memory != Py_None && !PyDict_Check(memory)) || !PyDict_CheckExact(poses)
        || (unlike != Py_None && !PySet_Check(unlike))) {
        PyErr_SetString(PyExc_TypeError, "place(): wrong argument types");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[4]);
    if (start == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *texts;
    if (memory == Py_None) {
        Py_INCREF(tokens);
        texts = tokens;  /* as the Python code: the tokens are the terms */
    }
    else {
        texts = PyList_New(n);
        if (texts == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *token = PyList_GET_ITEM(tokens, i);
            PyObject *stem = stem_of(memory, token);
            if (stem == NULL)
                goto error;
            PyList_SET_ITEM(texts, i, stem);  /* steals the reference */
            if (unlike != Py_None && words == Py_None && note_unlike(unlike, token, stem) < 0)
                goto error;
        }
        if (unlike != Py_None && words != Py_None) {
            for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words); i++) {
                PyObject *word = PyList_GET_ITEM(words, i);
                PyObject *stem = stem_of(memory, word);
                if (stem == NULL)
                    goto error;
                int rc = note_unlike(unlike, word, stem);
                Py_DECREF(stem);
                if (rc < 0)
                    goto error;
            }
        }
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        PyObject *pos = PyLong_FromSsize_t(start + i);
        if (pos == NULL)
            goto error;
        PyObject *found = PyDict_GetItemWithError(poses, text);
        int rc;
        if (found != NULL) {
            rc = PyList_Append(found, pos);
        }
        else if (PyErr_Occurred()) {
            rc = -1;
        }
        else {
            PyObject *fresh = PyList_New(1);
            if (fresh == NULL) {
                rc = -1;
            }
            else {
                Py_INCREF(pos);
                PyList_SET_ITEM(fresh, 0, pos);
                rc = PyDict_SetItem(poses, text, fresh);
                Py_DECREF(fresh);
            }
        }
        Py_DECREF(pos);
        if (rc < 0)
            goto error;
    }
    return texts;
error:
    Py_DECREF(texts);
    return NULL;
}

/* ------------------------------------------------------------------ byte buffer */

typedef struct {
    char *data;
    Py_ssize_t len;
    Py_ssize_t cap;
} Buf;

static int
buf_grow(Buf *b, Py_ssize_t more)
{
    if (b->len + more <= b->cap)
        return 0;
    Py_ssize_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more)
        cap *= 2;
    char *data = PyMem_Realloc(b->data, (size_t)cap);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

static int
buf_put(Buf *b, const void *src, Py_ssize_t n)
{
    if (buf_grow(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, src, (size_t)n);
    b->len += n;
    return 0;
}

static int
buf_byte(Buf *b, unsigned char c)
{
    return buf_put(b, &c, 1);
}

/* A non-negative int below 2**31 as pickle writes it (BININT1, BININT2, BININT). */
static int
pickle_int(Buf *b, long long v)
{
    unsigned char out[5];
    if (v < 0 || v > 0x7fffffffLL) {
        PyErr_SetString(PyExc_OverflowError, "integer out of the range this encoder writes");
        return -1;
    }
    if (v <= 0xff) {
        out[0] = 'K';
        out[1] = (unsigned char)v;
        return buf_put(b, out, 2);
    }
    if (v <= 0xffff) {
        out[0] = 'M';
        out[1] = (unsigned char)(v & 0xff);
        out[2] = (unsigned char)(v >> 8);
        return buf_put(b, out, 3);
    }
    out[0] = 'J';
    for (int k = 0; k < 4; k++)
        out[1 + k] = (unsigned char)((v >> (8 * k)) & 0xff);
    return buf_put(b, out, 5);
}

/* A float as pickle writes it (BINFLOAT: eight bytes, big-endian). */
static int
pickle_float(Buf *b, double v)
{
    unsigned char out[9];
    out[0] = 'G';
    if (PyFloat_Pack8(v, (char *)out + 1, 0) < 0)
        return -1;
    return buf_put(b, out, 9);
}

/* Bytes as pickle protocol 3 writes them (SHORT_BINBYTES, BINBYTES). */
static int
pickle_bytes(Buf *b, const char *s, Py_ssize_t n)
{
    unsigned char head[5];
    if (n < 256) {
        head[0] = 'C';
        head[1] = (unsigned char)n;
        if (buf_put(b, head, 2) < 0)
            return -1;
    }
    else {
        if (n > 0x7fffffffLL) {
            PyErr_SetString(PyExc_OverflowError, "bytes too long");
            return -1;
        }
        head[0] = 'B';
        for (int k = 0; k < 4; k++)
            head[1 + k] = (unsigned char)((n >> (8 * k)) & 0xff);
        if (buf_put(b, head, 5) < 0)
            return -1;
    }
    return buf_put(b, s, n);
}

/* A value written to a pickle, and its number in the pickle's memo. */
typedef struct {
    PyObject *key;
    Py_ssize_t index;
} Memo;

/* A memo opcode: BINPUT/BINGET with a one-byte index, LONG_ with a four-byte one. */
static int
pickle_memo(Buf *b, char short_op, char long_op, Py_ssize_t index)
{
    unsigned char out[5];
    if (index < 256) {
        out[0] = (unsigned char)short_op;
        out[1] = (unsigned char)index;
        return buf_put(b, out, 2);
    }
    out[0] = (unsigned char)long_op;
    for (int k = 0; k < 4; k++)
        out[1 + k] = (unsigned char)((index >> (8 * k)) & 0xff);
    return buf_put(b, out, 5);
}

/* The opcode closing a tuple of n items whose items were written after a MARK (n > 3),
   or alone (n <= 3: TUPLE1..3, EMPTY_TUPLE). */
static int
tuple_open(Buf *b, Py_ssize_t n)
{
    return n > 3 ? buf_byte(b, '(') : 0;
}

static int
tuple_close(Buf *b, Py_ssize_t n)
{
    static const unsigned char small[4] = {')', 0x85, 0x86, 0x87};
    return buf_byte(b, n > 3 ? 't' : small[n]);
}

/* ------------------------------------------------------------------ encode_positions */

/* pack_uint(len(gaps)) + pickle.dumps(gaps, 2) for a list of positions (n > 1). */
static PyObject *
encode_many(PyObject *poslist, Buf *b)
{
    Py_ssize_t n = PyList_GET_SIZE(poslist);
    b->len = 0;
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "no positions");
        return NULL;
    }
    unsigned char head[4] = {
        (unsigned char)((n >> 24) & 0xff), (unsigned char)((n >> 16) & 0xff),
        (unsigned char)((n >> 8) & 0xff), (unsigned char)(n & 0xff)};
    static const unsigned char open[5] = {0x80, 2, ']', 'q', 0};
    if (n > 0xffffffffLL) {
        PyErr_SetString(PyExc_OverflowError, "too many positions");
        return NULL;
    }
    if (buf_put(b, head, 4) < 0 || buf_put(b, open, 5) < 0)
        return NULL;
    long long last = 0;
    /* _pickle appends in batches of 1000, each MARK ... APPENDS (n > 1 here) */
    for (Py_ssize_t batch = 0; batch < n; batch += 1000) {
        Py_ssize_t end = batch + 1000 < n ? batch + 1000 : n;
        if (buf_byte(b, '(') < 0)
            return NULL;
        for (Py_ssize_t i = batch; i < end; i++) {
            long long pos = PyLong_AsLongLong(PyList_GET_ITEM(poslist, i));
            if (pos == -1 && PyErr_Occurred())
                return NULL;
            if (pickle_int(b, i ? pos - last : pos) < 0)
                return NULL;
            last = pos;
        }
        if (buf_byte(b, 'e') < 0)
            return NULL;
    }
    if (buf_byte(b, '.') < 0)
        return NULL;
    return PyBytes_FromStringAndSize(b->data, b->len);
}

PyDoc_STRVAR(encode_positions_doc,
"encode_positions(lists, one) -> list[bytes]\n\n"
"Each list of positions encoded as FoldedPositions.encode does; a list of one\n"
"position p is one[p] (speedups.encode_positions_py).");

static PyObject *
encode_positions(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyList_CheckExact(args[0]) || !PyList_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "encode_positions(lists, one) takes two lists");
        return NULL;
    }
    PyObject *lists = args[0], *one = args[1];
    Py_ssize_t n = PyList_GET_SIZE(lists);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    Buf b = {NULL, 0, 0};
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *poslist = PyList_GET_ITEM(lists, i);
        PyObject *value;
        if (!PyList_CheckExact(poslist)) {
            PyErr_SetString(PyExc_TypeError, "positions must be lists");
            goto error;
        }
        if (PyList_GET_SIZE(poslist) == 1) {
            value = PyObject_GetItem(one, PyList_GET_ITEM(poslist, 0));
        }
        else {
            value = encode_many(poslist, &b);
        }
        if (value == NULL)
            goto error;
        PyList_SET_ITEM(out, i, value);
    }
    PyMem_Free(b.data);
    return out;
error:
    PyMem_Free(b.data);
    Py_DECREF(out);
    return NULL;
}

/* ------------------------------------------------------------------ add_postings */

PyDoc_STRVAR(add_postings_doc,
"add_postings(terms, keys, docnum, weights, values, limit) -> list\n\n"
"One document's postings appended to their terms' buffers (terms[key] gets\n"
"docnum, weight, value; a missing buffer is made), and the keys whose buffer\n"
"now holds limit items or more, in order (speedups.add_postings_py).");

static PyObject *
add_postings(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 6 || !PyDict_Check(args[0]) || !PyList_CheckExact(args[1])
        || !PyList_CheckExact(args[3]) || !PyList_CheckExact(args[4])) {
        PyErr_SetString(PyExc_TypeError, "add_postings(): wrong arguments");
        return NULL;
    }
    PyObject *terms = args[0], *keys = args[1], *docnum = args[2];
    PyObject *weights = args[3], *values = args[4];
    Py_ssize_t limit = PyLong_AsSsize_t(args[5]);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(keys);
    if (PyList_GET_SIZE(weights) != n || PyList_GET_SIZE(values) != n) {
        PyErr_SetString(PyExc_ValueError, "add_postings(): columns of different lengths");
        return NULL;
    }
    PyObject *full = PyList_New(0);
    if (full == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PyList_GET_ITEM(keys, i);
        PyObject *entry = PyDict_GetItemWithError(terms, key);
        if (entry == NULL) {
            if (PyErr_Occurred())
                goto error;
            PyObject *fresh = PyList_New(0);
            if (fresh == NULL)
                goto error;
            int rc = PyDict_SetItem(terms, key, fresh);
            Py_DECREF(fresh);  /* the dict holds it */
            if (rc < 0)
                goto error;
            entry = fresh;
        }
        if (!PyList_CheckExact(entry)) {
            PyErr_SetString(PyExc_TypeError, "a term's buffer must be a list");
            goto error;
        }
        if (PyList_Append(entry, docnum) < 0 || PyList_Append(entry, PyList_GET_ITEM(weights, i)) < 0
            || PyList_Append(entry, PyList_GET_ITEM(values, i)) < 0)
            goto error;
        if (PyList_GET_SIZE(entry) >= limit && PyList_Append(full, key) < 0)
            goto error;
    }
    return full;
error:
    Py_DECREF(full);
    return NULL;
}

/* ------------------------------------------------------------------ encode_block */

/* length_to_byte(length) (a field length on one byte), remembered in byte_of. */
static int
row_byte(PyObject *byte_of, PyObject *to_byte, PyObject *length, unsigned char *out)
{
    PyObject *found = PyDict_GetItemWithError(byte_of, length);
    if (found != NULL) {
        Py_INCREF(found);
    }
    else {
        if (PyErr_Occurred())
            return -1;
        found = PyObject_CallOneArg(to_byte, length);
        if (found == NULL)
            return -1;
        if (PyDict_SetItem(byte_of, length, found) < 0) {
            Py_DECREF(found);
            return -1;
        }
    }
    long v = PyLong_AsLong(found);
    Py_DECREF(found);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 0 || v > 255) {
        PyErr_SetString(PyExc_OverflowError, "a length byte out of range");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}


/* A float rounded to single precision, as array('f') stores it. */
static double
as_f32(double v)
{
    return (double)(float)v;
}

PyDoc_STRVAR(encode_block_doc,
"encode_block(entry, fixed, lengths, base, level, min_compressed, compress, byte_of,\n"
"             length_to_byte) -> tuple\n\n"
"A term's buffered postings (document, weight, value, ...) as one codec block:\n"
"(its info and data as written, count, first and last document, summed weight,\n"
"highest weight, shortest and longest field length) (speedups.encode_block_py).");

/* How a field's blocks are made (the arguments of encode_block after the buffer). */
typedef struct {
    long long fixed;  /* the field's value size; -1: variable (None) */
    const unsigned int *lengths;  /* field lengths by document from base, or NULL */
    Py_ssize_t nlengths;
    long long base;
    long level;
    Py_ssize_t min_compressed;
    PyObject *compress, *byte_of, *to_byte;  /* borrowed */
    Py_buffer view;  /* lengths' buffer, released by spec_release */
} BlockSpec;

/* A BlockSpec from encode_block's arguments after the buffer (fixed, lengths, base, level,
   min_compressed, compress, byte_of, length_to_byte); 0, or -1 with an exception set. */
static int
spec_read(PyObject *const *args, BlockSpec *spec)
{
    memset(spec, 0, sizeof(*spec));
    spec->fixed = -1;
    if (!PyDict_Check(args[6])) {
        PyErr_SetString(PyExc_TypeError, "byte_of must be a dict");
        return -1;
    }
    spec->compress = args[5];
    spec->byte_of = args[6];
    spec->to_byte = args[7];
    spec->base = PyLong_AsLongLong(args[2]);
    if (spec->base == -1 && PyErr_Occurred())
        return -1;
    spec->level = PyLong_AsLong(args[3]);
    if (spec->level == -1 && PyErr_Occurred())
        return -1;
    spec->min_compressed = PyLong_AsSsize_t(args[4]);
    if (spec->min_compressed == -1 && PyErr_Occurred())
        return -1;
    if (args[0] != Py_None) {
        spec->fixed = PyLong_AsLongLong(args[0]);
        if (spec->fixed == -1 && PyErr_Occurred())
            return -1;
    }
    if (args[1] != Py_None) {
        if (PyObject_GetBuffer(args[1], &spec->view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0)
            return -1;
        if (spec->view.itemsize != sizeof(unsigned int) || spec->view.format == NULL
            || strcmp(spec->view.format, "I") != 0) {
            PyBuffer_Release(&spec->view);
            PyErr_SetString(PyExc_TypeError, "lengths must be an array('I')");
            return -1;
        }
        spec->lengths = (const unsigned int *)spec->view.buf;
        spec->nlengths = spec->view.len / (Py_ssize_t)sizeof(unsigned int);
    }
    return 0;
}

static void
spec_release(BlockSpec *spec)
{
    if (spec->view.obj != NULL)
        PyBuffer_Release(&spec->view);
}

/* encode_block for one buffer (a new 8-tuple, or NULL with an exception set). */
static PyObject *
encode_one(PyObject *entry, const BlockSpec *spec)
{
    long long fixed = spec->fixed, base = spec->base;
    long level = spec->level;
    Py_ssize_t min_compressed = spec->min_compressed;
    const unsigned int *lengths = spec->lengths;
    Py_ssize_t nlengths = spec->nlengths;
    PyObject *compress = spec->compress, *byte_of = spec->byte_of, *to_byte = spec->to_byte;
    if (!PyList_CheckExact(entry)) {
        PyErr_SetString(PyExc_TypeError, "a term's buffer must be a list");
        return NULL;
    }
    Py_ssize_t total = PyList_GET_SIZE(entry);
    if (total == 0 || total % 3) {
        PyErr_SetString(PyExc_ValueError, "encode_block(): an empty or broken buffer");
        return NULL;
    }
    Py_ssize_t count = total / 3;
    Buf b = {NULL, 0, 0}, info = {NULL, 0, 0};
    PyObject *floats = PyList_New(count), *result = NULL, *sum = NULL, *maxweight = NULL;
    PyObject *minlength = NULL, *maxlength = NULL, *sum_fn = NULL, *packed = NULL;
    PyObject *record = NULL;
    Memo *memo = NULL;  /* the values written, by identity (a small open hash table) */
    if (floats == NULL)
        goto done;
    long long first = 0, last = 0;
    double maxw = 0.0;
    int maxw_set = 0;
    unsigned int lo = 0, hi = 0;
    int lo_set = 0;
    int all_one = 1, all_same = 1, all_kept = 1;
    double w0 = 0.0;
    static const unsigned char head[2] = {0x80, 3};
    if (buf_put(&b, head, 2) < 0 || tuple_open(&b, count) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < count; i++) {
        long long doc = PyLong_AsLongLong(PyList_GET_ITEM(entry, 3 * i));
        if (doc == -1 && PyErr_Occurred())
            goto done;
        double w = PyFloat_AsDouble(PyList_GET_ITEM(entry, 3 * i + 1));
        if (w == -1.0 && PyErr_Occurred())
            goto done;
        PyObject *value = PyList_GET_ITEM(entry, 3 * i + 2);
        int truth = PyObject_IsTrue(value);
        if (truth < 0)
            goto done;
        if (!truth)
            all_kept = 0;
        if (pickle_int(&b, i ? doc - last : doc) < 0)
            goto done;
        if (i == 0)
            first = doc;
        last = doc;
        double f = as_f32(w);
        PyObject *fobj = PyFloat_FromDouble(f);
        if (fobj == NULL)
            goto done;
        PyList_SET_ITEM(floats, i, fobj);
        if (i == 0)
            w0 = f;
        if (f != 1.0)
            all_one = 0;
        if (f != w0)
            all_same = 0;
        if (!maxw_set || w > maxw) {
            maxw = w;
            maxw_set = 1;
        }
        if (lengths != NULL) {
            long long local = doc - base;
            unsigned int length = (local >= 0 && local < nlengths) ? lengths[local] : 0;
            if (length) {
                if (!lo_set || length < lo)
                    lo = length;
                if (length > hi)
                    hi = length;
                lo_set = 1;
            }
        }
    }
    if (tuple_close(&b, count) < 0)
        goto done;
    /* the weights: None when all are 1.0, one float when all are the same */
    if (all_one) {
        if (buf_byte(&b, 'N') < 0)
            goto done;
    }
    else if (all_same) {
        if (pickle_float(&b, w0) < 0)
            goto done;
    }
    else {
        if (tuple_open(&b, count) < 0)
            goto done;
        for (Py_ssize_t i = 0; i < count; i++)
            if (pickle_float(&b, PyFloat_AS_DOUBLE(PyList_GET_ITEM(floats, i))) < 0)
                goto done;
        if (tuple_close(&b, count) < 0)
            goto done;
    }
    /* the values: a tuple of the non-empty ones, None (no value) or their bytes joined */
    if (fixed == 0) {
        if (buf_byte(&b, 'N') < 0)
            goto done;
    }
    else {
        Py_ssize_t kept = 0, joined = 0;
        for (Py_ssize_t i = 0; i < count; i++) {
            PyObject *value = PyList_GET_ITEM(entry, 3 * i + 2);
            if (!all_kept && PyObject_IsTrue(value) != 1)
                continue;
            if (!PyBytes_Check(value)) {
                PyErr_SetString(PyExc_TypeError, "posting values must be bytes");
                goto done;
            }
            kept++;
            joined += PyBytes_GET_SIZE(value);
        }
        if (fixed > 0) {
            if (joined < 256) {
                unsigned char h[2] = {'C', (unsigned char)joined};
                if (buf_put(&b, h, 2) < 0)
                    goto done;
            }
            else {
                unsigned char h[5] = {'B'};
                for (int k = 0; k < 4; k++)
                    h[1 + k] = (unsigned char)((joined >> (8 * k)) & 0xff);
                if (buf_put(&b, h, 5) < 0)
                    goto done;
            }
        }
        else if (tuple_open(&b, kept) < 0) {
            goto done;
        }
        /* as pickle's memo: each value is remembered, and one seen before in this block
           (the very object: the encoding of one position is shared) is referred to */
        Py_ssize_t slots = 1;
        if (fixed < 0) {
            while (slots < 2 * count)
                slots *= 2;
            memo = PyMem_Calloc((size_t)slots, sizeof(Memo));
            if (memo == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        Py_ssize_t memos = 0;
        for (Py_ssize_t i = 0; i < count; i++) {
            PyObject *value = PyList_GET_ITEM(entry, 3 * i + 2);
            if (!all_kept && PyObject_IsTrue(value) != 1)
                continue;
            int rc;
            if (fixed > 0) {
                rc = buf_put(&b, PyBytes_AS_STRING(value), PyBytes_GET_SIZE(value));
            }
            else {
                size_t slot = ((size_t)value >> 4) & (size_t)(slots - 1);
                while (memo[slot].key != NULL && memo[slot].key != value)
                    slot = (slot + 1) & (size_t)(slots - 1);
                if (memo[slot].key == value) {
                    rc = pickle_memo(&b, 'h', 'j', memo[slot].index);  /* BINGET */
                }
                else {
                    memo[slot].key = value;
                    memo[slot].index = memos++;
                    rc = pickle_bytes(&b, PyBytes_AS_STRING(value), PyBytes_GET_SIZE(value));
                    if (rc == 0)
                        rc = pickle_memo(&b, 'q', 'r', memo[slot].index);  /* BINPUT */
                }
            }
            if (rc < 0)
                goto done;
        }
        if (fixed < 0 && tuple_close(&b, kept) < 0)
            goto done;
    }
    if (tuple_close(&b, 3) < 0 || buf_byte(&b, '.') < 0)
        goto done;
    /* the summed weight is Python's sum() of the single-precision weights, so the float
       is the very one the Python code gets on every Python version */
    sum_fn = PyDict_GetItemString(PyEval_GetBuiltins(), "sum");
    if (sum_fn == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "no builtin sum");
        goto done;
    }
    sum = PyObject_CallOneArg(sum_fn, floats);
    if (sum == NULL)
        goto done;
    maxweight = maxw > 0 ? PyFloat_FromDouble(maxw) : PyLong_FromLong(0);
    if (maxweight == NULL)
        goto done;
    if (lo_set) {
        minlength = PyLong_FromUnsignedLong(lo);
    }
    else {
        Py_INCREF(Py_None);
        minlength = Py_None;
    }
    if (minlength == NULL)
        goto done;
    maxlength = PyLong_FromUnsignedLong(hi);
    if (maxlength == NULL)
        goto done;
    /* the data, compressed when long enough (each block says whether it is) */
    long comp = (level && b.len >= min_compressed) ? level : 0;
    const char *data = b.data;
    Py_ssize_t datalen = b.len;
    if (comp) {
        PyObject *raw = PyBytes_FromStringAndSize(b.data, b.len);
        if (raw == NULL)
            goto done;
        PyObject *lvl = PyLong_FromLong(comp);
        if (lvl == NULL) {
            Py_DECREF(raw);
            goto done;
        }
        packed = PyObject_CallFunctionObjArgs(compress, raw, lvl, NULL);
        Py_DECREF(raw);
        Py_DECREF(lvl);
        if (packed == NULL)
            goto done;
        if (!PyBytes_Check(packed)) {
            PyErr_SetString(PyExc_TypeError, "compress() must return bytes");
            goto done;
        }
        data = PyBytes_AS_STRING(packed);
        datalen = PyBytes_GET_SIZE(packed);
    }
    /* the info before it: (count, last document, highest weight, compression, shortest
       and longest length as bytes), pickled with protocol 2 */
    unsigned char lo_byte = 0, hi_byte = 0;
    static const unsigned char info_head[3] = {0x80, 2, '('};
    if (row_byte(byte_of, to_byte, minlength, &lo_byte) < 0
        || row_byte(byte_of, to_byte, maxlength, &hi_byte) < 0
        || buf_put(&info, info_head, 3) < 0 || pickle_int(&info, count) < 0
        || pickle_int(&info, last) < 0
        || (maxw > 0 ? pickle_float(&info, maxw) : pickle_int(&info, 0)) < 0
        || pickle_int(&info, comp) < 0 || pickle_int(&info, lo_byte) < 0
        || pickle_int(&info, hi_byte) < 0 || buf_byte(&info, 't') < 0 || buf_byte(&info, '.') < 0)
        goto done;
    record = PyBytes_FromStringAndSize(NULL, info.len + datalen);
    if (record == NULL)
        goto done;
    memcpy(PyBytes_AS_STRING(record), info.data, (size_t)info.len);
    memcpy(PyBytes_AS_STRING(record) + info.len, data, (size_t)datalen);
    result = Py_BuildValue(
        "(OnLLOOOO)", record, count, first, last, sum, maxweight, minlength, maxlength);
done:
    PyMem_Free(b.data);
    PyMem_Free(info.data);
    PyMem_Free(memo);
    Py_XDECREF(floats);
    Py_XDECREF(sum);
    Py_XDECREF(maxweight);
    Py_XDECREF(minlength);
    Py_XDECREF(maxlength);
    Py_XDECREF(packed);
    Py_XDECREF(record);
    return result;
}

static PyObject *
encode_block(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError, "encode_block() takes 9 arguments");
        return NULL;
    }
    BlockSpec spec;
    if (spec_read(args + 1, &spec) < 0)
        return NULL;
    PyObject *result = encode_one(args[0], &spec);
    spec_release(&spec);
    return result;
}

/* ------------------------------------------------------------------ merge_field */

static void
put_be32(unsigned char *out, unsigned long long v)
{
    out[0] = (unsigned char)((v >> 24) & 0xff);
    out[1] = (unsigned char)((v >> 16) & 0xff);
    out[2] = (unsigned char)((v >> 8) & 0xff);
    out[3] = (unsigned char)(v & 0xff);
}

/* A little-endian int64 (struct's "<q"). */
static long long
get_le64(const unsigned char *p)
{
    unsigned long long v = 0;
    for (int k = 7; k >= 0; k--)
        v = (v << 8) | p[k];
    return (long long)v;
}

/* A term's statistics in one share, as speedups.TERM_STATS packs them. */
typedef struct {
    double weight;
    long long df, minlength, maxlength;  /* minlength -1: none */
    double maxweight;
    long long minid, maxid;
} Stats;

#define STATS_SIZE 56

static int
read_stats(PyObject *info, Stats *st)
{
    if (!PyBytes_Check(info) || PyBytes_GET_SIZE(info) < STATS_SIZE + 16
        || (PyBytes_GET_SIZE(info) - STATS_SIZE) % 16) {
        PyErr_SetString(PyExc_ValueError, "a term's info must be its stats and block extents");
        return -1;
    }
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(info);
    st->weight = PyFloat_Unpack8((const char *)p, 1);
    st->df = get_le64(p + 8);
    st->minlength = get_le64(p + 16);
    st->maxlength = get_le64(p + 24);
    st->maxweight = PyFloat_Unpack8((const char *)p + 32, 1);
    st->minid = get_le64(p + 40);
    st->maxid = get_le64(p + 48);
    if ((st->weight == -1.0 || st->maxweight == -1.0) && PyErr_Occurred())
        return -1;
    return 0;
}

/* combined_py: a term's statistics over its pieces, in share order. */
static void
combined(const Stats *pieces, Py_ssize_t n, Stats *out)
{
    out->weight = 0.0;
    out->df = 0;
    out->minlength = -1;
    out->maxlength = 0;
    out->maxweight = 0.0;
    out->minid = pieces[0].minid;
    out->maxid = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        const Stats *st = &pieces[k];
        out->weight += st->weight;
        out->df += st->df;
        if (st->minlength >= 0 && (out->minlength < 0 || st->minlength < out->minlength))
            out->minlength = st->minlength;
        if (st->maxlength > out->maxlength)
            out->maxlength = st->maxlength;
        if (st->maxweight > out->maxweight)
            out->maxweight = st->maxweight;
        out->maxid = st->maxid;
    }
}

/* A row's length byte: length_to_byte(length) (None when length < 0), remembered. */
static int
length_byte(PyObject *byte_of, PyObject *to_byte, long long length, unsigned char *out)
{
    PyObject *key = length < 0 ? Py_NewRef(Py_None) : PyLong_FromLongLong(length);
    if (key == NULL)
        return -1;
    int rc = row_byte(byte_of, to_byte, key, out);
    Py_DECREF(key);
    return rc;
}

/* A uint32 of a row (struct's "I"). */
static int
put_uint(long long v, unsigned char *out)
{
    if (v < 0 || v > 0xffffffffLL) {
        PyErr_SetString(PyExc_OverflowError, "a term statistic out of range");
        return -1;
    }
    put_be32(out, (unsigned long long)v);
    return 0;
}

/* Whoosh's md5_hash(key) (int(md5(key).hexdigest(), 16) & 0xFFFFFFFF: the digest's last
   four bytes, big-endian) with hashlib's md5, without its Python function. */
static PyObject *
md5_low(PyObject *md5, PyObject *key)
{
    PyObject *hasher = PyObject_CallOneArg(md5, key);
    if (hasher == NULL)
        return NULL;
    PyObject *digest = PyObject_CallMethod(hasher, "digest", NULL);
    Py_DECREF(hasher);
    if (digest == NULL)
        return NULL;
    if (!PyBytes_Check(digest) || PyBytes_GET_SIZE(digest) < 4) {
        Py_DECREF(digest);
        PyErr_SetString(PyExc_ValueError, "not an md5 digest");
        return NULL;
    }
    const unsigned char *d = (const unsigned char *)PyBytes_AS_STRING(digest);
    Py_ssize_t n = PyBytes_GET_SIZE(digest);
    unsigned long low = ((unsigned long)d[n - 4] << 24) | ((unsigned long)d[n - 3] << 16)
        | ((unsigned long)d[n - 2] << 8) | (unsigned long)d[n - 1];
    Py_DECREF(digest);
    return PyLong_FromUnsignedLong(low);
}

#define MAX_SHARES 16

PyDoc_STRVAR(merge_field_doc,
"merge_field(columns, maps, prefix, pos, at, byte_of, length_to_byte, hashfn,\n"
"            buckets, magic, md5) -> (postings, rows, offsets, lastkey)\n\n"
"One field's terms over every share, in order: each term's blocks copied from\n"
"the shares' part files, and its row of the term table (speedups.merge_field_py).\n"
"A key's hash is hashfn(key), or the low 32 bits of md5 (hashlib.md5) when given.");

static PyObject *
merge_field(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 11 || !PyList_CheckExact(args[0]) || !PyList_CheckExact(args[1])
        || !PyBytes_Check(args[2]) || !PyDict_Check(args[5]) || !PyList_CheckExact(args[8])
        || PyList_GET_SIZE(args[8]) != 256 || !PyBytes_Check(args[9])) {
        PyErr_SetString(PyExc_TypeError, "merge_field(): wrong arguments");
        return NULL;
    }
    PyObject *columns = args[0], *maps = args[1], *prefix = args[2];
    PyObject *byte_of = args[5], *to_byte = args[6], *hashfn = args[7], *buckets = args[8];
    PyObject *magic = args[9], *md5 = args[10];
    long long pos = PyLong_AsLongLong(args[3]);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    long long at = PyLong_AsLongLong(args[4]);
    if (at == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t k = PyList_GET_SIZE(columns);
    if (k > MAX_SHARES) {
        PyErr_SetString(PyExc_ValueError, "merge_field(): too many shares");
        return NULL;
    }
    PyObject *rows_of[MAX_SHARES];
    Py_ssize_t next[MAX_SHARES];
    Py_buffer views[MAX_SHARES];
    int nviews = 0;
    Buf post = {NULL, 0, 0}, table = {NULL, 0, 0}, keybuf = {NULL, 0, 0};
    PyObject *offsets = PyList_New(0), *result = NULL, *lastkey = NULL;
    if (offsets == NULL)
        return NULL;
    for (Py_ssize_t c = 0; c < k; c++) {
        PyObject *col = PyList_GET_ITEM(columns, c);
        if (!PyTuple_Check(col) || PyTuple_GET_SIZE(col) != 2
            || !PyList_CheckExact(PyTuple_GET_ITEM(col, 1))) {
            PyErr_SetString(PyExc_TypeError, "a column must be (share, list of rows)");
            goto done;
        }
        Py_ssize_t share = PyLong_AsSsize_t(PyTuple_GET_ITEM(col, 0));
        if (share == -1 && PyErr_Occurred())
            goto done;
        if (share < 0 || share >= PyList_GET_SIZE(maps)) {
            PyErr_SetString(PyExc_IndexError, "no part file for a share");
            goto done;
        }
        if (PyObject_GetBuffer(PyList_GET_ITEM(maps, share), &views[c], PyBUF_SIMPLE) < 0)
            goto done;
        nviews++;
        rows_of[c] = PyTuple_GET_ITEM(col, 1);
        next[c] = 0;
    }
    lastkey = PyBytes_FromStringAndSize("", 0);
    if (lastkey == NULL)
        goto done;
    for (;;) {
        /* the smallest term at the heads of the columns, and the columns that have it */
        const char *best = NULL;
        Py_ssize_t bestlen = 0;
        int has[MAX_SHARES];
        PyObject *infos[MAX_SHARES];
        Stats pieces[MAX_SHARES];
        Py_ssize_t npieces = 0;
        for (Py_ssize_t c = 0; c < k; c++) {
            has[c] = 0;
            if (next[c] >= PyList_GET_SIZE(rows_of[c]))
                continue;
            PyObject *row = PyList_GET_ITEM(rows_of[c], next[c]);
            if (!PyTuple_Check(row) || PyTuple_GET_SIZE(row) != 2
                || !PyBytes_Check(PyTuple_GET_ITEM(row, 0))) {
                PyErr_SetString(PyExc_TypeError, "a row must be (bytes, info)");
                goto done;
            }
            PyObject *tb = PyTuple_GET_ITEM(row, 0);
            const char *t = PyBytes_AS_STRING(tb);
            Py_ssize_t tl = PyBytes_GET_SIZE(tb);
            int cmp = 0;
            if (best != NULL) {
                cmp = memcmp(t, best, (size_t)(tl < bestlen ? tl : bestlen));
                if (cmp == 0)
                    cmp = (tl > bestlen) - (tl < bestlen);
            }
            if (best == NULL || cmp < 0) {
                for (Py_ssize_t d = 0; d < c; d++)
                    has[d] = 0;
                best = t;
                bestlen = tl;
            }
            if (best == t || cmp == 0)
                has[c] = 1;
        }
        if (best == NULL)
            break;  /* every column is done */
        for (Py_ssize_t c = 0; c < k; c++) {
            if (!has[c])
                continue;
            infos[npieces] = PyTuple_GET_ITEM(PyList_GET_ITEM(rows_of[c], next[c]), 1);
            if (read_stats(infos[npieces], &pieces[npieces]) < 0)
                goto done;
            npieces++;
        }
        /* the term's statistics */
        Stats st;
        if (npieces == 1)
            st = pieces[0];
        else
            combined(pieces, npieces, &st);
        /* the postings: magic, then each block with its size (the last one's negative) */
        long long start = pos;
        Py_ssize_t before = post.len;
        if (buf_put(&post, PyBytes_AS_STRING(magic), PyBytes_GET_SIZE(magic)) < 0)
            goto done;
        Py_ssize_t piece = 0;
        for (Py_ssize_t c = 0; c < k; c++) {
            if (!has[c])
                continue;
            PyObject *info = infos[piece++];
            const unsigned char *ext = (const unsigned char *)PyBytes_AS_STRING(info) + STATS_SIZE;
            Py_ssize_t m = (PyBytes_GET_SIZE(info) - STATS_SIZE) / 16;
            const char *data = (const char *)views[c].buf;
            Py_ssize_t datalen = views[c].len;
            for (Py_ssize_t j = 0; j < m; j++) {
                long long off = get_le64(ext + 16 * j), size = get_le64(ext + 16 * j + 8);
                if (off < 0 || size < 0 || off + size > datalen || size > 0x7fffffff) {
                    PyErr_SetString(PyExc_ValueError, "a block outside its part file");
                    goto done;
                }
                int last = (piece == npieces) && (j + 1 == m);
                unsigned char head[4];
                put_be32(head, (unsigned long long)(uint32_t)(last ? -(int32_t)size : (int32_t)size));
                if (buf_put(&post, head, 4) < 0 || buf_put(&post, data + off, (Py_ssize_t)size) < 0)
                    goto done;
            }
        }
        Py_ssize_t bloblen = post.len - before;
        pos += bloblen;
        /* the row: W3TermInfo's statistics, then the postings' offset and length */
        unsigned char value[35];
        value[0] = 0;
        if (PyFloat_Pack4(st.weight, (char *)value + 1, 0) < 0 || put_uint(st.df, value + 5) < 0
            || length_byte(byte_of, to_byte, st.minlength, value + 9) < 0
            || length_byte(byte_of, to_byte, st.maxlength, value + 10) < 0
            || PyFloat_Pack4(st.maxweight, (char *)value + 11, 0) < 0
            || put_uint(st.minid, value + 15) < 0 || put_uint(st.maxid, value + 19) < 0)
            goto done;
        for (int b = 0; b < 8; b++)
            value[23 + b] = (unsigned char)(((unsigned long long)start >> (56 - 8 * b)) & 0xff);
        put_be32(value + 31, (unsigned long long)bloblen);
        /* the key: the field's prefix and the term */
        keybuf.len = 0;
        if (buf_put(&keybuf, PyBytes_AS_STRING(prefix), PyBytes_GET_SIZE(prefix)) < 0
            || buf_put(&keybuf, best, bestlen) < 0)
            goto done;
        PyObject *key = PyBytes_FromStringAndSize(keybuf.data, keybuf.len);
        if (key == NULL)
            goto done;
        Py_SETREF(lastkey, key);
        unsigned char sizes[8];
        put_be32(sizes, (unsigned long long)keybuf.len);
        put_be32(sizes + 4, sizeof(value));
        Py_ssize_t entrylen = 8 + keybuf.len + (Py_ssize_t)sizeof(value);
        if (buf_put(&table, sizes, 8) < 0 || buf_put(&table, keybuf.data, keybuf.len) < 0
            || buf_put(&table, value, sizeof(value)) < 0)
            goto done;
        /* its hash in the table's buckets, and its offset */
        PyObject *h = md5 == Py_None ? PyObject_CallOneArg(hashfn, key) : md5_low(md5, key);
        if (h == NULL)
            goto done;
        if (!PyLong_Check(h)) {
            Py_DECREF(h);
            PyErr_SetString(PyExc_TypeError, "a hash must be an int");
            goto done;
        }
        /* h & 255, for any int (the low byte of its two's complement) */
        Py_ssize_t bucket = (Py_ssize_t)(PyLong_AsUnsignedLongLongMask(h) & 255);
        PyObject *where = PyErr_Occurred() ? NULL : PyLong_FromLongLong(at);
        PyObject *pair = where == NULL ? NULL : PyTuple_Pack(2, h, where);
        Py_DECREF(h);
        int rc = pair == NULL || PyList_Append(PyList_GET_ITEM(buckets, bucket), pair) < 0
            || PyList_Append(offsets, where) < 0;
        Py_XDECREF(pair);
        Py_XDECREF(where);
        if (rc)
            goto done;
        at += entrylen;
        for (Py_ssize_t c = 0; c < k; c++)
            if (has[c])
                next[c]++;
    }
    /* (y# of a NULL pointer is None: an empty buffer is given as "") */
    result = Py_BuildValue("(y#y#OO)", post.data ? post.data : "", post.len,
                           table.data ? table.data : "", table.len, offsets, lastkey);
done:
    for (int v = 0; v < nviews; v++)
        PyBuffer_Release(&views[v]);
    PyMem_Free(post.data);
    PyMem_Free(table.data);
    PyMem_Free(keybuf.data);
    Py_XDECREF(offsets);
    Py_XDECREF(lastkey);
    return result;
}

/* ------------------------------------------------------------------ finish_field */

static void
put_le64(unsigned char *out, long long v)
{
    for (int k = 0; k < 8; k++)
        out[k] = (unsigned char)(((unsigned long long)v >> (8 * k)) & 0xff);
}

/* A number of a term's statistics: a double, or an int64 (None: -1). */
static int
stat_double(PyObject *obj, double *out)
{
    *out = PyFloat_AsDouble(obj);
    return (*out == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

static int
stat_int(PyObject *obj, long long *out)
{
    if (obj == Py_None) {
        *out = -1;
        return 0;
    }
    *out = PyLong_AsLongLong(obj);
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

/* A term's info as speedups.term_info packs it: its statistics, then its block extents
   (those in the list ``extents``, then offset/size when size >= 0). */
static PyObject *
pack_info(const Stats *st, PyObject *extents, long long offset, long long size)
{
    Py_ssize_t n = extents == NULL ? 0 : PyList_GET_SIZE(extents);
    Py_ssize_t total = STATS_SIZE + 8 * (n + (size >= 0 ? 2 : 0));
    PyObject *info = PyBytes_FromStringAndSize(NULL, total);
    if (info == NULL)
        return NULL;
    unsigned char *p = (unsigned char *)PyBytes_AS_STRING(info);
    if (PyFloat_Pack8(st->weight, (char *)p, 1) < 0
        || PyFloat_Pack8(st->maxweight, (char *)p + 32, 1) < 0) {
        Py_DECREF(info);
        return NULL;
    }
    put_le64(p + 8, st->df);
    put_le64(p + 16, st->minlength);
    put_le64(p + 24, st->maxlength);
    put_le64(p + 40, st->minid);
    put_le64(p + 48, st->maxid);
    p += STATS_SIZE;
    for (Py_ssize_t j = 0; j < n; j++) {
        long long v = PyLong_AsLongLong(PyList_GET_ITEM(extents, j));
        if (v == -1 && PyErr_Occurred()) {
            Py_DECREF(info);
            return NULL;
        }
        put_le64(p + 8 * j, v);
    }
    if (size >= 0) {
        put_le64(p + 8 * n, offset);
        put_le64(p + 8 * n + 8, size);
    }
    return info;
}

/* A block's statistics from encode_one's tuple (count, minid, maxid, total, maxweight,
   minlength, maxlength at 1..7). */
static int
block_stats(PyObject *block, Stats *st)
{
    return stat_int(PyTuple_GET_ITEM(block, 1), &st->df) < 0
        || stat_int(PyTuple_GET_ITEM(block, 2), &st->minid) < 0
        || stat_int(PyTuple_GET_ITEM(block, 3), &st->maxid) < 0
        || stat_double(PyTuple_GET_ITEM(block, 4), &st->weight) < 0
        || stat_double(PyTuple_GET_ITEM(block, 5), &st->maxweight) < 0
        || stat_int(PyTuple_GET_ITEM(block, 6), &st->minlength) < 0
        || stat_int(PyTuple_GET_ITEM(block, 7), &st->maxlength) < 0 ? -1 : 0;
}

PyDoc_STRVAR(finish_field_doc,
"finish_field(keys, terms, written, fixed, lengths, base, level, min_compressed,\n"
"             compress, byte_of, length_to_byte, offset) -> (rows, blocks, offset)\n\n"
"A field's rows (term bytes, info), its terms in the order of keys, each term's\n"
"last block encoded (its bytes appended to blocks, from offset in the part file)\n"
"and folded into what written holds of its earlier blocks\n"
"(speedups.finish_field_py).");

static PyObject *
finish_field(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 12 || !PyList_CheckExact(args[0]) || !PyDict_Check(args[1])
        || !PyDict_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "finish_field(): wrong arguments");
        return NULL;
    }
    PyObject *keys = args[0], *terms = args[1], *written = args[2];
    long long offset = PyLong_AsLongLong(args[11]);
    if (offset == -1 && PyErr_Occurred())
        return NULL;
    BlockSpec spec;
    if (spec_read(args + 3, &spec) < 0)
        return NULL;
    Buf blocks = {NULL, 0, 0};
    PyObject *rows = PyList_New(0), *result = NULL;
    if (rows == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *key = PyList_GET_ITEM(keys, i);
        PyObject *entry = PyDict_GetItemWithError(terms, key);
        if (entry == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, key);
            goto done;
        }
        PyObject *found = PyDict_GetItemWithError(written, key);
        if (found == NULL && PyErr_Occurred())
            goto done;
        if (found != NULL && (!PyList_Check(found) || PyList_GET_SIZE(found) != 2
                              || !PyList_Check(PyList_GET_ITEM(found, 0))
                              || PyList_GET_SIZE(PyList_GET_ITEM(found, 0)) != 7
                              || !PyList_Check(PyList_GET_ITEM(found, 1)))) {
            PyErr_SetString(PyExc_TypeError, "written[key] must be [stats, extents]");
            goto done;
        }
        Stats st = {0};
        long long size = -1, at = offset;
        if (found != NULL) {
            PyObject *old = PyList_GET_ITEM(found, 0);
            if (stat_double(PyList_GET_ITEM(old, 0), &st.weight) < 0
                || stat_int(PyList_GET_ITEM(old, 1), &st.df) < 0
                || stat_int(PyList_GET_ITEM(old, 2), &st.minlength) < 0
                || stat_int(PyList_GET_ITEM(old, 3), &st.maxlength) < 0
                || stat_double(PyList_GET_ITEM(old, 4), &st.maxweight) < 0
                || stat_int(PyList_GET_ITEM(old, 5), &st.minid) < 0
                || stat_int(PyList_GET_ITEM(old, 6), &st.maxid) < 0)
                goto done;
        }
        if (found == NULL || PyList_GET_SIZE(entry) > 0) {
            PyObject *block = encode_one(entry, &spec);
            if (block == NULL)
                goto done;
            Stats last;
            PyObject *record = PyTuple_GET_ITEM(block, 0);
            size = PyBytes_GET_SIZE(record);
            int rc = block_stats(block, &last) < 0
                || buf_put(&blocks, PyBytes_AS_STRING(record), size) < 0;
            Py_DECREF(block);
            if (rc)
                goto done;
            offset += size;
            if (found == NULL) {
                st = last;
            }
            else {
                /* _flush's folding of a block into the term's statistics */
                st.weight += last.weight;
                st.df += last.df;
                if (st.minlength < 0 || (last.minlength >= 0 && last.minlength < st.minlength))
                    st.minlength = last.minlength;
                if (last.maxlength > st.maxlength)
                    st.maxlength = last.maxlength;
                if (last.maxweight > st.maxweight)
                    st.maxweight = last.maxweight;
                st.maxid = last.maxid;
            }
        }
        PyObject *tbytes = PyUnicode_Check(key) ? PyUnicode_AsUTF8String(key) : Py_NewRef(key);
        if (tbytes == NULL)
            goto done;
        if (!PyBytes_Check(tbytes)) {
            Py_DECREF(tbytes);
            PyErr_SetString(PyExc_TypeError, "a term must be str or bytes");
            goto done;
        }
        PyObject *info = pack_info(&st, found ? PyList_GET_ITEM(found, 1) : NULL, at, size);
        PyObject *row = info == NULL ? NULL : PyTuple_Pack(2, tbytes, info);
        Py_DECREF(tbytes);
        Py_XDECREF(info);
        if (row == NULL)
            goto done;
        int rc = PyList_Append(rows, row);
        Py_DECREF(row);
        if (rc < 0)
            goto done;
    }
    result = Py_BuildValue("(Oy#L)", rows, blocks.data ? blocks.data : "", blocks.len, offset);
done:
    spec_release(&spec);
    PyMem_Free(blocks.data);
    Py_XDECREF(rows);
    return result;
}

/* ------------------------------------------------------------------ the module */

static PyMethodDef methods[] = {
    {"ascii_words", (PyCFunction)ascii_words, METH_O, ascii_words_doc},
    {"cjk_split", (PyCFunction)cjk_split, METH_O, cjk_split_doc},
    {"strip_emphasis", (PyCFunction)strip_emphasis, METH_O, strip_emphasis_doc},
    {"strip_line_marks", (PyCFunction)(void (*)(void))strip_line_marks, METH_FASTCALL,
     strip_line_marks_doc},
    {"place", (PyCFunction)(void (*)(void))place, METH_FASTCALL, place_doc},
    {"encode_positions", (PyCFunction)(void (*)(void))encode_positions, METH_FASTCALL,
     encode_positions_doc},
    {"add_postings", (PyCFunction)(void (*)(void))add_postings, METH_FASTCALL,
     add_postings_doc},
    {"encode_block", (PyCFunction)(void (*)(void))encode_block, METH_FASTCALL,
     encode_block_doc},
    {"merge_field", (PyCFunction)(void (*)(void))merge_field, METH_FASTCALL, merge_field_doc},
    {"finish_field", (PyCFunction)(void (*)(void))finish_field, METH_FASTCALL,
     finish_field_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "confnotes.index._speedups",
    "The full index build's innermost loops in C (see confnotes.index.speedups).",
    -1,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
