from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"name", "reason"})


T = TypeVar("T", bound="InvalidParam")


@_attrs_define
class InvalidParam:
    """One request parameter that failed validation, and why.

    Attributes:
        name (str | Unset): The name of the parameter.
        reason (str | Unset): Why the value was rejected.
    """

    name: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reason = self.reason

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason

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
            _field = "name"
            try:
                name = d.get("name", UNSET)
                if type(name) is not str and name is not UNSET:
                    raise wrong_type(name, "a string")

            except _PARSE_ERRORS as _exc:
                name = tolerated(_exc, "InvalidParam", _field, d)

            _field = "reason"
            try:
                reason = d.get("reason", UNSET)
                if type(reason) is not str and reason is not UNSET:
                    raise wrong_type(reason, "a string")

            except _PARSE_ERRORS as _exc:
                reason = tolerated(_exc, "InvalidParam", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        invalid_param = cls(
            name,
            reason,
        )

        if len(d) != 0 + ("name" in d) + ("reason" in d):
            invalid_param.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return invalid_param

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
