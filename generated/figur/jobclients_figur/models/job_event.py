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
from ..models.job_event_type import JobEventType
from ..models.job_event_visibility import JobEventVisibility
from ..types import UNSET, Unset

_JobEventType_members = members_by_value(JobEventType)
_JobEventVisibility_members = members_by_value(JobEventVisibility)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {"seq", "event_type", "visibility", "message", "stage", "artifacts", "extra", "created_at"}
)


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

        event_type = self.event_type._value_

        visibility = self.visibility._value_

        message = self.message

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = [artifacts_item_data.to_dict() for artifacts_item_data in self.artifacts]

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "seq": seq,
            "event_type": event_type,
            "visibility": visibility,
            "message": message,
        }

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
            _field = "seq"
            try:
                seq = d["seq"]
                if type(seq) is not int:
                    raise wrong_type(seq, "an integer")

            except _PARSE_ERRORS as _exc:
                seq = tolerated(_exc, "JobEvent", _field, d)

            _field = "event_type"
            try:
                _event_type = d["event_type"]
                try:
                    event_type = _JobEventType_members[_event_type]
                except (KeyError, TypeError):
                    event_type = JobEventType(_event_type)

            except _PARSE_ERRORS as _exc:
                event_type = tolerated(_exc, "JobEvent", _field, d)

            _field = "visibility"
            try:
                _visibility = d["visibility"]
                try:
                    visibility = _JobEventVisibility_members[_visibility]
                except (KeyError, TypeError):
                    visibility = JobEventVisibility(_visibility)

            except _PARSE_ERRORS as _exc:
                visibility = tolerated(_exc, "JobEvent", _field, d)

            _field = "message"
            try:
                message = d["message"]
                if type(message) is not str:
                    raise wrong_type(message, "a string")

            except _PARSE_ERRORS as _exc:
                message = tolerated(_exc, "JobEvent", _field, d)

            _field = "stage"
            try:
                stage = d.get("stage", UNSET)
                if type(stage) is not str and stage is not None and stage is not UNSET:
                    raise wrong_type(stage, "a string or null")

            except _PARSE_ERRORS as _exc:
                stage = tolerated(_exc, "JobEvent", _field, d)

            _field = "artifacts"
            try:
                _artifacts = d.get("artifacts", UNSET)
                artifacts: list[JobArtifact] | Unset = UNSET
                if _artifacts is not UNSET:
                    if type(_artifacts) is not list:
                        raise wrong_type(_artifacts, "an array")
                    try:
                        artifacts = list(map(JobArtifact.from_dict, _artifacts))
                    except ResponseValidationError as exc:
                        raise located(_artifacts, JobArtifact.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                artifacts = tolerated(_exc, "JobEvent", _field, d)

            _field = "extra"
            try:
                _extra = d.get("extra", UNSET)
                extra: JobEventExtra | Unset
                if isinstance(_extra, Unset):
                    extra = UNSET
                else:
                    extra = JobEventExtra.from_dict(_extra)

            except _PARSE_ERRORS as _exc:
                extra = tolerated(_exc, "JobEvent", _field, d)

            _field = "created_at"
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                else:
                    created_at = _datetime_fromisoformat(_created_at)

            except _PARSE_ERRORS as _exc:
                created_at = tolerated(_exc, "JobEvent", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_event = cls(
            seq,
            event_type,
            visibility,
            message,
            stage,
            artifacts,
            extra,
            created_at,
        )

        if len(d) != 4 + ("stage" in d) + ("artifacts" in d) + ("extra" in d) + ("created_at" in d):
            job_event.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.job_artifact import JobArtifact
from ..models.job_event_extra import JobEventExtra
