from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import wrong_type
from .._runtime.open_enum import members_by_value
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {"id", "stream_output", "status", "organization_id", "model_id", "run_id", "workflow_id"}
)


T = TypeVar("T", bound="PushResponse")


@_attrs_define
class PushResponse:
    """The answer to a push: the new job. Accepts every revision of Sieve's OpenAPI document: a member is required only
    where every revision requires it, nullable where any allows null.

        Attributes:
            id (str): The id of the new job; pass it to `get_job`, `get_job_await` or `cancel_job`.
            stream_output (bool | str): Whether the outputs will be streamed one by one. A boolean in every revision but the
                oldest, which types it as a string.
            status (JobStatus): The status of the job. error, finished and cancelled are final; finished means success.
                Sieve's documents type it as a string and list these values in words; a value not listed still parses in the
                generated clients.
            organization_id (str): The id of the organization the job belongs to.
            model_id (str): The id of the model; Sieve's documents say no more.
            run_id (str | Unset): "Internal metadata" in Sieve's words. Required by every revision but one (ab57ba74), which
                does not have it; so optional here.
            workflow_id (None | str | Unset): The id of the workflow, or null. Required and nullable in every revision but
                the oldest, which neither requires it nor allows null; so optional here.
    """

    id: str
    stream_output: bool | str
    status: JobStatus
    organization_id: str
    model_id: str
    run_id: str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stream_output: bool | str
        stream_output = self.stream_output

        status = self.status._value_

        organization_id = self.organization_id

        model_id = self.model_id

        run_id = self.run_id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "stream_output": stream_output,
            "status": status,
            "organization_id": organization_id,
            "model_id": model_id,
        }

        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

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
            _field = "id"
            try:
                id = d["id"]
                if type(id) is not str:
                    raise wrong_type(id, "a string")

            except _PARSE_ERRORS as _exc:
                id = tolerated(_exc, "PushResponse", _field, d)

            _field = "stream_output"
            try:
                stream_output = d["stream_output"]
                if type(stream_output) is not bool and type(stream_output) is not str:
                    raise wrong_type(stream_output, "a boolean or a string")

            except _PARSE_ERRORS as _exc:
                stream_output = tolerated(_exc, "PushResponse", _field, d)

            _field = "status"
            try:
                _status = d["status"]
                try:
                    status = _JobStatus_members[_status]
                except (KeyError, TypeError):
                    status = JobStatus(_status)

            except _PARSE_ERRORS as _exc:
                status = tolerated(_exc, "PushResponse", _field, d)

            _field = "organization_id"
            try:
                organization_id = d["organization_id"]
                if type(organization_id) is not str:
                    raise wrong_type(organization_id, "a string")

            except _PARSE_ERRORS as _exc:
                organization_id = tolerated(_exc, "PushResponse", _field, d)

            _field = "model_id"
            try:
                model_id = d["model_id"]
                if type(model_id) is not str:
                    raise wrong_type(model_id, "a string")

            except _PARSE_ERRORS as _exc:
                model_id = tolerated(_exc, "PushResponse", _field, d)

            _field = "run_id"
            try:
                run_id = d.get("run_id", UNSET)
                if type(run_id) is not str and run_id is not UNSET:
                    raise wrong_type(run_id, "a string")

            except _PARSE_ERRORS as _exc:
                run_id = tolerated(_exc, "PushResponse", _field, d)

            _field = "workflow_id"
            try:
                workflow_id = d.get("workflow_id", UNSET)
                if type(workflow_id) is not str and workflow_id is not None and workflow_id is not UNSET:
                    raise wrong_type(workflow_id, "a string or null")

            except _PARSE_ERRORS as _exc:
                workflow_id = tolerated(_exc, "PushResponse", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        push_response = cls(
            id,
            stream_output,
            status,
            organization_id,
            model_id,
            run_id,
            workflow_id,
        )

        if len(d) != 5 + ("run_id" in d) + ("workflow_id" in d):
            push_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        return push_response

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
