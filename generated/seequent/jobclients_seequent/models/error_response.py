from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"status", "type", "title", "detail", "invalid-params"})


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of an error response, in a problem-details-like format (the same members as the `error` of a failed job).
    Evo normally sends status, type and title, but no member is required here: Seequent's common SDK code (evo-sdk-
    common) reads an error body that lacks type or title (it falls back to "about:blank" and the HTTP reason), and a
    short body from the API gateway must still parse.

        Attributes:
            status (int | Unset): The HTTP status code that goes with the error.
            type_ (str | Unset): A string, usually a URL, that identifies the kind of error.
            title (str | Unset): A short, human-readable summary of the kind of error.
            detail (None | str | Unset): A human-readable explanation of this occurrence of the error. The API reference
                lists a string; Seequent's SDK also accepts it absent or null, so both are accepted.
            invalid_params (list[InvalidParam] | Unset): The request parameters that failed validation, on validation
                errors.
    """

    status: int | Unset = UNSET
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: None | str | Unset = UNSET
    invalid_params: list[InvalidParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type_ = self.type_

        title = self.title

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        invalid_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_params, Unset):
            invalid_params = [
                invalid_params_item_data.to_dict() for invalid_params_item_data in self.invalid_params
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if invalid_params is not UNSET:
            field_dict["invalid-params"] = invalid_params

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
            _field = "status"
            status = d.get("status", UNSET)
            if type(status) is not int and status is not UNSET:
                raise wrong_type(status, "an integer")

            _field = "type"
            type_ = d.get("type", UNSET)
            if type(type_) is not str and type_ is not UNSET:
                raise wrong_type(type_, "a string")

            _field = "title"
            title = d.get("title", UNSET)
            if type(title) is not str and title is not UNSET:
                raise wrong_type(title, "a string")

            _field = "detail"
            detail = d.get("detail", UNSET)
            if type(detail) is not str and detail is not None and detail is not UNSET:
                raise wrong_type(detail, "a string or null")

            _field = "invalid-params"
            _invalid_params = d.get("invalid-params", UNSET)
            invalid_params: list[InvalidParam] | Unset = UNSET
            if _invalid_params is not UNSET:
                if type(_invalid_params) is not list:
                    raise wrong_type(_invalid_params, "an array")
                try:
                    invalid_params = list(map(InvalidParam.from_dict, _invalid_params))
                except ResponseValidationError as exc:
                    raise located(_invalid_params, InvalidParam.from_dict, exc) from None

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        error_response = cls(
            status,
            type_,
            title,
            detail,
            invalid_params,
        )

        if len(d) != 0 + ("status" in d) + ("type" in d) + ("title" in d) + ("detail" in d) + (
            "invalid-params" in d
        ):
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
from ..models.invalid_param import InvalidParam
