//! The outbox against a real SMTP server: queued with its audit row, retried after the backoff,
//! taken over after a dead sender's lease, and never sent twice once sent.

use std::time::Duration;

use chrono::Utc;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome, Entry};
use services::mail::{Mailer, OutgoingMail};
use services::outbox::{self, MailState, MAIL_LEASE, MAX_ATTEMPTS};
use services::{Db, Error};

use crate::common::{operator, sqlite};
use crate::smtp::TestSmtp;

fn mail(to: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: "Priya invited you to collaborate".into(),
        body: "Hello,\n\nopen this link: https://x.example/r?t=1\n".into(),
        language: "en".into(),
    }
}

fn entry(target: &str) -> Entry {
    Entry::new(AuditAction::SendLinkFromGuestlist, target, AuditOutcome::Changed).options(&serde_json::json!({"language": "en"}))
}

async fn queue(db: &Db, to: &str) -> i64 {
    outbox::queue(db, &operator(), &mail(to), entry(to)).await.unwrap()
}

fn mailer(smtp: &TestSmtp) -> Mailer {
    Mailer::new(&smtp.url(), "Guestlist <guestlist@localhost>").unwrap()
}

fn after(seconds: u64) -> chrono::Duration {
    chrono::Duration::from_std(Duration::from_secs(seconds)).unwrap()
}

#[tokio::test]
async fn a_queued_mail_is_audited_with_it_or_not_queued_at_all() {
    let (db, _dir) = sqlite().await;
    let id = queue(&db, "ann@fabrikam.example").await;
    let events = audit::list(&db, &operator(), &AuditFilter::default()).await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].action, AuditAction::SendLinkFromGuestlist);
    let options: serde_json::Value = serde_json::from_str(&events[0].options).unwrap();
    assert_eq!(options, serde_json::json!({"language": "en", "outbox_id": id}));
    let status = outbox::status(&db, id).await.unwrap();
    assert_eq!((status.state, status.attempts, status.to.as_str()), (MailState::Pending, 0, "ann@fabrikam.example"));
    assert!(status.describe(i18n::Locale::En).starts_with("Queued"));
    assert_eq!(outbox::depth(&db).await.unwrap(), 1);

    // An address no mail server takes is refused before anything is written.
    let refused = outbox::queue(&db, &operator(), &mail("not an address"), entry("x")).await;
    assert!(matches!(refused, Err(Error::Invalid(_))), "{refused:?}");
    assert!(matches!(outbox::status(&db, id + 1).await, Err(Error::NotFound(_))));

    // When the audit row cannot be written, the mail is not queued either.
    let Db::Sqlite(pool) = &db else { unreachable!() };
    sqlx::query("DROP TABLE audit_events").execute(pool).await.unwrap();
    let unaudited = outbox::queue(&db, &operator(), &mail("bob@contoso.example"), entry("bob@contoso.example")).await;
    assert!(matches!(unaudited, Err(Error::Unavailable(ref text)) if text.contains("audit trail")), "{unaudited:?}");
    assert_eq!(outbox::depth(&db).await.unwrap(), 1, "the mail was rolled back with its audit row");
}

/// The first attempt is refused (451), the retry before the backoff has passed sends nothing,
/// the one after it delivers; the mail arrives once and is never sent again.
async fn refused_then_retried(db: Db) {
    let smtp = TestSmtp::start().await;
    let mailer = mailer(&smtp);
    smtp.refuse_next_data(1);
    let id = queue(&db, "ann@fabrikam.example").await;
    let now = Utc::now();

    assert_eq!(outbox::deliver_due(&db, &mailer, "instance-a", now).await.unwrap(), 0);
    let status = outbox::status(&db, id).await.unwrap();
    assert_eq!((status.state, status.attempts), (MailState::Pending, 1));
    assert!(status.last_error.as_deref().unwrap().contains("451"), "{status:?}");
    assert!(status.describe(i18n::Locale::En).contains("attempt 1 failed"), "{}", status.describe(i18n::Locale::En));
    assert_eq!(outbox::depth(&db).await.unwrap(), 1);

    assert_eq!(outbox::deliver_due(&db, &mailer, "instance-a", now + after(10)).await.unwrap(), 0, "backing off");
    assert!(smtp.received().is_empty());

    assert_eq!(outbox::deliver_due(&db, &mailer, "instance-a", now + after(45)).await.unwrap(), 1);
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert!(received[0].contains("Subject: Priya invited you to collaborate"), "{}", received[0]);
    let status = outbox::status(&db, id).await.unwrap();
    assert_eq!((status.state, status.attempts), (MailState::Sent, 2));
    assert!(status.sent_at.is_some());
    assert_eq!(outbox::depth(&db).await.unwrap(), 0);

    // Long after any lease: a sent mail is not claimed again.
    assert_eq!(outbox::deliver_due(&db, &mailer, "instance-b", now + after(86_400)).await.unwrap(), 0);
    assert_eq!(smtp.received().len(), 1);
}

