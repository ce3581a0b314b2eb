from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type", "name", "data", "description", "schema", "run_id"})


T = TypeVar("T", bound="IOEntry")


@_attrs_define
class IOEntry:
    """One input or output of a job or of a function version.

    Attributes:
        type_ (str | Unset): The type of the value, as Sieve names it (for example sieve.File).
        name (str | Unset): The name of the input or output.
        data (Any | Unset): The value itself; any JSON. Empty when the entry describes a function rather than a job.
        description (str | Unset): What the input or output is.
        schema (IOEntrySchema | Unset): A schema (any JSON object) that describes the value of an input or output.
        run_id (str | Unset): The id of the run that produced this output.
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    data: Any | Unset = UNSET
    description: str | Unset = UNSET
    schema: IOEntrySchema | Unset = UNSET
    run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        data = self.data

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        run_id = self.run_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            d: dict[str, Any]
            if type(src_dict) is dict:
                d = src_dict
            elif isinstance(src_dict, Mapping):
                d = dict(src_dict)
            else:
                raise wrong_type(src_dict, "an object")
            _field = "type"
            type_ = d.get("type", UNSET)
            if type(type_) is not str and type_ is not UNSET:
                raise wrong_type(type_, "a string")

            _field = "name"
            name = d.get("name", UNSET)
            if type(name) is not str and name is not UNSET:
                raise wrong_type(name, "a string")

            _field = "data"
            data = d.get("data", UNSET)

            _field = "description"
            description = d.get("description", UNSET)
            if type(description) is not str and description is not UNSET:
                raise wrong_type(description, "a string")

            _field = "schema"
            _schema = d.get("schema", UNSET)
            schema: IOEntrySchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = IOEntrySchema.from_dict(_schema)

            _field = "run_id"
            run_id = d.get("run_id", UNSET)
            if type(run_id) is not str and run_id is not UNSET:
                raise wrong_type(run_id, "a string")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        io_entry = cls(
            type_,
            name,
            data,
            description,
            schema,
            run_id,
        )

        if len(d) != 0 + ("type" in d) + ("name" in d) + ("data" in d) + ("description" in d) + (
            "schema" in d
        ) + ("run_id" in d):
            io_entry.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return io_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.io_entry_schema import IOEntrySchema
