"""Shared fixtures. Every provider-facing test is parametrized over the folders of specs/."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.codegen.providers import provider_slugs
from scripts.paths import GENERATED_DIR, REPO_ROOT, SPECS_DIR

ALL_SLUGS = provider_slugs()
if not ALL_SLUGS:  # parametrizing over nothing would pass silently
    raise RuntimeError(f"no providers found under {SPECS_DIR}")

# The providers this run tests: all of them, or those named by `--provider` (narrowed in
# place by pytest_configure, before any test module is imported and parametrized).
SLUGS = list(ALL_SLUGS)

# Providers whose spec was written by hand against the provider's sources carry a fidelity
# table; the house rules of DESIGN.md ("How a spec is written") are checked on these. A
# provider dropped in from a published document has none, and only the generic tests apply.
CURATED_SLUGS = [slug for slug in SLUGS if (SPECS_DIR / slug / "fidelity.yaml").is_file()]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--provider",
        action="append",
        default=[],
        metavar="SLUG",
        help="test only this provider (repeatable): other providers' tests are not collected "
        "and their packages never imported; the shared tests still run",
    )

    parser.addoption(
        "--part",
        choices=("all", "providers", "shared"),
        default="all",
        help="providers: only the tests that name a provider in their id; shared: only those "
        "that name none (with one provider as their sample unless --provider says which)",
    )


def pytest_configure(config: pytest.Config) -> None:
    chosen: list[str] = config.getoption("provider")
    unknown = sorted(set(chosen) - set(ALL_SLUGS))
    if unknown:
        known = ", ".join(ALL_SLUGS)
        raise pytest.UsageError(f"--provider {unknown[0]}: no such provider (known: {known})")
    if not chosen and config.getoption("part") == "shared":
        chosen = ALL_SLUGS[:1]  # the shared tests' sample provider; its own tests are left out
    if chosen:
        SLUGS[:] = [slug for slug in ALL_SLUGS if slug in chosen]
        CURATED_SLUGS[:] = [slug for slug in CURATED_SLUGS if slug in chosen]
    # The committed packages import in place, as the generated code of each provider.
    for slug in SLUGS:
        sys.path.insert(0, str(GENERATED_DIR / slug))


@dataclass(frozen=True)
class RepoCopy:
    """Some providers' specs/ and generated/ folders copied into a temporary directory, for
    runs that break things."""

    root: Path
    slugs: list[str]

    @property
    def specs(self) -> Path:
        return self.root / "specs"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def generate(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [
            sys.executable,
            "-m",
            "scripts.generate",
            "--specs-dir",
            str(self.specs),
            "--generated-dir",
            str(self.generated),
            *args,
        ]
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)


# Providers a repo copy holds when the test names none: two, so that "only the edited one
# is regenerated" means something, and never more (the copy's cost stays flat).
REPO_COPY_PROVIDERS = 2


@pytest.fixture
def repo_copy(request: pytest.FixtureRequest, tmp_path: Path) -> RepoCopy:
    """The test's own provider (its `slug` parameter), else the first two selected."""
    params = getattr(getattr(request.node, "callspec", None), "params", {})
    slugs = [params["slug"]] if "slug" in params else SLUGS[:REPO_COPY_PROVIDERS]
    for slug in slugs:
        shutil.copytree(SPECS_DIR / slug, tmp_path / "specs" / slug)
        shutil.copytree(GENERATED_DIR / slug, tmp_path / "generated" / slug)
    return RepoCopy(tmp_path, slugs)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root with its content hash and mtime: any write shows."""
    return {
        p.relative_to(root).as_posix(): f"{hashlib.sha256(p.read_bytes()).hexdigest()}"
        f":{p.stat().st_mtime_ns}"
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--part: keep the tests of the selected providers, or the shared ones."""
    part = config.getoption("part")
    if part == "all":
        return
    keep = [item for item in items if names_a_provider(item.nodeid, SLUGS) == (part == "providers")]
    dropped = [item for item in items if item not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def names_a_provider(nodeid: str, slugs: list[str]) -> bool:
    """Whether a test's parameter id names one of `slugs` as whole words (`[salad-get_job]`
    and `[salad:get_job]` name salad, `[salad2]` does not). A provider test carries its slug
    in its id; tests/test_provider_selection.py checks that every test parametrized over
    the providers does."""
    if not nodeid.endswith("]") or "[" not in nodeid:
        return False
    parts = re.split(r"[^A-Za-z0-9_]+", nodeid[nodeid.index("[") + 1 : -1])
    for slug in slugs:
        words = slug.split("-")
        for start in range(len(parts) - len(words) + 1):
            if parts[start : start + len(words)] == words:
                return True
    return False
