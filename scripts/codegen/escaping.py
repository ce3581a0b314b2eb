"""The only way text from a spec or a config reaches a generated file: one function per target.

Each returns `Escaped`, and the template environment (`package_environment`) refuses to
write anything else: a value put into a template without one of these filters stops the
render naming the template, instead of pasting spec text into code. It is Jinja's
autoescaping idea with one escaper per target language instead of HTML's.
"""

from __future__ import annotations

import keyword
import math
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2


class Escaped(str):
    """Text already made safe for the place it is written to."""

    __slots__ = ()


class UnescapedValueError(jinja2.TemplateError):
    """A template wrote a value without an escaping filter."""


def py_literal(value: Any) -> Escaped:
    """Python source for a JSON value (str, int, float, bool, None, list, dict) that
    evaluates to exactly that value: repr() escapes quotes, backslashes, line breaks and
    every unprintable character, and keeps printable non-ASCII as it is."""
    return Escaped(_py(value))


def _py(value: Any) -> str:
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no JSON spelling")
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_py(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(str(k))}: {_py(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Python literal for a {type(value).__name__}")


def docstring(value: Any) -> Escaped:
    """Text for the inside of a \"\"\"docstring\"\"\": backslashes doubled, every quote
    escaped (so nothing can close it), unprintable characters other than line breaks as
    escapes. The docstring's value is then exactly the text."""
    out = []
    for char in str(value):
        if char in '\\"':
            out.append("\\" + char)
        elif char == "\n" or char.isprintable():
            out.append(char)
        else:
            out.append(_escape(char))
    return Escaped("".join(out))


def _escape(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


def comment(value: Any) -> Escaped:
    """Text for a `#` comment line (Python or TOML): one line, unprintables escaped."""
    return Escaped("".join(c if c.isprintable() else _escape(c) for c in str(value)))


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def toml_string(value: Any) -> Escaped:
    """A TOML basic string, quotes included: quote, backslash and every unprintable
    character escaped (TOML allows no raw control character in a basic string)."""
    out = []
    for char in str(value):
        if char in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[char])
        elif not char.isprintable():  # controls (TOML forbids them raw), bidi marks
            out.append(f"\\U{ord(char):08X}")
        else:
            out.append(char)
    return Escaped('"' + "".join(out) + '"')


# Characters with a meaning anywhere in a line; `_` only where it can open or close emphasis
# (GFM ignores it inside a word); block markers only at the start of a line.
_MD_INLINE = re.compile(r"([\\`*\[\]<>|&~])|((?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
# A heading, list item or setext underline needs its marker followed by a space (or nothing).
_MD_LINE_START = re.compile(r"^(?:#{1,6}|[+\-]|\d{1,9}(?=[.)])|=+)(?=[.)]?(?:\s|$))")


def markdown(value: Any) -> Escaped:
    """Markdown text that shows `value` as it is, wherever in a line it stands: what
    Markdown or HTML gives a meaning to is backslash-escaped, unprintables (line breaks
    too) as escapes, so a table cell or a heading stays one line."""
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0), comment(value))
    return Escaped(_MD_LINE_START.sub(_escape_line_start, text))


def _escape_line_start(match: re.Match[str]) -> str:
    found = match.group(0)  # "1" of "1. x" is escaped at its dot: "1\. x"
    return found + "\\" if found.isdigit() else "\\" + found


def markdown_code(value: Any, cell: bool = False) -> Escaped:
    """An inline code span holding `value`: fenced by more backticks than it contains, one
    line (unprintables as escapes); in a table `cell`, `|` escaped as GFM wants there."""
    text = str(comment(value))
    if cell:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return Escaped(f"{fence}{pad}{text}{pad}{fence}")


def identifier(value: Any) -> Escaped:
    """A Python name made by the naming functions, checked once more before it is written."""
    text = str(value)
    if not text.isidentifier() or keyword.iskeyword(text):
        raise ValueError(f"{text!r} is not a Python identifier")
    return Escaped(text)


def identifiers(values: Any, separator: str) -> Escaped:
    """Identifiers joined by a template's separator (`", "`, `" | "`)."""
    return Escaped(separator.join(identifier(value) for value in values))


def dotted(value: Any) -> Escaped:
    """A dotted module path (package.api.tag.operation), each part an identifier."""
    return Escaped(".".join(identifier(part) for part in str(value).split(".")))


_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def plain(value: Any) -> Escaped:
    """A package name or version (letters, digits, `._-`): the same in every target."""
    text = str(value)
    if not _PLAIN.match(text):
        raise ValueError(f"{text!r} is not a plain name")
    return Escaped(text)


_URL = re.compile(r"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/[A-Za-z0-9._~%/-]*)?$")


def url(value: Any) -> Escaped:
    """An absolute https URL of plain characters: the same in a Markdown link, a TOML string
    and a docstring, with nothing to escape in any of them."""
    text = str(value)
    if not _URL.match(text):
        raise ValueError(f"{text!r} is not a plain absolute https URL")
    return Escaped(text)


def url_segment(value: Any) -> Escaped:
    """One path segment of a URL, percent-encoded (a slug of any characters): nothing left
    to escape in a URL, a TOML string or Markdown."""
    return Escaped(quote(str(value), safe=""))


def verbatim(value: Any) -> Escaped:
    """A template's own constant (`" " * 8`): never for data from a spec or a config."""
    return Escaped(str(value))


FILTERS = {
    "py": py_literal,
    "docstring": docstring,
    "comment": comment,
    "toml": toml_string,
    "md": markdown,
    "md_code": markdown_code,
    "ident": identifier,
    "idents": identifiers,
    "dotted": dotted,
    "plain": plain,
    "url": url,
    "url_segment": url_segment,
    "verbatim": verbatim,
}


def _only_escaped(value: Any) -> Any:
    if isinstance(value, Escaped | jinja2.Undefined) or value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise UnescapedValueError(
        f"{type(value).__name__} {str(value)[:60]!r} reached a template without an escaping "
        f"filter ({', '.join(sorted(FILTERS))})"
    )


def package_environment(templates: Path) -> jinja2.Environment:
    """The templates' environment: strict about undefined names and unescaped values."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # escaping is per target, by the filters above
        finalize=_only_escaped,
    )
    environment.filters.update(FILTERS)
    return environment
