"""httpx clients whose every transport adds the credential per hop (see credentials.py).

Passing `transport=` to httpx would silently switch off what httpx builds from its other
arguments (`proxy=`, proxies from the environment, `verify=`, `cert=`, `http2=`,
`limits=`). Instead these subclasses let httpx build every transport as usual and wrap
each one as it is made: the default one, a caller's own `transport=`, each proxy's and
each of `mounts=`. `_init_transport` and `_init_proxy_transport` are httpx's own hooks for
making them (httpx 0.27 and 0.28, the versions this package allows). The synchronous ones
also get the call deadline under their sockets (deadline.py).

With HTTP/2 on, hpack logs whole header blocks (the credential among them, in plain text
and Huffman-coded) at DEBUG: its loggers get a filter that drops those records.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine, Mapping
from typing import Any

import httpx

from .credentials import Credential
from .deadline import hold_deadlines

# hpack's modules log with logging.getLogger(__name__); a filter on a logger applies to the
# records made on it, so each is named.
HPACK_LOGGERS = ("hpack.hpack", "hpack.table", "hpack.huffman")


def _no_header_blocks(record: logging.LogRecord) -> bool:
    return record.levelno > logging.DEBUG


def filter_hpack_logs() -> None:
    """Drop hpack's DEBUG records, which show header blocks (once per logger)."""
    for name in HPACK_LOGGERS:
        logger = logging.getLogger(name)
        if _no_header_blocks not in logger.filters:
            logger.addFilter(_no_header_blocks)


class CredentialTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, credential: Credential) -> None:
        self._inner = inner
        self._credential = credential

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(self._credential.for_wire(request))

    def close(self) -> None:
        self._inner.close()


class AsyncCredentialTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, credential: Credential) -> None:
        self._inner = inner
        self._credential = credential

    # A plain method that hands back the inner transport's coroutine: an `async def` wrapper
    # would be one more frame resumed and suspended again at every read of every call.
    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        return self._inner.handle_async_request(self._credential.for_wire(request))

    async def aclose(self) -> None:
        await self._inner.aclose()


class CredentialClient(httpx.Client):
    def __init__(
        self,
        *,
        credential: Credential,
        mounts: Mapping[str, httpx.BaseTransport | None] | None = None,
        **kwargs: Any,
    ) -> None:
        filter_hpack_logs()
        self._jobclients_credential = credential  # before __init__, which makes the transports
        wrapped = {
            pattern: None if inner is None else self._wrap(inner) for pattern, inner in (mounts or {}).items()
        }
        super().__init__(mounts=wrapped, **kwargs)

    def _wrap(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        hold_deadlines(inner)
        return CredentialTransport(inner, self._jobclients_credential)

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.BaseTransport:
        return self._wrap(super()._init_transport(*args, **kwargs))

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.BaseTransport:
        return self._wrap(super()._init_proxy_transport(*args, **kwargs))


class AsyncCredentialClient(httpx.AsyncClient):
    def __init__(
        self,
        *,
        credential: Credential,
        mounts: Mapping[str, httpx.AsyncBaseTransport | None] | None = None,
        **kwargs: Any,
    ) -> None:
        filter_hpack_logs()
        self._jobclients_credential = credential
        wrapped = {
            pattern: None if inner is None else AsyncCredentialTransport(inner, credential)
            for pattern, inner in (mounts or {}).items()
        }
        super().__init__(mounts=wrapped, **kwargs)

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        inner = super()._init_transport(*args, **kwargs)
        return AsyncCredentialTransport(inner, self._jobclients_credential)

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        inner = super()._init_proxy_transport(*args, **kwargs)
        return AsyncCredentialTransport(inner, self._jobclients_credential)
