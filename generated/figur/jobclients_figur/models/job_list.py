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
_FIELD_NAMES = frozenset({"jobs"})


T = TypeVar("T", bound="JobList")


@_attrs_define
class JobList:
    """One page of GET /v1/jobs (Figur's "paged GET /v1/jobs response"): the job headers, newest first. Figur's reference
    says the page also carries the page size and the page offset that were applied and the number of jobs in the page;
    the rendered reference that could be read does not show those members' names, so they are not declared here and are
    kept as additional members.

        Attributes:
            jobs (list[JobHeader] | Unset): The page of job headers, newest first.
    """

    jobs: list[JobHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = [jobs_item_data.to_dict() for jobs_item_data in self.jobs]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

        if jobs is not UNSET:
            field_dict["jobs"] = jobs

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
            _field = "jobs"
            try:
                _jobs = d.get("jobs", UNSET)
                jobs: list[JobHeader] | Unset = UNSET
                if _jobs is not UNSET:
                    if type(_jobs) is not list:
                        raise wrong_type(_jobs, "an array")
                    try:
                        jobs = list(map(JobHeader.from_dict, _jobs))
                    except ResponseValidationError as exc:
                        raise located(_jobs, JobHeader.from_dict, exc) from None

            except _PARSE_ERRORS as _exc:
                jobs = tolerated(_exc, "JobList", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_list = cls(
            jobs,
        )

        if len(d) != 0 + ("jobs" in d):
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
from ..models.job_header import JobHeader
