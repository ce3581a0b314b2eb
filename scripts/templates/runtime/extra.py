"""The pydantic models need the `pydantic` extra: importing them without it says how to get it.

The attrs client works without pydantic; only `<package>.pydantic_models` needs it, and its
first statement calls `require_pydantic`, before any import of pydantic could fail with a
bare ModuleNotFoundError that names no package to install.
"""

from __future__ import annotations


def require_pydantic(models_module: str) -> None:
    """Raise an ImportError naming the install line when pydantic cannot be imported."""
    try:
        import pydantic  # noqa: F401, PLC0415 - a probe: is the extra installed?
    except ImportError as exc:
        package = models_module.split(".", maxsplit=1)[0]
        distribution = package.replace("_", "-")  # the pipeline names them alike
        raise ImportError(
            f"{models_module} needs pydantic, which the `pydantic` extra installs: "
            f'pip install "{distribution}[pydantic]"'
        ) from exc
