"""What the model offers the spec diff beyond operations and schemas: the prose of every
mapping by place, where an extension is written, which response headers are required, and
the operations the jobclients extensions mark."""

from __future__ import annotations

from scripts.spec_model.document import ListItem
from scripts.spec_model.reading import spec_of
from tests.spec_diff_support import minimal_spec


def test_texts_name_list_items_and_leave_examples_and_non_text_out() -> None:
    document = minimal_spec()
    get = document["paths"]["/jobs/{job_id}"]["get"]
    get["parameters"][0]["example"] = {"description": "data, not prose"}
    document["components"]["schemas"]["Job"]["properties"]["title"] = {"type": "string"}
    texts = spec_of(document).texts()
    query = ("paths", "/jobs/{job_id}", "get", "parameters", ListItem("query.q", 0))
    assert texts[(*query, "description")] == "A filter."
    assert texts[(*query, "summary")] is None  # none written: None, to compare with
    assert (*query, "example", "description") not in texts
    assert texts[("tags", ListItem("jobs", 0), "description")] == "Jobs."
    job = ("components", "schemas", "Job", "properties")
    assert (*job, "title") not in texts  # a property named title holds a schema
    assert (*job, "title", "description") in texts


def test_extension_sites_and_required_headers() -> None:
    spec = spec_of(minimal_spec())
    assert spec.extension_sites("x-jobclients-success") == {
        ("components", "schemas", "Status", "x-jobclients-success"): ["done"]
    }
    ok = spec.operation("get_job").response("200")
    assert ok is not None and ok.header_required == {"X-Request-Id": True, "X-Trace": False}


def test_the_jobclients_operation_extensions() -> None:
    spec = spec_of(minimal_spec())
    get, post = spec.operation("get_job"), spec.operation("update_job")
    assert (get.idempotent, get.polled) == (True, True)
    assert (post.idempotent, post.polled) == (False, False)
