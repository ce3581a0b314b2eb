from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"results", "cancel"})


T = TypeVar("T", bound="JobLinks")


@_attrs_define
class JobLinks:
    """URLs of related endpoints of the job. A finished job links to its results; an ongoing job links to its cancellation
    endpoint (the results endpoint of an ongoing job also links to its status endpoint, under a key the reference does
    not name; such keys are kept as extra properties). The reference gives one of two objects, each with its one member
    required (results for a finished job, cancel for an ongoing one); they are merged here into one object whose members
    are both optional, so a body that has either, both or extra keys still parses.

        Attributes:
            results (str | Unset): The URL of the job's results, present once the job has finished.
            cancel (str | Unset): The URL that cancels the job (with DELETE), present while the job is ongoing.
    """

    results: str | Unset = UNSET
    cancel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results

        cancel = self.cancel

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if results is not UNSET:
            field_dict["results"] = results
        if cancel is not UNSET:
            field_dict["cancel"] = cancel

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
            _field = "results"
            results = d.get("results", UNSET)
            if type(results) is not str and results is not UNSET:
                raise wrong_type(results, "a string")

            _field = "cancel"
            cancel = d.get("cancel", UNSET)
            if type(cancel) is not str and cancel is not UNSET:
                raise wrong_type(cancel, "a string")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_links = cls(
            results,
            cancel,
        )

        if len(d) != 0 + ("results" in d) + ("cancel" in d):
            job_links.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_links

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
