"""Which LLM call failures are worth retrying, how long to wait, and how to say what went wrong.

We own retries (the SDK's are switched off) so that every HTTP attempt is counted and the waits can be
tested. instructor re-asks only on validation errors; everything on the wire is handled here.
"""

from __future__ import annotations

import email.utils
import json
import os
import time

import openai
from tenacity import RetryCallState
from tenacity.wait import wait_base, wait_exponential_jitter

# A 200 whose body is not JSON (or was cut short) surfaces as json.JSONDecodeError from the SDK.
TRANSIENT = (openai.RateLimitError, openai.APITimeoutError, openai.APIConnectionError,
             openai.InternalServerError, json.JSONDecodeError)
_TRANSIENT_STATUS = {408, 409}


class CallFailed(Exception):
    """An LLM call failed for good. `fatal`: every later call would fail the same way (bad key, model)."""

    def __init__(self, reason: str, *, fatal: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.fatal = fatal


def is_transient(e: BaseException) -> bool:
    if isinstance(e, openai.RateLimitError) and _code(e) == "insufficient_quota":
        return False  # a 429 that no amount of waiting fixes
    if isinstance(e, openai.APIStatusError) and e.status_code in _TRANSIENT_STATUS:
        return True
    return isinstance(e, TRANSIENT)


def retry_after_s(e: BaseException | None) -> float | None:
    """The server's requested wait: `retry-after-ms`, `retry-after` seconds, or an HTTP date."""
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class wait_retry_after(wait_base):  # noqa: N801  (tenacity's naming for wait strategies)
    """Honour Retry-After when the server sends it; otherwise exponential backoff with jitter."""

    def __init__(self, initial: float = 1.0, maximum: float = 30.0) -> None:
        self._backoff = wait_exponential_jitter(multiplier=initial, max=maximum, jitter=initial)

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        asked = retry_after_s(exc)
        return asked if asked is not None else self._backoff(retry_state)


def describe(e: BaseException, *, base_url: str, model: str, attempts: int) -> CallFailed:
    """A failure as one sentence a user can act on; API keys never appear in it."""
    tries = f" ({attempts} attempt{'s' if attempts != 1 else ''})"
    if isinstance(e, json.JSONDecodeError):
        return CallFailed(f"malformed JSON in the response from {base_url}{tries}")
    if isinstance(e, openai.APITimeoutError):
        return CallFailed(f"request to {base_url} timed out{tries}")
    if isinstance(e, openai.APIConnectionError):
        why = _os_reason(e)
        return CallFailed(f"endpoint unreachable: cannot connect to {base_url}{f' ({why})' if why else ''}{tries}")
    if isinstance(e, openai.AuthenticationError):
        return CallFailed(f"HTTP 401 from {base_url}: authentication failed; check CHECKER_API_KEY "
                          "or OPENAI_API_KEY", fatal=True)
    if isinstance(e, openai.PermissionDeniedError):
        return CallFailed(f"HTTP 403 from {base_url}: permission denied for model {model!r}", fatal=True)
    if isinstance(e, openai.NotFoundError):
        return CallFailed(f"HTTP 404 from {base_url}: model {model!r} or endpoint not found", fatal=True)
    if isinstance(e, openai.RateLimitError):
        if _code(e) == "insufficient_quota":
            return CallFailed(f"HTTP 429 from {base_url}: quota exhausted ({_message(e)})", fatal=True)
        return CallFailed(f"HTTP 429 from {base_url}: rate limited{tries}")
    if isinstance(e, openai.APIStatusError):
        return CallFailed(f"HTTP {e.status_code} from {base_url}: {_message(e)}{tries}")
    return CallFailed(f"{type(e).__name__}: {e}{tries}")


def _os_reason(e: BaseException) -> str | None:
    """The operating system's words for a failed connection ('Connection refused'), if in the chain."""
    seen: set[int] = set()
    cause: BaseException | None = e
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and isinstance(cause.errno, int):
            return os.strerror(cause.errno)
        cause = cause.__cause__ or cause.__context__
    return None


def _message(e: openai.APIStatusError) -> str:
    """The server's own error message when the body has one, else the SDK's summary."""
    body = e.body
    if isinstance(body, dict):
        error = body.get("error")
        inner = error if isinstance(error, dict) else body
        message = inner.get("message")
        if isinstance(message, str) and message:
            return message
    return e.message


def _code(e: openai.APIError) -> str | None:
    code = getattr(e, "code", None)
    return code if isinstance(code, str) else None
