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

_InferenceEndpointJobEventAction_members = members_by_value(InferenceEndpointJobEventAction)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"action", "time"})


T = TypeVar("T", bound="InferenceEndpointJobEvent")


@_attrs_define
class InferenceEndpointJobEvent:
    """One event in the life of a job. Both members are required: every SaladCloud document (0.9.0-alpha.4 to alpha.16) and
    every official SDK requires them. (The rendered reference page, which does not expand the event object, had led
    0.2.0 of this spec to make them optional.)

        Attributes:
            action (InferenceEndpointJobEventAction): What happened to the job. The same five values in every SaladCloud
                document and the Python SDK (the TypeScript SDK types it as any string).
            time (datetime.datetime): The time the event happened.
    """

    action: InferenceEndpointJobEventAction
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action._value_

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "action": action,
            "time": time,
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
            _field = "action"
            _action = d["action"]
            try:
                action = _InferenceEndpointJobEventAction_members[_action]
            except (KeyError, TypeError):
                action = InferenceEndpointJobEventAction(_action)

            _field = "time"
            time = _datetime_fromisoformat(d["time"])

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

        if len(d) != 2:
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
