"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .error_response import ErrorResponse
from .http_validation_error import HTTPValidationError
from .job_artifact import JobArtifact
from .job_artifact_meta import JobArtifactMeta
from .job_artifact_role import JobArtifactRole
from .job_detail_response import JobDetailResponse
from .job_event import JobEvent
from .job_event_extra import JobEventExtra
from .job_event_type import JobEventType
from .job_event_visibility import JobEventVisibility
from .job_events_response import JobEventsResponse
from .job_header import JobHeader
from .job_list import JobList
from .job_request import JobRequest
from .job_status import JobStatus
from .validation_error_item import ValidationErrorItem

__all__ = (
    "ErrorBody",
    "ErrorResponse",
    "HTTPValidationError",
    "JobArtifact",
    "JobArtifactMeta",
    "JobArtifactRole",
    "JobDetailResponse",
    "JobEvent",
    "JobEventExtra",
    "JobEventsResponse",
    "JobEventType",
    "JobEventVisibility",
    "JobHeader",
    "JobList",
    "JobRequest",
    "JobStatus",
    "ValidationErrorItem",
)
