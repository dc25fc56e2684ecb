//! Mail about invitation requests, through the outbox: to the approvers when someone asks, to the
//! requester when it is approved, denied or expired. Each with a link to the page to act on.

use super::InvitationRequest;
use crate::audit::{AuditAction, AuditOutcome, Entry};
use crate::mail::OutgoingMail;
use crate::{languages, outbox, Actor, Context, Result};
use i18n::{tr, Locale};

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
    /// Subject and body in `locale`.
    fn words(&self, locale: Locale, request: &InvitationRequest, portal: &str) -> (String, String) {
        let guest = request.email.as_str();
        let hello = tr!(locale, "mail-hello");
        let comment = |comment: Option<&str>| {
            comment.map(|c| format!("\n{}\n{}\n", tr!(locale, "mail-their-comment"), quoted(c))).unwrap_or_default()
        };
        let see_requests = tr!(locale, "mail-request-see-requests");
        match self {
            Notice::Asked => (
                tr!(locale, "mail-request-asked-subject", requester = &request.requester, guest = guest),
                format!(
                    "{hello}\n\n{}\n\n{}\n{}\n\n{}\n\n{}\n{portal}/approvals/{}\n\n{}\n",
                    tr!(locale, "mail-request-asked", requester = &request.requester, guest = guest),
                    tr!(locale, "mail-their-reason"),
                    quoted(&request.reason),
                    request.why_request,
                    tr!(locale, "mail-request-decide"),
                    request.id,
                    tr!(locale, "mail-request-expires", date = request.expires_at.get(..10).unwrap_or(&request.expires_at)),
                ),
            ),
            Notice::Approved { by, comment: c } => (
                tr!(locale, "mail-request-approved-subject", guest = guest),
                format!(
                    "{hello}\n\n{}\n{}\n{see_requests}\n{portal}/my-requests\n",
                    tr!(locale, "mail-request-approved", by = *by, guest = guest),
                    comment(*c)
                ),
            ),
            Notice::Denied { by, comment: c } => (
                tr!(locale, "mail-request-denied-subject", guest = guest),
                format!(
                    "{hello}\n\n{}\n{}\n{see_requests}\n{portal}/my-requests\n",
                    tr!(locale, "mail-request-denied", by = *by, guest = guest),
                    comment(*c)
                ),
            ),
            Notice::Expired { days } => (
                tr!(locale, "mail-request-expired-subject", guest = guest),
                format!(
                    "{hello}\n\n{}\n{portal}/invite\n\n{see_requests}\n{portal}/my-requests\n",
                    tr!(locale, "mail-request-expired", guest = guest, days = *days)
                ),
            ),
        }
    }
}

/// Queues `notice` about `request` to each of `to`, each with its audit row (`action`, queued),
/// each in the recipient's language (the requester's, or an approver's as they signed in; else
/// the portal's). One address the outbox cannot take does not stop the others, nor the decision.
pub(crate) async fn send(ctx: &Context, actor: &Actor, to: &[String], request: &InvitationRequest, notice: &Notice<'_>, action: AuditAction) -> Result<usize> {
    let portal = ctx.settings.portal_url.clone().unwrap_or_default();
    let to_requester = !matches!(notice, Notice::Asked);
    let mut queued = 0;
    for address in to {
        let object_id = to_requester.then_some(request.requester_id.as_str());
        let locale = languages::for_mail(&ctx.db, ctx.language, object_id, Some(address), None).await;
        let (subject, body) = notice.words(locale, request, portal.trim_end_matches('/'));
        let mail = OutgoingMail { to: address.clone(), subject: subject.clone(), body, language: locale.tag().into() };
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
        let (subject, body) = Notice::Asked.words(Locale::En, &request(), "https://guests.example");
        assert_eq!(subject, "Sofia Marquez <sofia@northwind.example> asks to invite ann@fabrikam.example");
        assert!(body.contains("> Joint launch.\n> Needs the brief.") && body.contains("https://guests.example/approvals/7"), "{body}");
        assert!(body.contains("expires on 2027-01-15"), "{body}");
        let (subject, body) = Notice::Denied { by: "Grace", comment: Some("Use the partner portal.") }.words(Locale::En, &request(), "");
        assert_eq!(subject, "Your request to invite ann@fabrikam.example was denied");
        assert!(body.contains("> Use the partner portal.") && body.contains("/my-requests"), "{body}");
        let (_, body) = Notice::Expired { days: 14 }.words(Locale::En, &request(), "");
        assert!(body.contains("within 14 days"), "{body}");
        let (subject, body) = Notice::Approved { by: "Grace", comment: None }.words(Locale::De, &request(), "");
        assert_eq!(subject, "Ihre Anfrage, ann@fabrikam.example einzuladen, wurde genehmigt");
        assert!(body.starts_with("Guten Tag,\n\nGrace hat Ihre Anfrage") && body.ends_with("\n/my-requests\n"), "{body}");
    }
}
