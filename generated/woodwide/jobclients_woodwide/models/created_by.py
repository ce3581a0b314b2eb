from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"principal_type", "user_id", "api_key_id"})


T = TypeVar("T", bound="CreatedBy")


@_attrs_define
class CreatedBy:
    """The principal that created the job: a user, or an API key (which may belong to a user). Both sources describe it as
    {principal_type, user_id, api_key_id} and type it as an open object.

        Attributes:
            principal_type (str | Unset): What kind of principal created the job, for example a user or an API key.
            user_id (None | str | Unset): The identifier of the user who created the job, if any.
            api_key_id (None | str | Unset): The identifier of the API key the job was created with, if any.
    """

    principal_type: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal_type = self.principal_type

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if principal_type is not UNSET:
            field_dict["principal_type"] = principal_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id

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
            _field = "principal_type"
            principal_type = d.get("principal_type", UNSET)
            if type(principal_type) is not str and principal_type is not UNSET:
                raise wrong_type(principal_type, "a string")

            _field = "user_id"
            user_id = d.get("user_id", UNSET)
            if type(user_id) is not str and user_id is not None and user_id is not UNSET:
                raise wrong_type(user_id, "a string or null")

            _field = "api_key_id"
            api_key_id = d.get("api_key_id", UNSET)
            if type(api_key_id) is not str and api_key_id is not None and api_key_id is not UNSET:
                raise wrong_type(api_key_id, "a string or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        created_by = cls(
            principal_type,
            user_id,
            api_key_id,
        )

        if len(d) != 0 + ("principal_type" in d) + ("user_id" in d) + ("api_key_id" in d):
            created_by.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return created_by

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
