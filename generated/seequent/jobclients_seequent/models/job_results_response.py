from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset({"status", "results", "error", "links"})


T = TypeVar("T", bound="JobResultsResponse")


@_attrs_define
class JobResultsResponse:
    """The outcome of a job, as the results endpoint reports it: its status and, once it has finished, either its results
    or an error object.

        Attributes:
            status (JobStatus): The state of a job. "requested", "in progress" (with a space) and "canceling"/"cancelling"
                mean the job is ongoing; "succeeded", "failed" and "canceled"/"cancelled" mean it has finished. The provider's
                material spells the cancellation states both ways (the SDK's JobStatusEnum says "cancelling" and "cancelled",
                its JobStatusOngoing and JobStatusCompleted and the reference say "canceling" and "canceled"), so both spellings
                are listed.
            results (JobResults | None | Unset): What the task produced, present when the job succeeded. The API reference
                lists an object; Seequent's SDK (evo-compute) also accepts it absent or null (for a job that failed or was
                cancelled), so null is accepted here.
            error (JobError | None | Unset): The error that stopped the job, present when it failed; null otherwise
                (Seequent's own SDK shows its server sending an explicit null).
            links (JobLinks | Unset): URLs of related endpoints of the job. A finished job links to its results; an ongoing
                job links to its cancellation endpoint (the results endpoint of an ongoing job also links to its status
                endpoint, under a key the reference does not name; such keys are kept as extra properties). The reference gives
                one of two objects, each with its one member required (results for a finished job, cancel for an ongoing one);
                they are merged here into one object whose members are both optional, so a body that has either, both or extra
                keys still parses.
    """

    status: JobStatus
    results: JobResults | None | Unset = UNSET
    error: JobError | None | Unset = UNSET
    links: JobLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status._value_

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, JobResults):
            results = self.results.to_dict()
        else:
            results = self.results

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, JobError):
            error = self.error.to_dict()
        else:
            error = self.error

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }

        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error
        if links is not UNSET:
            field_dict["links"] = links

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
            _field = "status"
            _status = d["status"]
            try:
                status = _JobStatus_members[_status]
            except (KeyError, TypeError):
                status = JobStatus(_status)

            _field = "results"
            _results = d.get("results", UNSET)
            results: JobResults | None | Unset
            if _results is None:
                results = _results
            elif isinstance(_results, Unset):
                results = _results
            else:
                if not isinstance(_results, dict):
                    raise wrong_type(_results, "an object or null")
                results_type_0 = JobResults.from_dict(_results)
                results = results_type_0

            _field = "error"
            _error = d.get("error", UNSET)
            error: JobError | None | Unset
            if _error is None:
                error = _error
            elif isinstance(_error, Unset):
                error = _error
            else:
                if not isinstance(_error, dict):
                    raise wrong_type(_error, "an object or null")
                error_type_0 = JobError.from_dict(_error)
                error = error_type_0

            _field = "links"
            _links = d.get("links", UNSET)
            links: JobLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JobLinks.from_dict(_links)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job_results_response = cls(
            status,
            results,
            error,
            links,
        )

        if len(d) != 1 + ("results" in d) + ("error" in d) + ("links" in d):
            job_results_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return job_results_response

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
from ..models.job_error import JobError
from ..models.job_links import JobLinks
from ..models.job_results import JobResults
