"""`nox -s drift`: each provider's previous release, taken from git history, calls a mock of the
current spec, so a "compatible" verdict of spec_diff is backed by running code.

Released means committed (scripts/spec_diff/versions.py): the version a commit set in
config.yaml, its client being generated/<slug> as first committed with that version. The
release checked is the newest one older than the working tree's version (a bump, committed
or not, is what is being checked), or the current version's own while it is the only one.
When the spec changes since that release are breaking, the old client is expected to fail:
that is reported as expected, not as drift.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.codegen.providers import ConfigError, load_provider, provider_slugs
from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import package_at
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Level
from scripts.spec_diff.versions import Release, package_commit, releases, spec_at, version_key
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec


@dataclass(frozen=True)
class Drift:
    """The outcome of running one release's client against a spec."""

    slug: str
    current_version: str
    release: Release | None
    breaking: list[str]  # rules of the breaking spec changes since the release
    returncode: int | None  # None: nothing was run (the reason is in output)
    output: str

    @property
    def ok(self) -> bool:
        """Compatible, failing as the breaking changes said it would, or nothing to run."""
        return self.returncode in (0, None) or bool(self.breaking)

    @property
    def verdict(self) -> str:
        if self.release is None or self.returncode is None:
            return "not checked"
        if self.returncode == 0:
            return "compatible"
        if self.breaking:
            rules = ", ".join(sorted(set(self.breaking)))
            return f"fails, as expected: the changes since are breaking ({rules})"
        return "DRIFT: the spec changes were rated compatible, but the old client fails"


def baseline(slug: str, current_version: str, repo: Path = REPO_ROOT) -> Release | None:
    """The release the current spec is checked against (see the module's docstring)."""
    history = releases(slug, repo)
    older = [r for r in history if version_key(r.version) < version_key(current_version)]
    if older:
        return older[0]
    return next((r for r in history if r.version == current_version), None)


def check_drift(
    slug: str, spec: Path | None = None, examples: int = 50, repo: Path = REPO_ROOT
) -> Drift:
    """Run scripts.drift_check with the release's package first on the path against `spec`
    (default: the working tree's specs/<slug>/openapi.yaml)."""
    provider = load_provider(slug, repo / "specs")
    spec = spec or provider.spec_path
    current, package = provider.version, provider.import_package
    release = baseline(slug, current, repo)
    if release is None:
        return Drift(slug, current, None, [], None, "no release in git history yet")
    commit = package_commit(slug, release.version, repo)
    if commit is None:
        message = f"no generated/{slug} committed with version {release.version}"
        return Drift(slug, current, release, [], None, message)
    released_spec = spec_at(commit, slug, repo)
    current_spec = load_spec(spec)
    breaking = [
        c.rule for c in diff_specs(released_spec, current_spec) if c.level is Level.BREAKING
    ]
    with tempfile.TemporaryDirectory(prefix=f"drift-{slug}-") as tmp:
        root = package_at(commit, slug, Path(tmp), repo)
        assert root is not None, "package_commit found a commit that has the package"
        returncode, output = run_old_client(root, package, released_spec, spec, examples)
    return Drift(slug, current, release, breaking, returncode, output)


def run_old_client(
    package_root: Path, package: str, old_spec: SpecDocument, new_spec: Path, examples: int
) -> tuple[int, str]:
    """scripts.drift_check in its own interpreter, `package` imported from package_root: the
    old client calls each of its operations on a mock of `new_spec` (exit status, output)."""
    with tempfile.TemporaryDirectory(prefix="old-client-") as tmp:
        old_path = Path(tmp) / "old-openapi.yaml"
        old_path.write_text(yaml.safe_dump(old_spec.tool_document()), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_root), str(REPO_ROOT)])}
        check = ["scripts.drift_check", str(new_spec), str(old_path), package, str(examples)]
        result = subprocess.run(
            [sys.executable, "-m", *check],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    return result.returncode, (result.stdout + result.stderr).strip()


def main(argv: list[str]) -> int:
    slugs = argv or provider_slugs()
    failed = 0
    for slug in slugs:
        try:
            drift = check_drift(slug)
        except (ConfigError, OSError) as exc:
            print(f"{slug}: cannot check: {exc}")
            failed += 1
            continue
        released = drift.release.version if drift.release else "no release"
        print(f"{slug} {released} (released) vs the current spec: {drift.verdict}")
        if drift.output:
            print("  " + drift.output.replace("\n", "\n  "))
        failed += not drift.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
