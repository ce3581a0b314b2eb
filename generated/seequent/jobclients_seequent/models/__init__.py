"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .execute_task_request import ExecuteTaskRequest
from .invalid_param import InvalidParam
from .job_error import JobError
from .job_links import JobLinks
from .job_results import JobResults
from .job_results_response import JobResultsResponse
from .job_status import JobStatus
from .job_status_response import JobStatusResponse
from .task_parameters import TaskParameters

__all__ = (
    "ErrorResponse",
    "ExecuteTaskRequest",
    "InvalidParam",
    "JobError",
    "JobLinks",
    "JobResults",
    "JobResultsResponse",
    "JobStatus",
    "JobStatusResponse",
    "TaskParameters",
)
