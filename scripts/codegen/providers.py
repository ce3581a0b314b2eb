"""Providers are the folders under specs/; each holds openapi.yaml and config.yaml (and,
once released, CHANGELOG.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import SPECS_DIR

SPEC_FILE = "openapi.yaml"
CONFIG_FILE = "config.yaml"
CHANGELOG_FILE = "CHANGELOG.md"

_DISTRIBUTION = re.compile(r"^jobclients-[a-z][a-z0-9-]*$")
_IMPORT_PACKAGE = re.compile(r"^jobclients_[a-z][a-z0-9_]*$")
# PEP 440 release versions only: pre/post/dev tags are not used for these packages.
_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_CONFIG_KEYS = {"distribution", "import_package", "version", "description", "generator"}
_GENERATOR_KEYS = {"openapi_python_client"}


class ConfigError(Exception):
    """A provider's config.yaml is missing, unreadable or has a bad field."""

    def __init__(self, path: Path, place: str, message: str) -> None:
        super().__init__(f"{path}: {place}: {message}")
        self.path = path
        self.place = place


@dataclass(frozen=True)
class Provider:
    """One provider: the source files of its package and the names it is published under."""

    slug: str
    directory: Path
    distribution: str
    import_package: str
    version: str
    description: str
    openapi_python_client: dict[str, Any] = field(default_factory=dict)

    @property
    def spec_path(self) -> Path:
        return self.directory / SPEC_FILE

    @property
    def config_path(self) -> Path:
        return self.directory / CONFIG_FILE

    @property
    def changelog_path(self) -> Path:
        return self.directory / CHANGELOG_FILE

    @property
    def source_files(self) -> tuple[Path, ...]:
        """The files under specs/<slug>/ that the generated package is made from (a new
        provider may have no CHANGELOG.md yet: the package gets a first entry)."""
        files = (self.spec_path, self.config_path, self.changelog_path)
        return tuple(path for path in files if path.is_file())


def provider_slugs(specs_dir: Path = SPECS_DIR) -> list[str]:
    """Every folder under specs/ that holds an openapi.yaml, sorted."""
    return sorted(p.parent.name for p in specs_dir.glob(f"*/{SPEC_FILE}"))


def load_provider(slug: str, specs_dir: Path = SPECS_DIR) -> Provider:
    directory = specs_dir / slug
    config_path = directory / CONFIG_FILE
    if not (directory / SPEC_FILE).is_file():
        known = ", ".join(provider_slugs(specs_dir)) or "none"
        raise ConfigError(directory / SPEC_FILE, slug, f"no such provider (known: {known})")
    raw = read_yaml_mapping(config_path)
    unknown = sorted(set(raw) - _CONFIG_KEYS)
    if unknown:
        raise ConfigError(config_path, unknown[0], "unknown key")
    distribution = _required_str(raw, "distribution", _DISTRIBUTION, config_path)
    import_package = _required_str(raw, "import_package", _IMPORT_PACKAGE, config_path)
    if import_package != distribution.replace("-", "_"):
        raise ConfigError(
            config_path, "import_package", f"must be {distribution.replace('-', '_')!r}"
        )
    version = _required_str(raw, "version", _VERSION, config_path)
    description = _required_str(raw, "description", None, config_path)
    generator = raw.get("generator", {})
    if not isinstance(generator, dict):
        raise ConfigError(config_path, "generator", "must be a mapping")
    unknown = sorted(set(generator) - _GENERATOR_KEYS)
    if unknown:
        raise ConfigError(config_path, f"generator.{unknown[0]}", "unknown key")
    opc = generator.get("openapi_python_client", {})
    if not isinstance(opc, dict):
        raise ConfigError(config_path, "generator.openapi_python_client", "must be a mapping")
    return Provider(
        slug=slug,
        directory=directory,
        distribution=distribution,
        import_package=import_package,
        version=version,
        description=description,
        openapi_python_client=opc,
    )


def load_providers(slugs: list[str] | None = None, specs_dir: Path = SPECS_DIR) -> list[Provider]:
    """The named providers, or all of them; an unknown slug is a ConfigError."""
    return [load_provider(s, specs_dir) for s in (slugs or provider_slugs(specs_dir))]


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, "file", "missing") from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, "yaml", str(exc)) from None
    if not isinstance(data, dict):
        raise ConfigError(path, "document", "must be a mapping")
    return data


def _required_str(
    raw: dict[str, Any], key: str, pattern: re.Pattern[str] | None, path: Path
) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, key, "required, a non-empty string")
    if pattern is not None and not pattern.match(value):
        raise ConfigError(path, key, f"{value!r} does not match {pattern.pattern}")
    return value
