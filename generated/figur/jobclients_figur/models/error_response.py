from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_body import ErrorBody


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """An error body. Figur answers errors with its common envelope under error; a FastAPI-style body carries a detail
    member instead. Both members are optional so that either shape parses.

        Attributes:
            error (ErrorBody | Unset): Figur's common error envelope, shared by every non-2xx response.
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_body import ErrorBody  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "error"
            _error = d.pop("error", UNSET)
            error: ErrorBody | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorBody.from_dict(_error)

            _field = "detail"
            detail = d.pop("detail", UNSET)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        error_response = cls(
            error=error,
            detail=detail,
        )

        error_response.additional_properties = d
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
