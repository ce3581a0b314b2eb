from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentVariable")


@_attrs_define
class EnvironmentVariable:
    """An environment variable a function version reads.

    Attributes:
        name (str | Unset): The name of the variable.
        description (str | Unset): What the variable is for.
        default (str | Unset): The value used when none is set.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "name"
            name = d.pop("name", UNSET)

            _field = "description"
            description = d.pop("description", UNSET)

            _field = "default"
            default = d.pop("default", UNSET)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        environment_variable = cls(
            name=name,
            description=description,
            default=default,
        )

        environment_variable.additional_properties = d
        return environment_variable

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
