"""A CHANGELOG.md entry in sentences a user of the package reads, grouped under Breaking,
Added, Changed and Fixed, each naming the Python it touches; where the spec says so is a
footnote. Names and places come from specs, so each goes through escaping.markdown_code
(the entry is copied into the package). Fragment text is the maintainers' own Markdown.

Every item bump writes ends with a footnote reference `[^<version>-<n>]`, and the footnotes
and group headings are its own too: on recomputation those go and everything else in the
stale entry stays, under the group it was written under.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from scripts.codegen.escaping import markdown_code
from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.fragments import Fragment
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.python_names import Subject, short_python_path, subject_of
from scripts.spec_diff.rules import RULES
from scripts.spec_model.document import SpecDocument

GROUPS = ("Breaking", "Added", "Changed", "Fixed")
LISTED_API = 30  # new public names listed in an entry; more are counted
_LISTED_PLACES = 3  # spec places in one footnote; more are counted
_DOCUMENTATION = {"description-changed", "api-version-changed"}
_ADDED = {
    "endpoint-added",
    "poll-operation-added",
    "new-optional-request-parameter",
    "added-optional-request-body",
    "request-body-media-type-added",
    "new-optional-request-property",
    "response-optional-property-added",
    "response-required-property-added",
    "response-media-type-added",
    "component-schema-added",
    "security-scheme-added",
    "server-variable-added",
    "server-variable-enum-value-added",
    "request-parameter-enum-value-added",
    "request-property-enum-value-added",
    "response-property-enum-value-added",
    "request-property-additional-properties-opened",
    "response-property-additional-properties-opened",
}
_FOOTNOTE_REF = re.compile(r"\[\^\d+(?:\.\d+)*-\d+\]\s*$")
_FOOTNOTE_DEF = re.compile(r"^\[\^\d+(?:\.\d+)*-\d+\]: ")
_GROUP_HEADING = re.compile(r"^### (" + "|".join(GROUPS) + r")\s*$")
# What the entries of the rule-id format wrote (an unreleased entry of it is recomputed too).
_OLD_FORMAT = re.compile(r"^- ((Breaking|Check|Changed): [a-z0-9-]+ at `|Python API added: )")

# The sentence per rule: {s} the subject, {v} the value the message names, {new} a new name.
_SENT = {
    "type-changed": "{s} takes another type.",
    "type-generalized": "{s} accepts more types.",
    "format-changed": "{s} has another format; its Python type may follow.",
    "enum-value-removed": "{s} no longer accepts the value {v}.",
    "enum-value-added": "{s} accepts the value {v}.",
    "pattern-changed": "{s} must match another pattern.",
    "default-changed": "{s} has another default.",
    "became-not-nullable": "{s} no longer accepts `None`.",
    "became-nullable": "{s} accepts `None` now.",
    "constraint-relaxed": "{s} accepts more values: a bound is wider.",
    "schema-ref-changed": "{s} takes another class.",
    "additional-properties-closed": "{s} no longer has `additional_properties`.",
    "additional-properties-opened": "{s} has `additional_properties` now.",
}
_SENTENCES: dict[str, str] = {
    "api-removed": "{s} is gone.",
    "endpoint-added": "{s} is new.",
    "api-operation-id-changed": "{s} is renamed {new}.",
    "api-tag-changed": "{s} moved to another module (its first tag changed).",
    "api-deprecated": "{s} is deprecated.",
    "api-idempotency-removed": "{s} is no longer retried automatically.",
    "api-idempotency-added": "{s} is retried automatically now.",
    "poll-operation-changed": "`wait_for_job` polls another operation now: {s}.",
    "poll-operation-added": "`wait_for_job` is new: it polls {s}.",
    "security-requirement-changed": "{s} needs another credential.",
    "request-parameter-removed": "{s} is gone.",
    "new-required-request-parameter": "{s} is new and required.",
    "new-optional-request-parameter": "{s} is new and optional.",
    "request-parameter-became-required": "{s} is required now.",
    "request-parameter-became-optional": "{s} is optional now.",
    "request-parameter-style-changed": "{s} is sent another way.",
    "request-parameter-explode-changed": "{s} is sent another way (explode).",
    "added-required-request-body": "{s} must be passed now.",
    "added-optional-request-body": "{s} is new and optional.",
    "request-body-removed": "{s} is gone.",
    "request-body-became-required": "{s} must be passed now.",
    "request-body-became-optional": "{s} may be left out now.",
    "request-body-media-type-removed": "{s} can no longer be sent as {v}.",
    "request-body-media-type-added": "{s} can be sent as {v} too.",
    "request-property-removed": "{s} is gone.",
    "new-required-request-property": "{s} is a new required attribute.",
    "new-optional-request-property": "{s} is a new optional attribute.",
    "request-property-became-required": "{s} is required now.",
    "request-property-became-optional": "{s} is optional now.",
    "response-success-status-removed": "{s} no longer answers {v}.",
    "response-success-status-added": "{s} may answer {v} too.",
    "response-non-success-status-removed": "{s} no longer documents the error status {v}.",
    "response-non-success-status-added": "{s} documents the error status {v}.",
    "response-media-type-removed": "{s} no longer answers in {v}.",
    "response-media-type-added": "{s} may answer in {v} too.",
    "required-response-header-removed": "The answer of {s} no longer carries the header {v}.",
    "optional-response-header-removed": "The answer of {s} no longer carries the header {v}.",
    "response-property-removed": "{s} is gone.",
    "response-required-property-became-optional": "{s} may be absent now (`UNSET`).",
    "response-property-became-nullable": "{s} may be `None` now.",
    "response-property-type-changed": "{s} has another type.",
    "response-property-format-changed": "{s} has another format; its Python type may follow.",
    "response-property-schema-ref-changed": "{s} is another class now.",
    "response-optional-property-added": "{s} is a new optional attribute.",
    "response-required-property-added": "{s} is a new attribute, always present.",
    "response-property-became-required": "{s} is always present now.",
    "response-property-became-not-nullable": "{s} is never `None` now.",
    "response-property-enum-value-added": "{s} may hold the new value {v}.",
    "response-property-enum-value-removed": "{s} no longer has the value {v}: its member is gone.",
    "response-property-constraint-widened": "{s} may hold more values: a bound is wider.",
    "response-property-constraint-narrowed": "{s} holds fewer values: a bound is narrower.",
    "response-property-additional-properties-closed": "{s} no longer has `additional_properties`.",
    "response-property-additional-properties-opened": "{s} has `additional_properties` now.",
    "terminal-statuses-changed": "The statuses of {s} that end a job changed (`wait_for_job`).",
    "success-statuses-changed": "The statuses of {s} that are a success changed (`wait_for_job`).",
    "component-schema-removed": "{s} is gone.",
    "component-schema-added": "{s} is a new class.",
    "security-scheme-changed": "The credential {s} is sent another way.",
    "security-scheme-removed": "The security scheme {s} is gone.",
    "security-scheme-added": "The security scheme {s} is new.",
    "server-url-changed": "The default server changed (`base_url`).",
    "server-variable-removed": "The server variable {s} is gone.",
    "server-variable-added": "The server variable {s} is new.",
    "server-variable-enum-value-removed": "The server variable {s} no longer takes {v}.",
    "server-variable-enum-value-added": "The server variable {s} takes {v} too.",
    "server-variable-default-changed": "The server variable {s} has another default.",
    "python-api-removed": "{s} is gone.",
    "python-api-changed": "{s} changed: {v}.",
}
for _prefix in ("request-parameter", "request-property"):
    for _suffix, _text in _SENT.items():
        if not _suffix.startswith("additional-") or _prefix == "request-property":
            _SENTENCES[f"{_prefix}-{_suffix}"] = _text
    for _bound in RULES:
        if _bound.startswith(_prefix) and _bound.endswith(("-decreased", "-increased")):
            _SENTENCES[_bound] = "{s} accepts fewer values: a bound is narrower."


@dataclass
class Item:
    """One line of an entry: its sentence (Markdown) and the footnote text saying where."""

    group: str
    text: str
    places: list[str] = field(default_factory=list)  # Markdown, each already escaped
    note: str = ""  # after the places: the rule, or where a fragment is


@dataclass(frozen=True)
class EntryInput:
    """Everything an entry is written from."""

    changes: list[Change]  # the spec's (the Python API the spec changed included)
    surface: SurfaceChanges  # the Python API the spec changed
    fragments: list[Fragment]  # the pipeline's, pending for this package
    specs: tuple[SpecDocument, SpecDocument] | None  # released and current, for names
    import_package: str
    built: bool = True  # False: the API compared is the committed packages' (the fallback)


def group_of(change: Change) -> str:
    if change.level is Level.BREAKING:
        return "Breaking"
    return "Added" if change.rule in _ADDED else "Changed"


def entry(version: str, facts: EntryInput, kept: dict[str, list[str]] | None = None) -> str:
    """The entry for `version`: the text kept from a stale entry (by group, "" before any
    group), then bump's own items, each with its footnote."""
    items = _spec_items(facts) + _new_names(facts) + _fragment_items(facts.fragments)
    kept = kept or {}
    lines = [f"## {version}", ""]
    if kept.get(""):
        lines += [*kept[""], ""]
    footnotes: list[str] = []
    for group in GROUPS:
        mine = [item for item in items if item.group == group]
        if not mine and not kept.get(group):
            continue
        lines += [f"### {group}", "", *kept.get(group, [])]
        for item in mine:
            label = f"[^{version}-{len(footnotes) + 1}]"
            lines.append(_with_reference(item.text, label))
            footnotes.append(f"{label}: {_footnote(item)}")
        lines.append("")
    return "\n".join(lines + footnotes).rstrip("\n") + "\n"


