from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.restart_type import RestartType

_RestartType_members = members_by_value(RestartType)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"timestamp", "reason", "type", "run_id"})


T = TypeVar("T", bound="JobRestart")


@_attrs_define
class JobRestart:
    """One restart of a job. Every OpenAPI version that has it requires all four members.

    Attributes:
        timestamp (datetime.datetime): When the job restarted (UTC).
        reason (str): Why the job restarted, in words.
        type_ (RestartType): What caused a restart: the worker was preempted, ran out of memory, or hit an error.
        run_id (None | str): The run id recorded with the restart; may be null.
    """

    timestamp: datetime.datetime
    reason: str
    type_: RestartType
    run_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        reason = self.reason

        type_ = self.type_._value_

        run_id: None | str
        run_id = self.run_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "timestamp": timestamp,
            "reason": reason,
            "type": type_,
            "run_id": run_id,
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
            _field = "timestamp"
            timestamp = _datetime_fromisoformat(d["timestamp"])

            _field = "reason"
            reason = d["reason"]
            if type(reason) is not str:
                raise wrong_type(reason, "a string")

            _field = "type"
            _type_ = d["type"]
            try:
                type_ = _RestartType_members[_type_]
            except (KeyError, TypeError):
                type_ = RestartType(_type_)

            _field = "run_id"
            run_id = d["run_id"]
            if type(run_id) is not str and run_id is not None:
                raise wrong_type(run_id, "a string or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_restart = cls(
            timestamp,
            reason,
            type_,
            run_id,
        )

        if len(d) != 4:
            job_restart.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_restart

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
