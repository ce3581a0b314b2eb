from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"loc", "msg", "type"})


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """One validation problem.

    Attributes:
        loc (list[int | str] | Unset): Where the problem is, for example ["path", "job_id"].
        msg (str | Unset): A human-readable message.
        type_ (str | Unset): A machine-readable code for the kind of problem.
    """

    loc: list[int | str] | Unset = UNSET
    msg: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc: list[int | str] | Unset = UNSET
        if not isinstance(self.loc, Unset):
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if loc is not UNSET:
            field_dict["loc"] = loc
        if msg is not UNSET:
            field_dict["msg"] = msg
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            _field = "loc"
            try:
                _loc = d.get("loc", UNSET)
                loc: list[int | str] | Unset = UNSET
                if _loc is not UNSET:
                    if type(_loc) is not list:
                        raise wrong_type(_loc, "an array")
                    for loc_item_data in _loc:
                        if type(loc_item_data) is not str and type(loc_item_data) is not int:
                            raise item_error(
                                wrong_type(loc_item_data, "a string or an integer"),
                                index_of(_loc, loc_item_data),
                            )
                    loc = list(_loc)

            except _PARSE_ERRORS as _exc:
                loc = tolerated(_exc, "ValidationError", _field, d)

            _field = "msg"
            try:
                msg = d.get("msg", UNSET)
                if type(msg) is not str and msg is not UNSET:
                    raise wrong_type(msg, "a string")

            except _PARSE_ERRORS as _exc:
                msg = tolerated(_exc, "ValidationError", _field, d)

            _field = "type"
            try:
                type_ = d.get("type", UNSET)
                if type(type_) is not str and type_ is not UNSET:
                    raise wrong_type(type_, "a string")

            except _PARSE_ERRORS as _exc:
                type_ = tolerated(_exc, "ValidationError", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        validation_error = cls(
            loc,
            msg,
            type_,
        )

        if len(d) != 0 + ("loc" in d) + ("msg" in d) + ("type" in d):
            validation_error.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return validation_error

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
