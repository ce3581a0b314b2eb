from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.filter_operator import FilterOperator

_FilterOperator_members = members_by_value(FilterOperator)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"column", "operator", "value"})


T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter:
    """A row filter on the materialised frame of a chain of jobs: `column` is a base dataset column or a namespaced
    inference output column (for example clustering_cluster_label).

        Attributes:
            column (str): The column compared.
            operator (FilterOperator): A comparison operator of a row filter.
            value (bool | float | str): The value compared with.
    """

    column: str
    operator: FilterOperator
    value: bool | float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        operator = self.operator._value_

        value: bool | float | str
        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "column": column,
            "operator": operator,
            "value": value,
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
            _field = "column"
            try:
                column = d["column"]
                if type(column) is not str:
                    raise wrong_type(column, "a string")

            except _PARSE_ERRORS as _exc:
                column = tolerated(_exc, "CompoundFilter", _field, d)

            _field = "operator"
            try:
                _operator = d["operator"]
                try:
                    operator = _FilterOperator_members[_operator]
                except (KeyError, TypeError):
                    operator = FilterOperator(_operator)

            except _PARSE_ERRORS as _exc:
                operator = tolerated(_exc, "CompoundFilter", _field, d)

            _field = "value"
            try:
                value = d["value"]
                if (
                    type(value) is not str
                    and type(value) is not float
                    and type(value) is not int
                    and type(value) is not bool
                ):
                    raise wrong_type(value, "a string or a number or a boolean")

            except _PARSE_ERRORS as _exc:
                value = tolerated(_exc, "CompoundFilter", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        compound_filter = cls(
            column,
            operator,
            value,
        )

        if len(d) != 3:
            compound_filter.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return compound_filter

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
