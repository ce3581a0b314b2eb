"""The shared types of properties and responses, defined once in `._runtime.types`."""

from ._runtime.types import (
    UNSET as UNSET,
)
from ._runtime.types import (
    File as File,
)
from ._runtime.types import (
    FileContent as FileContent,
)
from ._runtime.types import (
    FileTypes as FileTypes,
)
from ._runtime.types import (
    Location as Location,
)
from ._runtime.types import (
    Problem as Problem,
)
from ._runtime.types import (
    RequestFiles as RequestFiles,
)
from ._runtime.types import (
    Response as Response,
)
from ._runtime.types import (
    T as T,
)
from ._runtime.types import (
    Unset as Unset,
)

__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "Location",
    "Problem",
    "RequestFiles",
    "Response",
    "T",
    "Unset",
]
