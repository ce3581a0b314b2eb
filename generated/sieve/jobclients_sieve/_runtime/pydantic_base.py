"""The base class of the pydantic models: a null where the spec allows none is refused.

datamodel-code-generator types an optional property `X | None = None` whether or not its
schema admits null, so without this the pydantic models accepted an explicit `null` that
the attrs client refuses. The pipeline marks each optional property whose schema refuses
null (json_schema_extra NON_NULL_MARK); such a member may be absent, never null. Only the
pydantic models import this module, so the package works without pydantic installed.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, model_validator

NON_NULL_MARK = "x-jobclients-non-null"


class SpecModel(BaseModel):
    """A pydantic model that refuses null in a member its schema declares non-nullable."""

    @model_validator(mode="before")
    @classmethod
    def _refuse_null(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for wire in _non_null_members(cls):
                if wire in data and data[wire] is None:
                    raise ValueError(f"{wire}: null, where the spec allows it only absent or a value")
        return data


# Each model's marked wire names, found once. Read lazily: a field whose annotation names a
# class defined later is complete only once pydantic has built the model (first validation).
_NON_NULL: dict[type[BaseModel], tuple[str, ...]] = {}


def _non_null_members(model: type[BaseModel]) -> tuple[str, ...]:
    found = _NON_NULL.get(model)
    if found is None:
        found = _NON_NULL[model] = tuple(
            field.alias or name
            for name, field in model.model_fields.items()
            if isinstance(field.json_schema_extra, dict)
            and field.json_schema_extra.get(NON_NULL_MARK) is True
        )
    return found
