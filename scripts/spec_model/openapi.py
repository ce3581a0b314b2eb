"""Names OpenAPI itself fixes, shared by every reader of a spec."""

from __future__ import annotations

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A place in a document: mapping keys and list indexes from the root.
Parts = tuple[str | int, ...]
