//! Mail to sponsors, through the outbox: a guest asked for more time, a guest of theirs is being
//! ended (and, shortly before the deletion, is about to be), a sponsorship was handed to them (by
//! a sponsor, or by an administrator in place of a sponsor who left). In the recipient's language where Graph knows it
//! (`preferredLanguage`), else English.

use graph::{ApiVersion, Batch, BatchRequest, DirectoryObject, DirectoryObjectKind, ObjectId, Page, Query, User};
use http::Method;

use crate::audit::{AuditAction, AuditOutcome, Entry};
use crate::mail::OutgoingMail;
use crate::{outbox, Actor, Context, Result};

/// Someone to mail, with their language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Recipient {
    pub id: String,
    pub mail: String,
    pub language: Option<String>,
}

/// What happened, for the mail's words.
pub(crate) enum Notice<'a> {
    /// `guest` asked for more time (until `until`, if they said), because `reason`.
    ExtensionAsked { guest: &'a str, until: Option<&'a str>, reason: &'a str },
    /// `by` ended `guest`'s access; deleted on `delete_on` unless undone.
    Ending { guest: &'a str, by: &'a str, delete_on: &'a str },
    /// `guest`, whose access `by` ended, is deleted on `delete_on` (a few days away) unless undone.
    AboutToEnd { guest: &'a str, by: &'a str, delete_on: &'a str },
    /// `by` handed their sponsorship of `guest` to the recipient (or added them beside themselves).
    HandedOver { guest: &'a str, by: &'a str, co_sponsor: bool },
    /// `by` (an administrator) made the recipient `guest`'s sponsor in place of `from`, who left.
    Succeeded { guest: &'a str, by: &'a str, from: &'a str },
}

fn german(language: Option<&str>) -> bool {
    language.is_some_and(|l| l.to_ascii_lowercase().starts_with("de"))
}

impl Notice<'_> {
    /// Subject and body in `language` (German or English).
    fn words(&self, language: Option<&str>, portal: &str) -> (String, String, &'static str) {
        let de = german(language);
        let (subject, body) = match (self, de) {
            (Notice::ExtensionAsked { guest, until, reason }, false) => (
                format!("{guest} asks for more time as a guest"),
                format!(
                    "Hello,\n\n{guest}, a guest you sponsor, asks to keep their access{}.\n\nTheir reason:\n> {}\n\nOpen My guests to extend their access or end it:\n{portal}/my-guests\n",
                    until.map(|u| format!(" until {u}")).unwrap_or_default(),
                    reason.lines().collect::<Vec<_>>().join("\n> ")
                ),
            ),
            (Notice::ExtensionAsked { guest, until, reason }, true) => (
                format!("{guest} bittet um mehr Zeit als Gast"),
                format!(
                    "Guten Tag,\n\n{guest}, ein Gast, für den Sie verantwortlich sind, bittet darum, den Zugang zu behalten{}.\n\nDie Begründung:\n> {}\n\nÖffnen Sie „My guests“, um den Zugang zu verlängern oder zu beenden:\n{portal}/my-guests\n",
                    until.map(|u| format!(" (bis {u})")).unwrap_or_default(),
                    reason.lines().collect::<Vec<_>>().join("\n> ")
                ),
            ),
            (Notice::Ending { guest, by, delete_on }, false) => (
                format!("{guest}'s access is being ended"),
                format!(
                    "Hello,\n\n{by} ended the access of {guest}, a guest you sponsor: they can no longer sign in, and their account is deleted on {delete_on}.\n\nIf they still need access, undo it in My guests before then:\n{portal}/my-guests\n"
                ),
            ),
            (Notice::Ending { guest, by, delete_on }, true) => (
                format!("Der Zugang von {guest} wird beendet"),
                format!(
                    "Guten Tag,\n\n{by} hat den Zugang von {guest} beendet, einem Gast, für den Sie verantwortlich sind: die Anmeldung ist gesperrt, das Konto wird am {delete_on} gelöscht.\n\nFalls der Zugang noch gebraucht wird, machen Sie es vorher in „My guests“ rückgängig:\n{portal}/my-guests\n"
                ),
            ),
            (Notice::AboutToEnd { guest, by, delete_on }, false) => (
                format!("{guest}'s account is deleted on {delete_on}"),
                format!(
                    "Hello,\n\n{by} ended the access of {guest}, a guest you sponsor. Their account is deleted on {delete_on}; after that an administrator can restore it for 30 days.\n\nIf they still need access, undo it in My guests before then:\n{portal}/my-guests\n"
                ),
            ),
            (Notice::AboutToEnd { guest, by, delete_on }, true) => (
                format!("Das Konto von {guest} wird am {delete_on} gelöscht"),
                format!(
                    "Guten Tag,\n\n{by} hat den Zugang von {guest} beendet, einem Gast, für den Sie verantwortlich sind. Das Konto wird am {delete_on} gelöscht; danach kann es 30 Tage lang von einer Administratorin oder einem Administrator wiederhergestellt werden.\n\nFalls der Zugang noch gebraucht wird, machen Sie es vorher in „My guests“ rückgängig:\n{portal}/my-guests\n"
                ),
            ),
            (Notice::HandedOver { guest, by, co_sponsor }, false) => (
                format!("You now sponsor {guest}"),
                format!(
                    "Hello,\n\n{by} {} {guest}, a guest of your organisation. As their sponsor you confirm from time to time that they still need access, and end it when they no longer do.\n\nSee them in My guests:\n{portal}/my-guests\n",
                    if *co_sponsor { "added you as a sponsor, beside themselves, of" } else { "handed you their sponsorship of" }
                ),
            ),
            (Notice::HandedOver { guest, by, co_sponsor }, true) => (
                format!("Sie sind jetzt verantwortlich für {guest}"),
                format!(
                    "Guten Tag,\n\n{by} hat {} {guest}, einen Gast Ihrer Organisation. Als Sponsor bestätigen Sie von Zeit zu Zeit, dass der Zugang noch gebraucht wird, und beenden ihn, wenn nicht.\n\nSie finden den Gast in „My guests“:\n{portal}/my-guests\n",
                    if *co_sponsor { "Sie zusätzlich als Sponsor eingetragen für" } else { "Ihnen die Verantwortung übergeben für" }
                ),
            ),
            (Notice::Succeeded { guest, by, from }, false) => (
                format!("You now sponsor {guest}"),
                format!(
                    "Hello,\n\n{by} made you the sponsor of {guest}, a guest of your organisation, in place of {from}, who can no longer answer for them. As their sponsor you confirm from time to time that they still need access, and end it when they no longer do.\n\nSee them in My guests:\n{portal}/my-guests\n"
                ),
            ),
            (Notice::Succeeded { guest, by, from }, true) => (
                format!("Sie sind jetzt verantwortlich für {guest}"),
                format!(
                    "Guten Tag,\n\n{by} hat Sie anstelle von {from}, der oder die nicht mehr für den Gast handeln kann, als Sponsor für {guest} eingetragen, einen Gast Ihrer Organisation. Als Sponsor bestätigen Sie von Zeit zu Zeit, dass der Zugang noch gebraucht wird, und beenden ihn, wenn nicht.\n\nSie finden den Gast in „My guests“:\n{portal}/my-guests\n"
                ),
            ),
        };
        (subject, body, if de { "de" } else { "en" })
    }
}

/// The addresses behind `sponsors` (people, and the members of groups), read with the
/// application's token in one `$batch`, leaving out `except` and disabled accounts.
pub(crate) async fn recipients(ctx: &Context, sponsors: &[DirectoryObject], except: Option<&str>) -> Result<Vec<Recipient>> {
    let fields = ["id", "mail", "userPrincipalName", "preferredLanguage", "accountEnabled", "userType"];
    let mut batch = Batch::new(ApiVersion::V1);
    for (n, sponsor) in sponsors.iter().take(graph::MAX_BATCH_REQUESTS).enumerate() {
        let Some(id) = sponsor.id.map(|id| id.to_string()) else { continue };
        let request = match sponsor.kind() {
            DirectoryObjectKind::User => BatchRequest::new(n.to_string(), Method::GET, &["users", id.as_str()], &Query::new().select(&fields)),
            DirectoryObjectKind::Group => BatchRequest::new(n.to_string(), Method::GET, &["groups", id.as_str(), "members"], &Query::new().select(&fields)),
            DirectoryObjectKind::Other(_) => continue,
        };
        if batch.push(request).is_err() {
            break;
        }
    }
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    let mut answers = ctx.app().batch(&batch).await?;
    let mut people: Vec<User> = Vec::new();
    for (n, sponsor) in sponsors.iter().enumerate() {
        let Some(answer) = answers.take(&n.to_string()) else { continue };
        match sponsor.kind() {
            DirectoryObjectKind::User => people.extend(answer.into_result::<User>().ok()),
            _ => people.extend(answer.into_result::<Page<User>>().map(|p| p.value).unwrap_or_default()),
        }
    }
    let mut found: Vec<Recipient> = people
        .into_iter()
        .filter(|u| u.account_enabled != Some(false))
        .filter_map(|u| {
            let id = u.id?.to_string();
            (Some(id.as_str()) != except).then_some(())?;
            Some(Recipient { id, mail: u.mail.or(u.user_principal_name)?, language: u.preferred_language })
        })
        .collect();
    found.sort_by(|a, b| a.id.cmp(&b.id));
    found.dedup_by(|a, b| a.id == b.id);
    Ok(found)
}

/// Tells the new sponsor `id` (a person, or each member of a group when `group`) that `by` made
/// them `guest`'s sponsor in place of `from`; audited as `AddSponsor`, about `who`.
pub(crate) async fn succeeded(ctx: &Context, actor: &Actor, (id, group): (ObjectId, bool), (guest, who): (&str, &str), from: &str) -> Result<usize> {
    let odata_type = if group { "#microsoft.graph.group" } else { "#microsoft.graph.user" };
    let sponsor = DirectoryObject { odata_type: Some(odata_type.into()), id: Some(id), ..DirectoryObject::default() };
    let to = recipients(ctx, &[sponsor], None).await?;
    send(ctx, actor, &to, &Notice::Succeeded { guest, by: actor.name(), from }, AuditAction::AddSponsor, who).await
}

/// Queues `notice` to each of `to`, each with its audit row (`action`, about `guest`, queued).
pub(crate) async fn send(ctx: &Context, actor: &Actor, to: &[Recipient], notice: &Notice<'_>, action: AuditAction, guest: &str) -> Result<usize> {
    let portal = ctx.settings.portal_url.clone().unwrap_or_default();
    let portal = portal.trim_end_matches('/');
    let mut queued = 0;
    for recipient in to {
        let (subject, body, language) = notice.words(recipient.language.as_deref(), portal);
        let mail = OutgoingMail { to: recipient.mail.clone(), subject: subject.clone(), body, language: language.to_owned() };
        let entry = Entry::new(action, guest, AuditOutcome::Queued).options(&serde_json::json!({ "to": recipient.mail, "subject": subject }));
        match outbox::queue(&ctx.db, actor, &mail, entry).await {
            Ok(_) => queued += 1,
            // One address the outbox cannot take must not stop the others (or the action).
            Err(error) => tracing::warn!(%error, to = %recipient.mail, "a mail to a sponsor could not be queued"),
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_follow_the_language_and_lead_to_my_guests() {
        let notice = Notice::ExtensionAsked { guest: "Olivia Chen", until: Some("30 June 2027"), reason: "The project runs on.\nTwo more sprints." };
        let (subject, body, language) = notice.words(Some("en-US"), "https://guests.example");
        assert_eq!(subject, "Olivia Chen asks for more time as a guest");
        assert!(body.contains("until 30 June 2027") && body.contains("> The project runs on.\n> Two more sprints."));
        assert!(body.contains("https://guests.example/my-guests"));
        assert_eq!(language, "en");
        let (subject, _, language) = Notice::Ending { guest: "Olivia Chen", by: "Amara", delete_on: "1 May 2027" }.words(Some("de-DE"), "");
        assert_eq!((subject.as_str(), language), ("Der Zugang von Olivia Chen wird beendet", "de"));
        let (subject, body, _) = Notice::AboutToEnd { guest: "Olivia Chen", by: "Amara Diallo", delete_on: "1 May 2027" }.words(Some("en-GB"), "https://guests.example");
        assert_eq!(subject, "Olivia Chen's account is deleted on 1 May 2027");
        assert!(body.contains("Amara Diallo ended the access of Olivia Chen") && body.contains("https://guests.example/my-guests"));
        let (subject, _, _) = Notice::AboutToEnd { guest: "Olivia Chen", by: "Amara Diallo", delete_on: "1. Mai 2027" }.words(Some("de"), "");
        assert_eq!(subject, "Das Konto von Olivia Chen wird am 1. Mai 2027 gelöscht");
        let (subject, body, _) = Notice::HandedOver { guest: "Olivia Chen", by: "Amara", co_sponsor: false }.words(None, "");
        assert_eq!(subject, "You now sponsor Olivia Chen");
        assert!(body.contains("handed you their sponsorship"));
        let (subject, body, _) = Notice::Succeeded { guest: "Zoe Martin", by: "Grace Okafor", from: "Rafael Costa" }.words(None, "");
        assert_eq!(subject, "You now sponsor Zoe Martin");
        assert!(body.contains("Grace Okafor made you the sponsor of Zoe Martin, a guest of your organisation, in place of Rafael Costa"), "{body}");
    }
}
