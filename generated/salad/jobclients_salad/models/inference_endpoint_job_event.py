from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.inference_endpoint_job_event_action import InferenceEndpointJobEventAction
from ..types import UNSET, Unset

_InferenceEndpointJobEventAction_members = members_by_value(InferenceEndpointJobEventAction)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"action", "time"})


T = TypeVar("T", bound="InferenceEndpointJobEvent")


@_attrs_define
class InferenceEndpointJobEvent:
    """One event in the life of a job. The reference shows both members in every event but marks neither required, so
    neither is.

        Attributes:
            action (InferenceEndpointJobEventAction | Unset): What happened to the job.
            time (datetime.datetime | Unset): The time the event happened.
    """

    action: InferenceEndpointJobEventAction | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action._value_

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if action is not UNSET:
            field_dict["action"] = action
        if time is not UNSET:
            field_dict["time"] = time

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
            _field = "action"
            _action = d.get("action", UNSET)
            action: InferenceEndpointJobEventAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                try:
                    action = _InferenceEndpointJobEventAction_members[_action]
                except (KeyError, TypeError):
                    action = InferenceEndpointJobEventAction(_action)

            _field = "time"
            _time = d.get("time", UNSET)
            time: datetime.datetime | Unset
            if isinstance(_time, Unset):
                time = UNSET
            else:
                time = _datetime_fromisoformat(_time)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_endpoint_job_event = cls(
            action,
            time,
        )

        if len(d) != 0 + ("action" in d) + ("time" in d):
            inference_endpoint_job_event.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return inference_endpoint_job_event

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
