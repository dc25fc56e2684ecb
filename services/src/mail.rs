//! Mail Guestlist sends itself, by SMTP (lettre, rustls): composed here, queued in the outbox
//! (see [`crate::outbox`]) and delivered by the worker. The first kind is "Send it from
//! Guestlist": the invitation link in a clean template in the guest's language with the
//! inviter's own message. On the sandbox the mailer points at the sandbox's SMTP receiver, so the
//! same code path fills the sandbox's mailbox.

use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Sends mail through the configured SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Why a mail could not be set up or sent. Shown as is.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    #[error("GUESTLIST_SMTP_URL is not a usable smtp:// or smtps:// URL ({0}).")]
    Url(String),
    #[error("GUESTLIST_MAIL_FROM {0:?} is not a sender such as \"Guestlist <guests@contoso.com>\".")]
    From(String),
    #[error("The e-mail could not be written: {0}.")]
    Build(String),
    #[error("The mail server did not take the e-mail: {0}. Try again, or copy the link instead.")]
    Send(String),
}

/// The invitation link mail for one guest.
pub struct LinkMail<'a> {
    pub to: &'a str,
    pub inviter: &'a str,
    /// `messageLanguage` style code (`de-DE`); the template follows its first part.
    pub language: &'a str,
    pub message: Option<&'a str>,
    pub link: &'a str,
}

struct Template {
    language: &'static str,
    subject: &'static str,
    intro: &'static str,
    message: &'static str,
    action: &'static str,
    footer: &'static str,
}

/// `{inviter}` is replaced by the inviter's name.
const TEMPLATES: &[Template] = &[
    Template {
        language: "en",
        subject: "{inviter} invited you to collaborate",
        intro: "Hello,\n\n{inviter} invited you to work together as a guest of their organization.",
        message: "Their message to you:",
        action: "To accept, open this link and sign in with your own account:",
        footer: "If you did not expect this invitation, you can ignore this e-mail.",
    },
    Template {
        language: "de",
        subject: "{inviter} hat Sie zur Zusammenarbeit eingeladen",
        intro: "Guten Tag,\n\n{inviter} hat Sie eingeladen, als Gast der Organisation mitzuarbeiten.",
        message: "Die Nachricht an Sie:",
        action: "Öffnen Sie zum Annehmen diesen Link und melden Sie sich mit Ihrem eigenen Konto an:",
        footer: "Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.",
    },
    Template {
        language: "fr",
        subject: "{inviter} vous invite à collaborer",
        intro: "Bonjour,\n\n{inviter} vous invite à travailler ensemble en tant qu'invité de son organisation.",
        message: "Son message :",
        action: "Pour accepter, ouvrez ce lien et connectez-vous avec votre propre compte :",
        footer: "Si vous n'attendiez pas cette invitation, vous pouvez ignorer cet e-mail.",
    },
    Template {
        language: "es",
        subject: "{inviter} te ha invitado a colaborar",
        intro: "Hola:\n\n{inviter} te ha invitado a trabajar juntos como invitado de su organización.",
        message: "Su mensaje para ti:",
        action: "Para aceptar, abre este enlace e inicia sesión con tu propia cuenta:",
        footer: "Si no esperabas esta invitación, puedes ignorar este correo.",
    },
    Template {
        language: "ar",
        subject: "دعاك {inviter} إلى التعاون",
        intro: "مرحبًا،\n\nدعاك {inviter} إلى العمل معًا بصفتك ضيفًا في مؤسسته.",
        message: "رسالته إليك:",
        action: "للقبول، افتح هذا الرابط وسجّل الدخول بحسابك الخاص:",
        footer: "إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.",
    },
    Template {
        language: "nl",
        subject: "{inviter} heeft u uitgenodigd om samen te werken",
        intro: "Hallo,\n\n{inviter} heeft u uitgenodigd om als gast van de organisatie samen te werken.",
        message: "Het bericht aan u:",
        action: "Open deze link om te accepteren en meld u aan met uw eigen account:",
        footer: "Als u deze uitnodiging niet verwachtte, kunt u deze e-mail negeren.",
    },
];

/// A composed mail, ready to queue and deliver.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    /// Plain text.
    pub body: String,
    /// `Content-Language`, e.g. `de`.
    pub language: String,
}

