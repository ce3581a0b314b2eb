from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
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
_FIELD_NAMES = frozenset(
    {"public_id", "job_type", "status", "created_at", "request", "result", "latest_event"}
)


T = TypeVar("T", bound="JobDetailResponse")


@_attrs_define
class JobDetailResponse:
    """One job as read from GET /v1/jobs/{public_id}: its header, its final result manifest and its latest public event.

    Attributes:
        public_id (str): The job's public identifier, a ULID (26 characters of Crockford base32, which is case-
            insensitive; the spec checks no pattern so that any spelling parses).
        job_type (str): The kind of job, in UPPER_SNAKE case; it names the workflow that created the job.
        status (JobStatus): The job's current status. SUCCESS and FAILURE are final; SUCCESS means the result manifest
            holds the job's artifacts.
        created_at (datetime.datetime): When the job was created (UTC).
        request (JobRequest | None | Unset): The request the job was dispatched with, or null.
        result (list[JobArtifact] | Unset): The final-artifact manifest. It stays empty until the job succeeds.
        latest_event (JobEvent | None | Unset): The job's most recent public event, or null when it has none.
    """

    public_id: str
    job_type: str
    status: JobStatus
    created_at: datetime.datetime
    request: JobRequest | None | Unset = UNSET
    result: list[JobArtifact] | Unset = UNSET
    latest_event: JobEvent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_id = self.public_id

        job_type = self.job_type

        status = self.status._value_

        created_at = self.created_at.isoformat()

        request: dict[str, Any] | None | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        elif isinstance(self.request, JobRequest):
            request = self.request.to_dict()
        else:
            request = self.request

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = [result_item_data.to_dict() for result_item_data in self.result]

        latest_event: dict[str, Any] | None | Unset
        if isinstance(self.latest_event, Unset):
            latest_event = UNSET
        elif isinstance(self.latest_event, JobEvent):
            latest_event = self.latest_event.to_dict()
        else:
            latest_event = self.latest_event

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "public_id": public_id,
            "job_type": job_type,
            "status": status,
            "created_at": created_at,
        }

        if request is not UNSET:
            field_dict["request"] = request
        if result is not UNSET:
            field_dict["result"] = result
        if latest_event is not UNSET:
            field_dict["latest_event"] = latest_event

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
                public_id = d["public_id"]
                if type(public_id) is not str:
                    raise wrong_type(public_id, "a string")

            except _PARSE_ERRORS as _exc:
                public_id = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "job_type"
            try:
                job_type = d["job_type"]
                if type(job_type) is not str:
                    raise wrong_type(job_type, "a string")

            except _PARSE_ERRORS as _exc:
                job_type = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "status"
            try:
                _status = d["status"]
                try:
                    status = _JobStatus_members[_status]
                except (KeyError, TypeError):
                    status = JobStatus(_status)

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "created_at"
            try:
                created_at = _datetime_fromisoformat(d["created_at"])

            except _PARSE_ERRORS as _exc:
                created_at = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "request"
            try:
                _request = d.get("request", UNSET)
                request: JobRequest | None | Unset
                if _request is None:
                    request = _request
                elif isinstance(_request, Unset):
                    request = _request
                else:
                    if not isinstance(_request, dict):
                        raise wrong_type(_request, "an object or null")
                    request_type_0 = JobRequest.from_dict(_request)
                    request = request_type_0

            except _PARSE_ERRORS as _exc:
                request = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "result"
            try:
                _result = d.get("result", UNSET)
                result: list[JobArtifact] | Unset = UNSET
                if _result is not UNSET:
                    if type(_result) is not list:
                        raise wrong_type(_result, "an array")
                    try:
                        result = list(map(JobArtifact.from_dict, _result))
                    except ResponseValidationError as exc:
                        raise located(_result, JobArtifact.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                result = tolerated(_exc, "JobDetailResponse", _field, d)

            _field = "latest_event"
            try:
                _latest_event = d.get("latest_event", UNSET)
                latest_event: JobEvent | None | Unset
                if _latest_event is None:
                    latest_event = _latest_event
                elif isinstance(_latest_event, Unset):
                    latest_event = _latest_event
                else:
                    if not isinstance(_latest_event, dict):
                        raise wrong_type(_latest_event, "an object or null")
                    latest_event_type_0 = JobEvent.from_dict(_latest_event)
                    latest_event = latest_event_type_0

            except _PARSE_ERRORS as _exc:
                latest_event = tolerated(_exc, "JobDetailResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_detail_response = cls(
            public_id,
            job_type,
            status,
            created_at,
            request,
            result,
            latest_event,
        )

        if len(d) != 4 + ("request" in d) + ("result" in d) + ("latest_event" in d):
            job_detail_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_detail_response

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
from ..models.job_artifact import JobArtifact
from ..models.job_event import JobEvent
from ..models.job_request import JobRequest
