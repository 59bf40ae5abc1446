"""Refuse requests whose Host header names another site: DNS rebinding cannot reach the server.

A web page on evil.example can make its own name resolve to 127.0.0.1 and then script requests
to a server on loopback from the victim's browser; the browser sends ``Host: evil.example``.
So the server answers only Host names it is known by: loopback names and addresses, the address
it listens on, and the names the operator adds (``--allow-host``). A server listening on every
address (0.0.0.0 / ::) without ``--allow-host`` accepts any Host, since its names are unknown.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def host_name(header: str) -> str:
    """The name in a Host header, lower-cased, without port or IPv6 brackets."""
    text = header.strip().lower()
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    if text.count(":") == 1:
        return text.split(":", 1)[0]
    return text.rstrip(".")


def is_loopback_name(name: str) -> bool:
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts(bound_host: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The Host names to accept for a server bound to ``bound_host``; None: accept any."""
    names = {host_name(name) for name in extra if name.strip()}
    bound = host_name(bound_host)
    if bound in ("0.0.0.0", "::", "") and not names:
        return None
    names.add(bound)
    return frozenset(names)


class HostCheck:
    """ASGI middleware: 421 for a Host that is neither loopback nor in ``allowed``."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            header = next((value.decode("latin-1") for key, value in scope["headers"] if key == b"host"), "")
            name = host_name(header)
            if not (is_loopback_name(name) or name in self.allowed):
                shown = header if len(header) <= 100 else header[:100] + "..."
                response = PlainTextResponse(
                    f"this server does not answer for Host {shown!r} (a protection against DNS rebinding); "
                    "use http://127.0.0.1:PORT/ or start the server with --allow-host NAME\n",
                    status_code=421,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
