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
_FIELD_NAMES = frozenset({"total_row_count"})


T = TypeVar("T", bound="InferenceSummary")


@_attrs_define
class InferenceSummary:
    """Aggregates of an inference job's results (an open object in the official SDK), with `total_row_count` whenever it is
    set.

        Attributes:
            total_row_count (int | Unset): The number of result rows.
    """

    total_row_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_row_count = self.total_row_count

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if total_row_count is not UNSET:
            field_dict["total_row_count"] = total_row_count

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
            _field = "total_row_count"
            try:
                total_row_count = d.get("total_row_count", UNSET)
                if type(total_row_count) is not int and total_row_count is not UNSET:
                    raise wrong_type(total_row_count, "an integer")

            except _PARSE_ERRORS as _exc:
                total_row_count = tolerated(_exc, "InferenceSummary", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_summary = cls(
            total_row_count,
        )

        if len(d) != 0 + ("total_row_count" in d):
            inference_summary.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return inference_summary

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
