//! The Graph operations the portal uses, one method per endpoint.

use futures::Stream;
use http::Method;
use serde::Serialize;
use url::Url;
use uuid::Uuid;

use crate::client::{ApiVersion, Call, Caller, Page, Sent};
use crate::error::GraphError;
use crate::filter::Query;
use crate::ids::{EmailAddress, ObjectId, UserRef};
use crate::model::{
    AppRoleAssignment, AuthorizationPolicy, AuthorizationPolicyUpdate, B2bManagementPolicy, ConversionUserDetails,
    ConvertToInternal, DirectoryObject, Group, Invitation, InvitedUserMessageInfo, Organization, ServicePrincipal, User, UserType,
    UserUpdate,
};

/// Graph accepts at most this many sponsors on an invitation.
pub const MAX_INVITATION_SPONSORS: usize = 5;
/// Graph supports one Cc recipient on the invitation mail.
pub const MAX_CC_RECIPIENTS: usize = 1;

/// A sponsor: a user or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Principal {
    /// A user.
    User(ObjectId),
    /// A group.
    Group(ObjectId),
}

impl Principal {
    fn id(&self) -> ObjectId {
        match self {
            Self::User(id) | Self::Group(id) => *id,
        }
    }

    fn collection(&self) -> &'static str {
        match self {
            Self::User(_) => "users",
            Self::Group(_) => "groups",
        }
    }
}

/// The body of `POST /invitations`.
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationRequest {
    email: EmailAddress,
    redirect_url: Url,
    display_name: Option<String>,
    message: Option<InvitedUserMessageInfo>,
    user_type: Option<UserType>,
    existing_user: Option<ObjectId>,
    reset_redemption: bool,
    sponsors: Vec<ObjectId>,
}

#[derive(Serialize)]
struct IdRef {
    id: ObjectId,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InvitationBody<'a> {
    invited_user_email_address: &'a str,
    invite_redirect_url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_user_display_name: Option<&'a str>,
    send_invitation_message: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_user_message_info: Option<&'a InvitedUserMessageInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_user_type: Option<&'a UserType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_user: Option<IdRef>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    reset_redemption: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    invited_user_sponsors: Vec<IdRef>,
}

impl InvitationRequest {
    /// Invites `email` as a new guest; no mail is sent unless [`Self::send_message`] is called.
    pub fn new(email: EmailAddress, redirect_url: Url) -> Self {
        Self {
            email,
            redirect_url,
            display_name: None,
            message: None,
            user_type: None,
            existing_user: None,
            reset_redemption: false,
            sponsors: Vec::new(),
        }
    }

    /// The invitee's display name.
    pub fn display_name(mut self, name: impl Into<String>) -> Self {
        self.display_name = Some(name.into());
        self
    }

    /// Has Microsoft send the invitation mail with these settings.
    pub fn send_message(mut self, message: InvitedUserMessageInfo) -> Self {
        self.message = Some(message);
        self
    }

    /// Guest (default) or Member (needs an administrator).
    pub fn user_type(mut self, user_type: UserType) -> Self {
        self.user_type = Some(user_type);
        self
    }

    /// Invites an existing internal user to use external credentials (internal → external conversion).
    pub fn existing_user(mut self, id: ObjectId) -> Self {
        self.existing_user = Some(id);
        self
    }

    /// Resets the redemption of an existing guest so they redeem again, possibly with a new address.
    pub fn reset_redemption(mut self, id: ObjectId) -> Self {
        self.existing_user = Some(id);
        self.reset_redemption = true;
        self
    }

    /// Sponsors (users or groups, at most five) to stamp on the guest; without any, the inviter is the sponsor.
    pub fn sponsors(mut self, sponsors: impl IntoIterator<Item = ObjectId>) -> Self {
        self.sponsors = sponsors.into_iter().collect();
        self
    }

    fn body(&self) -> Result<InvitationBody<'_>, GraphError> {
        if self.sponsors.len() > MAX_INVITATION_SPONSORS {
            return Err(GraphError::InvalidRequest(format!(
                "an invitation can name at most {MAX_INVITATION_SPONSORS} sponsors"
            )));
        }
        if self.message.as_ref().is_some_and(|m| m.cc_recipients.len() > MAX_CC_RECIPIENTS) {
            return Err(GraphError::InvalidRequest("the invitation mail can have only one Cc recipient".into()));
        }
        Ok(InvitationBody {
            invited_user_email_address: self.email.as_str(),
            invite_redirect_url: self.redirect_url.as_str(),
            invited_user_display_name: self.display_name.as_deref(),
            send_invitation_message: self.message.is_some(),
            invited_user_message_info: self.message.as_ref(),
            invited_user_type: self.user_type.as_ref(),
            invited_user: self.existing_user.map(|id| IdRef { id }),
            reset_redemption: self.reset_redemption,
            invited_user_sponsors: self.sponsors.iter().map(|&id| IdRef { id }).collect(),
        })
    }
}

