//! The Guests list as CSV: the view's filter and columns, read from Graph page by page and
//! written as it is read, so exporting 100,000 guests holds one page in memory, not the tenant.

use futures::{Stream, StreamExt};

use super::filter::{Column, GuestFilter};
use super::list::{stream, Guest};
use crate::audit::{csv_cell, AuditAction, AuditOutcome, Entry};
use crate::{Actor, Context, Result};
use i18n::Locale;

/// The header line of `columns` in `locale` (RFC 4180, CRLF).
pub fn header(columns: &[Column], locale: Locale) -> String {
    line(columns.iter().map(|c| c.words(locale)))
}

/// One guest's line: the same text as the list's cells, formula-safe.
pub fn row(guest: &Guest, columns: &[Column], locale: Locale) -> String {
    line(columns.iter().map(|c| guest.cell(*c, locale)))
}

fn line(cells: impl Iterator<Item = String>) -> String {
    cells.map(|cell| csv_cell(&cell)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// The CSV of everyone `filter` matches, a line at a time as Graph's pages are read; the
/// columns are the view's (its own choice, or the list's defaults), in the actor's language. An
/// error ends the stream.
pub fn csv(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> impl Stream<Item = Result<String>> + Send + 'static {
    let columns = filter.columns().to_vec();
    let locale = actor.locale();
    let first = header(&columns, locale);
    let lines = stream(ctx, actor, filter).map(move |guest| guest.map(|guest| row(&guest, &columns, locale)));
    futures::stream::once(async move { Ok(first) }).chain(lines)
}

/// Checks that `actor` may export and records that they exported this view: before the first
/// line is sent, so a refusal is an answer of its own, not a broken download.
pub async fn audit(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> Result<()> {
    actor.require_helpdesk()?;
    let target = format!("Guests list: {}", filter.first_page().href());
    crate::audit::record(&ctx.db, actor, Entry::new(AuditAction::ExportGuests, target, AuditOutcome::Exported)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guests::status::GuestStatus;

    #[test]
    fn cells_that_look_like_formulas_are_neutralised() {
        let guest = Guest {
            id: "1".into(),
            display_name: "=HYPERLINK(\"https://evil.example\")".into(),
            user_principal_name: "a_b.example#EXT#@t.onmicrosoft.example".into(),
            mail: Some("+a@b.example".into()),
            user_type: "Guest".into(),
            status: GuestStatus::Active,
            invitation: Some("Accepted".into()),
            state_changed: None,
            providers: vec!["google.com".into(), "mail".into()],
            synced: false,
            enabled: true,
            created: None,
            last_sign_in: None,
            company: Some("O'Brien, \"Partners\"".into()),
            sponsors: None,
        };
        let columns = [Column::Name, Column::Mail, Column::Identities, Column::Company, Column::Invitation];
        assert_eq!(header(&columns, Locale::En), "\"Name\",\"E-mail\",\"Signs in with\",\"Company\",\"Invitation state\"\r\n");
        assert_eq!(
            row(&guest, &columns, Locale::En),
            "\"'=HYPERLINK(\"\"https://evil.example\"\")\",\"'+a@b.example\",\"Google, One-time passcode (e-mail)\",\"O'Brien, \"\"Partners\"\"\",\"Accepted\"\r\n"
        );
    }
}
