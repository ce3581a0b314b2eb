from .._runtime.open_enum import OpenStrEnum


class JobType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CONNECTOR_IMPORT = "connector_import"
    DATASET_INGEST = "dataset_ingest"
    EVALUATE = "evaluate"
    EXPORT = "export"
    INFER_BATCH = "infer_batch"
    INFER_EXPLAIN = "infer_explain"
    INFER_SYNC = "infer_sync"
    TRAIN = "train"
