"""Contains all the data models used in inputs/outputs"""

from .inference_endpoint_job import InferenceEndpointJob
from .inference_endpoint_job_collection import InferenceEndpointJobCollection
from .inference_endpoint_job_event import InferenceEndpointJobEvent
from .inference_endpoint_job_event_action import InferenceEndpointJobEventAction
from .inference_endpoint_job_metadata_type_0 import InferenceEndpointJobMetadataType0
from .inference_endpoint_job_prototype import InferenceEndpointJobPrototype
from .inference_endpoint_job_prototype_metadata import InferenceEndpointJobPrototypeMetadata
from .inference_endpoint_job_status import InferenceEndpointJobStatus
from .problem_details import ProblemDetails

__all__ = (
    "InferenceEndpointJob",
    "InferenceEndpointJobCollection",
    "InferenceEndpointJobEvent",
    "InferenceEndpointJobEventAction",
    "InferenceEndpointJobMetadataType0",
    "InferenceEndpointJobPrototype",
    "InferenceEndpointJobPrototypeMetadata",
    "InferenceEndpointJobStatus",
    "ProblemDetails",
)
