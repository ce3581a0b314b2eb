from __future__ import annotations

import datetime
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
_datetime_fromisoformat = datetime.datetime.fromisoformat
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"public_id", "job_type", "status", "created_at"})


T = TypeVar("T", bound="JobHeader")


@_attrs_define
class JobHeader:
    """One job header in a GET /v1/jobs listing: the job's identifier, type, status and creation time, without its result
    or events (read those with get_job_detail). Figur's reference marks none of its members required here, and its own
    example shows a header with only a status, so none is required.

        Attributes:
            public_id (str | Unset): The job's public identifier, a ULID.
            job_type (str | Unset): The kind of job in UPPER_SNAKE case, for example MODEL_GENERATOR; a plain string, since
                Figur may add job types without notice.
            status (JobStatus | Unset): The job's current status. SUCCESS and FAILURE are final; SUCCESS means the result
                manifest holds the job's artifacts.
            created_at (datetime.datetime | Unset): When the job was created (UTC).
    """

    public_id: str | Unset = UNSET
    job_type: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_id = self.public_id

        job_type = self.job_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status._value_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
            _field = "public_id"
            try:
                public_id = d.get("public_id", UNSET)
                if type(public_id) is not str and public_id is not UNSET:
                    raise wrong_type(public_id, "a string")

            except _PARSE_ERRORS as _exc:
                public_id = tolerated(_exc, "JobHeader", _field, d)

            _field = "job_type"
            try:
                job_type = d.get("job_type", UNSET)
                if type(job_type) is not str and job_type is not UNSET:
                    raise wrong_type(job_type, "a string")

            except _PARSE_ERRORS as _exc:
                job_type = tolerated(_exc, "JobHeader", _field, d)

            _field = "status"
            try:
                _status = d.get("status", UNSET)
                status: JobStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    try:
                        status = _JobStatus_members[_status]
                    except (KeyError, TypeError):
                        status = JobStatus(_status)

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "JobHeader", _field, d)

            _field = "created_at"
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                else:
                    created_at = _datetime_fromisoformat(_created_at)

            except _PARSE_ERRORS as _exc:
                created_at = tolerated(_exc, "JobHeader", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_header = cls(
            public_id,
            job_type,
            status,
            created_at,
        )

        if len(d) != 0 + ("public_id" in d) + ("job_type" in d) + ("status" in d) + ("created_at" in d):
            job_header.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_header

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
