"""`nox -s demo`: each provider's package, installed alone, fetches a job from a loopback
server that answers with the spec's example, and prints the typed result. No API key."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from scripts.codegen.providers import load_providers
from scripts.installed_calls import call_all
from scripts.isolated_env import fresh_env
from scripts.paths import GENERATED_DIR


def main(argv: list[str]) -> int:
    failed = 0
    for provider in load_providers(argv or None):
        with tempfile.TemporaryDirectory(prefix=f"demo-{provider.slug}-") as tmp:
            python = fresh_env(Path(tmp) / "venv", str(GENERATED_DIR / provider.slug))
            print(f"== {provider.distribution} (installed alone in a fresh venv)")
            for result in call_all(provider, python):
                print(result.output)
                failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