on_both_databases!(
    refused_then_retried:
    a_refused_mail_is_retried_after_the_backoff_and_arrives_once_on_sqlite,
    a_refused_mail_is_retried_after_the_backoff_and_arrives_once_on_postgres
);

/// An instance dies in the middle of the SMTP exchange: the mail stays its own until the lease
/// runs out, then another instance sends it, once.
async fn sender_died(db: Db) {
    let smtp = TestSmtp::start().await;
    let mailer = mailer(&smtp);
    smtp.hang_at_next_data();
    let id = queue(&db, "ann@fabrikam.example").await;
    let now = Utc::now();
    tokio::select! {
        sent = outbox::deliver_due(&db, &mailer, "dying", now) => panic!("the hung server answered: {sent:?}"),
        () = smtp.hung() => {} // the sending future is dropped here: the instance is gone
    }
    assert_eq!(outbox::status(&db, id).await.unwrap().attempts, 1);

    assert_eq!(outbox::deliver_due(&db, &mailer, "survivor", now + after(60)).await.unwrap(), 0, "still leased");
    let expired = now + chrono::Duration::from_std(MAIL_LEASE).unwrap() + after(1);
    assert_eq!(outbox::deliver_due(&db, &mailer, "survivor", expired).await.unwrap(), 1);
    assert_eq!(smtp.received().len(), 1);
    let status = outbox::status(&db, id).await.unwrap();
    assert_eq!((status.state, status.attempts), (MailState::Sent, 2));

    assert_eq!(outbox::deliver_due(&db, &mailer, "survivor", expired + after(86_400)).await.unwrap(), 0);
    assert_eq!(smtp.received().len(), 1, "a sent mail is never sent again");
}

on_both_databases!(
    sender_died:
    a_mail_whose_sender_died_is_sent_by_another_instance_once_on_sqlite,
    a_mail_whose_sender_died_is_sent_by_another_instance_once_on_postgres
);

#[tokio::test]
async fn a_mail_is_given_up_after_its_last_attempt() {
    let (db, _dir) = sqlite().await;
    let smtp = TestSmtp::start().await;
    let mailer = mailer(&smtp);
    smtp.refuse_next_data(usize::MAX);
    let id = queue(&db, "ann@fabrikam.example").await;
    let mut now = Utc::now();
    for _ in 0..MAX_ATTEMPTS {
        assert_eq!(outbox::deliver_due(&db, &mailer, "instance", now).await.unwrap(), 0);
        now += after(2 * 60 * 60);
    }
    let status = outbox::status(&db, id).await.unwrap();
    assert_eq!((status.state, status.attempts), (MailState::Failed, MAX_ATTEMPTS));
    assert!(status.describe(i18n::Locale::En).starts_with("Not sent: The mail server did not take the e-mail"), "{}", status.describe(i18n::Locale::En));
    assert_eq!(outbox::depth(&db).await.unwrap(), 0);
    assert_eq!(outbox::deliver_due(&db, &mailer, "instance", now).await.unwrap(), 0);
    assert!(smtp.received().is_empty());
}

/// A person waiting on a page sends their own mail and nobody else's; a mail another instance
/// holds is left to it.
async fn one_mail_now(db: Db) {
    let smtp = TestSmtp::start().await;
    let mailer = mailer(&smtp);
    let others = queue(&db, "others@contoso.example").await;
    let mine = queue(&db, "ann@fabrikam.example").await;
    let now = Utc::now();
    assert!(outbox::deliver_one(&db, &mailer, "page", mine, now).await.unwrap());
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert!(received[0].contains("ann@fabrikam.example"), "{}", received[0]);
    assert_eq!(outbox::status(&db, others).await.unwrap().state, MailState::Pending, "left for the worker");
    assert!(!outbox::deliver_one(&db, &mailer, "page", mine, now).await.unwrap(), "a sent mail is not sent again");

    // Held by a worker that is sending it: not taken from it.
    smtp.hang_at_next_data();
    tokio::select! {
        sent = outbox::deliver_due(&db, &mailer, "worker", now) => panic!("the hung server answered: {sent:?}"),
        () = smtp.hung() => {}
    }
    assert!(!outbox::deliver_one(&db, &mailer, "page", others, now + after(1)).await.unwrap());
    assert_eq!(outbox::status(&db, others).await.unwrap().attempts, 1);
}

on_both_databases!(
    one_mail_now:
    a_page_sends_its_own_mail_and_only_that_on_sqlite,
    a_page_sends_its_own_mail_and_only_that_on_postgres
);