def written_by_hand(stale_entry: str) -> dict[str, list[str]]:
    """What a person wrote in an entry, by the group it stands under ("" before any)."""
    kept: dict[str, list[str]] = {}
    group = ""
    for block in _blocks(stale_entry.splitlines()[1:]):
        heading = _GROUP_HEADING.match(block[0])
        if heading:
            group = heading.group(1)
            continue
        if _generated(block):
            continue
        kept.setdefault(group, []).extend(block)
    return kept


def _blocks(lines: list[str]) -> list[list[str]]:
    """List items with their indented continuation lines; other lines alone; blanks dropped."""
    blocks: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        if line[:1].isspace() and blocks and not _GROUP_HEADING.match(blocks[-1][0]):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _generated(block: list[str]) -> bool:
    return bool(
        _FOOTNOTE_REF.search(block[-1])
        or _FOOTNOTE_DEF.match(block[0])
        or _OLD_FORMAT.match(block[0])
    )


def _with_reference(text: str, label: str) -> str:
    lines = text.splitlines()
    body = [f"- {lines[0]}", *(f"  {line}" for line in lines[1:])]
    body[-1] += f" {label}"
    return "\n".join(body)


def _footnote(item: Item) -> str:
    places = item.places[:_LISTED_PLACES]
    more = len(item.places) - len(places)
    shown = "; ".join(places) + (f" and {more} more" if more else "")
    return f"{shown} ({item.note})" if shown else item.note


