"""Contains all the data models used in inputs/outputs"""

from .environment_variable import EnvironmentVariable
from .error_detail import ErrorDetail
from .function_type import FunctionType
from .function_version import FunctionVersion
from .io_entry import IOEntry
from .job import Job
from .job_children import JobChildren
from .job_function import JobFunction
from .job_inputs import JobInputs
from .job_restart import JobRestart
from .job_status import JobStatus
from .restart_type import RestartType
from .validation_error import ValidationError
from .validation_error_response import ValidationErrorResponse
from .visibility import Visibility
from .webhook import Webhook
from .webhook_type import WebhookType
from .worker_counts import WorkerCounts

__all__ = (
    "EnvironmentVariable",
    "ErrorDetail",
    "FunctionType",
    "FunctionVersion",
    "IOEntry",
    "Job",
    "JobChildren",
    "JobFunction",
    "JobInputs",
    "JobRestart",
    "JobStatus",
    "RestartType",
    "ValidationError",
    "ValidationErrorResponse",
    "Visibility",
    "Webhook",
    "WebhookType",
    "WorkerCounts",
)
