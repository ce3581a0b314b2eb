from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable
    from ..models.io_entry import IOEntry
    from ..models.worker_counts import WorkerCounts


T = TypeVar("T", bound="FunctionVersion")


@_attrs_define
class FunctionVersion:
    """One built version of a function, with its build settings and workers.

    Attributes:
        id (str | Unset): The id of the version.
        build_status (str | Unset): Where the build of the version stands.
        queued_at (datetime.datetime | Unset): When the build was queued.
        built_at (datetime.datetime | Unset): When the build finished.
        ready_at (datetime.datetime | Unset): When the version became ready to take jobs.
        compute_type (str | Unset): The machine type the version runs on.
        python_packages (list[str] | Unset): The Python packages installed for the version.
        system_packages (list[str] | Unset): The system packages installed for the version.
        cuda_version (str | Unset): The CUDA version of the image.
        gpu (bool | Unset): Whether the version runs on a GPU.
        split (int | Unset): How many jobs share one GPU.
        minimum_replicas (int | Unset): The fewest workers kept running.
        maximum_replicas (int | Unset): The most workers allowed.
        inputs (list[IOEntry] | Unset): The inputs the version takes.
        outputs (list[IOEntry] | Unset): The outputs the version produces.
        current_workers (WorkerCounts | Unset): How many workers of a function version are in each state right now.
        environment_variables (list[EnvironmentVariable] | Unset): The environment variables the version reads.
        stream_output (bool | Unset): Whether the version streams its outputs one by one.
        function_dependencies (list[str] | Unset): Other functions this version calls.
    """

    id: str | Unset = UNSET
    build_status: str | Unset = UNSET
    queued_at: datetime.datetime | Unset = UNSET
    built_at: datetime.datetime | Unset = UNSET
    ready_at: datetime.datetime | Unset = UNSET
    compute_type: str | Unset = UNSET
    python_packages: list[str] | Unset = UNSET
    system_packages: list[str] | Unset = UNSET
    cuda_version: str | Unset = UNSET
    gpu: bool | Unset = UNSET
    split: int | Unset = UNSET
    minimum_replicas: int | Unset = UNSET
    maximum_replicas: int | Unset = UNSET
    inputs: list[IOEntry] | Unset = UNSET
    outputs: list[IOEntry] | Unset = UNSET
    current_workers: WorkerCounts | Unset = UNSET
    environment_variables: list[EnvironmentVariable] | Unset = UNSET
    stream_output: bool | Unset = UNSET
    function_dependencies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        build_status = self.build_status

        queued_at: str | Unset = UNSET
        if not isinstance(self.queued_at, Unset):
            queued_at = self.queued_at.isoformat()

        built_at: str | Unset = UNSET
        if not isinstance(self.built_at, Unset):
            built_at = self.built_at.isoformat()

        ready_at: str | Unset = UNSET
        if not isinstance(self.ready_at, Unset):
            ready_at = self.ready_at.isoformat()

        compute_type = self.compute_type

        python_packages: list[str] | Unset = UNSET
        if not isinstance(self.python_packages, Unset):
            python_packages = self.python_packages

        system_packages: list[str] | Unset = UNSET
        if not isinstance(self.system_packages, Unset):
            system_packages = self.system_packages

        cuda_version = self.cuda_version

        gpu = self.gpu

        split = self.split

        minimum_replicas = self.minimum_replicas

        maximum_replicas = self.maximum_replicas

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        current_workers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_workers, Unset):
            current_workers = self.current_workers.to_dict()

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        stream_output = self.stream_output

        function_dependencies: list[str] | Unset = UNSET
        if not isinstance(self.function_dependencies, Unset):
            function_dependencies = self.function_dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if build_status is not UNSET:
            field_dict["build_status"] = build_status
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if built_at is not UNSET:
            field_dict["built_at"] = built_at
        if ready_at is not UNSET:
            field_dict["ready_at"] = ready_at
        if compute_type is not UNSET:
            field_dict["compute_type"] = compute_type
        if python_packages is not UNSET:
            field_dict["python_packages"] = python_packages
        if system_packages is not UNSET:
            field_dict["system_packages"] = system_packages
        if cuda_version is not UNSET:
            field_dict["cuda_version"] = cuda_version
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if split is not UNSET:
            field_dict["split"] = split
        if minimum_replicas is not UNSET:
            field_dict["minimum_replicas"] = minimum_replicas
        if maximum_replicas is not UNSET:
            field_dict["maximum_replicas"] = maximum_replicas
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if current_workers is not UNSET:
            field_dict["current_workers"] = current_workers
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if stream_output is not UNSET:
            field_dict["stream_output"] = stream_output
        if function_dependencies is not UNSET:
            field_dict["function_dependencies"] = function_dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
        from ..models.io_entry import IOEntry  # noqa: PLC0415
        from ..models.worker_counts import WorkerCounts  # noqa: PLC0415

        # jobclients: a body off-spec raises ResponseValidationError naming the field.
        _field = "(body)"
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _field = "id"
            id = d.pop("id", UNSET)

            _field = "build_status"
            build_status = d.pop("build_status", UNSET)

            _field = "queued_at"
            _queued_at = d.pop("queued_at", UNSET)
            queued_at: datetime.datetime | Unset
            if isinstance(_queued_at, Unset):
                queued_at = UNSET
            else:
                queued_at = datetime.datetime.fromisoformat(_queued_at)

            _field = "built_at"
            _built_at = d.pop("built_at", UNSET)
            built_at: datetime.datetime | Unset
            if isinstance(_built_at, Unset):
                built_at = UNSET
            else:
                built_at = datetime.datetime.fromisoformat(_built_at)

            _field = "ready_at"
            _ready_at = d.pop("ready_at", UNSET)
            ready_at: datetime.datetime | Unset
            if isinstance(_ready_at, Unset):
                ready_at = UNSET
            else:
                ready_at = datetime.datetime.fromisoformat(_ready_at)

            _field = "compute_type"
            compute_type = d.pop("compute_type", UNSET)

            _field = "python_packages"
            python_packages = cast(list[str], d.pop("python_packages", UNSET))

            _field = "system_packages"
            system_packages = cast(list[str], d.pop("system_packages", UNSET))

            _field = "cuda_version"
            cuda_version = d.pop("cuda_version", UNSET)

            _field = "gpu"
            gpu = d.pop("gpu", UNSET)

            _field = "split"
            split = d.pop("split", UNSET)

            _field = "minimum_replicas"
            minimum_replicas = d.pop("minimum_replicas", UNSET)

            _field = "maximum_replicas"
            maximum_replicas = d.pop("maximum_replicas", UNSET)

            _field = "inputs"
            _inputs = d.pop("inputs", UNSET)
            inputs: list[IOEntry] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = IOEntry.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

            _field = "outputs"
            _outputs = d.pop("outputs", UNSET)
            outputs: list[IOEntry] | Unset = UNSET
            if _outputs is not UNSET:
                outputs = []
                for outputs_item_data in _outputs:
                    outputs_item = IOEntry.from_dict(outputs_item_data)

                    outputs.append(outputs_item)

            _field = "current_workers"
            _current_workers = d.pop("current_workers", UNSET)
            current_workers: WorkerCounts | Unset
            if isinstance(_current_workers, Unset):
                current_workers = UNSET
            else:
                current_workers = WorkerCounts.from_dict(_current_workers)

            _field = "environment_variables"
            _environment_variables = d.pop("environment_variables", UNSET)
            environment_variables: list[EnvironmentVariable] | Unset = UNSET
            if _environment_variables is not UNSET:
                environment_variables = []
                for environment_variables_item_data in _environment_variables:
                    environment_variables_item = EnvironmentVariable.from_dict(
                        environment_variables_item_data
                    )

                    environment_variables.append(environment_variables_item)

            _field = "stream_output"
            stream_output = d.pop("stream_output", UNSET)

            _field = "function_dependencies"
            function_dependencies = cast(list[str], d.pop("function_dependencies", UNSET))

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        function_version = cls(
            id=id,
            build_status=build_status,
            queued_at=queued_at,
            built_at=built_at,
            ready_at=ready_at,
            compute_type=compute_type,
            python_packages=python_packages,
            system_packages=system_packages,
            cuda_version=cuda_version,
            gpu=gpu,
            split=split,
            minimum_replicas=minimum_replicas,
            maximum_replicas=maximum_replicas,
            inputs=inputs,
            outputs=outputs,
            current_workers=current_workers,
            environment_variables=environment_variables,
            stream_output=stream_output,
            function_dependencies=function_dependencies,
        )

        function_version.additional_properties = d
        return function_version

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
