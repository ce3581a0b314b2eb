"""Every workflow of jobclients, one session each. `nox -l` lists them.

Sessions install the pinned requirements/pipeline.txt into their own virtualenv (made by
uv when it is installed, plain venv otherwise), so results do not depend on the machine.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PIPELINE_REQUIREMENTS = "requirements/pipeline.txt"
# The pipeline's pins plus the benchmarks' peers (msgspec, the official SDKs): lint
# type-checks scripts/bench and the tests run the benchmarks once in quick mode.
BENCH_REQUIREMENTS = "requirements/bench.txt"
LINTED = ("scripts", "tests", "noxfile.py")

nox.needs_version = ">=2024.3.2"
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["check", "lint", "tests", "build", "docs"]


def _install(session: nox.Session, requirements: str = PIPELINE_REQUIREMENTS) -> None:
    session.install("-r", requirements)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every package (or `-- SLUG ...`); `-- --check` only reports stale files."""
    _install(session)
    session.run("python", "-m", "scripts.generate", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fail, naming the files, when generated/ is not exactly what specs/ makes."""
    _install(session)
    session.run("python", "-m", "scripts.generate", "--check", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the pipeline and tests; mypy --strict on scripts/, the shared run-time and every
    generated package. `-- SLUG ...`: those packages only; `-- --shared`: all but packages."""
    _install(session, BENCH_REQUIREMENTS)
    args = list(session.posargs)
    shared_only = "--shared" in args
    slugs = [a for a in args if a != "--shared"]
    if shared_only or not slugs:
        session.run("ruff", "check", *LINTED)
        session.run("ruff", "format", "--check", *LINTED)
        session.run("mypy", "--strict", "scripts", "noxfile.py")
        # The run-time every package copies, checked once as the package it is.
        with session.chdir(ROOT / "scripts" / "templates"):
            shared_cache = str(ROOT / ".mypy_cache")
            session.run("mypy", "--strict", "--cache-dir", shared_cache, "-p", "runtime")
    if shared_only:
        return
    for slug in slugs or sorted(p.name for p in (ROOT / "generated").iterdir() if p.is_dir()):
        package_root = ROOT / "generated" / slug
        if not package_root.is_dir():
            session.error(f"lint: no package generated/{slug}")
        cache = ROOT / ".mypy_cache" / f"generated-{slug}"
        with session.chdir(package_root):  # the cache stays out of the committed package
            session.run("mypy", "--strict", "--cache-dir", str(cache), f"jobclients_{slug}")


@nox.session
def tests(session: nox.Session) -> None:
    """pytest: the pipeline, the specs and every generated client (extra args go to pytest)."""
    _install(session, BENCH_REQUIREMENTS)
    _install_prism(session)
    _install_chromium(session)
    session.run("pytest", *_parallel(session.posargs))


@nox.session
def docs(session: nox.Session) -> None:
    """The reference site in build/docs/ from the generated packages: mkdocs --strict, then
    every page loaded in headless Chromium and every link checked (`-- SLUG ...`;
    `-- --no-browser` builds and checks links without Chromium)."""
    _install(session, BENCH_REQUIREMENTS)
    if "--no-browser" not in session.posargs:
        _install_chromium(session)
    session.run("python", "-m", "scripts.docs", *session.posargs)


def _parallel(args: list[str]) -> list[str]:
    """pytest's arguments, with one worker per core (pytest-xdist) unless they say how many
    workers, turn xdist off, or ask for a debugger (which needs the one process)."""
    chosen = any(
        a in {"no:xdist", "--pdb"}
        or a.startswith("--numprocesses")
        or (a.startswith("-n") and not a.startswith("--"))
        for a in args
    )
    return args if chosen else ["-n", "auto", *args]


def _install_prism(session: nox.Session) -> None:
    """Stoplight Prism (tools/prism, pinned by its package-lock.json), the second mock of
    tests/test_prism.py, when npm is here; again only when the lock file changed."""
    folder = ROOT / "tools" / "prism"
    lock = (folder / "package-lock.json").read_bytes()
    marker = folder / "node_modules" / ".jobclients-installed-from"
    if marker.is_file() and marker.read_bytes() == lock:
        return
    if shutil.which("npm") is None:
        session.warn("npm is not on PATH: tests/test_prism.py will skip (CI fails instead)")
        return
    session.run_install(  # an install step: it runs under --install-only too
        "npm", "ci", "--prefix", str(folder), "--no-audit", "--no-fund", "--loglevel=error",
        external=True,
    )  # fmt: skip
    marker.write_bytes(lock)


def _install_chromium(session: nox.Session) -> None:
    """Debian's Chromium, for the docs' browser check, when it is missing and apt-get can
    install it (as root); elsewhere the check names what to install."""
    if shutil.which("chromium") or os.environ.get("JOBCLIENTS_CHROMIUM"):
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        session.warn("no chromium and no root apt-get: the docs' browser check cannot run")
        return
    quiet = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run_install("apt-get", "update", "-q", env=quiet, external=True)
    session.run_install(
        "apt-get", "install", "-y", "-q", "chromium",
        env=quiet, external=True,
    )  # fmt: skip


@nox.session
def build(session: nox.Session) -> None:
    """A wheel and an sdist per package in dist/; each wheel installed alone and called."""
    _install(session)
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    session.run("python", "-m", "scripts.build", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Build and upload what an index lacks: `-- [--index-url URL] [SLUG ...]` (default: a
    local index on 127.0.0.1, then each package installed from it by version and called)."""
    _install(session)
    session.run("python", "-m", "scripts.publish", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Only the contract tests; `-- SLUG ...` those providers' only; `-- --thorough` runs 20
    times the payloads with a fresh seed."""
    _install(session)
    slugs = {path.parent.name for path in (ROOT / "specs").glob("*/openapi.yaml")}
    args = [arg for a in session.posargs for arg in (["--provider", a] if a in slugs else [a])]
    env = {}
    if "--thorough" in args:
        args.remove("--thorough")
        env["JOBCLIENTS_CONTRACT_EXAMPLES"] = "2000"
        env["JOBCLIENTS_CONTRACT_SEED"] = str(random.SystemRandom().randrange(1, 2**31))
        session.log(f"JOBCLIENTS_CONTRACT_SEED={env['JOBCLIENTS_CONTRACT_SEED']}")
    session.run("pytest", "tests/test_contract.py", "tests/test_contract_checks.py", *args, env=env)


@nox.session
def affected(session: nox.Session) -> None:
    """The providers a change touches: `-- [BASE_REF] [--json | --matrix N | --all]`."""
    _install(session)
    session.run("python", "-m", "scripts.affected", *session.posargs, stderr=None)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """What each spec change does to client code: `-- [BASE_REF]` or `-- OLD NEW --format json`."""
    _install(session)
    # stderr apart (nox merges it by default): the report alone on stdout, for `| jq`.
    session.run("python", "-m", "scripts.spec_diff", *session.posargs, stderr=None)


@nox.session
def bump(session: nox.Session) -> None:
    """Apply the version bump the spec's and the pipeline's changes call for: `-- SLUG`
    (config.yaml, CHANGELOG.md; pipeline changes take scripts/changes/ fragments)."""
    _install(session)
    session.run("python", "-m", "scripts.bump", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Each released client (from git history) against a mock of the current spec."""
    _install(session)
    session.run("python", "-m", "scripts.drift", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Run a provider's spec-driven mock server on 127.0.0.1: `nox -s mock -- salad`."""
    _install(session)
    session.run("python", "-m", "scripts.mock", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Each package, installed alone, fetches a job from its spec-driven mock server."""
    _install(session)
    session.run("python", "-m", "scripts.demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Regeneration, parsing and call speed against peers; refreshes scripts/bench/RESULTS.md."""
    _install(session, BENCH_REQUIREMENTS)
    session.run("python", "-m", "scripts.bench", *session.posargs)
