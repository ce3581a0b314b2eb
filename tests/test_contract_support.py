"""The contract helpers' own rules, where a mistake would silently test the wrong thing."""

from __future__ import annotations

import pytest

from tests.contract_support import concrete_status


@pytest.mark.parametrize(
    ("keys", "key", "expected"),
    [
        (["200", "404"], "404", 404),
        (["200", "400", "4XX"], "4XX", 401),  # 400 has its own response
        (["200", "404", "default"], "default", 500),
        (["200", "500", "default"], "default", 502),  # 500 has its own response
        (["200", "5XX", "default"], "default", 400),  # every 5xx is the range's
        (["2XX", "default"], "2XX", 200),
    ],
)
def test_a_response_key_is_served_as_a_status_no_other_key_claims(
    keys: list[str], key: str, expected: int
) -> None:
    assert concrete_status(keys, key) == expected
