from .._runtime.open_enum import OpenStrEnum


class PushWebhookType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    JOB_COMPLETE = "job.complete"
    JOB_COMPLETE_2 = "job_complete"
    JOB_COMPLETE_NO_OUTPUT = "job.complete.no_output"
    JOB_NEW_OUTPUT = "job.new_output"
    JOB_START = "job.start"
    JOB_START_2 = "job_start"
