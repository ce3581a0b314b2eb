"""Every error this package raises, to catch by kind. All derive from JobClientError.

- APIStatusError: the server answered with a status other than 2xx. Subclasses by status
  (NotFoundError, RateLimitError, ...). Each carries `status_code`, `headers`, `content`
  (raw bytes), `text`, `body` (the JSON, when the body is JSON) and `parsed` (the documented
  error model, when the status is documented and the body matches it).
  A 2xx status the operation does not document raises UnexpectedStatus, also an APIStatusError.
- ResponseValidationError: a 2xx body that does not match the spec; `field` names where.
- APIConnectionError / APITimeoutError: no usable answer (connection failed, timed out, a
  redirect loop). APITimeoutError also when a call passes its wall-clock limit.
- ResponseBodyError (an APIConnectionError): an answer came, but its body could not be read
  whole: undecodable compression, or (ResponseTooLargeError) more bytes than the client's
  max_response_bytes. Carries `status_code`, `headers` and the first bytes read.
- UnknownStatusError (an APIStatusError): a status outside 100-599, which HTTP does not define.
- WaitTimeoutError / JobFailedError: from wait_for_job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

_SUMMARY_CHARS = 300
BODY_PREFIX_BYTES = 1024  # what a ResponseBodyError keeps of the body it could not read


class JobClientError(Exception):
    """The base of every error raised by this package."""


class APIConnectionError(JobClientError):
    """The request got no usable answer: connection refused or reset, DNS failure, protocol
    error, too many redirects, a body that could not be decoded.

    `retryable` is True for the failures the retry policy retries (connection and timeout
    errors), False for the others (a redirect loop or a corrupt body would only recur)."""

    def __init__(self, message: str, *, method: str = "", url: str = "", retryable: bool = True) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.retryable = retryable


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ResponseBodyError(APIConnectionError):
    """The answer's body could not be read whole. `content` holds its first bytes as read
    (decoded where the encoding allowed), at most BODY_PREFIX_BYTES of them."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message, method=method, url=url, retryable=False)
        self.status_code = status_code
        self.headers = headers
        self.content = content[:BODY_PREFIX_BYTES]


class ResponseTooLargeError(ResponseBodyError):
    """The body (after decompression) passed the client's `max_response_bytes`; reading
    stopped there, so a decompression bomb costs at most that much memory."""

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit


class APIStatusError(JobClientError):
    """The server answered with a status other than 2xx."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        parsed: Any = None,
        method: str = "",
        url: str = "",
        redact: Callable[[str], str] = lambda text: text,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers or {}
        self.body = body
        self.parsed = parsed
        self.method = method
        self.url = url
        self.text = redact(content.decode("utf-8", errors="replace"))
        where = f" from {method} {url}" if method else ""
        summary = " ".join(self.text.split())[:_SUMMARY_CHARS]
        super().__init__(f"HTTP {status_code}{where}: {summary or '(empty body)'}")


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the credential is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but its values were refused."""


class RateLimitError(APIStatusError):
    """429: too many requests (already retried for idempotent operations)."""


class InternalServerError(APIStatusError):
    """5xx"""


class UnknownStatusError(APIStatusError):
    """A status outside 100-599: not an HTTP status, so nothing is known of its body."""


class UnexpectedStatus(APIStatusError):
    """A 2xx status the operation does not document, so there is no documented body to read:
    always raised, never returned as None."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if not 100 <= status_code <= 599:
        return UnknownStatusError
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class ResponseValidationError(JobClientError, ValueError):
    """A 2xx body that does not match the spec. `field` is a path such as `events[2].time`.

    Also a ValueError, so the generated parsers that try union members in turn still do."""

    def __init__(
        self,
        field: str,
        reason: str,
        *,
        status_code: int | None = None,
        content: bytes = b"",
        redact: Callable[[str], str] = lambda text: text,
    ) -> None:
        self.field = field
        self.reason = redact(reason)
        self.status_code = status_code
        self.content = content
        self.text = redact(content.decode("utf-8", errors="replace"))
        status = f"HTTP {status_code} body" if status_code is not None else "body"
        super().__init__(f"{status} does not match the spec at {field}: {self.reason}")

    @classmethod
    def from_exception(cls, field: str, exc: Exception) -> ResponseValidationError:
        """What a parser's KeyError, TypeError, ValueError or AttributeError at `field` means."""
        if isinstance(exc, ResponseValidationError):
            return exc.inside(field)
        if isinstance(exc, KeyError):
            return cls(field, "a required field is missing")
        return cls(field, f"{type(exc).__name__}: {exc}")

    def inside(self, prefix: str) -> ResponseValidationError:
        """The same error seen from the enclosing object or array (its field path prefixed:
        `events` + `[2].time` gives `events[2].time`)."""
        joined = prefix if self.field == "(body)" else f"{prefix}.{self.field}"
        return ResponseValidationError(joined.replace(".[", "["), self.reason)

    def for_response(
        self,
        status_code: int,
        content: bytes,
        redact: Callable[[str], str] = lambda text: text,
    ) -> ResponseValidationError:
        """This error with the response it came from, the client's secrets redacted."""
        return ResponseValidationError(
            self.field, self.reason, status_code=status_code, content=content, redact=redact
        )


class WaitTimeoutError(JobClientError):
    """wait_for_job reached its deadline before the job reached a terminal status."""

    def __init__(self, message: str, last_job: Any) -> None:
        super().__init__(message)
        self.last_job = last_job


class PagingError(JobClientError):
    """A paged listing did not move on (a repeated page, an offset or cursor that stays) or
    passed its max_pages; the items before it were yielded."""


class JobFailedError(JobClientError):
    """wait_for_job saw the job end in a terminal status that is not a success."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "JobClientError",
    "JobFailedError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseBodyError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnknownStatusError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "status_error_class",
]
