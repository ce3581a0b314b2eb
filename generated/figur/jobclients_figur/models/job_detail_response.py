from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_artifact import JobArtifact
    from ..models.job_event import JobEvent
    from ..models.job_request import JobRequest


T = TypeVar("T", bound="JobDetailResponse")


@_attrs_define
class JobDetailResponse:
    """One job as read from GET /v1/jobs/{public_id}: its header, its final result manifest and its latest public event.

    Attributes:
        public_id (str): The job's public identifier, a ULID.
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
        from ..models.job_event import JobEvent  # noqa: PLC0415
        from ..models.job_request import JobRequest  # noqa: PLC0415

        public_id = self.public_id

        job_type = self.job_type

        status = self.status.value

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
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        latest_event: dict[str, Any] | None | Unset
        if isinstance(self.latest_event, Unset):
            latest_event = UNSET
        elif isinstance(self.latest_event, JobEvent):
            latest_event = self.latest_event.to_dict()
        else:
            latest_event = self.latest_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_id": public_id,
                "job_type": job_type,
                "status": status,
                "created_at": created_at,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request
        if result is not UNSET:
            field_dict["result"] = result
        if latest_event is not UNSET:
            field_dict["latest_event"] = latest_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_artifact import JobArtifact  # noqa: PLC0415
        from ..models.job_event import JobEvent  # noqa: PLC0415
        from ..models.job_request import JobRequest  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "public_id"
            public_id = d.pop("public_id")

            _field = "job_type"
            job_type = d.pop("job_type")

            _field = "status"
            status = JobStatus(d.pop("status"))

            _field = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _field = "request"

            def _parse_request(data: object) -> JobRequest | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    request_type_0 = JobRequest.from_dict(data)

                    return request_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobRequest | None | Unset, data)

            request = _parse_request(d.pop("request", UNSET))

            _field = "result"
            _result = d.pop("result", UNSET)
            result: list[JobArtifact] | Unset = UNSET
            if _result is not UNSET:
                result = []
                for result_item_data in _result:
                    result_item = JobArtifact.from_dict(result_item_data)

                    result.append(result_item)

            _field = "latest_event"

            def _parse_latest_event(data: object) -> JobEvent | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    latest_event_type_0 = JobEvent.from_dict(data)

                    return latest_event_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobEvent | None | Unset, data)

            latest_event = _parse_latest_event(d.pop("latest_event", UNSET))

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_detail_response = cls(
            public_id=public_id,
            job_type=job_type,
            status=status,
            created_at=created_at,
            request=request,
            result=result,
            latest_event=latest_event,
        )

        job_detail_response.additional_properties = d
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
