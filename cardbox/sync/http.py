"""HTTP for CardDAV: one requests.Session, certificate checks always on, and every failure
turned into a cardbox SyncError that says what happened (never the password)."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from cardbox.errors import InvalidInput, SyncError
from cardbox.sync.config import SyncSettings
from cardbox.sync.storage import ItemNotFound, PreconditionFailed

log = logging.getLogger(__name__)

NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:carddav", "cs": "http://calendarserver.org/ns/"}
USER_AGENT = "cardbox-sync/0.1"


class AuthFailed(SyncError):
    template = "{server} refused the user name or password (HTTP {status}). Check them with `cardbox sync --setup`."


class Forbidden(SyncError):
    template = "{server} does not allow this account to {action} (HTTP 403)."


class ServerUnreachable(SyncError):
    template = "cannot reach {server}: {detail}. Nothing was changed in the tarjetero for the items not yet done."


class ServerTimeout(SyncError):
    template = "{server} did not answer within {timeout:g} s. Try again later."


class ServerFailed(SyncError):
    template = "{server} answered {method} with HTTP {status} {reason}. Try again later."


class Rejected(SyncError):
    template = "{server} rejected {method} {path} (HTTP {status} {reason})."


class CertificateError(SyncError):
    template = (
        "the certificate of {server} could not be verified ({detail}). For a self-signed server, "
        "set its certificate file with `cardbox sync --setup URL --ca-file PATH`."
    )


class Session:
    """Requests to one server with one set of credentials."""

    def __init__(self, url: str, username: str, password: str | None, settings: SyncSettings | None = None) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.settings = settings or SyncSettings()
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(f"{url!r} is not an http(s) server address")
        if parts.username or parts.password:  # it would end up in logs and settings
            raise InvalidInput("put the user name in --user, not in the server address (the password is asked)")
        self.server = f"{parts.scheme}://{parts.netloc}"
        self.http = requests.Session()
        self.http.headers["User-Agent"] = USER_AGENT
        # A CA/cert file for a self-signed server, or the system CAs: never verify=False.
        # Passed on every request: requests lets REQUESTS_CA_BUNDLE override Session.verify.
        self.verify: str | bool = self.settings.ca_file or True
        self.http.verify = self.verify
        if username:
            auth_cls = HTTPDigestAuth if self.settings.auth == "digest" else HTTPBasicAuth
            self.http.auth = auth_cls(username, password or "")

    def abs(self, href: str) -> str:
        return urljoin(self.url, href)

    def request(
        self,
        method: str,
        url: str,
        *,
        body: str | bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: Iterable[int] = (200, 201, 204, 207),
        redirects: bool = True,
    ) -> requests.Response:
        """One request; anything but an `ok` status becomes a SyncError subclass."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        try:
            resp = self.http.request(
                method,
                self.abs(url),
                data=data,
                headers=headers,
                timeout=self.settings.timeout,
                allow_redirects=redirects,
                verify=self.verify,
            )
        except requests.exceptions.SSLError as exc:
            reason = re.search(r"certificate verify failed: ([^(]*)", str(exc))
            raise CertificateError(
                reason.group(1).strip() if reason else "TLS handshake failed", server=self.server
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise ServerTimeout(server=self.server, timeout=self.settings.timeout) from exc
        except requests.exceptions.ConnectionError as exc:
            raise ServerUnreachable("connection refused or dropped", server=self.server) from exc
        except requests.exceptions.RequestException as exc:
            raise ServerUnreachable(type(exc).__name__, server=self.server) from exc
        log.debug("%s %s -> %s", method, url, resp.status_code)
        if resp.status_code in ok:
            return resp
        raise self._error(method, url, resp)

    def _error(self, method: str, url: str, resp: requests.Response) -> SyncError:
        status = resp.status_code
        if status == 401:
            return AuthFailed(server=self.server, status=status)
        if status == 403:
            return Forbidden(server=self.server, action=f"{method} {urlsplit(self.abs(url)).path}")
        if status == 404:
            return ItemNotFound(href=url, server=self.server)
        if status == 412:
            return PreconditionFailed(href=url, server=self.server)
        if 400 <= status < 500:
            path = urlsplit(self.abs(url)).path
            return Rejected(server=self.server, method=method, path=path, status=status, reason=resp.reason or "")
        return ServerFailed(server=self.server, method=method, status=status, reason=resp.reason or "")

    def propfind(self, url: str, props: str, depth: int) -> ET.Element:
        body = f'<?xml version="1.0" encoding="utf-8"?><d:propfind {XMLNS}><d:prop>{props}</d:prop></d:propfind>'
        resp = self.request("PROPFIND", url, body=body, headers={"Depth": str(depth), "Content-Type": CT_XML})
        return parse_xml(resp.content, self.server)

    def report(self, url: str, body: str, depth: int = 1, ok: Iterable[int] = (207,)) -> ET.Element:
        resp = self.request("REPORT", url, body=body, headers={"Depth": str(depth), "Content-Type": CT_XML}, ok=ok)
        return parse_xml(resp.content, self.server)


XMLNS = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/"'
CT_XML = "application/xml; charset=utf-8"


def parse_xml(content: bytes, server: str) -> ET.Element:
    try:
        return ET.fromstring(content)
    except ET.ParseError as exc:
        raise SyncError(f"the server sent XML that cannot be read ({exc})", server=server) from exc


def responses(root: ET.Element) -> Iterable[tuple[str, int, ET.Element]]:
    """(href, status, prop) for each multistatus response, the 200 propstat's prop first."""
    for resp in root.findall("d:response", NS):
        href = (resp.findtext("d:href", "", NS) or "").strip()
        status = _status(resp.findtext("d:status", "", NS))
        best: ET.Element | None = None
        for ps in resp.findall("d:propstat", NS):
            if _status(ps.findtext("d:status", "", NS)) == 200:
                best = ps.find("d:prop", NS)
        if best is None:
            best = ET.Element("prop")
        yield href, status or (200 if len(best) else 404), best


def _status(line: str | None) -> int:
    parts = (line or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