#[derive(Serialize)]
struct ODataRef {
    #[serde(rename = "@odata.id")]
    id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NewAppRoleAssignment {
    principal_id: ObjectId,
    resource_id: ObjectId,
    app_role_id: Uuid,
}

fn segs<const N: usize>(parts: [&str; N]) -> Vec<String> {
    parts.iter().map(|s| (*s).to_owned()).collect()
}

fn user_segs(user: &UserRef, rest: &[&str]) -> Vec<String> {
    let mut segments = user.segments();
    segments.extend(rest.iter().map(|s| (*s).to_owned()));
    segments
}

impl Caller {
    fn call(&self, method: Method, version: ApiVersion, segments: &[String], query: &Query) -> Call {
        let mut call = Call::new(method, self.client.url(version, segments, &query.params()));
        call.eventual = query.is_advanced();
        call
    }

    fn v1(&self, method: Method, segments: &[String]) -> Call {
        self.call(method, ApiVersion::V1, segments, &Query::new())
    }

    /// An `@odata.id` for `$ref` bodies, on the configured Graph host.
    fn odata_id(&self, collection: &str, id: ObjectId) -> String {
        self.client.url(ApiVersion::V1, &[collection.to_owned(), id.to_string()], &[]).into()
    }

    /// `POST /invitations`: invite a guest, convert an internal user, or reset a redemption.
    pub async fn invite(&self, request: &InvitationRequest) -> Result<Sent<Invitation>, GraphError> {
        let call = self.v1(Method::POST, &segs(["invitations"])).json(&request.body()?)?;
        self.send_traced(call).await
    }

