//! Bulk invite over HTTP as a browser without JavaScript uses it: the upload (multipart) of
//! Microsoft Entra's template with a bad row and a duplicate, the preview, fixing and dropping
//! rows, confirming, the progress page and its events, the results as CSV; the sandbox's
//! directory read back to check who was invited, once each. A member who may not invite sends
//! a file whose rows become invitation requests.

use std::time::Duration;

use reqwest::StatusCode;
use services::jobs::{Registry, Runner};

use crate::common::*;

const PRIYA: &str = "priya.natarajan@northwind.example";
const GRACE: &str = "grace.okafor@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";

const BOUNDARY: &str = "guestlist-test-boundary";

const ENTRA_TEMPLATE: &str = "version:v1.0\r\n\
    Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]\r\n\
    lin.bulk@fabrikam.example,https://myapps.microsoft.com,true,\"Welcome, Lin\"\r\n\
    max.bulk@fabrikam.example,https://myapps.microsoft.com,maybe,\r\n\
    LIN.BULK@fabrikam.example,https://myapps.microsoft.com,true,\r\n";

session_view! {
    /// Someone's session on the Bulk invite pages.
    Person
}

async fn as_person(upn: &str) -> Person {
    Person(signed_in(sandbox_portal().await, upn).await)
}

/// A multipart form body with the fields and one file.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
    }
    if let Some((name, bytes)) = file {
        body.extend(format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes());
        body.extend(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

impl Person {
    /// Posts the upload form; returns where it redirects (or the status when it does not).
    async fn upload(&mut self, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Result<String, StatusCode> {
        let url = format!("{}/bulk-invite", self.portal.base);
        let origin = self.portal.base.clone();
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        let headers = [("origin", origin.as_str()), ("accept", "text/html")];
        let response = self.browser.post_body(&url, &content_type, multipart(fields, file), &headers).await;
        if response.status().is_redirection() { Ok(location(&response)) } else { Err(response.status()) }
    }

    async fn users_with_mail(&self, mail: &str) -> usize {
        let state = self.portal.sandbox.directory().read().await;
        state.users.values().filter(|u| u.mail.as_deref().is_some_and(|m| m.eq_ignore_ascii_case(mail))).count()
    }

    /// Runs the due job rows, as the worker would.
    async fn run_jobs(&self) -> usize {
        let runner = Runner::new(self.portal.ctx.clone(), Registry::guestlist(), "test-worker", Duration::from_secs(60));
        runner.run_due(4).await.unwrap()
    }

    /// A browser signed in to the same portal as `upn`.
    async fn browser_of(&self, upn: &str) -> Browser {
        let mut browser = Browser::new();
        sign_in(&mut browser, &self.portal, upn).await;
        browser
    }

    /// The body of a plain GET (a download).
    async fn download(&mut self, path: &str) -> (StatusCode, String, String) {
        let url = format!("{}{path}", self.portal.base);
        let response = self.browser.get(&url).await;
        let status = response.status();
        let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        (status, kind, response.text().await.unwrap())
    }
}

#[tokio::test]
async fn an_inviter_uploads_entras_template_fixes_and_drops_rows_then_sends_and_downloads_the_results() {
    let mut priya = as_person(PRIYA).await;
    let (status, page) = priya.read("/bulk-invite").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("enctype=\"multipart/form-data\"") && page.contains("Guestlist's template"), "{page}");
    let (status, kind, template) = priya.download("/bulk-invite/template.csv").await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "text/csv; charset=utf-8"));
    assert!(template.starts_with("\u{FEFF}email,display_name,given_name"), "{template}");

    let page_path = priya.upload(&[], Some(("team.csv", ENTRA_TEMPLATE.as_bytes()))).await.unwrap();
    assert!(page_path.starts_with("/bulk-invite/"), "{page_path}");
    let id = page_path.trim_start_matches("/bulk-invite/").to_owned();
    let (status, preview) = priya.read(&page_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(preview.contains("Read as Microsoft Entra's bulk invite template. 3 rows: 1 to invite, 1 invalid, 1 duplicates"), "{preview}");
    assert!(preview.contains("“maybe” is neither true nor false") && preview.contains("The same address is on line 3"), "{preview}");
    assert_eq!(priya.users_with_mail("lin.bulk@fabrikam.example").await, 0, "nothing is sent before confirming");

    // The fix page, then fixing the bad row without JavaScript.
    let (status, fix) = priya.read(&format!("/bulk-invite/{id}/fix?row=2")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(fix.contains("Fix line 4") && fix.contains("value=\"max.bulk@fabrikam.example\""), "{fix}");
    let fields = [("id", id.as_str()), ("number", "2"), ("fields[email]", "max.bulk@fabrikam.example"), ("fields[send_mail]", "false"), ("fields[display_name]", "Max Bulk")];
    let (back, preview) = priya.submit(&page_path, "bulk-invite/fix", &fields).await;
    assert_eq!(back, format!("{page_path}#row-2"));
    assert!(preview.contains("2 to invite") && !preview.contains("“maybe”"), "{preview}");
    // Dropping the duplicate.
    let (_, preview) = priya.submit(&page_path, "bulk-invite/drop", &[("id", &id), ("number", "3"), ("dropped", "true")]).await;
    assert!(preview.contains("1 dropped. Confirming sends 2."), "{preview}");
    let (status, kind, csv) = priya.download(&format!("/bulk-invite/{id}/preview.csv")).await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "text/csv; charset=utf-8"));
    assert!(csv.contains("\"max.bulk@fabrikam.example\",\"Max Bulk\",\"New\",\"Invite\""), "{csv}");

    // Another Admin sees it (not change it); another member does not (only their own).
    let (grace, amara) = (priya.browser_of(GRACE).await, priya.browser_of(AMARA).await);
    let own = std::mem::replace(&mut priya.browser, grace);
    let (status, seen) = priya.read(&page_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen.contains("Only Priya Natarajan"), "{seen}");
    priya.browser = amara;
    assert_eq!(priya.read(&page_path).await.0, StatusCode::NOT_FOUND);
    priya.browser = own;

    // Confirm: the page shows the progress and refreshes itself without JavaScript.
    let (_, running) = priya.submit(&page_path, "bulk-invite/confirm", &[("id", &id)]).await;
    assert!(running.contains("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"), "{running}");
    assert!(running.contains("0 of 2 done"), "{running}");
    assert_eq!(priya.run_jobs().await, 2);
    let (_, done) = priya.read(&page_path).await;
    assert!(done.contains("2 of 2 done, 0 failed, 0 remaining") && !done.contains("http-equiv=\"refresh\""), "{done}");
    assert_eq!(priya.users_with_mail("lin.bulk@fabrikam.example").await, 1);
    assert_eq!(priya.users_with_mail("max.bulk@fabrikam.example").await, 1);
    let (status, _, results) = priya.download(&format!("/bulk-invite/{id}/results.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(results.contains("\"lin.bulk@fabrikam.example\",\"\",\"Invited\""), "{results}");
    assert!(results.contains("\"LIN.BULK@fabrikam.example\",\"\",\"Dropped\""), "{results}");
    // Microsoft mailed Lin: no link to pass on; Max was sent none: his link is in the file.
    let cells = |mail: &str| -> Vec<String> {
        let line = results.lines().find(|l| l.contains(&format!("\"{mail}\""))).unwrap();
        line.trim_matches('"').split("\",\"").map(str::to_owned).collect()
    };
    assert_eq!(cells("lin.bulk@fabrikam.example")[5], "", "{results}");
    assert!(cells("max.bulk@fabrikam.example")[5].contains("/redeem?"), "{results}");
    // The progress as server-sent events: the job has ended, so one event and the end.
    let (status, kind, events) = priya.download(&format!("/bulk-invite/{id}/events")).await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "text/event-stream"));
    assert!(events.contains("event: progress") && events.contains("\"open\":false") && events.contains("\"done\":2"), "{events}");
    // Sent: rows no longer change.
    let (_, after) = priya.submit(&page_path, "bulk-invite/drop", &[("id", &id), ("number", "1"), ("dropped", "true")]).await;
    assert!(after.contains("was sent already"), "{after}");
}

