"""One provider's review: the spec's changes by rule, judged by generated-code evidence.

The same record serves both modes (two files, and every provider against a git ref) and every
output format, so Markdown and JSON cannot disagree about a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.codegen.providers import CONFIG_FILE, SPEC_FILE, Provider, load_provider
from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.evidence import Evidence, gather, judge
from scripts.spec_diff.model import Bump, Change, Level, bump_for
from scripts.spec_diff.rules import RULES
from scripts.spec_model.document import SpecDocument

RULES_ONLY = "the rules alone (generated-code evidence was not asked for)"


@dataclass
class Review:
    title: str
    changes: list[Change]  # the spec's, levels as the evidence left them
    api: SurfaceChanges = field(default_factory=SurfaceChanges)  # the generated Python API
    evidence: Evidence | None = None  # None: not gathered
    decided_by: str = RULES_ONLY
    # The generated code broke where no rule said so (an old client that fails, a name
    # lost that the API shown here does not list): breaking, a major bump, whatever the rows.
    broken_by_evidence: bool = False

    @property
    def api_changes(self) -> list[Change]:
        """What the Python API lost, as breaking changes (python-api-*)."""
        return self.api.as_changes()

    @property
    def bump(self) -> Bump:
        return Bump.MAJOR if self.broken_by_evidence else bump_for(self.all_changes, RULES)

    @property
    def breaking(self) -> bool:
        rows = any(c.level is Level.BREAKING for c in self.all_changes)
        return self.broken_by_evidence or rows

    @property
    def all_changes(self) -> list[Change]:
        return self.changes + self.api_changes

    def __bool__(self) -> bool:
        return bool(self.changes or self.api)

    def as_json(self) -> dict[str, Any]:
        return {
            "changes": [c.as_json() for c in self.all_changes],
            "breaking": self.breaking,
            "bump": str(self.bump),
            "decided_by": self.decided_by,
            "python_api": {
                "disappeared": self.api.disappeared,
                "changed": self.api.changed,
                "appeared": self.api.appeared,
            },
            "evidence": None if self.evidence is None else self.evidence.as_json(),
        }


def review_specs(
    title: str,
    provider: Provider | None,
    old: tuple[SpecDocument, Path],
    new: tuple[SpecDocument, Path],
    api: SurfaceChanges | None = None,
) -> Review:
    """The rules' changes from old to new; with a provider, judged by generating both (the
    API then is what that showed, unless the caller has the committed packages' own)."""
    changes = diff_specs(old[0], new[0])
    if provider is None:
        return Review(title, changes, api or SurfaceChanges())
    evidence = gather(provider, old[1], new[1])
    verdict = judge(changes, evidence)
    shown = api if api is not None else evidence.surface
    rows = any(c.level is Level.BREAKING for c in verdict.changes + shown.as_changes())
    broken = verdict.breaking and not rows
    return Review(title, verdict.changes, shown, evidence, verdict.decided_by, broken)


def provider_for(spec_path: Path) -> Provider:
    """The provider whose folder holds `spec_path` (specs/<slug>/openapi.yaml beside its
    config.yaml), else neutral names: only the spec decides what is generated."""
    folder = spec_path.resolve().parent
    if spec_path.name == SPEC_FILE and (folder / CONFIG_FILE).is_file():
        return load_provider(folder.name, folder.parent)
    return Provider(
        slug="reviewed",
        directory=folder,
        distribution="jobclients-reviewed",
        import_package="jobclients_reviewed",
        version="0.0.0",
        description="A spec under review.",
    )