    /// `GET /users`: every matching user, page by page.
    pub fn users(&self, query: Query) -> impl Stream<Item = Result<User, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, segs(["users"]), query)
    }

    /// `GET /users`: only the first page (continue with [`Caller::next_page`]).
    pub async fn users_page(&self, query: &Query) -> Result<Page<User>, GraphError> {
        self.first_page(ApiVersion::V1, &segs(["users"]), query).await
    }

    /// `GET /users/$count` ("Count users"): how many users match the query's `$filter` and `$search`.
    /// The `$count` segment is an advanced query, so it always sends `ConsistencyLevel: eventual`;
    /// Graph answers a bare number as `text/plain`.
    pub async fn count_users(&self, query: &Query) -> Result<u64, GraphError> {
        let params: Vec<_> =
            query.params().into_iter().filter(|(name, _)| matches!(*name, "$filter" | "$search")).collect();
        let mut call = Call::new(Method::GET, self.client.url(ApiVersion::V1, &segs(["users", "$count"]), &params));
        call.eventual = true;
        let url = call.url.clone();
        let response = self.send(call).await?;
        let text = String::from_utf8_lossy(&response.body);
        text.trim().parse().map_err(|_| GraphError::Decode {
            url: url.path().to_owned(),
            reason: format!("expected a count, got '{text}'"),
        })
    }

    /// `GET /users/{id|upn}` or `/me`, with `$select`/`$expand` from `query`.
    pub async fn user(&self, user: &UserRef, query: &Query) -> Result<User, GraphError> {
        self.send_json(self.call(Method::GET, ApiVersion::V1, &user.segments(), query)).await
    }

    /// `PATCH /users/{id|upn}`.
    pub async fn update_user(&self, user: &UserRef, update: &UserUpdate) -> Result<Sent<()>, GraphError> {
        self.send_traced(self.v1(Method::PATCH, &user.segments()).json(update)?).await
    }

    /// `DELETE /users/{id|upn}` (soft delete; restorable for 30 days).
    pub async fn delete_user(&self, user: &UserRef) -> Result<(), GraphError> {
        self.send_empty(self.v1(Method::DELETE, &user.segments())).await
    }

    /// `GET /directory/deletedItems/microsoft.graph.user` ("List deletedItems"): users deleted in the
    /// last 30 days, page by page.
    pub fn deleted_users(&self, query: Query) -> impl Stream<Item = Result<User, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, segs(["directory", "deletedItems", "microsoft.graph.user"]), query)
    }

    /// `GET /directory/deletedItems/{id}` ("Get deleted item"), with `$select` from `query`.
    pub async fn deleted_user(&self, id: ObjectId, query: &Query) -> Result<User, GraphError> {
        let segments = segs(["directory", "deletedItems", &id.to_string()]);
        self.send_json(self.call(Method::GET, ApiVersion::V1, &segments, query)).await
    }

    /// `POST /directory/deletedItems/{id}/restore` ("Restore deleted item"): the user returns to
    /// `/users`; Graph refuses while another user has its userPrincipalName.
    pub async fn restore_deleted_user(&self, id: ObjectId) -> Result<User, GraphError> {
        let segments = segs(["directory", "deletedItems", &id.to_string(), "restore"]);
        self.send_json(self.v1(Method::POST, &segments)).await
    }

    /// `DELETE /directory/deletedItems/{id}` ("Permanently delete an item"): cannot be undone.
    pub async fn purge_deleted_user(&self, id: ObjectId) -> Result<(), GraphError> {
        self.send_empty(self.v1(Method::DELETE, &segs(["directory", "deletedItems", &id.to_string()]))).await
    }

    /// `GET /users/{id}/sponsors` (Graph allows at most five, so one page).
    pub async fn sponsors(&self, user: &UserRef) -> Result<Vec<DirectoryObject>, GraphError> {
        let page: Page<DirectoryObject> = self.send_json(self.v1(Method::GET, &user_segs(user, &["sponsors"]))).await?;
        Ok(page.value)
    }

    /// `POST /users/{id}/sponsors/$ref`.
    pub async fn add_sponsor(&self, user: &UserRef, sponsor: Principal) -> Result<(), GraphError> {
        let body = ODataRef { id: self.odata_id(sponsor.collection(), sponsor.id()) };
        self.send_empty(self.v1(Method::POST, &user_segs(user, &["sponsors", "$ref"])).json(&body)?).await
    }

    /// `DELETE /users/{id}/sponsors/{sponsorId}/$ref`: removes the link only, never the sponsor object.
    pub async fn remove_sponsor(&self, user: &UserRef, sponsor: ObjectId) -> Result<(), GraphError> {
        let segments = user_segs(user, &["sponsors", &sponsor.to_string(), "$ref"]);
        self.send_empty(self.v1(Method::DELETE, &segments)).await
    }

    /// `GET /users/{id}/sponsorOf` or `/me/sponsorOf`: the objects this user sponsors.
    pub fn sponsor_of(
        &self,
        user: &UserRef,
        query: Query,
    ) -> impl Stream<Item = Result<DirectoryObject, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, user_segs(user, &["sponsorOf"]), query)
    }

    /// `GET /users/{id}/memberOf`: groups, directory roles and administrative units.
    pub fn member_of(
        &self,
        user: &UserRef,
        query: Query,
    ) -> impl Stream<Item = Result<DirectoryObject, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, user_segs(user, &["memberOf"]), query)
    }

    /// `GET /groups`.
    pub fn groups(&self, query: Query) -> impl Stream<Item = Result<Group, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, segs(["groups"]), query)
    }

    /// `GET /groups/{id}`.
    pub async fn group(&self, id: ObjectId, query: &Query) -> Result<Group, GraphError> {
        self.send_json(self.call(Method::GET, ApiVersion::V1, &segs(["groups", &id.to_string()]), query)).await
    }

    /// `GET /groups/{id}/members`.
    pub fn group_members(
        &self,
        id: ObjectId,
        query: Query,
    ) -> impl Stream<Item = Result<DirectoryObject, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, segs(["groups", &id.to_string(), "members"]), query)
    }

    /// `POST /groups/{id}/members/$ref`.
    pub async fn add_group_member(&self, group: ObjectId, member: ObjectId) -> Result<(), GraphError> {
        let body = ODataRef { id: self.odata_id("directoryObjects", member) };
        let segments = segs(["groups", &group.to_string(), "members", "$ref"]);
        self.send_empty(self.v1(Method::POST, &segments).json(&body)?).await
    }

    /// `DELETE /groups/{id}/members/{memberId}/$ref`.
    pub async fn remove_group_member(&self, group: ObjectId, member: ObjectId) -> Result<(), GraphError> {
        let segments = segs(["groups", &group.to_string(), "members", &member.to_string(), "$ref"]);
        self.send_empty(self.v1(Method::DELETE, &segments)).await
    }

    /// `GET /users/{id}/appRoleAssignments`.
    pub fn app_role_assignments(
        &self,
        user: &UserRef,
    ) -> impl Stream<Item = Result<AppRoleAssignment, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, user_segs(user, &["appRoleAssignments"]), Query::new())
    }

    /// `POST /users/{id}/appRoleAssignments`: gives the user `app_role` of the `resource` service principal.
    pub async fn assign_app_role(
        &self,
        user: ObjectId,
        resource: ObjectId,
        app_role: Uuid,
    ) -> Result<AppRoleAssignment, GraphError> {
        let body = NewAppRoleAssignment { principal_id: user, resource_id: resource, app_role_id: app_role };
        let call = self.v1(Method::POST, &segs(["users", &user.to_string(), "appRoleAssignments"])).json(&body)?;
        self.send_json(call).await
    }

    /// `GET /servicePrincipals`.
    pub fn service_principals(
        &self,
        query: Query,
    ) -> impl Stream<Item = Result<ServicePrincipal, GraphError>> + Send + 'static {
        self.collection(ApiVersion::V1, segs(["servicePrincipals"]), query)
    }

    /// `GET /servicePrincipals/{id}`.
    pub async fn service_principal(&self, id: ObjectId) -> Result<ServicePrincipal, GraphError> {
        self.send_json(self.v1(Method::GET, &segs(["servicePrincipals", &id.to_string()]))).await
    }

    /// `GET /organization`: the tenant (one entry) with its verified domains; any user may read it.
    pub async fn organization(&self) -> Result<Organization, GraphError> {
        let page: Page<Organization> = self.send_json(self.v1(Method::GET, &segs(["organization"]))).await?;
        page.value.into_iter().next().ok_or_else(|| GraphError::Decode {
            url: "/organization".into(),
            reason: "the tenant's organization entry is missing".into(),
        })
    }

    /// `GET /policies/authorizationPolicy`.
    pub async fn authorization_policy(&self) -> Result<AuthorizationPolicy, GraphError> {
        self.send_json(self.v1(Method::GET, &segs(["policies", "authorizationPolicy"]))).await
    }

    /// `PATCH /policies/authorizationPolicy`.
    pub async fn update_authorization_policy(&self, update: &AuthorizationPolicyUpdate) -> Result<(), GraphError> {
        self.send_empty(self.v1(Method::PATCH, &segs(["policies", "authorizationPolicy"])).json(update)?).await
    }

    /// Beta `GET /policies/b2bManagementPolicies`: the invitation domain allow/block list.
    pub async fn b2b_management_policies(&self) -> Result<Vec<B2bManagementPolicy>, GraphError> {
        let call =
            self.call(Method::GET, ApiVersion::Beta, &segs(["policies", "b2bManagementPolicies"]), &Query::new());
        let page: Page<B2bManagementPolicy> = self.send_json(call).await?;
        Ok(page.value)
    }

    /// Beta `POST /users/{id}/convertExternalToInternalMemberUser`.
    pub async fn convert_to_internal(
        &self,
        user: &UserRef,
        request: &ConvertToInternal,
    ) -> Result<ConversionUserDetails, GraphError> {
        let segments = user_segs(user, &["convertExternalToInternalMemberUser"]);
        let call = self.call(Method::POST, ApiVersion::Beta, &segments, &Query::new()).json(request)?;
        self.send_json(call).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn id(s: &str) -> ObjectId {
        s.parse().unwrap()
    }

    #[test]
    fn invitation_body_uses_graph_shapes() {
        let request = InvitationRequest::new(
            EmailAddress::parse("ann@fabrikam.com").unwrap(),
            "https://myapps.microsoft.com".parse().unwrap(),
        )
        .display_name("Ann")
        .sponsors([id("cbb896f9-8306-49d0-b56b-b8e39cd28825")])
        .reset_redemption(id("9071bfde-35e0-47d2-a582-d244ab1b4af6"));
        assert_eq!(
            serde_json::to_value(request.body().unwrap()).unwrap(),
            json!({
                "invitedUserEmailAddress": "ann@fabrikam.com",
                "inviteRedirectUrl": "https://myapps.microsoft.com/",
                "invitedUserDisplayName": "Ann",
                "sendInvitationMessage": false,
                "invitedUser": {"id": "9071bfde-35e0-47d2-a582-d244ab1b4af6"},
                "resetRedemption": true,
                "invitedUserSponsors": [{"id": "cbb896f9-8306-49d0-b56b-b8e39cd28825"}]
            })
        );
    }

    #[test]
    fn invitation_limits_are_enforced_before_sending() {
        let base = InvitationRequest::new(EmailAddress::parse("a@b.com").unwrap(), "https://x.com".parse().unwrap());
        let six = (0..6).map(|_| ObjectId::from_uuid(Uuid::new_v4()));
        assert!(matches!(base.clone().sponsors(six).body(), Err(GraphError::InvalidRequest(_))));
        let cc = crate::model::Recipient::default();
        let message = InvitedUserMessageInfo { cc_recipients: vec![cc.clone(), cc], ..Default::default() };
        assert!(matches!(base.clone().send_message(message).body(), Err(GraphError::InvalidRequest(_))));
        let with_mail = base.send_message(InvitedUserMessageInfo::default());
        assert!(with_mail.body().unwrap().send_invitation_message);
    }
}
