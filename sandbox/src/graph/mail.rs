//! The invitation mail Entra sends when `sendInvitationMessage` is true, for the sandbox outbox.
//! A handful of `messageLanguage` templates; a `customizedMessageBody` replaces the language
//! choice, as Graph documents (the language is then ignored).

use chrono::{DateTime, Utc};

use crate::directory::model::MailMessage;

struct Template {
    language: &'static str,
    /// `{org}` is replaced by the inviting organisation's name.
    subject: &'static str,
    intro: &'static str,
    accept: &'static str,
    note: &'static str,
}

const TEMPLATES: &[Template] = &[
    Template {
        language: "en-US",
        subject: "You're invited to the {org} organization",
        intro: "{inviter} invited you to access applications within their organization.",
        accept: "Accept invitation",
        note: "Only accept this invitation if you trust the sender.",
    },
    Template {
        language: "de-DE",
        subject: "Sie wurden in die Organisation {org} eingeladen",
        intro: "{inviter} hat Sie eingeladen, auf Anwendungen in der Organisation zuzugreifen.",
        accept: "Einladung annehmen",
        note: "Nehmen Sie diese Einladung nur an, wenn Sie dem Absender vertrauen.",
    },
    Template {
        language: "fr-FR",
        subject: "Vous êtes invité(e) dans l'organisation {org}",
        intro: "{inviter} vous a invité(e) à accéder aux applications de son organisation.",
        accept: "Accepter l'invitation",
        note: "N'acceptez cette invitation que si vous faites confiance à l'expéditeur.",
    },
    Template {
        language: "es-ES",
        subject: "Se le ha invitado a la organización {org}",
        intro: "{inviter} le ha invitado a acceder a las aplicaciones de su organización.",
        accept: "Aceptar invitación",
        note: "Acepte esta invitación solo si confía en el remitente.",
    },
    Template {
        language: "nl-NL",
        subject: "U bent uitgenodigd voor de organisatie {org}",
        intro: "{inviter} heeft u uitgenodigd om toegang te krijgen tot toepassingen binnen de organisatie.",
        accept: "Uitnodiging accepteren",
        note: "Accepteer deze uitnodiging alleen als u de afzender vertrouwt.",
    },
    Template {
        language: "pt-BR",
        subject: "Você foi convidado para a organização {org}",
        intro: "{inviter} convidou você para acessar aplicativos da organização.",
        accept: "Aceitar convite",
        note: "Aceite este convite somente se você confiar no remetente.",
    },
];

/// Picks the template by primary language subtag (`de-AT` → German); English otherwise.
fn template(language: Option<&str>) -> &'static Template {
    let primary = language.and_then(|l| l.split(['-', '_']).next()).unwrap_or("en").to_ascii_lowercase();
    TEMPLATES.iter().find(|t| t.language[..2] == primary).unwrap_or(&TEMPLATES[0])
}

pub struct Invitation<'a> {
    pub organisation: &'a str,
    pub inviter: &'a str,
    pub to: &'a str,
    pub cc: Option<&'a str>,
    pub redeem_url: &'a str,
    pub custom_message: Option<&'a str>,
    pub language: Option<&'a str>,
}

pub fn compose(i: &Invitation, now: DateTime<Utc>) -> MailMessage {
    let custom = i.custom_message.filter(|m| !m.trim().is_empty());
    let t = template(if custom.is_some() { None } else { i.language });
    let fill = |s: &str| s.replace("{org}", i.organisation).replace("{inviter}", i.inviter);
    let mut body = fill(t.intro);
    if let Some(message) = custom {
        body.push_str("\n\n");
        body.push_str(message);
    }
    body.push_str(&format!("\n\n{}: {}\n\n{}", t.accept, i.redeem_url, t.note));
    MailMessage {
        id: uuid::Uuid::new_v4().to_string(),
        sent: now,
        from: format!("Microsoft Invitations on behalf of {} <invites@microsoft.example>", i.organisation),
        to: i.to.to_string(),
        cc: i.cc.map(str::to_string).into_iter().collect(),
        subject: fill(t.subject),
        body,
        language: t.language.to_string(),
        redeem_url: i.redeem_url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation<'a>(language: Option<&'a str>, custom: Option<&'a str>) -> Invitation<'a> {
        Invitation { organisation: "Northwind", inviter: "Priya", to: "a@b.example", cc: None, redeem_url: "http://x/r", custom_message: custom, language }
    }

    #[test]
    fn language_picks_template_unless_a_custom_body_is_given() {
        assert!(compose(&invitation(Some("de-AT"), None), Utc::now()).subject.contains("eingeladen"));
        assert!(compose(&invitation(Some("xx"), None), Utc::now()).subject.starts_with("You're invited"));
        let custom = compose(&invitation(Some("fr-FR"), Some("Welcome aboard")), Utc::now());
        assert_eq!(custom.language, "en-US");
        assert!(custom.body.contains("Welcome aboard"));
    }
}
