"""Contains all the data models used in inputs/outputs"""

from .anomaly_format import AnomalyFormat
from .compound_filter import CompoundFilter
from .created_by import CreatedBy
from .dataset_complete_response import DatasetCompleteResponse
from .dataset_create_params import DatasetCreateParams
from .dataset_create_response import DatasetCreateResponse
from .dataset_ingest_results import DatasetIngestResults
from .dataset_upload_file import DatasetUploadFile
from .dataset_upload_params import DatasetUploadParams
from .dataset_upload_response import DatasetUploadResponse
from .dataset_upload_target import DatasetUploadTarget
from .dataset_version_ref import DatasetVersionRef
from .error_detail import ErrorDetail
from .explanation import Explanation
from .explanation_feature_contributions_type_0_item import ExplanationFeatureContributionsType0Item
from .filter_operator import FilterOperator
from .http_validation_error import HTTPValidationError
from .infer_batch_resources import InferBatchResources
from .infer_batch_response import InferBatchResponse
from .infer_sync_resources import InferSyncResources
from .inference_descriptions import InferenceDescriptions
from .inference_summary import InferenceSummary
from .ingest_resources import IngestResources
from .job_cancel_response import JobCancelResponse
from .job_detail import JobDetail
from .job_input import JobInput
from .job_list_response import JobListResponse
from .job_output import JobOutput
from .job_retrieve_results_response import JobRetrieveResultsResponse
from .job_retry_response import JobRetryResponse
from .job_status import JobStatus
from .job_type import JobType
from .metrics_point import MetricsPoint
from .model_infer_async_params import ModelInferAsyncParams
from .model_infer_batch_params import ModelInferBatchParams
from .model_train_params import ModelTrainParams
from .model_train_response import ModelTrainResponse
from .model_type import ModelType
from .model_version_ref import ModelVersionRef
from .other_resources import OtherResources
from .output_type import OutputType
from .train_resources import TrainResources
from .training_hyperparameters import TrainingHyperparameters
from .training_mode import TrainingMode
from .training_phase import TrainingPhase
from .training_results import TrainingResults
from .validation_error import ValidationError

__all__ = (
    "AnomalyFormat",
    "CompoundFilter",
    "CreatedBy",
    "DatasetCompleteResponse",
    "DatasetCreateParams",
    "DatasetCreateResponse",
    "DatasetIngestResults",
    "DatasetUploadFile",
    "DatasetUploadParams",
    "DatasetUploadResponse",
    "DatasetUploadTarget",
    "DatasetVersionRef",
    "ErrorDetail",
    "Explanation",
    "ExplanationFeatureContributionsType0Item",
    "FilterOperator",
    "HTTPValidationError",
    "InferBatchResources",
    "InferBatchResponse",
    "InferenceDescriptions",
    "InferenceSummary",
    "InferSyncResources",
    "IngestResources",
    "JobCancelResponse",
    "JobDetail",
    "JobInput",
    "JobListResponse",
    "JobOutput",
    "JobRetrieveResultsResponse",
    "JobRetryResponse",
    "JobStatus",
    "JobType",
    "MetricsPoint",
    "ModelInferAsyncParams",
    "ModelInferBatchParams",
    "ModelTrainParams",
    "ModelTrainResponse",
    "ModelType",
    "ModelVersionRef",
    "OtherResources",
    "OutputType",
    "TrainingHyperparameters",
    "TrainingMode",
    "TrainingPhase",
    "TrainingResults",
    "TrainResources",
    "ValidationError",
)
