//! An Inviter acting on an object id they may not touch: refused, audited, nothing changed.

use reqwest::StatusCode;

use crate::call;
use crate::common::*;

#[tokio::test]
async fn an_inviter_cannot_reinvite_a_member_nor_reset_a_guest_by_id() {
    let portal = sandbox_portal().await;
    let admin = portal.global_admin().await;
    let inviter = portal.person(|p| p.user_principal_name.starts_with("priya.")).await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &inviter.user_principal_name).await;

    // A member's id in the "invite again" form would turn them into a pending guest.
    let (status, body) = call(&mut browser, &portal, "invite/again", &[("user_id", &admin.id)]).await;
    assert_eq!(status, StatusCode::OK, "answered on the form: {body}");
    assert!(body.contains("is a member of your organization"), "{body}");
    // A guest's redemption reset is for administrators (delegated mode).
    let olivia = portal.person(|p| p.user_principal_name.starts_with("olivia.")).await;
    let (status, _) = call(&mut browser, &portal, "invite/again", &[("user_id", &olivia.id), ("reset", "on")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let state = portal.sandbox.directory().read().await;
    assert_eq!(state.users[&admin.id].user_type, "Member");
    assert!(state.users[&admin.id].external_user_state.is_none(), "the member was not touched");
    drop(state);

    let mut auditor = Browser::new();
    sign_in(&mut auditor, &portal, &admin.user_principal_name).await;
    let (_, body) = call(&mut auditor, &portal, "audit/events", &[("filter[text]", &admin.user_principal_name)]).await;
    let events: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(events.len(), 1, "{body}");
    assert_eq!(events[0]["outcome"], "Refused");
    assert_eq!(events[0]["actor_id"], inviter.id.as_str());
}
