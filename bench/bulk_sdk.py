"""Benchmark helper (not a test): invites N people one after another with Microsoft's Python Graph
SDK (msgraph-sdk), as a script an administrator would write, against the sandbox tenant of a
running portal. Prints one JSON line: invited, failed, seconds.

Usage: bulk_sdk.py PORTAL_URL N PREFIX
"""

import asyncio
import json
import sys
import time
import urllib.request
from pathlib import Path

from kiota_authentication_azure.azure_identity_authentication_provider import (
    AzureIdentityAuthenticationProvider,
)
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph.generated.models.invitation import Invitation
from msgraph.generated.models.invited_user_message_info import InvitedUserMessageInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sandbox/tests/msgraph_sdk"))
from conftest import SandboxAppCredential  # noqa: E402  (the SDK tests' credential for the sandbox)


class CachedCredential(SandboxAppCredential):
    """Keeps the token until shortly before it expires, as azure-identity's credentials do
    (the SDK asks for a token before every request)."""

    def __init__(self, tenant: dict):
        super().__init__(tenant)
        self._token = None

    async def get_token(self, *scopes, **kwargs):
        if self._token is None or self._token.expires_on - 300 < time.time():
            self._token = await super().get_token(*scopes, **kwargs)
        return self._token


async def main(url: str, n: int, prefix: str) -> None:
    with urllib.request.urlopen(f"{url}/_sandbox/tenant.json") as resp:
        tenant = json.load(resp)
    auth = AzureIdentityAuthenticationProvider(
        CachedCredential(tenant), scopes=["https://graph.microsoft.com/.default"], allowed_hosts=["127.0.0.1"]
    )
    adapter = GraphRequestAdapter(auth)
    adapter.base_url = f"{tenant['graphBaseUrl']}/v1.0"
    client = GraphServiceClient(request_adapter=adapter)
    invited = failed = 0
    started = time.monotonic()
    for i in range(n):
        # The same row as the portal's file: address, redirect, the invitation e-mail and a message.
        # The SDK's retry handler waits out 429 answers as Retry-After says.
        body = Invitation(
            invited_user_email_address=f"{prefix}{i}@fabrikam.example",
            invite_redirect_url="https://myapps.microsoft.com",
            send_invitation_message=True,
            invited_user_message_info=InvitedUserMessageInfo(customized_message_body="Welcome to Northwind Traders"),
        )
        try:
            await client.invitations.post(body)
            invited += 1
        except Exception as error:  # a bulk script goes on with the next row
            failed += 1
            print(f"row {i}: {error}", file=sys.stderr)
        if (i + 1) % 500 == 0:
            print(f"  SDK: {i + 1} of {n} after {time.monotonic() - started:.0f} s", file=sys.stderr)
    print(json.dumps({"invited": invited, "failed": failed, "seconds": time.monotonic() - started}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
