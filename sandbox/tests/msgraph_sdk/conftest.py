"""Starts a live sandbox tenant (`guestlist sandbox`) for Microsoft's own Graph SDK to talk to."""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx
import pytest
from azure.core.credentials import AccessToken
from kiota_authentication_azure.azure_identity_authentication_provider import (
    AzureIdentityAuthenticationProvider,
)
from msgraph import GraphRequestAdapter, GraphServiceClient

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def sandbox():
    """A fresh sandbox tenant on a free port; yields its tenant.json."""
    port = free_port()
    data = tempfile.mkdtemp(prefix="guestlist-sdk-")
    binary = os.environ.get("GUESTLIST_BIN", str(ROOT / "target/debug/guestlist"))
    proc = subprocess.Popen(
        [binary, "sandbox", "--addr", f"127.0.0.1:{port}"],
        env={**os.environ, "GUESTLIST_DATA_DIR": data, "RUST_LOG": "warn"},
    )
    url = f"http://127.0.0.1:{port}/_sandbox/tenant.json"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url) as resp:
                tenant = json.load(resp)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("the sandbox did not start")
            time.sleep(0.2)
    yield tenant
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)


class SandboxAppCredential:
    """An azure-core AsyncTokenCredential doing the client-credentials grant against the sandbox
    issuer. (azure-identity only accepts https authorities; the grant itself is the same.)"""

    def __init__(self, tenant: dict):
        self._token_url = f"{tenant['authority']}/oauth2/v2.0/token"
        self._client_id = tenant["portalApp"]["clientId"]
        self._secret = tenant["portalApp"]["clientSecret"]

    async def get_token(self, *scopes, **_kwargs) -> AccessToken:
        async with httpx.AsyncClient() as http:
            resp = await http.post(
                self._token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._secret,
                    "scope": " ".join(scopes),
                },
            )
        resp.raise_for_status()
        body = resp.json()
        return AccessToken(body["access_token"], int(time.time()) + int(body["expires_in"]))

    async def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *_exc):
        pass


@pytest.fixture()
def client(sandbox) -> GraphServiceClient:
    """Microsoft's GraphServiceClient, pointed at the sandbox's Graph v1.0."""
    auth = AzureIdentityAuthenticationProvider(
        SandboxAppCredential(sandbox),
        scopes=["https://graph.microsoft.com/.default"],
        allowed_hosts=["127.0.0.1"],
    )
    adapter = GraphRequestAdapter(auth)
    adapter.base_url = f"{sandbox['graphBaseUrl']}/v1.0"
    return GraphServiceClient(request_adapter=adapter)
