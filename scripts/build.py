"""`nox -s build`: a wheel and an sdist per package in dist/, their metadata checked as PyPI
will read it (twine check --strict), then each wheel installed alone into a fresh venv,
imported, and every operation called against a loopback server."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from uv import find_uv_bin

from scripts.codegen.providers import Provider, load_providers
from scripts.installed_calls import call_all
from scripts.isolated_env import fresh_env
from scripts.paths import DIST_DIR, GENERATED_DIR


def build(provider: Provider) -> Path:
    """Build both distributions; return the wheel."""
    out = DIST_DIR / provider.slug
    subprocess.run(
        [
            find_uv_bin(),
            "build",
            "--quiet",
            "--sdist",
            "--wheel",
            "--out-dir",
            str(out),
            str(GENERATED_DIR / provider.slug),
        ],
        check=True,
    )
    wheels = sorted(out.glob(f"{provider.import_package}-{provider.version}-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"no wheel for {provider.distribution} in {out}")
    return wheels[-1]


def metadata_problems(out: Path) -> str:
    """What `twine check --strict` finds in the distributions under `out` (the metadata and
    the long description as PyPI renders them); empty when they pass."""
    dists = sorted(str(p) for p in out.iterdir() if p.suffix in {".whl", ".gz"})
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *dists],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if checked.returncode == 0 else (checked.stdout + checked.stderr).strip()


def main(argv: list[str]) -> int:
    failed = 0
    for provider in load_providers(argv or None):
        wheel = build(provider)
        problems = metadata_problems(wheel.parent)
        print(f"{provider.distribution}: metadata {'refused' if problems else 'checked'} (twine)")
        if problems:
            print(problems)
            failed += 1
        with tempfile.TemporaryDirectory(prefix=f"build-{provider.slug}-") as tmp:
            python = fresh_env(Path(tmp) / "venv", str(wheel))
            for result in call_all(provider, python):
                state = "ok" if result.returncode == 0 else "FAILED"
                print(f"{wheel.name}: {result.operation_id}: {state}")
                if result.returncode != 0:
                    print(result.output)
                    failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
