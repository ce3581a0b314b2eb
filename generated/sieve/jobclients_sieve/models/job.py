from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import item_error, located, wrong_type
from .._runtime.open_enum import members_by_value
from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..models.visibility import Visibility
from ..types import UNSET, Unset

_JobStatus_members = members_by_value(JobStatus)
_Visibility_members = members_by_value(Visibility)
_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "id",
        "function_id",
        "status",
        "visibility",
        "organization_id",
        "function",
        "created_at",
        "started_at",
        "completed_at",
        "inputs",
        "outputs",
        "error",
        "run_id",
        "children",
        "restarts",
    }
)


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """One execution of a Sieve function. Sieve's OpenAPI document has changed this object over time
    (specs/sieve/SOURCES.md lists the versions read): the oldest requires only `id`, `function_id`, `status`, `inputs`
    and `visibility`; others require the timestamps, `error`, `run_id` and the function as well; the newer ones add
    `organization_id` and `restarts`, and some of them shrink `function` to its name and owner and no longer require
    `inputs` or `outputs`. Only the members every version requires are required here. Timestamps are UTC; the documents
    show them without an offset.

        Attributes:
            id (str): The id of the job.
            function_id (str): The id of the function the job belongs to; may be the first 7 characters of the full id.
            status (JobStatus): The status of the job. error, finished and cancelled are final; finished means success.
                Sieve's documents type it as a string and list these values in words; a value not listed still parses in the
                generated clients.
            visibility (Visibility): Who can see the job. Sieve's documents type it as a string and name these two values in
                words; a value not listed still parses in the generated clients.
            organization_id (str | Unset): The id of the organization that submitted the job. Required by the newer OpenAPI
                versions, absent from the older ones and from Sieve's reference page for the operation, so optional here.
            function (JobFunction | None | Unset): The function the job belongs to: the full function record in most OpenAPI
                versions (and the reference page's example), only its name and owner in some newer ones, or null. Required by
                every version but the oldest, so optional here.
            created_at (datetime.datetime | None | Unset): When the job was created (UTC). Null allowed by every OpenAPI
                version but the oldest, which does not require it.
            started_at (datetime.datetime | None | Unset): When the function started processing the job (UTC); null until
                then.
            completed_at (datetime.datetime | None | Unset): When the job completed (UTC); null until then.
            inputs (JobInputs | Unset): The inputs the job was called with, keyed by parameter name. The references do not
                document the values: an entry may be a plain value as pushed, or described like an output entry, so any JSON
                value is kept. Required by most OpenAPI versions, left out of the list of required members by the newest ones.
            outputs (list[IOEntry | list[IOEntry]] | None | Unset): The outputs produced so far, in order, after skipping
                the first `offset`. Functions that stream may add more while the job is processing. Every OpenAPI version lets
                an item be one entry or a list of entries; several versions also allow null, and the oldest and the newest may
                leave the member out.
            error (None | str | Unset): The error the job ran into; the empty string when there was none.
            run_id (None | str | Unset): The id of the run that executed the job.
            children (JobChildren | None | Unset): Jobs started by this job, grouped under string keys, each with a list of
                entries; may be null.
            restarts (list[JobRestart] | None | Unset): Each time the job was restarted, oldest first (newer OpenAPI
                versions only); may be null.
    """

    id: str
    function_id: str
    status: JobStatus
    visibility: Visibility
    organization_id: str | Unset = UNSET
    function: JobFunction | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    inputs: JobInputs | Unset = UNSET
    outputs: list[IOEntry | list[IOEntry]] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    children: JobChildren | None | Unset = UNSET
    restarts: list[JobRestart] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        function_id = self.function_id

        status = self.status._value_

        visibility = self.visibility._value_

        organization_id = self.organization_id

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, JobFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: list[dict[str, Any] | list[dict[str, Any]]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any] | list[dict[str, Any]]
                if isinstance(outputs_type_0_item_data, IOEntry):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = []
                    for componentsschemas_job_output_type_1_item_data in outputs_type_0_item_data:
                        componentsschemas_job_output_type_1_item = (
                            componentsschemas_job_output_type_1_item_data.to_dict()
                        )
                        outputs_type_0_item.append(componentsschemas_job_output_type_1_item)

                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        children: dict[str, Any] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, JobChildren):
            children = self.children.to_dict()
        else:
            children = self.children

        restarts: list[dict[str, Any]] | None | Unset
        if isinstance(self.restarts, Unset):
            restarts = UNSET
        elif isinstance(self.restarts, list):
            restarts = []
            for restarts_type_0_item_data in self.restarts:
                restarts_type_0_item = restarts_type_0_item_data.to_dict()
                restarts.append(restarts_type_0_item)

        else:
            restarts = self.restarts

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "function_id": function_id,
            "status": status,
            "visibility": visibility,
        }

        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if function is not UNSET:
            field_dict["function"] = function
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if children is not UNSET:
            field_dict["children"] = children
        if restarts is not UNSET:
            field_dict["restarts"] = restarts

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
            id = d["id"]
            if type(id) is not str:
                raise wrong_type(id, "a string")

            _field = "function_id"
            function_id = d["function_id"]
            if type(function_id) is not str:
                raise wrong_type(function_id, "a string")

            _field = "status"
            _status = d["status"]
            try:
                status = _JobStatus_members[_status]
            except (KeyError, TypeError):
                status = JobStatus(_status)

            _field = "visibility"
            _visibility = d["visibility"]
            try:
                visibility = _Visibility_members[_visibility]
            except (KeyError, TypeError):
                visibility = Visibility(_visibility)

            _field = "organization_id"
            organization_id = d.get("organization_id", UNSET)
            if type(organization_id) is not str and organization_id is not UNSET:
                raise wrong_type(organization_id, "a string")

            _field = "function"
            _function = d.get("function", UNSET)
            function: JobFunction | None | Unset
            if _function is None:
                function = _function
            elif isinstance(_function, Unset):
                function = _function
            else:
                if not isinstance(_function, dict):
                    raise wrong_type(_function, "an object or null")
                function_type_0 = JobFunction.from_dict(_function)
                function = function_type_0

            _field = "created_at"
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is None:
                created_at = _created_at
            elif isinstance(_created_at, Unset):
                created_at = _created_at
            else:
                if not isinstance(_created_at, str):
                    raise wrong_type(_created_at, "a string or null")
                created_at_type_0 = _datetime_fromisoformat(_created_at)
                created_at = created_at_type_0

            _field = "started_at"
            _started_at = d.get("started_at", UNSET)
            started_at: datetime.datetime | None | Unset
            if _started_at is None:
                started_at = _started_at
            elif isinstance(_started_at, Unset):
                started_at = _started_at
            else:
                if not isinstance(_started_at, str):
                    raise wrong_type(_started_at, "a string or null")
                started_at_type_0 = _datetime_fromisoformat(_started_at)
                started_at = started_at_type_0

            _field = "completed_at"
            _completed_at = d.get("completed_at", UNSET)
            completed_at: datetime.datetime | None | Unset
            if _completed_at is None:
                completed_at = _completed_at
            elif isinstance(_completed_at, Unset):
                completed_at = _completed_at
            else:
                if not isinstance(_completed_at, str):
                    raise wrong_type(_completed_at, "a string or null")
                completed_at_type_0 = _datetime_fromisoformat(_completed_at)
                completed_at = completed_at_type_0

            _field = "inputs"
            _inputs = d.get("inputs", UNSET)
            inputs: JobInputs | Unset
            if isinstance(_inputs, Unset):
                inputs = UNSET
            else:
                inputs = JobInputs.from_dict(_inputs)

            _field = "outputs"
            _outputs = d.get("outputs", UNSET)
            outputs: list[IOEntry | list[IOEntry]] | None | Unset
            if _outputs is None:
                outputs = _outputs
            elif isinstance(_outputs, Unset):
                outputs = _outputs
            else:
                if not isinstance(_outputs, list):
                    raise wrong_type(_outputs, "an array or null")
                _outputs_type_0 = _outputs
                outputs_type_0: list[IOEntry | list[IOEntry]]
                if type(_outputs_type_0) is not list:
                    raise wrong_type(_outputs_type_0, "an array")
                outputs_type_0 = []
                try:
                    for outputs_type_0_item_data in _outputs_type_0:
                        _outputs_type_0_item = outputs_type_0_item_data
                        outputs_type_0_item: IOEntry | list[IOEntry]
                        try:
                            if not isinstance(_outputs_type_0_item, dict):
                                raise wrong_type(_outputs_type_0_item, "an object or an array")
                            componentsschemas_job_output_type_0 = IOEntry.from_dict(_outputs_type_0_item)
                            outputs_type_0_item = componentsschemas_job_output_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            if not isinstance(_outputs_type_0_item, list):
                                raise wrong_type(_outputs_type_0_item, "an object or an array")
                            _componentsschemas_job_output_type_1 = _outputs_type_0_item
                            componentsschemas_job_output_type_1: list[IOEntry]
                            if type(_componentsschemas_job_output_type_1) is not list:
                                raise wrong_type(_componentsschemas_job_output_type_1, "an array")
                            try:
                                componentsschemas_job_output_type_1 = list(
                                    map(IOEntry.from_dict, _componentsschemas_job_output_type_1)
                                )
                            except ResponseValidationError as exc:
                                raise located(
                                    _componentsschemas_job_output_type_1, IOEntry.from_dict, exc
                                ) from None
                            outputs_type_0_item = componentsschemas_job_output_type_1

                        outputs_type_0.append(outputs_type_0_item)
                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise item_error(exc, len(outputs_type_0)) from None
                outputs = outputs_type_0

            _field = "error"
            error = d.get("error", UNSET)
            if type(error) is not str and error is not None and error is not UNSET:
                raise wrong_type(error, "a string or null")

            _field = "run_id"
            run_id = d.get("run_id", UNSET)
            if type(run_id) is not str and run_id is not None and run_id is not UNSET:
                raise wrong_type(run_id, "a string or null")

            _field = "children"
            _children = d.get("children", UNSET)
            children: JobChildren | None | Unset
            if _children is None:
                children = _children
            elif isinstance(_children, Unset):
                children = _children
            else:
                if not isinstance(_children, dict):
                    raise wrong_type(_children, "an object or null")
                children_type_0 = JobChildren.from_dict(_children)
                children = children_type_0

            _field = "restarts"
            _restarts = d.get("restarts", UNSET)
            restarts: list[JobRestart] | None | Unset
            if _restarts is None:
                restarts = _restarts
            elif isinstance(_restarts, Unset):
                restarts = _restarts
            else:
                if not isinstance(_restarts, list):
                    raise wrong_type(_restarts, "an array or null")
                _restarts_type_0 = _restarts
                restarts_type_0: list[JobRestart]
                if type(_restarts_type_0) is not list:
                    raise wrong_type(_restarts_type_0, "an array")
                try:
                    restarts_type_0 = list(map(JobRestart.from_dict, _restarts_type_0))
                except ResponseValidationError as exc:
                    raise located(_restarts_type_0, JobRestart.from_dict, exc) from None
                restarts = restarts_type_0

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job = cls(
            id,
            function_id,
            status,
            visibility,
            organization_id,
            function,
            created_at,
            started_at,
            completed_at,
            inputs,
            outputs,
            error,
            run_id,
            children,
            restarts,
        )

        if len(d) != 4 + ("organization_id" in d) + ("function" in d) + ("created_at" in d) + (
            "started_at" in d
        ) + ("completed_at" in d) + ("inputs" in d) + ("outputs" in d) + ("error" in d) + ("run_id" in d) + (
            "children" in d
        ) + ("restarts" in d):
            job.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_NAMES}
        return job

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
from ..models.io_entry import IOEntry
from ..models.job_children import JobChildren
from ..models.job_function import JobFunction
from ..models.job_inputs import JobInputs
from ..models.job_restart import JobRestart
