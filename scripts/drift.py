"""`nox -s drift`: each provider's released client, taken from git history, against a mock of
the current spec, so a "compatible" verdict of spec_diff is backed by running code.

The released client is generated/<slug> as first committed with the package's current
released version (the version in config.yaml at its last release)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.codegen.providers import load_providers
from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import package_at


def released_commit(slug: str, version: str, repo: Path = REPO_ROOT) -> str | None:
    """The first commit whose generated/<slug>/pyproject.toml carries `version`."""
    log = subprocess.run(
        [
            "git",
            "log",
            "--reverse",
            "--format=%H",
            "-S",
            f'version = "{version}"',
            "--",
            f"generated/{slug}/pyproject.toml",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return log[0] if log else None


def check_released(slug: str, spec: Path, examples: int = 50) -> subprocess.CompletedProcess[str]:
    """Run scripts.drift_check with the released package first on the path."""
    provider = next(p for p in load_providers([slug]))
    commit = released_commit(slug, provider.version)
    if commit is None:
        raise LookupError(f"no released generated/{slug} {provider.version} in git history")
    with tempfile.TemporaryDirectory(prefix=f"drift-{slug}-") as tmp:
        root = package_at(commit, slug, Path(tmp))
        assert root is not None
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(REPO_ROOT)])}
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "scripts.drift_check",
                str(spec),
                provider.import_package,
                str(examples),
            ],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )


def main(argv: list[str]) -> int:
    failed = 0
    for provider in load_providers(argv or None):
        result = check_released(provider.slug, provider.spec_path)
        print(
            f"{provider.slug} {provider.version} (released) vs current spec: "
            f"{'compatible' if result.returncode == 0 else 'DRIFT'}"
        )
        print((result.stdout + result.stderr).strip())
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
