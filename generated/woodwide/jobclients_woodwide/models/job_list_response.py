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
_FIELD_NAMES = frozenset({"items", "next_cursor"})


T = TypeVar("T", bound="JobListResponse")


@_attrs_define
class JobListResponse:
    """One page of jobs, newest first (the official SDK's JobListResponse). Each item is a job summary: the SDK's Job, of
    which its JobDetail is an extension (and so is the reference's). The items are read with the job detail's schema,
    whose members beyond the summary's are all optional: a listed job is expected to carry only the summary's members
    (id, type, status, the timestamps, created_by and the dataset, model and parent job references), but nothing
    documents that the others are never sent.

        Attributes:
            items (list[JobDetail]): The jobs of this page.
            next_cursor (None | str | Unset): The cursor of the next page, to pass as `cursor`; null (or missing) after the
                last page. Optional and nullable in the official SDK.
    """

    items: list[JobDetail]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = [items_item_data.to_dict() for items_item_data in self.items]

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "items": items,
        }

        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
                items: list[JobDetail]
                if type(_items) is not list:
                    raise wrong_type(_items, "an array")
                try:
                    items = list(map(JobDetail.from_dict, _items))
                except ResponseValidationError as exc:
                    raise located(_items, JobDetail.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                items = tolerated(_exc, "JobListResponse", _field, d)

            _field = "next_cursor"
            try:
                next_cursor = d.get("next_cursor", UNSET)
                if type(next_cursor) is not str and next_cursor is not None and next_cursor is not UNSET:
                    raise wrong_type(next_cursor, "a string or null")

            except _PARSE_ERRORS as _exc:
                next_cursor = tolerated(_exc, "JobListResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_list_response = cls(
            items,
            next_cursor,
        )

        if len(d) != 1 + ("next_cursor" in d):
            job_list_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_list_response

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
from ..models.job_detail import JobDetail
