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
_FIELD_NAMES = frozenset({"request_id", "job_id", "credits_cost", "status"})


T = TypeVar("T", bound="WorkflowAcceptedResponse")


@_attrs_define
class WorkflowAcceptedResponse:
    """The 202 answer of every POST /v1/<workflow> (Figur's WorkflowAcceptedResponse). The reference marks request_id,
    job_id and credits_cost required; status is optional and defaults to NOT_STARTED.

        Attributes:
            request_id (str): The request's identifier, a 26-character ULID that correlates with Figur's request logs (not
                checked, so that any spelling parses).
            job_id (None | str): The new job's public identifier (a ULID), to pass as public_id to the job reads. Figur's
                reference types it as a string or null and does not say when it is null.
            credits_cost (int): The credits deducted from the caller for this job; refunded automatically on any failure
                path.
            status (JobStatus | Unset): The job's current status. SUCCESS and FAILURE are final; SUCCESS means the result
                manifest holds the job's artifacts.
    """

    request_id: str
    job_id: None | str
    credits_cost: int
    status: JobStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        job_id: None | str
        job_id = self.job_id

        credits_cost = self.credits_cost

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status._value_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "request_id": request_id,
            "job_id": job_id,
            "credits_cost": credits_cost,
        }

        if status is not UNSET:
            field_dict["status"] = status

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
            _field = "request_id"
            try:
                request_id = d["request_id"]
                if type(request_id) is not str:
                    raise wrong_type(request_id, "a string")

            except _PARSE_ERRORS as _exc:
                request_id = tolerated(_exc, "WorkflowAcceptedResponse", _field, d)

            _field = "job_id"
            try:
                job_id = d["job_id"]
                if type(job_id) is not str and job_id is not None:
                    raise wrong_type(job_id, "a string or null")

            except _PARSE_ERRORS as _exc:
                job_id = tolerated(_exc, "WorkflowAcceptedResponse", _field, d)

            _field = "credits_cost"
            try:
                credits_cost = d["credits_cost"]
                if type(credits_cost) is not int:
                    raise wrong_type(credits_cost, "an integer")

            except _PARSE_ERRORS as _exc:
                credits_cost = tolerated(_exc, "WorkflowAcceptedResponse", _field, d)

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
                status = tolerated(_exc, "WorkflowAcceptedResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        workflow_accepted_response = cls(
            request_id,
            job_id,
            credits_cost,
            status,
        )

        if len(d) != 3 + ("status" in d):
            workflow_accepted_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return workflow_accepted_response

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
