from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"id", "version_id", "version_number", "archived"})


T = TypeVar("T", bound="DatasetVersionRef")


@_attrs_define
class DatasetVersionRef:
    """A reference to one version of a dataset. The reference shows UUIDs for both ids; the official SDK describes them as
    public ids (ds_..., dsv_...) and requires all three members. Any string is accepted as an id.

        Attributes:
            id (str): The identifier of the dataset.
            version_id (str): The identifier of this version of the dataset.
            version_number (int): The number of this version within the dataset.
            archived (bool | None | Unset): True if this dataset version has been archived. Only the official SDK documents
                it, as optional; null is accepted.
    """

    id: str
    version_id: str
    version_number: int
    archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        version_number = self.version_number

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "version_id": version_id,
            "version_number": version_number,
        }

        if archived is not UNSET:
            field_dict["archived"] = archived

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
            id = d["id"]
            if type(id) is not str:
                raise wrong_type(id, "a string")

            _field = "version_id"
            version_id = d["version_id"]
            if type(version_id) is not str:
                raise wrong_type(version_id, "a string")

            _field = "version_number"
            version_number = d["version_number"]
            if type(version_number) is not int:
                raise wrong_type(version_number, "an integer")

            _field = "archived"
            archived = d.get("archived", UNSET)
            if type(archived) is not bool and archived is not None and archived is not UNSET:
                raise wrong_type(archived, "a boolean or null")

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
            archived,
        )

        if len(d) != 3 + ("archived" in d):
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
