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
_FIELD_NAMES = frozenset({"data", "next_offset"})


T = TypeVar("T", bound="JobList")


@_attrs_define
class JobList:
    """One page of jobs. The four oldest revisions of Sieve's OpenAPI document leave this answer untyped; its shape comes
    from the revisions that type it (the same ListResponse[Job] the older ones use for a function's jobs).

        Attributes:
            data (list[Job]): The jobs on this page.
            next_offset (int | Unset): The `offset` of the next page; -1 when there are no more jobs (Sieve's default for
                it). Required by the older ListResponse[Job], optional in the revisions that type this answer; so optional here,
                and a missing value means the same as -1.
    """

    data: list[Job]
    next_offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = [data_item_data.to_dict() for data_item_data in self.data]

        next_offset = self.next_offset

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset

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
            _field = "data"
            try:
                _data = d["data"]
                data: list[Job]
                if type(_data) is not list:
                    raise wrong_type(_data, "an array")
                try:
                    data = list(map(Job.from_dict, _data))
                except ResponseValidationError as exc:
                    raise located(_data, Job.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                data = tolerated(_exc, "JobList", _field, d)

            _field = "next_offset"
            try:
                next_offset = d.get("next_offset", UNSET)
                if type(next_offset) is not int and next_offset is not UNSET:
                    raise wrong_type(next_offset, "an integer")

            except _PARSE_ERRORS as _exc:
                next_offset = tolerated(_exc, "JobList", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_list = cls(
            data,
            next_offset,
        )

        if len(d) != 1 + ("next_offset" in d):
            job_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_list

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
from ..models.job import Job
