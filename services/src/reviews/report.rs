//! A finished campaign's report: every decision, who made it, when and why, and what applying
//! did, as a page and as CSV. The rows carry a hash chain (each row's SHA-256 covers the row and
//! the previous row's hash), sealed when the campaign is applied, so an auditor can tell that no
//! row was edited afterwards: the page flags a row whose stored hash no longer matches, and
//! [`verify_csv`] checks an exported file on its own.

use sha2::{Digest as _, Sha256};

use super::store::{self, ItemRow};
use super::{Report, ReportRow};
use crate::audit::csv_cell;
use crate::{Actor, Context, Db, Error, Result, Role};
use i18n::tr;

/// The CSV columns, in order (the hash last).
const HEADER: [&str; 10] = ["item", "guest_id", "guest", "decision", "until", "justification", "decided_by", "decided_at", "outcome", "hash"];

/// The values a row's hash covers, in the CSV's order.
fn values(item: &ItemRow) -> [String; 9] {
    [
        item.id.to_string(),
        item.guest_id.clone(),
        item.guest_name.clone(),
        item.decision.clone().unwrap_or_default(),
        item.extend_until.clone().unwrap_or_default(),
        item.justification.clone().unwrap_or_default(),
        item.decided_by.clone().unwrap_or_default(),
        item.decided_at.clone().unwrap_or_default(),
        item.outcome.clone().unwrap_or_default(),
    ]
}

/// The link after `previous` for a row of `values`: SHA-256 over the previous hash and the
/// values, each length-prefixed so that no two rows can be written alike.
fn link(previous: &str, values: &[String]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.as_bytes());
    for value in values {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value.as_bytes());
    }
    format!("{:x}", hasher.finalize())
}

/// Computes and stores the chain over the campaign's rows (when it is applied).
pub(crate) async fn seal(db: &Db, campaign: i64) -> Result<()> {
    let mut previous = String::new();
    for item in store::items(db, campaign).await? {
        let hash = link(&previous, &values(&item));
        store::set_hash(db, item.id, &hash).await?;
        previous = hash;
    }
    Ok(())
}

/// The report of an applied campaign (Admins), each row checked against its stored hash.
pub async fn report(ctx: &Context, actor: &Actor, id: i64) -> Result<Report> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let campaign = store::campaign(&ctx.db, id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-campaign")))?;
    if campaign.state != "applied" {
        return Err(Error::Invalid(tr!(locale, "reviews-report-not-applied")));
    }
    let scope = super::Scope::from_parts(&campaign.scope_kind, &campaign.scope_value, locale).map(|s| s.words(locale)).unwrap_or_default();
    let day = |at: Option<&str>| at.and_then(super::apply::stored_time).map(|at| i18n::date(locale, at));
    let mut previous = String::new();
    let rows = store::items(&ctx.db, id)
        .await?
        .into_iter()
        .map(|item| {
            let stored = item.row_hash.clone().unwrap_or_default();
            // Against the stored previous link, so only the edited row itself is flagged.
            let tampered = link(&previous, &values(&item)) != stored;
            previous = stored.clone();
            let undone = day(item.undone_at.as_deref());
            let undoable = undone.is_none() && super::apply::blocked(item.outcome.as_deref());
            ReportRow {
                item: item.id,
                guest: item.guest_name,
                guest_id: item.guest_id,
                decision: item.decision.as_deref().map(|d| super::campaigns::decision_words(d, locale)).unwrap_or_else(|| tr!(locale, "reviews-not-reviewed")),
                decided_by: item.decided_by.unwrap_or_default(),
                decided_at: item.decided_at.unwrap_or_default(),
                justification: item.justification.unwrap_or_default(),
                outcome: item.outcome.unwrap_or_default(),
                undone,
                undoable,
                hash: stored,
                tampered,
            }
        })
        .collect();
    let applied_on = day(campaign.applied_at.as_deref()).unwrap_or_default();
    let applied = tr!(locale, "reviews-report-applied", date = applied_on, name = campaign.applied_by.unwrap_or_default());
    Ok(Report { campaign: campaign.name, scope, applied, rows })
}

/// The report as CSV (RFC 4180, formula-safe cells), with the stored hash chain.
pub async fn report_csv(ctx: &Context, actor: &Actor, id: i64) -> Result<String> {
    report(ctx, actor, id).await?;
    let mut out = HEADER.iter().map(|h| csv_cell(h)).collect::<Vec<_>>().join(",") + "\r\n";
    for item in store::items(&ctx.db, id).await? {
        let mut cells: Vec<String> = values(&item).iter().map(|v| csv_cell(v)).collect();
        cells.push(csv_cell(item.row_hash.as_deref().unwrap_or("")));
        out += &(cells.join(",") + "\r\n");
    }
    Ok(out)
}

/// A cell as the report wrote it, without the `'` that keeps formulas from running.
fn unneutral(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// Checks an exported report on its own: `Ok(rows)` when every row's hash follows from the row
/// and the one before; otherwise the first data row (1-based) that does not.
pub fn verify_csv(text: &str) -> std::result::Result<usize, String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let mut previous = String::new();
    let mut rows = 0;
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("Row {} cannot be read: {e}", n + 1))?;
        let cells: Vec<String> = record.iter().map(unneutral).collect();
        let Some((hash, values)) = cells.split_last().filter(|(_, v)| v.len() == HEADER.len() - 1) else {
            return Err(format!("Row {} does not have the report's {} columns.", n + 1, HEADER.len()));
        };
        if link(&previous, values) != *hash {
            return Err(format!("Row {} was changed after the report was made: its hash does not match.", n + 1));
        }
        previous = hash.clone();
        rows += 1;
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_row_breaks_the_chain() {
        let rows = [["1", "a", "=Olivia", "end"], ["2", "b", "Diego", "keep"]];
        let mut csv = "\"item\",\"guest_id\",\"guest\",\"decision\",\"until\",\"justification\",\"decided_by\",\"decided_at\",\"outcome\",\"hash\"\r\n".to_owned();
        let mut previous = String::new();
        for row in rows {
            let values: Vec<String> = row.iter().map(|s| s.to_string()).chain(std::iter::repeat(String::new()).take(5)).collect();
            previous = link(&previous, &values);
            let cells: Vec<String> = values.iter().chain([&previous]).map(|v| csv_cell(v)).collect();
            csv += &(cells.join(",") + "\r\n");
        }
        assert_eq!(verify_csv(&csv), Ok(2));
        let edited = csv.replace("\"keep\"", "\"end\"");
        assert!(verify_csv(&edited).unwrap_err().starts_with("Row 2 was changed"));
    }
}
