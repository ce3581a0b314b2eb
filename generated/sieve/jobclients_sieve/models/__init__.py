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
from .job_list import JobList
from .job_restart import JobRestart
from .job_status import JobStatus
from .list_jobs_status import ListJobsStatus
from .push_env import PushEnv
from .push_inputs import PushInputs
from .push_request import PushRequest
from .push_response import PushResponse
from .push_webhook import PushWebhook
from .push_webhook_type import PushWebhookType
from .restart_type import RestartType
from .status_message import StatusMessage
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
    "JobList",
    "JobRestart",
    "JobStatus",
    "ListJobsStatus",
    "PushEnv",
    "PushInputs",
    "PushRequest",
    "PushResponse",
    "PushWebhook",
    "PushWebhookType",
    "RestartType",
    "StatusMessage",
    "ValidationError",
    "ValidationErrorResponse",
    "Visibility",
    "Webhook",
    "WebhookType",
    "WorkerCounts",
)
