from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"id", "version_id", "job_id", "status", "dataset"})


T = TypeVar("T", bound="DatasetCreateResponse")


@_attrs_define
class DatasetCreateResponse:
    """A dataset and its ingestion (the official SDK's DatasetCreateResponse, which requires `id`; the reference's and
    CLI's shape nests the version under `dataset` instead, so no member is required here).

        Attributes:
            id (str | Unset): The public id of the dataset (for example ds_A8K2P9QX). Required by the official SDK; the
                reference and the CLI give the dataset under `dataset`.
            version_id (None | str | Unset): The public id of the dataset version (for example dsv_A8K2P9QX).
            job_id (None | str | Unset): The public id of the ingestion job; null when none was started.
            status (JobStatus | None | Unset): The status of the ingestion job.
            dataset (DatasetVersionRef | Unset): A reference to one version of a dataset. The reference shows UUIDs for both
                ids; the official SDK describes them as public ids (ds_..., dsv_...) and requires all three members. Any string
                is accepted as an id.
    """

    id: str | Unset = UNSET
    version_id: None | str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    status: JobStatus | None | Unset = UNSET
    dataset: DatasetVersionRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if id is not UNSET:
            field_dict["id"] = id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
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
            _field = "id"
            try:
                id = d.get("id", UNSET)
                if type(id) is not str and id is not UNSET:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "DatasetCreateResponse", _field, d)

            _field = "version_id"
            try:
                version_id = d.get("version_id", UNSET)
                if type(version_id) is not str and version_id is not None and version_id is not UNSET:
                    raise wrong_type(version_id, "a string or null")

            except _PARSE_ERRORS as _exc:
                version_id = tolerated(_exc, "DatasetCreateResponse", _field, d)

            _field = "job_id"
            try:
                job_id = d.get("job_id", UNSET)
                if type(job_id) is not str and job_id is not None and job_id is not UNSET:
                    raise wrong_type(job_id, "a string or null")

            except _PARSE_ERRORS as _exc:
                job_id = tolerated(_exc, "DatasetCreateResponse", _field, d)

            _field = "status"
            try:
                _status = d.get("status", UNSET)
                status: JobStatus | None | Unset
                if _status is None:
                    status = _status
                elif isinstance(_status, Unset):
                    status = _status
                else:
                    if not isinstance(_status, str):
                        raise wrong_type(_status, "a string or null")
                    _status_type_0 = _status
                    try:
                        status_type_0 = _JobStatus_members[_status_type_0]
                    except (KeyError, TypeError):
                        status_type_0 = JobStatus(_status_type_0)
                    status = status_type_0

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "DatasetCreateResponse", _field, d)

            _field = "dataset"
            try:
                _dataset = d.get("dataset", UNSET)
                dataset: DatasetVersionRef | Unset
                if isinstance(_dataset, Unset):
                    dataset = UNSET
                else:
                    dataset = DatasetVersionRef.from_dict(_dataset)

            except _PARSE_ERRORS as _exc:
                dataset = tolerated(_exc, "DatasetCreateResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        dataset_create_response = cls(
            id,
            version_id,
            job_id,
            status,
            dataset,
        )

        if len(d) != 0 + ("id" in d) + ("version_id" in d) + ("job_id" in d) + ("status" in d) + (
            "dataset" in d
        ):
            dataset_create_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return dataset_create_response

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
from ..models.dataset_version_ref import DatasetVersionRef
