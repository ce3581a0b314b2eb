"""Every error this package raises, to catch by kind (all derive from JobClientError).

Defined once for every jobclients package in `._runtime.errors`; see its docstring.
"""

from ._runtime.errors import (
    APIConnectionError as APIConnectionError,
)
from ._runtime.errors import (
    APIStatusError as APIStatusError,
)
from ._runtime.errors import (
    APITimeoutError as APITimeoutError,
)
from ._runtime.errors import (
    AuthenticationError as AuthenticationError,
)
from ._runtime.errors import (
    BadRequestError as BadRequestError,
)
from ._runtime.errors import (
    ConflictError as ConflictError,
)
from ._runtime.errors import (
    InternalServerError as InternalServerError,
)
from ._runtime.errors import (
    JobClientError as JobClientError,
)
from ._runtime.errors import (
    JobFailedError as JobFailedError,
)
from ._runtime.errors import (
    NotFoundError as NotFoundError,
)
from ._runtime.errors import (
    PagingError as PagingError,
)
from ._runtime.errors import (
    PermissionDeniedError as PermissionDeniedError,
)
from ._runtime.errors import (
    RateLimitError as RateLimitError,
)
from ._runtime.errors import (
    ResponseBodyError as ResponseBodyError,
)
from ._runtime.errors import (
    ResponseTooLargeError as ResponseTooLargeError,
)
from ._runtime.errors import (
    ResponseValidationError as ResponseValidationError,
)
from ._runtime.errors import (
    UnexpectedStatus as UnexpectedStatus,
)
from ._runtime.errors import (
    UnknownStatusError as UnknownStatusError,
)
from ._runtime.errors import (
    UnprocessableEntityError as UnprocessableEntityError,
)
from ._runtime.errors import (
    WaitTimeoutError as WaitTimeoutError,
)
from ._runtime.errors import (
    status_error_class as status_error_class,
)

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
