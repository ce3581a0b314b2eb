from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"type", "title", "status", "detail", "instance"})


T = TypeVar("T", bound="ProblemDetails")


@_attrs_define
class ProblemDetails:
    """An error in the problem-details format (RFC 9457), SaladCloud's one error body for every error status. Every member
    is optional in every source. Every member is nullable: the 0.9.0-alpha.4 document marks them nullable (later
    documents do not). String lengths are not bounded: the later documents' bounds (1-2048 for type and instance, 1-2000
    for title and detail) are absent from the 0.9.0-alpha.4 document. SaladCloud may also answer an error with an HTML
    page instead.

        Attributes:
            type_ (None | str | Unset): A URI reference that identifies the problem type (about:blank by default).
                SaladCloud's later documents spell the format "url"; the 0.9.0-alpha.4 one gives none.
            title (None | str | Unset): A short, human-readable summary of the problem type.
            status (int | None | Unset): The HTTP status code of this occurrence of the problem.
            detail (None | str | Unset): A human-readable explanation of this occurrence of the problem.
            instance (None | str | Unset): A URI reference that identifies this occurrence of the problem (the 0.9.0-alpha.4
                document's examples are short relative references such as "60907fdc").
    """

    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance

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
            _field = "type"
            type_ = d.get("type", UNSET)
            if type(type_) is not str and type_ is not None and type_ is not UNSET:
                raise wrong_type(type_, "a string or null")

            _field = "title"
            title = d.get("title", UNSET)
            if type(title) is not str and title is not None and title is not UNSET:
                raise wrong_type(title, "a string or null")

            _field = "status"
            status = d.get("status", UNSET)
            if type(status) is not int and status is not None and status is not UNSET:
                raise wrong_type(status, "an integer or null")

            _field = "detail"
            detail = d.get("detail", UNSET)
            if type(detail) is not str and detail is not None and detail is not UNSET:
                raise wrong_type(detail, "a string or null")

            _field = "instance"
            instance = d.get("instance", UNSET)
            if type(instance) is not str and instance is not None and instance is not UNSET:
                raise wrong_type(instance, "a string or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        problem_details = cls(
            type_,
            title,
            status,
            detail,
            instance,
        )

        if len(d) != 0 + ("type" in d) + ("title" in d) + ("status" in d) + ("detail" in d) + (
            "instance" in d
        ):
            problem_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return problem_details

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