#[tokio::test]
async fn pasted_addresses_are_previewed_and_bad_input_is_explained_on_the_upload_page() {
    let mut priya = as_person(PRIYA).await;
    let page_path = priya.upload(&[("paste", "ria.paste@fabrikam.example\nRob Paste <rob.paste@fabrikam.example>\n")], None).await.unwrap();
    let (_, preview) = priya.read(&page_path).await;
    assert!(preview.contains("Read as a list of addresses. 2 rows: 2 to invite"), "{preview}");
    assert!(preview.contains("Rob Paste"), "{preview}");
    // Nothing chosen; a file too large; a file whose columns say nothing about addresses.
    for (fields, file, says) in [
        (vec![], None, "Choose a CSV file, or paste the addresses"),
        (vec![], Some(vec![b'a'; 2 * 1024 * 1024 + 10]), "Guestlist takes at most 2 MB"),
        (vec![], Some(b"Name,Company\nAda,Acme\n".to_vec()), "no column holds the e-mail addresses"),
    ] {
        let to = priya.upload(&fields, file.as_deref().map(|bytes| ("x.csv", bytes))).await.unwrap();
        assert_eq!(to, "/bulk-invite");
        let (_, page) = priya.read("/bulk-invite").await;
        assert!(page.contains(says), "{says}: {page}");
    }
    // Column mapping: the same file read with a header named by hand.
    let to = priya.upload(&[("map:Kontakt", "email")], Some(("x.csv", b"Kontakt,Firma\nkai.map@fabrikam.example,Acme\n"))).await.unwrap();
    let (_, mapped) = priya.read(&to).await;
    assert!(mapped.contains("kai.map@fabrikam.example") && mapped.contains("1 to invite"), "{mapped}");
}

