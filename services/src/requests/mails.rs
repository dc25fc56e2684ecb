//! Mail about invitation requests, through the outbox: to the approvers when someone asks, to the
//! requester when it is approved, denied or expired. Each with a link to the page to act on.

use super::InvitationRequest;
use crate::audit::{AuditAction, AuditOutcome, Entry};
use crate::mail::OutgoingMail;
use crate::{outbox, Actor, Context, Result};

/// What happened to a request, for the mail's words.
pub(crate) enum Notice<'a> {
    /// To an approver: the request waits for them.
    Asked,
    Approved { by: &'a str, comment: Option<&'a str> },
    Denied { by: &'a str, comment: Option<&'a str> },
    Expired { days: u32 },
}

fn quoted(text: &str) -> String {
    text.lines().map(|line| format!("> {line}")).collect::<Vec<_>>().join("\n")
}

impl Notice<'_> {
    fn words(&self, request: &InvitationRequest, portal: &str) -> (String, String) {
        let guest = &request.email;
        let comment = |comment: Option<&str>| comment.map(|c| format!("\nTheir comment:\n{}\n", quoted(c))).unwrap_or_default();
        match self {
            Notice::Asked => (
                format!("{} asks to invite {guest}", request.requester),
                format!(
                    "Hello,\n\n{} asks to invite {guest} as a guest.\n\nTheir reason:\n{}\n\n{}\n\nApprove or deny it in one click:\n{portal}/approvals/{}\n\nUnanswered, the request expires on {}.\n",
                    request.requester,
                    quoted(&request.reason),
                    request.why_request,
                    request.id,
                    &request.expires_at[..10]
                ),
            ),
            Notice::Approved { by, comment: c } => (
                format!("Your request to invite {guest} was approved"),
                format!("Hello,\n\n{by} approved your request to invite {guest}: the invitation is sent, and you are their sponsor.\n{}\nSee your requests:\n{portal}/my-requests\n", comment(*c)),
            ),
            Notice::Denied { by, comment: c } => (
                format!("Your request to invite {guest} was denied"),
                format!("Hello,\n\n{by} denied your request to invite {guest}; nothing was sent.\n{}\nSee your requests:\n{portal}/my-requests\n", comment(*c)),
            ),
            Notice::Expired { days } => (
                format!("Your request to invite {guest} expired"),
                format!(
                    "Hello,\n\nNobody answered your request to invite {guest} within {days} days, so it expired and nothing was sent. Ask again if the guest is still needed:\n{portal}/invite\n\nSee your requests:\n{portal}/my-requests\n"
                ),
            ),
        }
    }
}

/// Queues `notice` about `request` to each of `to`, each with its audit row (`action`, queued).
/// One address the outbox cannot take does not stop the others, nor the decision.
pub(crate) async fn send(ctx: &Context, actor: &Actor, to: &[String], request: &InvitationRequest, notice: &Notice<'_>, action: AuditAction) -> Result<usize> {
    let portal = ctx.settings.portal_url.clone().unwrap_or_default();
    let (subject, body) = notice.words(request, portal.trim_end_matches('/'));
    let mut queued = 0;
    for address in to {
        let mail = OutgoingMail { to: address.clone(), subject: subject.clone(), body: body.clone(), language: "en".into() };
        let options = serde_json::json!({ "requestId": request.id, "to": address, "subject": subject });
        match outbox::queue(&ctx.db, actor, &mail, Entry::new(action, &request.email, AuditOutcome::Queued).options(&options)).await {
            Ok(_) => queued += 1,
            Err(error) => tracing::warn!(%error, to = %address, "a mail about an invitation request could not be queued"),
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requests::RequestState;

    fn request() -> InvitationRequest {
        InvitationRequest {
            id: 7,
            requester: "Sofia Marquez <sofia@northwind.example>".into(),
            requester_id: "s".into(),
            email: "ann@fabrikam.example".into(),
            domain: "fabrikam.example".into(),
            form: Default::default(),
            reason: "Joint launch.\nNeeds the brief.".into(),
            why_request: "You may not invite guests yourself.".into(),
            state: RequestState::Pending,
            asked_at: "2027-01-01T10:00:00.000Z".into(),
            expires_at: "2027-01-15T10:00:00.000Z".into(),
            decided_at: None,
            decided_by: None,
            comment: None,
            guest_id: None,
            can_decide: false,
        }
    }

    #[test]
    fn approvers_get_the_reason_and_a_link_to_the_request_requesters_the_answer() {
        let (subject, body) = Notice::Asked.words(&request(), "https://guests.example");
        assert_eq!(subject, "Sofia Marquez <sofia@northwind.example> asks to invite ann@fabrikam.example");
        assert!(body.contains("> Joint launch.\n> Needs the brief.") && body.contains("https://guests.example/approvals/7"), "{body}");
        assert!(body.contains("expires on 2027-01-15"), "{body}");
        let (subject, body) = Notice::Denied { by: "Grace", comment: Some("Use the partner portal.") }.words(&request(), "");
        assert_eq!(subject, "Your request to invite ann@fabrikam.example was denied");
        assert!(body.contains("> Use the partner portal.") && body.contains("/my-requests"), "{body}");
        let (_, body) = Notice::Expired { days: 14 }.words(&request(), "");
        assert!(body.contains("within 14 days"), "{body}");
    }
}
