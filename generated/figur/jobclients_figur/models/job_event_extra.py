from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"cost", "error"})


T = TypeVar("T", bound="JobEventExtra")


@_attrs_define
class JobEventExtra:
    """Payload fields that depend on the event type, such as the cost of the job or the error that made it fail.

    Attributes:
        cost (Any | Unset): The cost of the job, when the event reports it.
        error (Any | Unset): The error that made the job fail, when the event reports it.
    """

    cost: Any | Unset = UNSET
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        error = self.error

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if cost is not UNSET:
            field_dict["cost"] = cost
        if error is not UNSET:
            field_dict["error"] = error

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
            _field = "cost"
            try:
                cost = d.get("cost", UNSET)

            except _PARSE_ERRORS as _exc:
                cost = tolerated(_exc, "JobEventExtra", _field, d)

            _field = "error"
            try:
                error = d.get("error", UNSET)

            except _PARSE_ERRORS as _exc:
                error = tolerated(_exc, "JobEventExtra", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_event_extra = cls(
            cost,
            error,
        )

        if len(d) != 0 + ("cost" in d) + ("error" in d):
            job_event_extra.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_event_extra

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