impl LinkMail<'_> {
    /// The mail in the guest's language (English when there is no template).
    pub fn compose(&self) -> OutgoingMail {
        let (subject, body, language) = compose(self);
        OutgoingMail { to: self.to.to_owned(), subject, body, language: language.to_owned() }
    }
}

/// Subject, plain-text body and the language used (English when there is no template).
fn compose(mail: &LinkMail) -> (String, String, &'static str) {
    let primary = mail.language.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let t = TEMPLATES.iter().find(|t| t.language == primary).unwrap_or(&TEMPLATES[0]);
    let fill = |text: &str| text.replace("{inviter}", mail.inviter);
    let mut body = fill(t.intro);
    if let Some(message) = mail.message.map(str::trim).filter(|m| !m.is_empty()) {
        let quoted: Vec<String> = message.lines().map(|line| format!("> {line}")).collect();
        body.push_str(&format!("\n\n{}\n{}", t.message, quoted.join("\n")));
    }
    body.push_str(&format!("\n\n{}\n{}\n\n{}\n", t.action, mail.link, t.footer));
    (fill(t.subject), body, t.language)
}

/// Whether the SMTP server `smtp_url` is on this machine (loopback); else its host. The sandbox
/// signs anyone in without a password, so in sandbox mode Guestlist mails nobody outside.
pub fn on_this_machine(smtp_url: &str) -> Result<(), String> {
    let host = url::Url::parse(smtp_url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
    let loopback = host == "localhost" || host.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if loopback { Ok(()) } else { Err(host) }
}

impl Mailer {
    /// The same server with another sender.
    pub fn with_from(&self, from: &str) -> Result<Mailer, MailError> {
        let from = from.parse().map_err(|_| MailError::From(from.to_owned()))?;
        Ok(Mailer { transport: self.transport.clone(), from })
    }

    /// `smtp://host:port` (plain; add `?tls=required` for STARTTLS) or `smtps://host:port`,
    /// with `user:password@` when the server needs it.
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        let from = from.parse().map_err(|_| MailError::From(from.to_owned()))?;
        Ok(Mailer { transport, from })
    }

    /// Hands one mail to the SMTP server (the outbox's worker calls this).
    pub async fn deliver(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let to: Mailbox = mail.to.parse().map_err(|_| MailError::Build(format!("{} is not an address", mail.to)))?;
        let language = HeaderValue::new(HeaderName::new_from_ascii_str("Content-Language"), mail.language.clone());
        let mut message = Message::builder().from(self.from.clone()).to(to).subject(mail.subject.clone());
        message = message.raw_header(language);
        // Base64: valid for any text and line length, and every mail client reads it.
        let body = Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::Base64)
            .map_err(|_| MailError::Build("the text cannot be encoded".into()))?;
        let part = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(body);
        let message = message.singlepart(part).map_err(|e| MailError::Build(e.to_string()))?;
        self.transport.send(message).await.map(drop).map_err(|e| MailError::Send(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail<'a>(language: &'a str, message: Option<&'a str>) -> LinkMail<'a> {
        LinkMail { to: "ann@fabrikam.example", inviter: "Priya Natarajan", language, message, link: "https://x.example/r?t=1" }
    }

    #[test]
    fn the_template_follows_the_language_and_quotes_the_message() {
        let (subject, body, language) = compose(&mail("de-DE", Some("Willkommen!\nBis bald")));
        assert_eq!(language, "de");
        assert_eq!(subject, "Priya Natarajan hat Sie zur Zusammenarbeit eingeladen");
        assert!(body.contains("> Willkommen!\n> Bis bald"));
        assert!(body.contains("\nhttps://x.example/r?t=1\n"));
        for (code, expected) in [("fr-FR", "fr"), ("es", "es"), ("ar-SA", "ar"), ("nl-NL", "nl"), ("ja-JP", "en"), ("", "en")] {
            assert_eq!(compose(&mail(code, None)).2, expected);
        }
        assert!(!compose(&mail("en-US", Some("  "))).1.contains("message to you"));
    }

    #[test]
    fn settings_are_checked() {
        assert!(matches!(Mailer::new("http://x", "a@b.example"), Err(MailError::Url(_))));
        assert!(matches!(Mailer::new("smtp://127.0.0.1:25", "not an address"), Err(MailError::From(_))));
    }
}
