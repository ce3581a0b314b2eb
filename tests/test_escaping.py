"""Each escaping function keeps any text exactly in its target, and the package templates
refuse a value that reaches them without one."""

from __future__ import annotations

import html
import re
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from scripts.codegen import escaping
from scripts.paths import TEMPLATES_DIR

# Any text a UTF-8 spec can hold: every plane, no lone surrogates (the loader refuses them).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
HOSTILE = [
    'us"""; import os; os.system("touch pwned"); """',
    "'''\\\\\\",
    'ends with a quote"',
    "line\nbreak\r\nand\ttab\x00nul\x1b[31m",
    "{{ 7 * 7 }} {% raw %} ${x} #{x}",
    '[tool.evil]\nx = "y"',
    "😀 \U0010fffd \u202e bidi \u2028 sep",
    "<script>alert(1)</script> *em* _u_ `code` | pipe [l](u) ![i](u) # h",
    "- item\n1. one\n# heading",
]
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_a_python_literal_evaluates_to_exactly_the_value(value: object) -> None:
    assert eval(escaping.py_literal(value), {}) == value


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_docstring_holds_exactly_the_text_and_cannot_be_closed(text: str) -> None:
    escaped = escaping.docstring(text)
    source = f'def f():\n    """{escaped}"""\n'
    namespace: dict[str, object] = {}
    exec(compile(source, "<docstring>", "exec"), namespace)
    assert namespace["f"].__doc__ == text


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_toml_string_reads_back_exactly(text: str) -> None:
    assert tomllib.loads(f"x = {escaping.toml_string(text)}\n") == {"x": text}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_inside_its_toml_string(text: str) -> None:
    document = tomllib.loads(f"[project]\ndescription = {escaping.toml_string(text)}\n")
    assert document == {"project": {"description": text}}


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_comment_is_one_line(text: str) -> None:
    assert len(f"# {escaping.comment(text)}".splitlines()) == 1


_MARKDOWN = MarkdownIt("commonmark").enable("table")


def _shown(markdown: str) -> str:
    """The text a reader sees: rendered, tags dropped, entities read."""
    rendered = _MARKDOWN.render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_markdown_text_shows_exactly_the_text(text: str) -> None:
    visible = escaping.comment(text)  # unprintables are shown as their escapes
    assert _shown(f"{escaping.markdown(text)}\n") == visible.strip()


@settings(max_examples=300, deadline=None)
@given(TEXT.filter(lambda t: t.strip() != ""))
def test_a_code_span_shows_exactly_the_text_also_in_a_table_cell(text: str) -> None:
    visible = escaping.comment(text)
    span = _MARKDOWN.render(f"x {escaping.markdown_code(text)} y\n")
    assert html.unescape(re.sub(r"<[^>]+>", "", span)).strip() == f"x {visible} y".strip()
    table = f"| a | b |\n|---|---|\n| {escaping.markdown_code(text, cell=True)} | z |\n"
    cells = re.findall(r"<td>(.*?)</td>", _MARKDOWN.render(table), re.S)
    assert len(cells) == 2, "a value must not add or remove a table cell"
    assert html.unescape(re.sub(r"<[^>]+>", "", cells[0])) == visible


@pytest.mark.parametrize("name", ["class", "None", "1x", "a-b", "a b", 'x"""', ""])
def test_an_identifier_that_is_not_one_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="not a Python identifier"):
        escaping.identifier(name)


def test_a_template_value_without_an_escaping_filter_stops_the_render() -> None:
    environment = escaping.package_environment(TEMPLATES_DIR / "package")
    with pytest.raises(escaping.UnescapedValueError, match="without an escaping filter"):
        environment.from_string("x = {{ value }}").render(value='"; import os')
    assert environment.from_string("x = {{ value | py }}").render(value='"') == "x = '\"'"


def test_every_package_template_writes_values_only_through_a_filter() -> None:
    """Each `{{ ... }}` of the package templates ends in an escaping filter or is an escaped
    value the pipeline made (call arguments' literals); the render-time check backs this."""
    made_escaped = {"argument.python_literal", "override.get("}
    for template in sorted((TEMPLATES_DIR / "package").glob("*.jinja")):
        text = template.read_text(encoding="utf-8")
        for expression in (e.strip() for e in re.findall(r"\{\{(.*?)\}\}", text)):
            filtered = re.search(r"\|\s*(\w+)(\(.*\))?\s*$", expression)
            assert (filtered and filtered.group(1) in escaping.FILTERS) or any(
                expression.startswith(e) for e in made_escaped
            ), f"{template.name}: {{{{ {expression} }}}} has no escaping filter"


def test_a_name_that_is_not_an_identifier_stops_the_render() -> None:
    environment = escaping.package_environment(TEMPLATES_DIR / "package")
    with pytest.raises(ValueError, match="'not ok' is not a Python identifier"):
        environment.from_string("{{ names | idents(', ') }}").render(names=["ok", "not ok"])
