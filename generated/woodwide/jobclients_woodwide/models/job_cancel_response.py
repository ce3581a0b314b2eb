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

_JobStatus_members = members_by_value(JobStatus)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"id", "status"})


T = TypeVar("T", bound="JobCancelResponse")


@_attrs_define
class JobCancelResponse:
    """The job's id and its status once the cancellation was processed (the official SDK's JobCancelResponse; no other
    source documents this answer).

        Attributes:
            id (str): The public id of the job (for example job_A8K2P9QX).
            status (JobStatus): The status of a job (the same nine values in the reference, the official SDK and its CLI).
                Dataset ingest jobs may also wait in waiting_for_upload until their file has been uploaded. succeeded, failed,
                canceled and rejected are final.
    """

    id: str
    status: JobStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status._value_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "status": status,
        }

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
                id = d["id"]
                if type(id) is not str:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "JobCancelResponse", _field, d)

            _field = "status"
            try:
                _status = d["status"]
                try:
                    status = _JobStatus_members[_status]
                except (KeyError, TypeError):
                    status = JobStatus(_status)

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "JobCancelResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_cancel_response = cls(
            id,
            status,
        )

        if len(d) != 2:
            job_cancel_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_cancel_response

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
