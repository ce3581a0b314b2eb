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
_FIELD_NAMES = frozenset({"max_items", "product_name", "product_description"})


T = TypeVar("T", bound="ExtractionContext")


@_attrs_define
class ExtractionContext:
    """Caller hints that point the extraction at the item on sale.

    Attributes:
        max_items (int | Unset): The most items to extract.
        product_name (str | Unset): The product's name.
        product_description (str | Unset): The product's description.
    """

    max_items: int | Unset = UNSET
    product_name: str | Unset = UNSET
    product_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_items = self.max_items

        product_name = self.product_name

        product_description = self.product_description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if max_items is not UNSET:
            field_dict["max_items"] = max_items
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if product_description is not UNSET:
            field_dict["product_description"] = product_description

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
            _field = "max_items"
            try:
                max_items = d.get("max_items", UNSET)
                if type(max_items) is not int and max_items is not UNSET:
                    raise wrong_type(max_items, "an integer")

            except _PARSE_ERRORS as _exc:
                max_items = tolerated(_exc, "ExtractionContext", _field, d)

            _field = "product_name"
            try:
                product_name = d.get("product_name", UNSET)
                if type(product_name) is not str and product_name is not UNSET:
                    raise wrong_type(product_name, "a string")

            except _PARSE_ERRORS as _exc:
                product_name = tolerated(_exc, "ExtractionContext", _field, d)

            _field = "product_description"
            try:
                product_description = d.get("product_description", UNSET)
                if type(product_description) is not str and product_description is not UNSET:
                    raise wrong_type(product_description, "a string")

            except _PARSE_ERRORS as _exc:
                product_description = tolerated(_exc, "ExtractionContext", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        extraction_context = cls(
            max_items,
            product_name,
            product_description,
        )

        if len(d) != 0 + ("max_items" in d) + ("product_name" in d) + ("product_description" in d):
            extraction_context.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return extraction_context

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
