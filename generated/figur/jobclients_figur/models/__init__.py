"""Contains all the data models used in inputs/outputs"""

from .background_generator_request import BackgroundGeneratorRequest
from .background_swap_with_image_request import BackgroundSwapWithImageRequest
from .background_swap_with_spec_request import BackgroundSwapWithSpecRequest
from .complementary_garment_generator_request import ComplementaryGarmentGeneratorRequest
from .error_body import ErrorBody
from .error_response import ErrorResponse
from .extract_trial_items_request import ExtractTrialItemsRequest
from .extraction_context import ExtractionContext
from .garment_fit import GarmentFit
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
from .look_request import LookRequest
from .model_generator_request import ModelGeneratorRequest
from .render_params import RenderParams
from .render_resolution import RenderResolution
from .runtime_config import RuntimeConfig
from .trial_item_input import TrialItemInput
from .try_on_request import TryOnRequest
from .user_category import UserCategory
from .validation_error_item import ValidationErrorItem
from .workflow_accepted_response import WorkflowAcceptedResponse
from .workflow_metadata import WorkflowMetadata

__all__ = (
    "BackgroundGeneratorRequest",
    "BackgroundSwapWithImageRequest",
    "BackgroundSwapWithSpecRequest",
    "ComplementaryGarmentGeneratorRequest",
    "ErrorBody",
    "ErrorResponse",
    "ExtractionContext",
    "ExtractTrialItemsRequest",
    "GarmentFit",
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
    "LookRequest",
    "ModelGeneratorRequest",
    "RenderParams",
    "RenderResolution",
    "RuntimeConfig",
    "TrialItemInput",
    "TryOnRequest",
    "UserCategory",
    "ValidationErrorItem",
    "WorkflowAcceptedResponse",
    "WorkflowMetadata",
)
