from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, wrong_type
from ..errors import ResponseValidationError

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"loc", "msg", "type"})


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """One validation problem; every OpenAPI version requires all three members.

    Attributes:
        loc (list[int | str]): Where the problem is, e.g. ["query", "offset"].
        msg (str): What is wrong.
        type_ (str): The kind of problem.
    """

    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "loc": loc,
            "msg": msg,
            "type": type_,
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
            _field = "loc"
            _loc = d["loc"]
            loc: list[int | str]
            if type(_loc) is not list:
                raise wrong_type(_loc, "an array")
            for loc_item_data in _loc:
                if type(loc_item_data) is not str and type(loc_item_data) is not int:
                    raise item_error(
                        wrong_type(loc_item_data, "a string or an integer"), index_of(_loc, loc_item_data)
                    )
            loc = list(_loc)

            _field = "msg"
            msg = d["msg"]
            if type(msg) is not str:
                raise wrong_type(msg, "a string")

            _field = "type"
            type_ = d["type"]
            if type(type_) is not str:
                raise wrong_type(type_, "a string")

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

        if len(d) != 3:
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
