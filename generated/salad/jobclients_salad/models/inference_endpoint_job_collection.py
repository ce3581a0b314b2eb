from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import located, wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"items", "page", "page_size", "total_size"})


T = TypeVar("T", bound="InferenceEndpointJobCollection")


@_attrs_define
class InferenceEndpointJobCollection:
    """One page of the jobs of an inference endpoint. `items` is required in every source. `page`, `page_size` and
    `total_size` are required by the current document (and its SDKs from 0.9.0a8) but absent from the 0.9.0-alpha.4
    document and SDKs 0.9.0a1-a4 (there an `InferenceEndpointJobList` of `items` alone), so they are optional here; no
    source makes them nullable.

        Attributes:
            items (list[InferenceEndpointJob]): The jobs of this page.
            page (int | Unset): The page number.
            page_size (int | Unset): The maximum number of items per page.
            total_size (int | Unset): The total number of jobs of the endpoint, over all pages.
    """

    items: list[InferenceEndpointJob]
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = [items_item_data.to_dict() for items_item_data in self.items]

        page = self.page

        page_size = self.page_size

        total_size = self.total_size

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "items": items,
        }

        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_size is not UNSET:
            field_dict["total_size"] = total_size

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
            _field = "items"
            try:
                _items = d["items"]
                items: list[InferenceEndpointJob]
                if type(_items) is not list:
                    raise wrong_type(_items, "an array")
                try:
                    items = list(map(InferenceEndpointJob.from_dict, _items))
                except ResponseValidationError as exc:
                    raise located(_items, InferenceEndpointJob.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                items = tolerated(_exc, "InferenceEndpointJobCollection", _field, d)

            _field = "page"
            try:
                page = d.get("page", UNSET)
                if type(page) is not int and page is not UNSET:
                    raise wrong_type(page, "an integer")

            except _PARSE_ERRORS as _exc:
                page = tolerated(_exc, "InferenceEndpointJobCollection", _field, d)

            _field = "page_size"
            try:
                page_size = d.get("page_size", UNSET)
                if type(page_size) is not int and page_size is not UNSET:
                    raise wrong_type(page_size, "an integer")

            except _PARSE_ERRORS as _exc:
                page_size = tolerated(_exc, "InferenceEndpointJobCollection", _field, d)

            _field = "total_size"
            try:
                total_size = d.get("total_size", UNSET)
                if type(total_size) is not int and total_size is not UNSET:
                    raise wrong_type(total_size, "an integer")

            except _PARSE_ERRORS as _exc:
                total_size = tolerated(_exc, "InferenceEndpointJobCollection", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        inference_endpoint_job_collection = cls(
            items,
            page,
            page_size,
            total_size,
        )

        if len(d) != 1 + ("page" in d) + ("page_size" in d) + ("total_size" in d):
            inference_endpoint_job_collection.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return inference_endpoint_job_collection

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
from ..models.inference_endpoint_job import InferenceEndpointJob
