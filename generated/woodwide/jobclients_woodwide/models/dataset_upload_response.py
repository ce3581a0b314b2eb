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
_FIELD_NAMES = frozenset({"job_id", "upload", "id", "version_id", "dataset"})


T = TypeVar("T", bound="DatasetUploadResponse")


@_attrs_define
class DatasetUploadResponse:
    """A prepared upload (the official SDK's DatasetUploadResponse, which requires `id` and `version_id`; the reference and
    the CLI give them under `dataset` instead).

        Attributes:
            job_id (str): The public id of the ingestion job.
            upload (DatasetUploadTarget): Where and how to upload the file (the official SDK requires every member).
            id (str | Unset): The public id of the dataset (for example ds_A8K2P9QX).
            version_id (str | Unset): The public id of the dataset version (for example dsv_A8K2P9QX): the `version_id` of
                datasets_complete.
            dataset (DatasetVersionRef | Unset): A reference to one version of a dataset. The reference shows UUIDs for both
                ids; the official SDK describes them as public ids (ds_..., dsv_...) and requires all three members. Any string
                is accepted as an id.
    """

    job_id: str
    upload: DatasetUploadTarget
    id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    dataset: DatasetVersionRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        upload = self.upload.to_dict()

        id = self.id

        version_id = self.version_id

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "job_id": job_id,
            "upload": upload,
        }

        if id is not UNSET:
            field_dict["id"] = id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

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
            _field = "job_id"
            try:
                job_id = d["job_id"]
                if type(job_id) is not str:
                    raise wrong_type(job_id, "a string")

            except _PARSE_ERRORS as _exc:
                job_id = tolerated(_exc, "DatasetUploadResponse", _field, d)

            _field = "upload"
            try:
                upload = DatasetUploadTarget.from_dict(d["upload"])

            except _PARSE_ERRORS as _exc:
                upload = tolerated(_exc, "DatasetUploadResponse", _field, d)

            _field = "id"
            try:
                id = d.get("id", UNSET)
                if type(id) is not str and id is not UNSET:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "DatasetUploadResponse", _field, d)

            _field = "version_id"
            try:
                version_id = d.get("version_id", UNSET)
                if type(version_id) is not str and version_id is not UNSET:
                    raise wrong_type(version_id, "a string")

            except _PARSE_ERRORS as _exc:
                version_id = tolerated(_exc, "DatasetUploadResponse", _field, d)

            _field = "dataset"
            try:
                _dataset = d.get("dataset", UNSET)
                dataset: DatasetVersionRef | Unset
                if isinstance(_dataset, Unset):
                    dataset = UNSET
                else:
                    dataset = DatasetVersionRef.from_dict(_dataset)

            except _PARSE_ERRORS as _exc:
                dataset = tolerated(_exc, "DatasetUploadResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        dataset_upload_response = cls(
            job_id,
            upload,
            id,
            version_id,
            dataset,
        )

        if len(d) != 2 + ("id" in d) + ("version_id" in d) + ("dataset" in d):
            dataset_upload_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return dataset_upload_response

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
from ..models.dataset_upload_target import DatasetUploadTarget
from ..models.dataset_version_ref import DatasetVersionRef
