from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, File, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"file", "dataset_name", "dataset_id", "description", "override"})


T = TypeVar("T", bound="DatasetCreateParams")


@_attrs_define
class DatasetCreateParams:
    """The form of datasets_create (the official SDK's DatasetCreateParams): the file and where it goes. Without
    `dataset_id` a new dataset is created.

        Attributes:
            file (File): The CSV or Parquet file. The reference limits it to 30 MB; larger files go through datasets_upload.
            dataset_name (str | Unset): The name of a new dataset.
            dataset_id (str | Unset): The public id of an existing dataset (for example ds_A8K2P9QX) to add a new version
                to.
            description (str | Unset): A description of the dataset.
            override (bool | Unset): When true, the data replaces that of the current version instead of making a new
                version (the reference; false by default there).
    """

    file: File
    dataset_name: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    description: str | Unset = UNSET
    override: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        dataset_name = self.dataset_name

        dataset_id = self.dataset_id

        description = self.description

        override = self.override

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file": file,
        }

        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if description is not UNSET:
            field_dict["description"] = description
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.dataset_name, Unset):
            files.append(("dataset_name", (None, str(self.dataset_name).encode(), "text/plain")))

        if not isinstance(self.dataset_id, Unset):
            files.append(("dataset_id", (None, str(self.dataset_id).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.override, Unset):
            files.append(("override", (None, ("true" if self.override else "false").encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
            _field = "file"
            try:
                file = File(payload=BytesIO(d["file"]))

            except _PARSE_ERRORS as _exc:
                file = tolerated(_exc, "DatasetCreateParams", _field, d)

            _field = "dataset_name"
            try:
                dataset_name = d.get("dataset_name", UNSET)
                if type(dataset_name) is not str and dataset_name is not UNSET:
                    raise wrong_type(dataset_name, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_name = tolerated(_exc, "DatasetCreateParams", _field, d)

            _field = "dataset_id"
            try:
                dataset_id = d.get("dataset_id", UNSET)
                if type(dataset_id) is not str and dataset_id is not UNSET:
                    raise wrong_type(dataset_id, "a string")

            except _PARSE_ERRORS as _exc:
                dataset_id = tolerated(_exc, "DatasetCreateParams", _field, d)

            _field = "description"
            try:
                description = d.get("description", UNSET)
                if type(description) is not str and description is not UNSET:
                    raise wrong_type(description, "a string")

            except _PARSE_ERRORS as _exc:
                description = tolerated(_exc, "DatasetCreateParams", _field, d)

            _field = "override"
            try:
                override = d.get("override", UNSET)
                if type(override) is not bool and override is not UNSET:
                    raise wrong_type(override, "a boolean")

            except _PARSE_ERRORS as _exc:
                override = tolerated(_exc, "DatasetCreateParams", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        dataset_create_params = cls(
            file,
            dataset_name,
            dataset_id,
            description,
            override,
        )

        if len(d) != 1 + ("dataset_name" in d) + ("dataset_id" in d) + ("description" in d) + (
            "override" in d
        ):
            dataset_create_params.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return dataset_create_params

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
