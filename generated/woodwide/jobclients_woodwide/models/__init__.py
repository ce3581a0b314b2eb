"""Contains all the data models used in inputs/outputs"""

from .created_by import CreatedBy
from .dataset_version_ref import DatasetVersionRef
from .error_detail import ErrorDetail
from .http_validation_error import HTTPValidationError
from .infer_batch_resources import InferBatchResources
from .infer_sync_resources import InferSyncResources
from .ingest_resources import IngestResources
from .job_detail import JobDetail
from .job_input import JobInput
from .job_output import JobOutput
from .job_status import JobStatus
from .other_resources import OtherResources
from .train_resources import TrainResources
from .validation_error import ValidationError

__all__ = (
    "CreatedBy",
    "DatasetVersionRef",
    "ErrorDetail",
    "HTTPValidationError",
    "InferBatchResources",
    "InferSyncResources",
    "IngestResources",
    "JobDetail",
    "JobInput",
    "JobOutput",
    "JobStatus",
    "OtherResources",
    "TrainResources",
    "ValidationError",
)