# -- the spec's changes ---------------------------------------------------------------------


def _spec_items(facts: EntryInput) -> list[Item]:
    """One item per sentence (places that read the same are one item), the documentation
    summed up in one."""
    by_text: dict[tuple[str, str], Item] = {}
    documentation = [c for c in facts.changes if c.rule in _DOCUMENTATION]
    named = _named(facts)
    for change in facts.changes:
        if change.rule in _DOCUMENTATION or _covered(change, named):
            continue
        group, text = group_of(change), _sentence(change, facts)
        item = by_text.setdefault((group, text), Item(group, text, note=change.rule))
        item.places.append(markdown_code(change.location))
        if change.rule not in item.note.split(", "):
            item.note += f", {change.rule}"
    items = list(by_text.values())
    if documentation:
        items.append(_documentation(documentation))
    return items


def _documentation(changes: list[Change]) -> Item:
    descriptions = sum(1 for c in changes if c.rule == "description-changed")
    plural = "s" if descriptions != 1 else ""
    parts = [f"{descriptions} description{plural}"] if descriptions else []
    if any(c.rule == "api-version-changed" for c in changes):
        parts.append("the API document's version")
    rules = sorted({c.rule for c in changes})
    return Item(
        "Changed",
        f"Documentation updated: {' and '.join(parts)}.",
        [markdown_code(c.location) for c in changes],
        ", ".join(rules),
    )


