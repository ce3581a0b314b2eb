"""Where things live in the repository; every other module asks here."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
GENERATED_DIR = REPO_ROOT / "generated"
SCRIPTS_DIR = REPO_ROOT / "scripts"
CODEGEN_DIR = SCRIPTS_DIR / "codegen"
SPEC_MODEL_DIR = SCRIPTS_DIR / "spec_model"
TEMPLATES_DIR = SCRIPTS_DIR / "templates"
# The repository's license, which every package carries too.
LICENSE_FILE = REPO_ROOT / "LICENSE"
# Scratch space on the same filesystem as generated/, so the final move is a rename.
BUILD_TMP_DIR = REPO_ROOT / ".jobclients-tmp"
DIST_DIR = REPO_ROOT / "dist"
