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
        "compute_type",
        "gpu",
        "split",
        "inputs",
        "outputs",
        "function_dependencies",
        "queued_at",
        "built_at",
        "ready_at",
        "python_version",
        "python_packages",
        "system_packages",
        "cuda_version",
        "minimum_replicas",
        "maximum_replicas",
        "scale_up_damper",
        "scale_down_damper",
        "scaling_constant",
        "samples_keep_alive_seconds",
        "current_workers",
        "environment_variables",
        "stream_output",
    }
)


T = TypeVar("T", bound="FunctionVersion")


@_attrs_define
class FunctionVersion:
    """One built version of a function, with its build settings and workers. The members required here are those every
    OpenAPI version requires.

        Attributes:
            id (str): The id of the version.
            build_status (str): Where the build of the version stands (queued, building, pushing, deploying, ready or error,
                in Sieve's words).
            compute_type (str): The machine type the version runs on.
            gpu (bool | str): Whether the version runs on a GPU: a boolean in every OpenAPI version but the oldest, which
                types it as a string.
            split (int): How many jobs share one GPU.
            inputs (list[IOEntry]): The inputs the version takes.
            outputs (list[IOEntry]): The outputs the version produces.
            function_dependencies (list[str]): Other functions this version calls.
            queued_at (datetime.datetime | None | Unset): When the build was queued.
            built_at (datetime.datetime | None | Unset): When the build finished.
            ready_at (datetime.datetime | None | Unset): When the version became ready to take jobs.
            python_version (str | Unset): The Python version of the image (oldest OpenAPI version only).
            python_packages (list[str] | Unset): The Python packages installed for the version.
            system_packages (list[str] | Unset): The system packages installed for the version.
            cuda_version (None | str | Unset): The CUDA version of the image.
            minimum_replicas (int | Unset): The fewest workers kept running.
            maximum_replicas (int | None | Unset): The most workers allowed.
            scale_up_damper (float | None | Unset): How much a scale-up is damped (one OpenAPI version).
            scale_down_damper (float | None | Unset): How much a scale-down is damped (one OpenAPI version).
            scaling_constant (float | None | Unset): The factor the wanted number of replicas is multiplied by (one OpenAPI
                version).
            samples_keep_alive_seconds (float | None | Unset): How long queue-length samples are kept, in seconds (one
                OpenAPI version).
            current_workers (None | Unset | WorkerCounts): How many workers the version has in each state; may be null.
            environment_variables (Any | Unset): The environment variables the version reads: a list of variables, though
                every OpenAPI version lets it be any JSON value.
            stream_output (bool | None | Unset): Whether the version streams its outputs one by one.
    """

    id: str
    build_status: str
    compute_type: str
    gpu: bool | str
    split: int
    inputs: list[IOEntry]
    outputs: list[IOEntry]
    function_dependencies: list[str]
    queued_at: datetime.datetime | None | Unset = UNSET
    built_at: datetime.datetime | None | Unset = UNSET
    ready_at: datetime.datetime | None | Unset = UNSET
    python_version: str | Unset = UNSET
    python_packages: list[str] | Unset = UNSET
    system_packages: list[str] | Unset = UNSET
    cuda_version: None | str | Unset = UNSET
    minimum_replicas: int | Unset = UNSET
    maximum_replicas: int | None | Unset = UNSET
    scale_up_damper: float | None | Unset = UNSET
    scale_down_damper: float | None | Unset = UNSET
    scaling_constant: float | None | Unset = UNSET
    samples_keep_alive_seconds: float | None | Unset = UNSET
    current_workers: None | Unset | WorkerCounts = UNSET
    environment_variables: Any | Unset = UNSET
    stream_output: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        build_status = self.build_status

        compute_type = self.compute_type

        gpu: bool | str
        gpu = self.gpu

        split = self.split

        inputs = [inputs_item_data.to_dict() for inputs_item_data in self.inputs]

        outputs = [outputs_item_data.to_dict() for outputs_item_data in self.outputs]

        function_dependencies = self.function_dependencies

        queued_at: None | str | Unset
        if isinstance(self.queued_at, Unset):
            queued_at = UNSET
        elif isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        built_at: None | str | Unset
        if isinstance(self.built_at, Unset):
            built_at = UNSET
        elif isinstance(self.built_at, datetime.datetime):
            built_at = self.built_at.isoformat()
        else:
            built_at = self.built_at

        ready_at: None | str | Unset
        if isinstance(self.ready_at, Unset):
            ready_at = UNSET
        elif isinstance(self.ready_at, datetime.datetime):
            ready_at = self.ready_at.isoformat()
        else:
            ready_at = self.ready_at

        python_version = self.python_version

        python_packages: list[str] | Unset = UNSET
        if not isinstance(self.python_packages, Unset):
            python_packages = self.python_packages

        system_packages: list[str] | Unset = UNSET
        if not isinstance(self.system_packages, Unset):
            system_packages = self.system_packages

        cuda_version: None | str | Unset
        if isinstance(self.cuda_version, Unset):
            cuda_version = UNSET
        else:
            cuda_version = self.cuda_version

        minimum_replicas = self.minimum_replicas

        maximum_replicas: int | None | Unset
        if isinstance(self.maximum_replicas, Unset):
            maximum_replicas = UNSET
        else:
            maximum_replicas = self.maximum_replicas

        scale_up_damper: float | None | Unset
        if isinstance(self.scale_up_damper, Unset):
            scale_up_damper = UNSET
        else:
            scale_up_damper = self.scale_up_damper

        scale_down_damper: float | None | Unset
        if isinstance(self.scale_down_damper, Unset):
            scale_down_damper = UNSET
        else:
            scale_down_damper = self.scale_down_damper

        scaling_constant: float | None | Unset
        if isinstance(self.scaling_constant, Unset):
            scaling_constant = UNSET
        else:
            scaling_constant = self.scaling_constant

        samples_keep_alive_seconds: float | None | Unset
        if isinstance(self.samples_keep_alive_seconds, Unset):
            samples_keep_alive_seconds = UNSET
        else:
            samples_keep_alive_seconds = self.samples_keep_alive_seconds

        current_workers: dict[str, Any] | None | Unset
        if isinstance(self.current_workers, Unset):
            current_workers = UNSET
        elif isinstance(self.current_workers, WorkerCounts):
            current_workers = self.current_workers.to_dict()
        else:
            current_workers = self.current_workers

        environment_variables = self.environment_variables

        stream_output: bool | None | Unset
        if isinstance(self.stream_output, Unset):
            stream_output = UNSET
        else:
            stream_output = self.stream_output

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "build_status": build_status,
            "compute_type": compute_type,
            "gpu": gpu,
            "split": split,
            "inputs": inputs,
            "outputs": outputs,
            "function_dependencies": function_dependencies,
        }

        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if built_at is not UNSET:
            field_dict["built_at"] = built_at
        if ready_at is not UNSET:
            field_dict["ready_at"] = ready_at
        if python_version is not UNSET:
            field_dict["python_version"] = python_version
        if python_packages is not UNSET:
            field_dict["python_packages"] = python_packages
        if system_packages is not UNSET:
            field_dict["system_packages"] = system_packages
        if cuda_version is not UNSET:
            field_dict["cuda_version"] = cuda_version
        if minimum_replicas is not UNSET:
            field_dict["minimum_replicas"] = minimum_replicas
        if maximum_replicas is not UNSET:
            field_dict["maximum_replicas"] = maximum_replicas
        if scale_up_damper is not UNSET:
            field_dict["scale_up_damper"] = scale_up_damper
        if scale_down_damper is not UNSET:
            field_dict["scale_down_damper"] = scale_down_damper
        if scaling_constant is not UNSET:
            field_dict["scaling_constant"] = scaling_constant
        if samples_keep_alive_seconds is not UNSET:
            field_dict["samples_keep_alive_seconds"] = samples_keep_alive_seconds
        if current_workers is not UNSET:
            field_dict["current_workers"] = current_workers
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if stream_output is not UNSET:
            field_dict["stream_output"] = stream_output

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

            _field = "build_status"
            build_status = d["build_status"]
            if type(build_status) is not str:
                raise wrong_type(build_status, "a string")

            _field = "compute_type"
            compute_type = d["compute_type"]
            if type(compute_type) is not str:
                raise wrong_type(compute_type, "a string")

            _field = "gpu"
            gpu = d["gpu"]
            if type(gpu) is not bool and type(gpu) is not str:
                raise wrong_type(gpu, "a boolean or a string")

            _field = "split"
            split = d["split"]
            if type(split) is not int:
                raise wrong_type(split, "an integer")

            _field = "inputs"
            _inputs = d["inputs"]
            inputs: list[IOEntry]
            if type(_inputs) is not list:
                raise wrong_type(_inputs, "an array")
            try:
                inputs = list(map(IOEntry.from_dict, _inputs))
            except ResponseValidationError as exc:
                raise located(_inputs, IOEntry.from_dict, exc) from None

            _field = "outputs"
            _outputs = d["outputs"]
            outputs: list[IOEntry]
            if type(_outputs) is not list:
                raise wrong_type(_outputs, "an array")
            try:
                outputs = list(map(IOEntry.from_dict, _outputs))
            except ResponseValidationError as exc:
                raise located(_outputs, IOEntry.from_dict, exc) from None

            _field = "function_dependencies"
            _function_dependencies = d["function_dependencies"]
            function_dependencies: list[str]
            if type(_function_dependencies) is not list:
                raise wrong_type(_function_dependencies, "an array")
            for function_dependencies_item_data in _function_dependencies:
                if type(function_dependencies_item_data) is not str:
                    raise item_error(
                        wrong_type(function_dependencies_item_data, "a string"),
                        index_of(_function_dependencies, function_dependencies_item_data),
                    )
            function_dependencies = _function_dependencies

            _field = "queued_at"
            _queued_at = d.get("queued_at", UNSET)
            queued_at: datetime.datetime | None | Unset
            if _queued_at is None:
                queued_at = _queued_at
            elif isinstance(_queued_at, Unset):
                queued_at = _queued_at
            else:
                if not isinstance(_queued_at, str):
                    raise wrong_type(_queued_at, "a string or null")
                queued_at_type_0 = _datetime_fromisoformat(_queued_at)
                queued_at = queued_at_type_0

            _field = "built_at"
            _built_at = d.get("built_at", UNSET)
            built_at: datetime.datetime | None | Unset
            if _built_at is None:
                built_at = _built_at
            elif isinstance(_built_at, Unset):
                built_at = _built_at
            else:
                if not isinstance(_built_at, str):
                    raise wrong_type(_built_at, "a string or null")
                built_at_type_0 = _datetime_fromisoformat(_built_at)
                built_at = built_at_type_0

            _field = "ready_at"
            _ready_at = d.get("ready_at", UNSET)
            ready_at: datetime.datetime | None | Unset
            if _ready_at is None:
                ready_at = _ready_at
            elif isinstance(_ready_at, Unset):
                ready_at = _ready_at
            else:
                if not isinstance(_ready_at, str):
                    raise wrong_type(_ready_at, "a string or null")
                ready_at_type_0 = _datetime_fromisoformat(_ready_at)
                ready_at = ready_at_type_0

            _field = "python_version"
            python_version = d.get("python_version", UNSET)
            if type(python_version) is not str and python_version is not UNSET:
                raise wrong_type(python_version, "a string")

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
            if type(cuda_version) is not str and cuda_version is not None and cuda_version is not UNSET:
                raise wrong_type(cuda_version, "a string or null")

            _field = "minimum_replicas"
            minimum_replicas = d.get("minimum_replicas", UNSET)
            if type(minimum_replicas) is not int and minimum_replicas is not UNSET:
                raise wrong_type(minimum_replicas, "an integer")

            _field = "maximum_replicas"
            maximum_replicas = d.get("maximum_replicas", UNSET)
            if (
                type(maximum_replicas) is not int
                and maximum_replicas is not None
                and maximum_replicas is not UNSET
            ):
                raise wrong_type(maximum_replicas, "an integer or null")

            _field = "scale_up_damper"
            scale_up_damper = d.get("scale_up_damper", UNSET)
            if (
                type(scale_up_damper) is not float
                and type(scale_up_damper) is not int
                and scale_up_damper is not None
                and scale_up_damper is not UNSET
            ):
                raise wrong_type(scale_up_damper, "a number or null")

            _field = "scale_down_damper"
            scale_down_damper = d.get("scale_down_damper", UNSET)
            if (
                type(scale_down_damper) is not float
                and type(scale_down_damper) is not int
                and scale_down_damper is not None
                and scale_down_damper is not UNSET
            ):
                raise wrong_type(scale_down_damper, "a number or null")

            _field = "scaling_constant"
            scaling_constant = d.get("scaling_constant", UNSET)
            if (
                type(scaling_constant) is not float
                and type(scaling_constant) is not int
                and scaling_constant is not None
                and scaling_constant is not UNSET
            ):
                raise wrong_type(scaling_constant, "a number or null")

            _field = "samples_keep_alive_seconds"
            samples_keep_alive_seconds = d.get("samples_keep_alive_seconds", UNSET)
            if (
                type(samples_keep_alive_seconds) is not float
                and type(samples_keep_alive_seconds) is not int
                and samples_keep_alive_seconds is not None
                and samples_keep_alive_seconds is not UNSET
            ):
                raise wrong_type(samples_keep_alive_seconds, "a number or null")

            _field = "current_workers"
            _current_workers = d.get("current_workers", UNSET)
            current_workers: None | Unset | WorkerCounts
            if _current_workers is None:
                current_workers = _current_workers
            elif isinstance(_current_workers, Unset):
                current_workers = _current_workers
            else:
                if not isinstance(_current_workers, dict):
                    raise wrong_type(_current_workers, "an object or null")
                current_workers_type_0 = WorkerCounts.from_dict(_current_workers)
                current_workers = current_workers_type_0

            _field = "environment_variables"
            environment_variables = d.get("environment_variables", UNSET)

            _field = "stream_output"
            stream_output = d.get("stream_output", UNSET)
            if type(stream_output) is not bool and stream_output is not None and stream_output is not UNSET:
                raise wrong_type(stream_output, "a boolean or null")

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        function_version = cls(
            id,
            build_status,
            compute_type,
            gpu,
            split,
            inputs,
            outputs,
            function_dependencies,
            queued_at,
            built_at,
            ready_at,
            python_version,
            python_packages,
            system_packages,
            cuda_version,
            minimum_replicas,
            maximum_replicas,
            scale_up_damper,
            scale_down_damper,
            scaling_constant,
            samples_keep_alive_seconds,
            current_workers,
            environment_variables,
            stream_output,
        )

        if len(d) != 8 + ("queued_at" in d) + ("built_at" in d) + ("ready_at" in d) + (
            "python_version" in d
        ) + ("python_packages" in d) + ("system_packages" in d) + ("cuda_version" in d) + (
            "minimum_replicas" in d
        ) + ("maximum_replicas" in d) + ("scale_up_damper" in d) + ("scale_down_damper" in d) + (
            "scaling_constant" in d
        ) + ("samples_keep_alive_seconds" in d) + ("current_workers" in d) + (
            "environment_variables" in d
        ) + ("stream_output" in d):
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
from ..models.io_entry import IOEntry
from ..models.worker_counts import WorkerCounts
