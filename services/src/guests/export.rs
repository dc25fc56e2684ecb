//! The Guests view as CSV: the columns shown, one Graph page in memory at a time, each cell
//! formula-safe (the audit export's [`csv_cell`]), and the export recorded in the audit trail.

use futures::stream::{self, BoxStream, StreamExt};

use super::filter::{Column, GuestFilter};
use super::{list, require_viewer, Dates, Guest};
use crate::audit::{self, csv_cell, AuditAction, AuditOutcome, Entry};
use crate::{Actor, Context, Result};

/// The header line (RFC 4180, CRLF).
pub fn header(columns: &[Column]) -> String {
    columns.iter().map(|c| csv_cell(c.words())).collect::<Vec<_>>().join(",") + "\r\n"
}

/// One guest's line.
pub fn line(guest: &Guest, columns: &[Column]) -> String {
    columns.iter().map(|c| csv_cell(&guest.cell(*c, Dates::Iso))).collect::<Vec<_>>().join(",") + "\r\n"
}

/// The view `filter` as CSV lines, header first, read from Graph page by page as the stream is
/// consumed. The export is audited before the first line (with the view it exported).
pub async fn csv(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> Result<BoxStream<'static, Result<String>>> {
    require_viewer(actor)?;
    let columns = filter.columns().to_vec();
    let rows = list::stream(ctx, actor, filter).await?;
    let view = filter.first_page();
    let entry = Entry::new(AuditAction::ExportGuests, view.href(), AuditOutcome::Exported).options(&serde_json::json!({ "view": view.to_query_string() }));
    audit::record(&ctx.db, actor, entry).await?;
    let head = stream::once(std::future::ready(Ok(header(&columns))));
    Ok(head.chain(rows.map(move |row| row.map(|guest| line(&guest, &columns)))).boxed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guests::GuestStatus;

    #[test]
    fn cells_that_look_like_formulas_are_neutralised() {
        let guest = Guest {
            id: "1".into(),
            display_name: "=HYPERLINK(\"http://evil.example\")".into(),
            user_principal_name: "+x#EXT#@t.example".into(),
            mail: Some("@a.example".into()),
            user_type: "Guest".into(),
            status: GuestStatus::Unknown,
            identity_providers: vec!["google.com".into()],
            synced: false,
            enabled: true,
            invitation_state: None,
            created: None,
            state_changed: None,
            last_sign_in: None,
            company: Some("-1".into()),
            sponsors: None,
        };
        let columns = [Column::Name, Column::Upn, Column::Mail, Column::Company, Column::Status];
        assert_eq!(header(&columns), "\"Name\",\"User name (UPN)\",\"E-mail\",\"Company\",\"Status\"\r\n");
        assert_eq!(
            line(&guest, &columns),
            "\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'+x#EXT#@t.example\",\"'@a.example\",\"'-1\",\"Unknown — sign-in data needs Entra ID P1 and AuditLog.Read.All\"\r\n"
        );
    }
}