def _sentence(change: Change, facts: EntryInput) -> str:
    template = _SENTENCES.get(change.rule, "{s} changed ({rule}).")
    subject = _subject(change, facts)
    value = _value(change)
    new = change.message.rsplit(" -> ", 1)[-1]
    text = template.format(
        s=_phrase(subject), v=markdown_code(value), new=markdown_code(new), rule=change.rule
    )
    return text[0].upper() + text[1:]


def _subject(change: Change, facts: EntryInput) -> Subject:
    if change.rule in ("python-api-removed", "python-api-changed"):
        return Subject("python", (short_python_path(change.location),))
    if change.rule == "api-operation-id-changed":
        return Subject("function", (change.message.split(" -> ")[0],))
    if facts.specs is None:
        return Subject("thing", (change.location,))
    return subject_of(change.location, *facts.specs)


def _value(change: Change) -> str:
    """The value a sentence shows: an enum value, a status, a media type, a header."""
    if change.rule == "python-api-changed":
        return change.message  # griffe's words: what happened to the signature
    return re.sub(r": the generated .*$", "", change.message)


def _phrase(subject: Subject) -> str:
    names = [str(markdown_code(n)) for n in subject.names]
    if subject.kind == "argument":
        return f"the argument {names[1]} of {names[0]}"
    if subject.kind == "body":
        return f"the body of {names[0]}"
    if subject.kind == "answer-field":
        return f"the field {names[1]} of the answer of {names[0]}"
    if subject.kind == "request-field":
        return f"the field {names[1]} of the body of {names[0]}"
    if subject.kind == "client":
        return "the client"
    return names[0] if names else "the client"


# -- the Python API the spec added, and the pipeline's fragments -----------------------------


def _new_names(facts: EntryInput) -> list[Item]:
    """The public names the spec added that no sentence names already, the first LISTED_API."""
    named = _named(facts)
    fresh = _short_names(facts.surface.appeared)
    fresh = [n for n in fresh if not any(n == m or n.startswith(m + ".") for m in named)]
    if not fresh:
        return []
    listed = ", ".join(markdown_code(n) for n in fresh[:LISTED_API])
    more = f" and {len(fresh) - LISTED_API} more" if len(fresh) > LISTED_API else ""
    package = markdown_code(facts.import_package)
    note = (
        f"the public names of {package} built by today's pipeline from the released spec "
        "and from this one"
        if facts.built
        else f"the public names of {package} as released and as generated now"
    )
    return [Item("Added", f"New Python names: {listed}{more}.", note=note)]


def _named(facts: EntryInput) -> set[str]:
    """The Python names the spec rules' sentences name."""
    if facts.specs is None:
        return set()
    names: set[str] = set()
    for change in facts.changes:
        if not change.rule.startswith("python-api-"):
            names.update(_subject(change, facts).python_names)
    return names


def _covered(change: Change, named: set[str]) -> bool:
    """A public name gone (griffe) inside something a rule's sentence already names:
    `update_job.sync` where `update_job` is gone."""
    if not change.rule.startswith("python-api-"):
        return False
    short = short_python_path(change.location)
    return any(short.startswith(name + ".") for name in named)


def _short_names(paths: Iterable[str]) -> list[str]:
    """Each name once, as users write it; `jobs.Jobs` left out where the package exports
    `Jobs` itself."""
    names = list(dict.fromkeys(short_python_path(path) for path in paths))
    exported = set(names)
    return [
        name
        for name in names
        if not ((parts := name.split(".", 1))[0].islower() and parts[1:] and parts[1] in exported)
    ]


def _fragment_items(fragments: list[Fragment]) -> list[Item]:
    group = {kind: kind.capitalize() for kind in ("breaking", "added", "changed", "fixed")}
    return [
        Item(
            group[f.kind],
            _one_item(f.text),
            [f"`{f.path}`"],
            "a change of the generation pipeline, not of the spec",
        )
        for f in fragments
    ]


def _one_item(text: str) -> str:
    """A fragment as one list item: a leading `- ` dropped, blank lines closed up."""
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    lines[0] = lines[0].removeprefix("- ")
    return "\n".join(line.strip() if i else line for i, line in enumerate(lines))
