from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"id", "version_id", "version_number"})


T = TypeVar("T", bound="DatasetVersionRef")


@_attrs_define
class DatasetVersionRef:
    """A reference to one version of a dataset.

    Attributes:
        id (UUID | Unset): The identifier of the dataset.
        version_id (UUID | Unset): The identifier of this version of the dataset.
        version_number (int | Unset): The number of this version within the dataset.
    """

    id: UUID | Unset = UNSET
    version_id: UUID | Unset = UNSET
    version_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        version_id: str | Unset = UNSET
        if not isinstance(self.version_id, Unset):
            version_id = str(self.version_id)

        version_number = self.version_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if id is not UNSET:
            field_dict["id"] = id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_number is not UNSET:
            field_dict["version_number"] = version_number

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
            _field = "id"
            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            _field = "version_id"
            _version_id = d.get("version_id", UNSET)
            version_id: UUID | Unset
            if isinstance(_version_id, Unset):
                version_id = UNSET
            else:
                version_id = UUID(_version_id)

            _field = "version_number"
            version_number = d.get("version_number", UNSET)
            if type(version_number) is not int and version_number is not UNSET:
                raise wrong_type(version_number, "an integer")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        dataset_version_ref = cls(
            id,
            version_id,
            version_number,
        )

        if len(d) != 0 + ("id" in d) + ("version_id" in d) + ("version_number" in d):
            dataset_version_ref.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return dataset_version_ref

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
