from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"public_id", "events", "latest_seq"})


T = TypeVar("T", bound="JobEventsResponse")


@_attrs_define
class JobEventsResponse:
    """A job's public event timeline as read from GET /v1/jobs/{public_id}/events, optionally from a cursor (Figur's
    JobEventsResponse). The reference marks public_id required; events and latest_seq are not marked required. The
    answer is an object with the events under `events` (not a bare array).

        Attributes:
            public_id (str): The job's public identifier, a ULID (not checked against a pattern, so that any spelling
                parses).
            events (list[JobEvent] | Unset): The job's public events after the cursor, ascending by seq. A succeeded or
                failed event is the job's last (the getting-started guide polls until one arrives).
            latest_seq (int | None | Unset): The seq to pass as since on the next call (the getting-started guide: "passing
                the last latest_seq you saw"). Figur's reference types it as an integer or null and does not say when it is null
                or what it holds when no event follows the cursor.
    """

    public_id: str
    events: list[JobEvent] | Unset = UNSET
    latest_seq: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_id = self.public_id

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = [events_item_data.to_dict() for events_item_data in self.events]

        latest_seq: int | None | Unset
        if isinstance(self.latest_seq, Unset):
            latest_seq = UNSET
        else:
            latest_seq = self.latest_seq

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "public_id": public_id,
        }

        if events is not UNSET:
            field_dict["events"] = events
        if latest_seq is not UNSET:
            field_dict["latest_seq"] = latest_seq

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
                public_id = tolerated(_exc, "JobEventsResponse", _field, d)

            _field = "events"
            try:
                _events = d.get("events", UNSET)
                events: list[JobEvent] | Unset = UNSET
                if _events is not UNSET:
                    if type(_events) is not list:
                        raise wrong_type(_events, "an array")
                    try:
                        events = list(map(JobEvent.from_dict, _events))
                    except ResponseValidationError as exc:
                        raise located(_events, JobEvent.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                events = tolerated(_exc, "JobEventsResponse", _field, d)

            _field = "latest_seq"
            try:
                latest_seq = d.get("latest_seq", UNSET)
                if type(latest_seq) is not int and latest_seq is not None and latest_seq is not UNSET:
                    raise wrong_type(latest_seq, "an integer or null")

            except _PARSE_ERRORS as _exc:
                latest_seq = tolerated(_exc, "JobEventsResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_events_response = cls(
            public_id,
            events,
            latest_seq,
        )

        if len(d) != 1 + ("events" in d) + ("latest_seq" in d):
            job_events_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_events_response

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
from ..models.job_event import JobEvent
