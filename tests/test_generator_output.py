"""A generator's failure is quoted as what it said, never as its traceback."""

from __future__ import annotations

from scripts.codegen.generators import tool_findings

PLAIN = """Generating /tmp/x
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/tool/main.py", line 10, in <module>
    main()
  File "/venv/lib/python3.11/site-packages/tool/enum.py", line 213, in values
    raise ValueError(
ValueError: Duplicate key JOB_START in enum EventName

Warning: something else
"""
RICH = """╭───────────── Traceback (most recent call last) ─────────────╮
│ /venv/lib/python3.11/site-packages/tool/enum.py:213 in values │
│ ❱ 213 │   raise ValueError(                                      │
╰──────────────────────────────────────────────────────────────╯
ValueError: Duplicate key JOB_START in enum event_name.EventName; consider
setting literal_enums in your config
"""


def test_a_python_traceback_becomes_its_exception_line() -> None:
    assert tool_findings(PLAIN) == [
        "Generating /tmp/x",
        "ValueError: Duplicate key JOB_START in enum EventName",
        "Warning: something else",
    ]


def test_a_rich_traceback_becomes_one_line_with_its_wrapped_message() -> None:
    assert tool_findings(RICH) == [
        "ValueError: Duplicate key JOB_START in enum event_name.EventName; consider "
        "setting literal_enums in your config"
    ]
