//! Mail to sponsors, through the outbox: a guest asked for more time, a guest of theirs is being
//! ended (and, shortly before the deletion, is about to be), a sponsorship was handed to them (by
//! a sponsor, or by an administrator in place of a sponsor who left). In the recipient's language:
//! the one they read Guestlist in ([`crate::languages`]), else Graph's (`preferredLanguage`),
//! else the portal's.

use graph::{ApiVersion, Batch, BatchRequest, DirectoryObject, DirectoryObjectKind, ObjectId, Page, Query, User};
use http::Method;

use crate::audit::{AuditAction, AuditOutcome, Entry};
use crate::mail::OutgoingMail;
use crate::{languages, outbox, Actor, Context, Result};
use i18n::{tr, Locale};

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

impl Notice<'_> {
    /// Subject, body and language tag, in `locale`.
    fn words(&self, locale: Locale, portal: &str) -> (String, String, &'static str) {
        let (subject, intro, action) = match self {
            Notice::ExtensionAsked { guest, until, reason } => {
                let asks = match until {
                    Some(until) => tr!(locale, "mail-sponsor-extension-asked-until", guest = *guest, until = *until),
                    None => tr!(locale, "mail-sponsor-extension-asked", guest = *guest),
                };
                let reason = reason.lines().collect::<Vec<_>>().join("\n> ");
                (
                    tr!(locale, "mail-sponsor-extension-asked-subject", guest = *guest),
                    format!("{asks}\n\n{}\n> {reason}", tr!(locale, "mail-their-reason")),
                    tr!(locale, "mail-sponsor-extend-or-end"),
                )
            }
            Notice::Ending { guest, by, delete_on } => (
                tr!(locale, "mail-sponsor-ending-subject", guest = *guest),
                tr!(locale, "mail-sponsor-ending", by = *by, guest = *guest, date = *delete_on),
                tr!(locale, "mail-sponsor-undo"),
            ),
            Notice::AboutToEnd { guest, by, delete_on } => (
                tr!(locale, "mail-sponsor-about-to-end-subject", guest = *guest, date = *delete_on),
                tr!(locale, "mail-sponsor-about-to-end", by = *by, guest = *guest, date = *delete_on),
                tr!(locale, "mail-sponsor-undo"),
            ),
            Notice::HandedOver { guest, by, co_sponsor } => (
                tr!(locale, "mail-sponsor-new-subject", guest = *guest),
                if *co_sponsor {
                    tr!(locale, "mail-sponsor-co-sponsor", by = *by, guest = *guest)
                } else {
                    tr!(locale, "mail-sponsor-handed-over", by = *by, guest = *guest)
                },
                tr!(locale, "mail-sponsor-see-them"),
            ),
            Notice::Succeeded { guest, by, from } => (
                tr!(locale, "mail-sponsor-new-subject", guest = *guest),
                tr!(locale, "mail-sponsor-succeeded", by = *by, guest = *guest, from = *from),
                tr!(locale, "mail-sponsor-see-them"),
            ),
        };
        let body = format!("{}\n\n{intro}\n\n{action}\n{portal}/my-guests\n", tr!(locale, "mail-hello"));
        (subject, body, locale.tag())
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
        // The language they read Guestlist in, else Graph's for them, else the portal's.
        let locale = languages::for_mail(&ctx.db, ctx.language, Some(&recipient.id), Some(&recipient.mail), recipient.language.as_deref()).await;
        let (subject, body, language) = notice.words(locale, portal);
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
        let (subject, body, language) = notice.words(Locale::En, "https://guests.example");
        assert_eq!(subject, "Olivia Chen asks for more time as a guest");
        assert!(body.contains("until 30 June 2027") && body.contains("> The project runs on.\n> Two more sprints."));
        assert!(body.contains("https://guests.example/my-guests"));
        assert_eq!(language, "en");
        let (subject, _, language) = Notice::Ending { guest: "Olivia Chen", by: "Amara", delete_on: "1 May 2027" }.words(Locale::De, "");
        assert_eq!((subject.as_str(), language), ("Der Zugang von Olivia Chen wird beendet", "de"));
        let (subject, body, _) = Notice::AboutToEnd { guest: "Olivia Chen", by: "Amara Diallo", delete_on: "1 May 2027" }.words(Locale::En, "https://guests.example");
        assert_eq!(subject, "Olivia Chen's account is deleted on 1 May 2027");
        assert!(body.contains("Amara Diallo ended the access of Olivia Chen") && body.contains("https://guests.example/my-guests"));
        let (subject, _, _) = Notice::AboutToEnd { guest: "Olivia Chen", by: "Amara Diallo", delete_on: "1. Mai 2027" }.words(Locale::De, "");
        assert_eq!(subject, "Das Konto von Olivia Chen wird am 1. Mai 2027 gelöscht");
        let (subject, body, _) = Notice::HandedOver { guest: "Olivia Chen", by: "Amara", co_sponsor: false }.words(Locale::En, "");
        assert_eq!(subject, "You now sponsor Olivia Chen");
        assert!(body.contains("handed you their sponsorship"));
        let (subject, body, _) = Notice::Succeeded { guest: "Zoe Martin", by: "Grace Okafor", from: "Rafael Costa" }.words(Locale::En, "");
        assert_eq!(subject, "You now sponsor Zoe Martin");
        assert!(body.contains("Grace Okafor made you the sponsor of Zoe Martin, a guest of your organisation, in place of Rafael Costa"), "{body}");
        let (_, body, _) = Notice::Ending { guest: "Olivia Chen", by: "Amara", delete_on: "1. Mai 2027" }.words(Locale::De, "https://guests.example");
        assert!(body.starts_with("Guten Tag,\n\nAmara hat den Zugang von Olivia Chen beendet") && body.ends_with("\nhttps://guests.example/my-guests\n"), "{body}");
    }
}
