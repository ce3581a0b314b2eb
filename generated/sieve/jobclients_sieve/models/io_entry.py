from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type", "name", "data", "description", "schema", "run_id", "is_optional"})


T = TypeVar("T", bound="IOEntry")


@_attrs_define
class IOEntry:
    """One input or output of a job or of a function version. No member is required by any source, and every OpenAPI
    version but the oldest lets each one be null.

        Attributes:
            type_ (Any | Unset): The type of the value, as Sieve names it (for example sieve.File). A string or null in
                every OpenAPI version but the oldest, which lets it be any JSON value; so any value is kept.
            name (None | str | Unset): The name of the input or output.
            data (Any | Unset): The value itself; any JSON. Empty when the entry describes a function rather than a job.
                Untyped (any JSON) in several OpenAPI versions, including the oldest and the newest, a string or null in others,
                a string in the reference page's example.
            description (None | str | Unset): What the input or output is.
            schema (Any | Unset): A schema that describes the value. An object or null in most OpenAPI versions, untyped in
                the two oldest, so any JSON value is kept.
            run_id (None | str | Unset): The id of the run that produced this output (newer OpenAPI versions).
            is_optional (bool | None | Unset): Whether the input may be left out (newest OpenAPI version only; its default
                is false).
    """

    type_: Any | Unset = UNSET
    name: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    schema: Any | Unset = UNSET
    run_id: None | str | Unset = UNSET
    is_optional: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        data = self.data

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schema = self.schema

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        is_optional: bool | None | Unset
        if isinstance(self.is_optional, Unset):
            is_optional = UNSET
        else:
            is_optional = self.is_optional

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
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional

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

            _field = "name"
            name = d.get("name", UNSET)
            if type(name) is not str and name is not None and name is not UNSET:
                raise wrong_type(name, "a string or null")

            _field = "data"
            data = d.get("data", UNSET)

            _field = "description"
            description = d.get("description", UNSET)
            if type(description) is not str and description is not None and description is not UNSET:
                raise wrong_type(description, "a string or null")

            _field = "schema"
            schema = d.get("schema", UNSET)

            _field = "run_id"
            run_id = d.get("run_id", UNSET)
            if type(run_id) is not str and run_id is not None and run_id is not UNSET:
                raise wrong_type(run_id, "a string or null")

            _field = "is_optional"
            is_optional = d.get("is_optional", UNSET)
            if type(is_optional) is not bool and is_optional is not None and is_optional is not UNSET:
                raise wrong_type(is_optional, "a boolean or null")

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
            is_optional,
        )

        if len(d) != 0 + ("type" in d) + ("name" in d) + ("data" in d) + ("description" in d) + (
            "schema" in d
        ) + ("run_id" in d) + ("is_optional" in d):
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
