from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.checks import index_of, item_error, located, wrong_type
from ..errors import ResponseValidationError
from ..types import UNSET, Unset

_datetime_fromisoformat = datetime.datetime.fromisoformat
# The keys from_dict reads; the others are kept in additional_properties.
_FIELD_NAMES = frozenset(
    {
        "id",
        "build_status",
        "queued_at",
        "built_at",
        "ready_at",
        "compute_type",
        "python_packages",
        "system_packages",
        "cuda_version",
        "gpu",
        "split",
        "minimum_replicas",
        "maximum_replicas",
        "inputs",
        "outputs",
        "current_workers",
        "environment_variables",
        "stream_output",
        "function_dependencies",
    }
)


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
            inputs = [inputs_item_data.to_dict() for inputs_item_data in self.inputs]

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = [outputs_item_data.to_dict() for outputs_item_data in self.outputs]

        current_workers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_workers, Unset):
            current_workers = self.current_workers.to_dict()

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = [
                environment_variables_item_data.to_dict()
                for environment_variables_item_data in self.environment_variables
            ]

        stream_output = self.stream_output

        function_dependencies: list[str] | Unset = UNSET
        if not isinstance(self.function_dependencies, Unset):
            function_dependencies = self.function_dependencies

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }

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
            id = d.get("id", UNSET)
            if type(id) is not str and id is not UNSET:
                raise wrong_type(id, "a string")

            _field = "build_status"
            build_status = d.get("build_status", UNSET)
            if type(build_status) is not str and build_status is not UNSET:
                raise wrong_type(build_status, "a string")

            _field = "queued_at"
            _queued_at = d.get("queued_at", UNSET)
            queued_at: datetime.datetime | Unset
            if isinstance(_queued_at, Unset):
                queued_at = UNSET
            else:
                queued_at = _datetime_fromisoformat(_queued_at)

            _field = "built_at"
            _built_at = d.get("built_at", UNSET)
            built_at: datetime.datetime | Unset
            if isinstance(_built_at, Unset):
                built_at = UNSET
            else:
                built_at = _datetime_fromisoformat(_built_at)

            _field = "ready_at"
            _ready_at = d.get("ready_at", UNSET)
            ready_at: datetime.datetime | Unset
            if isinstance(_ready_at, Unset):
                ready_at = UNSET
            else:
                ready_at = _datetime_fromisoformat(_ready_at)

            _field = "compute_type"
            compute_type = d.get("compute_type", UNSET)
            if type(compute_type) is not str and compute_type is not UNSET:
                raise wrong_type(compute_type, "a string")

            _field = "python_packages"
            _python_packages = d.get("python_packages", UNSET)
            python_packages: list[str] | Unset = UNSET
            if _python_packages is not UNSET:
                if type(_python_packages) is not list:
                    raise wrong_type(_python_packages, "an array")
                for python_packages_item_data in _python_packages:
                    if type(python_packages_item_data) is not str:
                        raise item_error(
                            wrong_type(python_packages_item_data, "a string"),
                            index_of(_python_packages, python_packages_item_data),
                        )
                python_packages = _python_packages

            _field = "system_packages"
            _system_packages = d.get("system_packages", UNSET)
            system_packages: list[str] | Unset = UNSET
            if _system_packages is not UNSET:
                if type(_system_packages) is not list:
                    raise wrong_type(_system_packages, "an array")
                for system_packages_item_data in _system_packages:
                    if type(system_packages_item_data) is not str:
                        raise item_error(
                            wrong_type(system_packages_item_data, "a string"),
                            index_of(_system_packages, system_packages_item_data),
                        )
                system_packages = _system_packages

            _field = "cuda_version"
            cuda_version = d.get("cuda_version", UNSET)
            if type(cuda_version) is not str and cuda_version is not UNSET:
                raise wrong_type(cuda_version, "a string")

            _field = "gpu"
            gpu = d.get("gpu", UNSET)
            if type(gpu) is not bool and gpu is not UNSET:
                raise wrong_type(gpu, "a boolean")

            _field = "split"
            split = d.get("split", UNSET)
            if type(split) is not int and split is not UNSET:
                raise wrong_type(split, "an integer")

            _field = "minimum_replicas"
            minimum_replicas = d.get("minimum_replicas", UNSET)
            if type(minimum_replicas) is not int and minimum_replicas is not UNSET:
                raise wrong_type(minimum_replicas, "an integer")

            _field = "maximum_replicas"
            maximum_replicas = d.get("maximum_replicas", UNSET)
            if type(maximum_replicas) is not int and maximum_replicas is not UNSET:
                raise wrong_type(maximum_replicas, "an integer")

            _field = "inputs"
            _inputs = d.get("inputs", UNSET)
            inputs: list[IOEntry] | Unset = UNSET
            if _inputs is not UNSET:
                if type(_inputs) is not list:
                    raise wrong_type(_inputs, "an array")
                try:
                    inputs = list(map(IOEntry.from_dict, _inputs))
                except ResponseValidationError as exc:
                    raise located(_inputs, IOEntry.from_dict, exc) from None

            _field = "outputs"
            _outputs = d.get("outputs", UNSET)
            outputs: list[IOEntry] | Unset = UNSET
            if _outputs is not UNSET:
                if type(_outputs) is not list:
                    raise wrong_type(_outputs, "an array")
                try:
                    outputs = list(map(IOEntry.from_dict, _outputs))
                except ResponseValidationError as exc:
                    raise located(_outputs, IOEntry.from_dict, exc) from None

            _field = "current_workers"
            _current_workers = d.get("current_workers", UNSET)
            current_workers: WorkerCounts | Unset
            if isinstance(_current_workers, Unset):
                current_workers = UNSET
            else:
                current_workers = WorkerCounts.from_dict(_current_workers)

            _field = "environment_variables"
            _environment_variables = d.get("environment_variables", UNSET)
            environment_variables: list[EnvironmentVariable] | Unset = UNSET
            if _environment_variables is not UNSET:
                if type(_environment_variables) is not list:
                    raise wrong_type(_environment_variables, "an array")
                try:
                    environment_variables = list(map(EnvironmentVariable.from_dict, _environment_variables))
                except ResponseValidationError as exc:
                    raise located(_environment_variables, EnvironmentVariable.from_dict, exc) from None

            _field = "stream_output"
            stream_output = d.get("stream_output", UNSET)
            if type(stream_output) is not bool and stream_output is not UNSET:
                raise wrong_type(stream_output, "a boolean")

            _field = "function_dependencies"
            _function_dependencies = d.get("function_dependencies", UNSET)
            function_dependencies: list[str] | Unset = UNSET
            if _function_dependencies is not UNSET:
                if type(_function_dependencies) is not list:
                    raise wrong_type(_function_dependencies, "an array")
                for function_dependencies_item_data in _function_dependencies:
                    if type(function_dependencies_item_data) is not str:
                        raise item_error(
                            wrong_type(function_dependencies_item_data, "a string"),
                            index_of(_function_dependencies, function_dependencies_item_data),
                        )
                function_dependencies = _function_dependencies

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        function_version = cls(
            id,
            build_status,
            queued_at,
            built_at,
            ready_at,
            compute_type,
            python_packages,
            system_packages,
            cuda_version,
            gpu,
            split,
            minimum_replicas,
            maximum_replicas,
            inputs,
            outputs,
            current_workers,
            environment_variables,
            stream_output,
            function_dependencies,
        )

        if len(d) != 0 + ("id" in d) + ("build_status" in d) + ("queued_at" in d) + ("built_at" in d) + (
            "ready_at" in d
        ) + ("compute_type" in d) + ("python_packages" in d) + ("system_packages" in d) + (
            "cuda_version" in d
        ) + ("gpu" in d) + ("split" in d) + ("minimum_replicas" in d) + ("maximum_replicas" in d) + (
            "inputs" in d
        ) + ("outputs" in d) + ("current_workers" in d) + ("environment_variables" in d) + (
            "stream_output" in d
        ) + ("function_dependencies" in d):
            function_version.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
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


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.environment_variable import EnvironmentVariable
from ..models.io_entry import IOEntry
from ..models.worker_counts import WorkerCounts
