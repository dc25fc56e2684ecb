"""Microsoft's Python Graph SDK (msgraph-sdk) against the sandbox: if the sandbox answered
differently from Graph, the SDK's typed parsing or its error handling would fail here."""

import uuid

import pytest
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.models.invitation import Invitation
from msgraph.generated.models.invited_user_message_info import InvitedUserMessageInfo
from msgraph.generated.models.o_data_errors.o_data_error import ODataError
from msgraph.generated.models.reference_create import ReferenceCreate
from msgraph.generated.models.user import User
from msgraph.generated.models.user_collection_response import UserCollectionResponse
from msgraph.generated.users.users_request_builder import UsersRequestBuilder
from msgraph_core.requests.batch_request_content import BatchRequestContent
from msgraph_core.requests.batch_request_item import BatchRequestItem


def guests_query(filter_: str, select: list[str]):
    params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
        filter=filter_, select=select, top=50
    )
    return RequestConfiguration(query_parameters=params)


def member_with_role(tenant: dict, role: str) -> dict:
    return next(p for p in tenant["people"] if role in p["roles"])


@pytest.mark.asyncio
async def test_create_invitation(client, sandbox):
    address = f"sdk.{uuid.uuid4().hex[:8]}@fabrikam.example"
    body = Invitation(
        invited_user_email_address=address,
        invited_user_display_name="SDK Test Guest",
        invite_redirect_url="https://myapps.microsoft.com",
        send_invitation_message=False,
        invited_user_message_info=InvitedUserMessageInfo(message_language="de-DE"),
    )
    created = await client.invitations.post(body)
    assert isinstance(created, Invitation)
    assert created.id
    assert created.invited_user_email_address == address
    assert created.status == "PendingAcceptance"
    assert created.invite_redeem_url and "/redeem?" in created.invite_redeem_url
    assert created.invited_user is not None and created.invited_user.id

    user = await client.users.by_user_id(created.invited_user.id).get(
        request_configuration=RequestConfiguration(
            query_parameters=UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
                select=["id", "userPrincipalName", "userType", "externalUserState", "creationType", "mail"]
            )
        )
    )
    assert isinstance(user, User)
    assert user.user_type == "Guest"
    assert user.external_user_state == "PendingAcceptance"
    assert user.creation_type == "Invitation"
    assert "#EXT#@" in user.user_principal_name
    assert user.mail == address


@pytest.mark.asyncio
async def test_list_guests_with_filter(client):
    page = await client.users.get(
        request_configuration=guests_query(
            "userType eq 'Guest'", ["id", "displayName", "userType", "externalUserState"]
        )
    )
    assert isinstance(page, UserCollectionResponse)
    assert page.value, "the seeded tenant has guests"
    assert all(isinstance(u, User) and u.user_type == "Guest" for u in page.value)
    states = {u.external_user_state for u in page.value}
    assert {"PendingAcceptance", "Accepted"} <= states


@pytest.mark.asyncio
async def test_read_and_add_sponsors(client, sandbox):
    page = await client.users.get(
        request_configuration=guests_query("externalUserState eq 'Accepted'", ["id", "displayName"])
    )
    guest = page.value[0]
    sponsor = member_with_role(sandbox, "User Administrator")

    await client.users.by_user_id(guest.id).sponsors.ref.post(
        ReferenceCreate(odata_id=f"https://graph.microsoft.com/v1.0/users/{sponsor['id']}")
    )
    sponsors = await client.users.by_user_id(guest.id).sponsors.get()
    assert sponsor["id"] in {s.id for s in sponsors.value}
    assert all(s.odata_type in ("#microsoft.graph.user", "#microsoft.graph.group") for s in sponsors.value)

    # Adding the same sponsor twice is refused as Graph refuses a duplicate reference.
    with pytest.raises(ODataError) as err:
        await client.users.by_user_id(guest.id).sponsors.ref.post(
            ReferenceCreate(odata_id=f"https://graph.microsoft.com/v1.0/users/{sponsor['id']}")
        )
    assert err.value.response_status_code == 400
    assert err.value.error.code == "Request_BadRequest"


@pytest.mark.asyncio
async def test_batch(client, sandbox):
    admin = member_with_role(sandbox, "Global Administrator")
    batch = BatchRequestContent()
    for request_id, user_id in (("1", admin["id"]), ("2", str(uuid.uuid4()))):
        info = client.users.by_user_id(user_id).to_get_request_information()
        batch.add_request(None, BatchRequestItem(request_information=info, id=request_id))
    result = await client.batch.post(batch_request_content=batch)
    assert result.get_response_status_codes() == {"1": 200, "2": 404}
    assert result.get_response_by_id("1").content_type.startswith("application/json")
    # Two known SDK defects keep the rest to the Rust tests: it drops JSON-object bodies of
    # batch responses (kiota-python#737) and sends `dependsOn` as `depends_on`.


@pytest.mark.asyncio
async def test_error_envelope(client):
    with pytest.raises(ODataError) as err:
        await client.invitations.post(
            Invitation(invited_user_email_address="first+tag@fabrikam.example", invite_redirect_url="https://myapps.microsoft.com")
        )
    assert err.value.response_status_code == 400
    assert err.value.error.code
    assert err.value.error.message
    assert err.value.error.inner_error is not None
    assert err.value.error.inner_error.request_id

    with pytest.raises(ODataError) as err:
        await client.users.get(
            request_configuration=guests_query("endsWith(mail,'@fabrikam.example')", ["id"])
        )
    assert err.value.response_status_code == 400
    assert err.value.error.code == "Request_UnsupportedQuery"
