from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..models.job_status import JobStatus
from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.io_entry import IOEntry
    from ..models.job_children import JobChildren
    from ..models.job_function import JobFunction
    from ..models.job_inputs import JobInputs
    from ..models.job_restart import JobRestart


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """One execution of a Sieve function. The older revision embeds the whole function record; the current one adds
    `organization_id` and `restarts` and sends only the function's name and owner. Timestamps are UTC; the current
    reference shows them without an offset.

        Attributes:
            id (str): The id of the job.
            function_id (str): The id of the function the job belongs to; may be the first 7 characters of the full id.
            function (JobFunction | None): The function the job belongs to: the full record in the older revision, only its
                name and owner in the current one, or null.
            status (JobStatus): The status of the job. error, finished and cancelled are final; finished means success.
            created_at (datetime.datetime | None): When the job was created (UTC).
            started_at (datetime.datetime | None): When the function started processing the job (UTC); null until then.
            completed_at (datetime.datetime | None): When the job completed (UTC); null until then.
            error (None | str): The error the job ran into; the empty string when there was none.
            visibility (Visibility): Who can see the job.
            run_id (None | str): The id of the run that executed the job.
            organization_id (str | Unset): The id of the organization that submitted the job (current revision only).
            inputs (JobInputs | Unset): The inputs the job was called with, keyed by parameter name.
            outputs (list[IOEntry] | None | Unset): The outputs produced so far, in order, after skipping the first
                `offset`. Functions that stream may add more while the job is processing.
            children (JobChildren | None | Unset): Jobs started by this job, grouped under string keys, each with a list of
                entries; may be null.
            restarts (list[JobRestart] | None | Unset): Each time the job was restarted, oldest first (current revision
                only); may be null.
    """

    id: str
    function_id: str
    function: JobFunction | None
    status: JobStatus
    created_at: datetime.datetime | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    error: None | str
    visibility: Visibility
    run_id: None | str
    organization_id: str | Unset = UNSET
    inputs: JobInputs | Unset = UNSET
    outputs: list[IOEntry] | None | Unset = UNSET
    children: JobChildren | None | Unset = UNSET
    restarts: list[JobRestart] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_children import JobChildren  # noqa: PLC0415
        from ..models.job_function import JobFunction  # noqa: PLC0415

        id = self.id

        function_id = self.function_id

        function: dict[str, Any] | None
        if isinstance(self.function, JobFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        status = self.status.value

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: None | str
        error = self.error

        visibility = self.visibility.value

        run_id: None | str
        run_id = self.run_id

        organization_id = self.organization_id

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "function_id": function_id,
                "function": function,
                "status": status,
                "created_at": created_at,
                "started_at": started_at,
                "completed_at": completed_at,
                "error": error,
                "visibility": visibility,
                "run_id": run_id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if children is not UNSET:
            field_dict["children"] = children
        if restarts is not UNSET:
            field_dict["restarts"] = restarts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.io_entry import IOEntry  # noqa: PLC0415
        from ..models.job_children import JobChildren  # noqa: PLC0415
        from ..models.job_function import JobFunction  # noqa: PLC0415
        from ..models.job_inputs import JobInputs  # noqa: PLC0415
        from ..models.job_restart import JobRestart  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "id"
            id = d.pop("id")

            _field = "function_id"
            function_id = d.pop("function_id")

            _field = "function"

            def _parse_function(data: object) -> JobFunction | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_type_0 = JobFunction.from_dict(data)

                    return function_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobFunction | None, data)

            function = _parse_function(d.pop("function"))

            _field = "status"
            status = JobStatus(d.pop("status"))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            created_at = _parse_created_at(d.pop("created_at"))

            _field = "started_at"

            def _parse_started_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_at_type_0 = datetime.datetime.fromisoformat(data)

                    return started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            started_at = _parse_started_at(d.pop("started_at"))

            _field = "completed_at"

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            completed_at = _parse_completed_at(d.pop("completed_at"))

            _field = "error"

            def _parse_error(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            error = _parse_error(d.pop("error"))

            _field = "visibility"
            visibility = Visibility(d.pop("visibility"))

            _field = "run_id"

            def _parse_run_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            run_id = _parse_run_id(d.pop("run_id"))

            _field = "organization_id"
            organization_id = d.pop("organization_id", UNSET)

            _field = "inputs"
            _inputs = d.pop("inputs", UNSET)
            inputs: JobInputs | Unset
            if isinstance(_inputs, Unset):
                inputs = UNSET
            else:
                inputs = JobInputs.from_dict(_inputs)

            _field = "outputs"

            def _parse_outputs(data: object) -> list[IOEntry] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    outputs_type_0 = []
                    _outputs_type_0 = data
                    for outputs_type_0_item_data in _outputs_type_0:
                        outputs_type_0_item = IOEntry.from_dict(outputs_type_0_item_data)

                        outputs_type_0.append(outputs_type_0_item)

                    return outputs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[IOEntry] | None | Unset, data)

            outputs = _parse_outputs(d.pop("outputs", UNSET))

            _field = "children"

            def _parse_children(data: object) -> JobChildren | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    children_type_0 = JobChildren.from_dict(data)

                    return children_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobChildren | None | Unset, data)

            children = _parse_children(d.pop("children", UNSET))

            _field = "restarts"

            def _parse_restarts(data: object) -> list[JobRestart] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    restarts_type_0 = []
                    _restarts_type_0 = data
                    for restarts_type_0_item_data in _restarts_type_0:
                        restarts_type_0_item = JobRestart.from_dict(restarts_type_0_item_data)

                        restarts_type_0.append(restarts_type_0_item)

                    return restarts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[JobRestart] | None | Unset, data)

            restarts = _parse_restarts(d.pop("restarts", UNSET))

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        job = cls(
            id=id,
            function_id=function_id,
            function=function,
            status=status,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            error=error,
            visibility=visibility,
            run_id=run_id,
            organization_id=organization_id,
            inputs=inputs,
            outputs=outputs,
            children=children,
            restarts=restarts,
        )

        job.additional_properties = d
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
