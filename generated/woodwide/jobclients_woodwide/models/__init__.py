"""Contains all the data models used in inputs/outputs"""

from .created_by import CreatedBy
from .dataset_version_ref import DatasetVersionRef
from .error_detail import ErrorDetail
from .explanation import Explanation
from .explanation_feature_contributions_type_0_item import ExplanationFeatureContributionsType0Item
from .http_validation_error import HTTPValidationError
from .infer_batch_resources import InferBatchResources
from .infer_sync_resources import InferSyncResources
from .ingest_resources import IngestResources
from .job_detail import JobDetail
from .job_input import JobInput
from .job_output import JobOutput
from .job_status import JobStatus
from .metrics_point import MetricsPoint
from .model_version_ref import ModelVersionRef
from .other_resources import OtherResources
from .train_resources import TrainResources
from .training_phase import TrainingPhase
from .validation_error import ValidationError

__all__ = (
    "CreatedBy",
    "DatasetVersionRef",
    "ErrorDetail",
    "Explanation",
    "ExplanationFeatureContributionsType0Item",
    "HTTPValidationError",
    "InferBatchResources",
    "InferSyncResources",
    "IngestResources",
    "JobDetail",
    "JobInput",
    "JobOutput",
    "JobStatus",
    "MetricsPoint",
    "ModelVersionRef",
    "OtherResources",
    "TrainingPhase",
    "TrainResources",
    "ValidationError",
)
