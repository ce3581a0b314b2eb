"""The run-time every package copies (scripts/templates/runtime), tested once as itself.

The behaviour each package shows through its generated calls is tested over every provider
in test_sdk_*.py; what does not depend on a spec is tested here, on the one source.
"""

from __future__ import annotations

import importlib
import pickle
from types import ModuleType

import httpx
import pytest


def runtime(name: str) -> ModuleType:
    return importlib.import_module(f"scripts.templates.runtime.{name}")


def _answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={}, headers=headers)


def test_a_negative_retry_count_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        runtime("retry").RetryPolicy(max_retries=-1)


def test_retry_after_and_backoff_arithmetic() -> None:
    retry = runtime("retry")
    policy = retry.RetryPolicy(max_retries=3, initial_delay=0.0, max_retry_after=30.0)
    assert policy.delay_for(0, _answer(429, **{"Retry-After": "7"})) == 7.0
    assert policy.delay_for(0, _answer(503, **{"Retry-After": "31"})) is None  # over the cap
    date = "Wed, 21 Oct 2015 07:28:10 GMT"
    now = retry.datetime(2015, 10, 21, 7, 28, 0, tzinfo=retry.UTC)
    assert retry.retry_after_seconds(date, now=now) == 10.0
    assert retry.retry_after_seconds("garbage") is None
    assert policy.delay_for(3, _answer(429)) is None  # out of attempts
    backoff = retry.RetryPolicy(initial_delay=1.0, max_delay=4.0)
    assert all(0 <= backoff.backoff(n) <= min(4.0, 2.0**n) for n in range(8) for _ in range(20))


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (599, "InternalServerError"),
        (408, "APIStatusError"),
        (499, "APIStatusError"),
    ],
)
def test_each_status_has_its_error_class(status: int, name: str) -> None:
    errors = runtime("errors")
    assert errors.status_error_class(status).__name__ == name
    assert issubclass(errors.status_error_class(status), errors.JobClientError)


def test_unset_is_falsy_prints_as_unset_and_survives_a_pickle() -> None:
    types = runtime("types")
    assert not types.UNSET and repr(types.UNSET) == "UNSET"
    assert isinstance(pickle.loads(pickle.dumps(types.UNSET)), types.Unset)


def test_an_unexploded_array_is_one_comma_joined_value() -> None:
    query = runtime("query")
    assert query.comma_joined([1, 2, 3]) == "1,2,3"
    assert query.comma_joined([True, False]) == "true,false"
    assert query.comma_joined("as is") == "as is"
