from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"error", "detail"})


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """An error body. Figur answers errors with its common envelope under error; a FastAPI-style body carries a detail
    member instead. Both members are optional so that either shape parses.

        Attributes:
            error (ErrorBody | Unset): Figur's common error envelope, shared by every non-2xx response of every endpoint
                (the API reference overview and the errors guide). The guide lists code, message and request_id in every example
                but marks none required, so none is.
            detail (Any | Unset): A FastAPI-style error detail: a message string or a structured value.
    """

    error: ErrorBody | Unset = UNSET
    detail: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        detail = self.detail

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if error is not UNSET:
            field_dict["error"] = error
        if detail is not UNSET:
            field_dict["detail"] = detail

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
            _field = "error"
            _error = d.get("error", UNSET)
            error: ErrorBody | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorBody.from_dict(_error)

            _field = "detail"
            detail = d.get("detail", UNSET)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        error_response = cls(
            error,
            detail,
        )

        if len(d) != 0 + ("error" in d) + ("detail" in d):
            error_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return error_response

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
from ..models.error_body import ErrorBody
