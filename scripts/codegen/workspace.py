"""Where committed packages live and where scratch builds go: cheap to import, so the
up-to-date check (and the recovery before it) of a no-op run needs none of the generators."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.codegen import swap
from scripts.codegen.providers import Provider


@dataclass(frozen=True)
class Workspace:
    """The generated/ directory and its scratch space (same filesystem, so moves are renames)."""

    generated_dir: Path

    @property
    def scratch_dir(self) -> Path:
        return self.generated_dir.parent / ".jobclients-tmp"

    def package_root(self, provider: Provider) -> Path:
        return self.generated_dir / provider.slug

    def recover(self) -> None:
        """Undo the half-done swap of a killed run, drop dead runs' scratch: before any read."""
        swap.recover(self.scratch_dir)