#[tokio::test]
async fn a_member_who_may_not_invite_sends_a_file_as_requests_with_one_business_reason() {
    let mut amara = as_person(AMARA).await;
    let page_path = amara.upload(&[("paste", "ida.ask@fabrikam.example
ole.ask@fabrikam.example
")], None).await.unwrap();
    let id = page_path.trim_start_matches("/bulk-invite/").to_owned();
    let (_, preview) = amara.read(&page_path).await;
    assert!(preview.contains("2 rows: 0 to invite, 2 need an approver's approval. Confirming sends 0 and asks an approver for 2."), "{preview}");
    assert!(preview.contains("Needs approval") && preview.contains("You may not invite guests yourself"), "{preview}");
    assert!(preview.contains("name=\"reason\"") && preview.contains("Ask an approver for 2 invitations"), "{preview}");
    // Without a reason the page says what is missing, and nothing is asked.
    let (_, again) = amara.submit(&page_path, "bulk-invite/confirm", &[("id", &id)]).await;
    assert!(again.contains("say why these guests are needed"), "{again}");
    let (_, sent) = amara.submit(&page_path, "bulk-invite/confirm", &[("id", &id), ("reason", "Fabrikam's auditors for the Q1 review")]).await;
    assert_eq!(sent.matches(" sent for approval</td>").count(), 2, "{sent}");
    assert!(sent.contains("2 rows became invitation requests") && sent.contains("href=\"/my-requests\""), "{sent}");
    assert!(!sent.contains("http-equiv=\"refresh\""), "no job to follow: {sent}");
    let (_, _, results) = amara.download(&format!("/bulk-invite/{id}/results.csv")).await;
    assert!(results.contains("\"ida.ask@fabrikam.example\",\"\",\"Request ") && results.contains(" sent for approval\""), "{results}");
    let (_, requests) = amara.read("/my-requests").await;
    assert!(requests.contains("ida.ask@fabrikam.example") && requests.contains("ole.ask@fabrikam.example"), "{requests}");
    assert_eq!(amara.users_with_mail("ida.ask@fabrikam.example").await, 0, "nobody is invited before an approver approves");
}

#[tokio::test]
async fn the_job_is_paused_resumed_and_cancelled_from_its_page_by_its_owner_and_other_admins() {
    let mut priya = as_person(PRIYA).await;
    let page_path = priya.upload(&[("paste", "pia.steer@fabrikam.example\nper.steer@fabrikam.example\npol.steer@fabrikam.example\n")], None).await.unwrap();
    let id = page_path.trim_start_matches("/bulk-invite/").to_owned();
    let (_, running) = priya.submit(&page_path, "bulk-invite/confirm", &[("id", &id)]).await;
    assert!(running.contains(">Pause</button>") && running.contains(">Cancel the rows not sent yet</button>"), "{running}");

    // Paused: no row starts, and the page offers to resume.
    let (back, paused) = priya.submit(&page_path, "bulk-invite/steer", &[("id", &id), ("to", "pause")]).await;
    assert_eq!(back, page_path);
    assert!(paused.contains("Paused — 0 %. 0 of 3 done, 0 failed, 3 remaining.") && paused.contains(">Resume</button>"), "{paused}");
    assert_eq!(priya.run_jobs().await, 0);
    assert_eq!(priya.users_with_mail("pia.steer@fabrikam.example").await, 0);

    // Another Admin follows it and resumes it.
    let grace = priya.browser_of(GRACE).await;
    let own = std::mem::replace(&mut priya.browser, grace);
    let (_, resumed) = priya.submit(&page_path, "bulk-invite/steer", &[("id", &id), ("to", "resume")]).await;
    assert!(resumed.contains("Queued — 0 %. 0 of 3 done") && resumed.contains(">Pause</button>"), "{resumed}");
    priya.browser = own;

    // Cancelled before any row ran: every row is left, nobody is invited, the page stops refreshing.
    let (_, cancelled) = priya.submit(&page_path, "bulk-invite/steer", &[("id", &id), ("to", "cancel")]).await;
    assert!(cancelled.contains("Cancelled — 100 %. 0 of 3 done, 0 failed, 0 remaining, 3 cancelled."), "{cancelled}");
    assert!(!cancelled.contains(">Pause</button>") && !cancelled.contains("http-equiv=\"refresh\""), "{cancelled}");
    assert_eq!(priya.run_jobs().await, 0);
    for mail in ["pia.steer@fabrikam.example", "per.steer@fabrikam.example", "pol.steer@fabrikam.example"] {
        assert_eq!(priya.users_with_mail(mail).await, 0, "{mail} was not invited");
    }
    let (_, _, results) = priya.download(&format!("/bulk-invite/{id}/results.csv")).await;
    assert_eq!(results.matches("\"Cancelled\"").count(), 3, "{results}");
}
