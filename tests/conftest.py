"""Test-wide guards, all autouse: no network, no leaking environment, no model requests by default.

- Network: TCP/UDP connects, UDP sends and name look-ups may reach loopback only; anything else
  fails the test with a RuntimeError naming the address (before any packet leaves).
- Environment: every CHECKER_* and OPENAI_* variable is removed, so a developer's shell cannot
  change results; a test that needs one sets it itself.
- Model requests: `checker.extract.llm.ALLOW_MODEL_REQUESTS` is False (pydantic-ai's switch of the
  same name), so no test builds a real OpenAI client by accident. Tests that talk to a fake or
  llama.cpp server on 127.0.0.1 say so with `@pytest.mark.allow_model_requests`.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable
from typing import Any

import pytest

from checker.extract import llm

pytest_plugins = ["pytester"]

ENV_PREFIXES = ("CHECKER_", "OPENAI_")
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})

# The real functions, looked up through this dict at call time so a test can swap them for recorders.
REAL: dict[str, Callable[..., Any]] = {
    "connect": socket.socket.connect,
    "connect_ex": socket.socket.connect_ex,
    "sendto": socket.socket.sendto,
    "getaddrinfo": socket.getaddrinfo,
    "gethostbyname": socket.gethostbyname,
    "gethostbyname_ex": socket.gethostbyname_ex,
}


def is_loopback_host(host: object) -> bool:
    """True for loopback addresses and names; None/"" (the local wildcard for look-ups) too."""
    if host is None or host in ("", b""):
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _is_loopback_address(address: object) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path or abstract socket: never leaves the machine
        return True
    host = address[0] if isinstance(address, tuple) and address else address
    return is_loopback_host(host) and host not in (None, "", b"")


def _forbidden(what: str, target: object) -> RuntimeError:
    return RuntimeError(f"network access in tests is forbidden: {what} {target!r}")


def _connect(self: socket.socket, address: Any) -> None:
    if not _is_loopback_address(address):
        raise _forbidden("connect to", address)
    REAL["connect"](self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    if not _is_loopback_address(address):
        raise _forbidden("connect to", address)
    result: int = REAL["connect_ex"](self, address)
    return result


def _sendto(self: socket.socket, data: Any, *args: Any) -> int:
    address = args[-1]  # sendto(data, address) or sendto(data, flags, address)
    if not _is_loopback_address(address):
        raise _forbidden("send to", address)
    sent: int = REAL["sendto"](self, data, *args)
    return sent


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not is_loopback_host(host):
        raise _forbidden("DNS look-up of", host)
    return REAL["getaddrinfo"](host, *args, **kwargs)


def _gethostbyname(host: str) -> str:
    if not is_loopback_host(host):
        raise _forbidden("DNS look-up of", host)
    address: str = REAL["gethostbyname"](host)
    return address


def _gethostbyname_ex(host: str) -> Any:
    if not is_loopback_host(host):
        raise _forbidden("DNS look-up of", host)
    return REAL["gethostbyname_ex"](host)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only loopback: connects, UDP sends and DNS look-ups elsewhere raise RuntimeError."""
    monkeypatch.setattr(socket.socket, "connect", _connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", _sendto)
    monkeypatch.setattr(socket, "getaddrinfo", _getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", _gethostbyname)
    monkeypatch.setattr(socket, "gethostbyname_ex", _gethostbyname_ex)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove CHECKER_* and OPENAI_* variables (restored after the test)."""
    for name in list(os.environ):
        if name.upper().startswith(ENV_PREFIXES):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def model_requests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """ALLOW_MODEL_REQUESTS off unless the test is marked `allow_model_requests`."""
    allowed = request.node.get_closest_marker("allow_model_requests") is not None
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", allowed)
