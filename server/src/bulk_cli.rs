//! `guestlist bulk-invite FILE.csv [--dry-run] [--as UPN]`: the Bulk invite page's preview, job
//! and results from the command line, through the same services.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use graph::{Query, UserRef};
use services::bulk::{self, Verdict};
use services::jobs::Registry;
use services::worker::{Worker, WorkerOptions};
use services::{Actor, Context};

use crate::account::{look_up, Lookup};
use crate::cli::BulkInviteArgs;
use crate::config::Config;

/// How often the progress line is written while the job runs.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

/// Who the rows are invited as: the person `upn` with their roles now (read as at sign-in), or
/// the operator (every role, no sponsor of their own).
async fn actor(ctx: &Context, client_id: &str, config: &Config, upn: Option<&str>) -> anyhow::Result<Actor> {
    let Some(upn) = upn else { return Ok(Actor::operator()) };
    let query = Query::new().select(&["id", "displayName", "userPrincipalName"]);
    let user = ctx.app().user(&UserRef::Upn(upn.to_owned()), &query).await.map_err(|e| anyhow::anyhow!("{upn} cannot be found in the directory ({e})."))?;
    let id = user.id.ok_or_else(|| anyhow::anyhow!("Microsoft Graph returned {upn} without an id."))?.to_string();
    let inviters = services::configuration::inviters(&ctx.db, &config.invite.inviters).await?;
    let roles = match look_up(&ctx.graph, client_id, &id).await {
        Lookup::Found { enabled: true, grants } => grants.roles(&inviters),
        Lookup::Found { enabled: false, .. } => anyhow::bail!("{upn}'s account is disabled: they cannot invite."),
        Lookup::NotFound => anyhow::bail!("{upn} cannot be found in the directory."),
        Lookup::Unavailable(why) => anyhow::bail!("{upn}'s roles cannot be read now ({why}). Try again."),
    };
    let name = format!("{} <{upn}> (command line)", user.display_name.unwrap_or_default());
    Ok(Actor::Job { name, object_id: Some(id), roles, locale: Actor::operator().locale() })
}

/// `FILE` with `suffix` instead of its extension (`team.csv` → `team-results.csv`).
fn beside(file: &Path, suffix: &str) -> PathBuf {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "bulk-invite".into());
    file.with_file_name(format!("{stem}-{suffix}.csv"))
}

fn bar(percent: i64) -> String {
    let filled = (percent.clamp(0, 100) / 5) as usize;
    format!("[{}{}] {percent:>3} %", "#".repeat(filled), " ".repeat(20 - filled))
}

/// Runs the command; `Ok(false)` when a row failed.
pub async fn run(config: &Config, args: BulkInviteArgs) -> anyhow::Result<bool> {
    let bytes = std::fs::read(&args.file).map_err(|e| anyhow::anyhow!("{} cannot be read ({e}).", args.file.display()))?;
    let app = crate::standalone_app(config).await?;
    let ctx = crate::context(config, &app, None).await?;
    let actor = actor(&ctx, &app.client_id, config, args.as_upn.as_deref()).await?;
    let source = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let invite = bulk::preview(&ctx, &actor, &source, &bytes, &Default::default()).await?;
    println!("{}: read as {}. {}", args.file.display(), invite.format.words(), invite.summary(actor.locale()));
    for error in &invite.errors {
        println!("  {error}");
    }
    for row in invite.rows.iter().filter(|r| r.verdict != Verdict::New) {
        println!("  line {:>5}  {:<40} {}: {}", row.line, row.fields.email, row.verdict.label(), row.reasons.join(" "));
    }
    if args.dry_run {
        let path = args.output.unwrap_or_else(|| beside(&args.file, "preview"));
        std::fs::write(&path, bulk::preview_csv(&invite, actor.locale()))?;
        println!("Nothing was sent (--dry-run). The preview is in {}.", path.display());
        return Ok(true);
    }
    let job = bulk::confirm(&ctx, &actor, &invite.id, args.reason.as_deref().unwrap_or_default()).await?;
    let totals = invite.totals();
    if totals.needs_approval > 0 {
        println!("{} rows need an approver's approval: sent as invitation requests.", totals.needs_approval);
    }
    if let Some(job) = job {
        println!("Job {job} started: {} rows to send.", totals.to_send);
    }
    // The command's own worker runs jobs only (the portal's workers compute the Dashboard).
    let options = WorkerOptions {
        dashboard_every: None,
        end_grace_every: None,
        reviews_every: None,
        request_expiry_every: None,
        audit_archive: None,
        ..crate::worker_options(config)
    };
    let worker = Worker::spawn(ctx.clone(), Registry::guestlist(), options);
    let mut last = None;
    // The progress alone while the job runs (its rows counted, not read); the rows once it ends.
    while let Some(progress) = bulk::progress(&ctx, &actor, &invite.id).await? {
        let line = format!("{} {}", bar(progress.percent), progress.sentence(actor.locale()));
        if last.as_ref() != Some(&line) {
            eprintln!("{line}");
            last = Some(line);
        }
        if !progress.open {
            break;
        }
        tokio::time::sleep(PROGRESS_EVERY).await;
    }
    worker.shutdown().await;
    let (status, rows) = bulk::results(&ctx, &actor, &invite.id).await?;
    let outcomes = bulk::outcomes(&status.invite, &rows, actor.locale());
    let path = args.output.unwrap_or_else(|| beside(&args.file, "results"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    out.write_all(bulk::outcomes_csv(&outcomes).as_bytes())?;
    out.flush()?;
    let failed = status.progress.map_or(0, |p| p.failed);
    println!("The results are in {}.{}", path.display(), match failed {
        0 => String::new(),
        1 => " 1 row failed: see why there.".to_owned(),
        n => format!(" {n} rows failed: see why there."),
    });
    Ok(failed == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_results_go_beside_the_file() {
        assert_eq!(beside(Path::new("/tmp/team.csv"), "results"), PathBuf::from("/tmp/team-results.csv"));
        assert_eq!(bar(45), "[#########           ]  45 %");
    }
}
