from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.checks import wrong_type
from .._runtime.tolerance import tolerated
from ..errors import ResponseValidationError

# A field whose value fails these is kept raw by a client that is not strict (tolerated).
_PARSE_ERRORS = (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError)


T = TypeVar("T", bound="ExecuteTaskRequest")


@_attrs_define
class ExecuteTaskRequest:
    """The body of the create call. Every source names one member, `parameters`; no source names another, so nothing else
    is sent.

        Attributes:
            parameters (TaskParameters): The task's input parameters, by name. Which names and values a task takes is the
                task's own business (for geostatistics tasks, their guides and the Geostatistics Task API reference). The SDK's
                generated model (ExecuteTaskRequest in evo-compute 0.0.2 to 0.0.6) types every value as a string, but the SDK's
                own task clients send nested objects and numbers through this call, the Compute Tasks guide shows a nested
                object and the Task API reference renders the values untyped (string, number, boolean), so any JSON value is
                allowed here.
    """

    parameters: TaskParameters

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            "parameters": parameters,
        }

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
            _field = "parameters"
            try:
                parameters = TaskParameters.from_dict(d["parameters"])

            except _PARSE_ERRORS as _exc:
                parameters = tolerated(_exc, "ExecuteTaskRequest", _field, d)

        except ResponseValidationError as exc:
            raise exc.inside(_field) from None
        except KeyError:
            raise ResponseValidationError(_field, "a required field is missing") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(_field, f"{type(exc).__name__}: {exc}") from None
        execute_task_request = cls(
            parameters,
        )

        return execute_task_request


# jobclients: the models this one refers to, imported once here rather than in every call;
# at the end of the module, so that models referring to each other import in any order.
from ..models.task_parameters import TaskParameters
