from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..models.job_event_type import JobEventType
from ..models.job_event_visibility import JobEventVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_artifact import JobArtifact
    from ..models.job_event_extra import JobEventExtra


T = TypeVar("T", bound="JobEvent")


@_attrs_define
class JobEvent:
    """One public event in a job's timeline.

    Attributes:
        seq (int): The event's sequence number, increasing within the job. It is the polling cursor (the since parameter
            of the job's event timeline).
        event_type (JobEventType): What the event reports: the job was queued, reached a stage, succeeded or failed.
        visibility (JobEventVisibility): The event's visibility; always public on this API.
        message (str): A human-readable line describing the event.
        stage (None | str | Unset): The processing stage the event reports, or null.
        artifacts (list[JobArtifact] | Unset): Presigned artifacts attached to this event.
        extra (JobEventExtra | Unset): Payload fields that depend on the event type, such as the cost of the job or the
            error that made it fail.
        created_at (datetime.datetime | Unset): When the event was recorded (UTC).
    """

    seq: int
    event_type: JobEventType
    visibility: JobEventVisibility
    message: str
    stage: None | str | Unset = UNSET
    artifacts: list[JobArtifact] | Unset = UNSET
    extra: JobEventExtra | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        event_type = self.event_type.value

        visibility = self.visibility.value

        message = self.message

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "event_type": event_type,
                "visibility": visibility,
                "message": message,
            }
        )
        if stage is not UNSET:
            field_dict["stage"] = stage
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if extra is not UNSET:
            field_dict["extra"] = extra
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_artifact import JobArtifact  # noqa: PLC0415
        from ..models.job_event_extra import JobEventExtra  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "seq"
            seq = d.pop("seq")

            _field = "event_type"
            event_type = JobEventType(d.pop("event_type"))

            _field = "visibility"
            visibility = JobEventVisibility(d.pop("visibility"))

            _field = "message"
            message = d.pop("message")

            _field = "stage"

            def _parse_stage(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            stage = _parse_stage(d.pop("stage", UNSET))

            _field = "artifacts"
            _artifacts = d.pop("artifacts", UNSET)
            artifacts: list[JobArtifact] | Unset = UNSET
            if _artifacts is not UNSET:
                artifacts = []
                for artifacts_item_data in _artifacts:
                    artifacts_item = JobArtifact.from_dict(artifacts_item_data)

                    artifacts.append(artifacts_item)

            _field = "extra"
            _extra = d.pop("extra", UNSET)
            extra: JobEventExtra | Unset
            if isinstance(_extra, Unset):
                extra = UNSET
            else:
                extra = JobEventExtra.from_dict(_extra)

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_event = cls(
            seq=seq,
            event_type=event_type,
            visibility=visibility,
            message=message,
            stage=stage,
            artifacts=artifacts,
            extra=extra,
            created_at=created_at,
        )

        job_event.additional_properties = d
        return job_event

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
