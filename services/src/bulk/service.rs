//! The preview over Graph, its storage, the confirmation and the job kind `bulk-invite`.

use std::collections::{BTreeMap, HashMap};

use futures::StreamExt as _;
use graph::{EmailAddress, ObjectId};
use serde_json::{json, Value};

use super::parse::{self, Column};
use super::{BulkInvite, BulkStatus, ExistingChoice, PreviewRow, Progress, RowFields, Verdict};
use crate::checks::{self, Field};
use crate::configuration::{self, PortalSettings};
use crate::invite::{self, invite_again, InviteJob};
use crate::jobs::lease::{on_db, time_of_day, timestamp};
use crate::jobs::{self, Job, JobId, JobInfo, JobKind, JobRow, JobState};
use crate::requests::{self, Route};
use crate::settings::CredentialMode;
use crate::{Actor, Context, Error, Result, Role};
use i18n::tr;

/// Rows checked against the directory at the same time while previewing (each check is a few
/// Graph reads; reads have a far larger budget than invitations).
const CHECK_AT_ONCE: usize = 8;

/// Whom a stored bulk invitation belongs to: their object id, or the operator's name.
fn owner_key(actor: &Actor) -> String {
    actor.object_id().map(str::to_owned).unwrap_or_else(|| actor.audit_name())
}

fn invalid(text: impl Into<String>) -> Error {
    Error::Invalid(text.into())
}

/// Reads the file (`source` names it for the page), checks every row as one invitation would be
/// checked, and stores the preview for its owner. Nothing is sent. Members who may not invite
/// (and anyone for a domain whose rule needs approval) get rows that need an approver's approval.
pub async fn preview(ctx: &Context, actor: &Actor, source: &str, bytes: &[u8], mapping: &BTreeMap<String, Option<Column>>) -> Result<BulkInvite> {
    actor.require_invite_form()?;
    let file = parse::parse(bytes, mapping, actor.locale()).map_err(|e| Error::Invalid(e.0))?;
    let rows = file
        .rows
        .into_iter()
        .enumerate()
        .map(|(index, row)| PreviewRow {
            number: index + 1,
            line: row.line,
            fields: row.fields,
            verdict: Verdict::New,
            reasons: Vec::new(),
            existing: None,
            choice: ExistingChoice::Skip,
            dropped: false,
            request: None,
        })
        .collect();
    let mut invite = BulkInvite {
        id: uuid::Uuid::new_v4().to_string(),
        source: source.trim().chars().take(200).collect(),
        format: file.format,
        headers: file.headers,
        rows,
        errors: file.errors,
        created_by: actor.audit_name(),
        created_at: timestamp(ctx.clock.now()),
        job: None,
        retry_of: None,
        confirmed_at: None,
    };
    let everyone: Vec<usize> = invite.rows.iter().map(|r| r.number).collect();
    refresh(ctx, actor, &mut invite, &everyone).await?;
    on_db!(&ctx.db, pool => {
        sqlx::query("INSERT INTO bulk_invites (id, owner_id, created_at, invite) VALUES ($1, $2, $3, $4)")
            .bind(&invite.id)
            .bind(owner_key(actor))
            .bind(&invite.created_at)
            .bind(sqlx::types::Json(&invite))
            .execute(pool)
            .await
            .map(drop)?
    });
    tracing::info!(bulk = %invite.id, rows = invite.rows.len(), by = %invite.created_by, "bulk invitation previewed");
    Ok(invite)
}

/// Marks duplicates (the same address on an earlier row that is not dropped), then checks the
/// rows in `check` and every row that stopped being a duplicate against the directory.
async fn refresh(ctx: &Context, actor: &Actor, invite: &mut BulkInvite, check: &[usize]) -> Result<()> {
    let mut first: HashMap<String, u64> = HashMap::new();
    let mut to_check = Vec::new();
    for row in invite.rows.iter_mut() {
        let key = row.fields.email.trim().to_lowercase();
        let earlier = if row.dropped || key.is_empty() { None } else { first.get(&key).copied() };
        match earlier {
            Some(line) => {
                row.verdict = Verdict::Duplicate;
                row.existing = None;
                row.reasons = vec![tr!(actor.locale(), "bulk-reason-duplicate", line = line.to_string())];
            }
            None => {
                if !row.dropped && !key.is_empty() {
                    first.insert(key, row.line);
                }
                if row.verdict == Verdict::Duplicate || check.contains(&row.number) {
                    to_check.push(row.number);
                }
            }
        }
    }
    let (settings, document) = configuration::in_force(ctx).await?;
    let checked: Vec<(usize, Result<Checked>)> = futures::stream::iter(to_check.into_iter().map(|number| {
        let fields = invite.rows[number - 1].fields.clone();
        let (settings, document) = (&settings, &document);
        async move { (number, classify(ctx, actor, settings, document, &fields).await) }
    }))
    .buffered(CHECK_AT_ONCE)
    .collect()
    .await;
    for (number, outcome) in checked {
        let row = &mut invite.rows[number - 1];
        let Checked { verdict, reasons, existing } = outcome?;
        row.verdict = verdict;
        row.reasons = reasons;
        if row.existing.as_ref().map(|e| &e.id) != existing.as_ref().map(|e| &e.id) {
            row.choice = ExistingChoice::Skip;
        }
        row.existing = existing;
    }
    Ok(())
}

struct Checked {
    verdict: Verdict,
    reasons: Vec<String>,
    existing: Option<checks::ExistingUser>,
}

/// The invitation a row asks for; an empty redirect is the default one, as on the Invite form.
fn form_of(ctx: &Context, fields: &RowFields) -> crate::invite::InviteForm {
    let mut form = fields.form();
    if form.redirect_url.is_empty() {
        form.redirect_url = ctx.settings.default_redirect.to_string();
    }
    form
}

/// One row through the checks one invitation goes through: as the person's own invitation, or as
/// their request when the rules in force (`document`) say an approver must approve it.
async fn classify(ctx: &Context, actor: &Actor, settings: &crate::settings::InviteSettings, document: &PortalSettings, fields: &RowFields) -> Result<Checked> {
    let locale = actor.locale();
    let problems = fields.problems(locale);
    if !problems.is_empty() {
        let reasons = problems.into_iter().map(|(column, text)| tr!(locale, "bulk-reason-cell", column = column.name(locale), text = text)).collect();
        return Ok(Checked { verdict: Verdict::Invalid, reasons, existing: None });
    }
    if let Err(error) = EmailAddress::parse(&fields.email) {
        let text = tr!(locale, "bulk-reason-address-unusable", column = Column::Email.name(locale), email = &fields.email, error = crate::address::problem(locale, &error));
        return Ok(Checked { verdict: Verdict::Invalid, reasons: vec![text], existing: None });
    }
    let form = form_of(ctx, fields);
    let domain = invite::domain_of(&form.email);
    let route = requests::route(actor, document, &domain);
    let reviewed = match route {
        Route::Direct => invite::review_ruled(ctx, &ctx.callers(actor), actor, &form).await,
        Route::Request(_) => requests::review_request(ctx, actor, &form).await,
    };
    let review = match reviewed {
        Ok((_, review)) => review,
        Err(error @ Error::Graph { .. }) => {
            let text = tr!(locale, "bulk-reason-not-checked", error = error.to_string());
            return Ok(Checked { verdict: Verdict::Blocked, reasons: vec![text], existing: None });
        }
        Err(error) => return Err(error),
    };
    let mut reasons: Vec<String> = review.problems.iter().map(|p| p.text.clone()).collect();
    if checks::entries(&fields.sponsors).is_empty() && actor.object_id().is_none() {
        reasons.push(tr!(locale, "bulk-reason-no-sponsor"));
    }
    if let Some(existing) = review.existing {
        let (name, upn) = (&existing.display_name, &existing.user_principal_name);
        let text = match (existing.is_guest, existing.state.as_deref()) {
            (false, _) => tr!(locale, "bulk-reason-existing-member", name = name, upn = upn),
            (true, Some("PendingAcceptance")) => tr!(locale, "bulk-reason-existing-pending", name = name, upn = upn),
            (true, Some(state)) => tr!(locale, "bulk-reason-existing-guest", name = name, upn = upn, state = state),
            (true, None) => tr!(locale, "bulk-reason-existing-external", name = name, upn = upn),
        };
        reasons.retain(|r| !review.problems.iter().any(|p| p.field == Field::Email && &p.text == r));
        reasons.insert(0, text);
        return Ok(Checked { verdict: Verdict::Existing, reasons, existing: Some(existing) });
    }
    if !reasons.is_empty() {
        return Ok(Checked { verdict: Verdict::Blocked, reasons, existing: None });
    }
    match route {
        Route::Direct => Ok(Checked { verdict: Verdict::New, reasons, existing: None }),
        Route::Request(why) => {
            let approvers = configuration::approvers_for(settings, document, &domain);
            let who = if approvers.is_empty() { tr!(locale, "bulk-reason-admins-approve") } else { approvers.join(", ") };
            let text = tr!(locale, "bulk-reason-needs-approval", why = why, who = who);
            Ok(Checked { verdict: Verdict::NeedsApproval, reasons: vec![text], existing: None })
        }
    }
}

/// The stored bulk invitation `id` and its owner key.
async fn load(ctx: &Context, actor: &Actor, id: &str) -> Result<(String, BulkInvite)> {
    let row: Option<(String, sqlx::types::Json<BulkInvite>)> = on_db!(&ctx.db, pool => {
        sqlx::query_as("SELECT owner_id, invite FROM bulk_invites WHERE id = $1").bind(id.trim()).fetch_optional(pool).await?
    });
    row.map(|(owner, invite)| (owner, invite.0)).ok_or_else(|| no_such_bulk_invite(actor))
}

fn no_such_bulk_invite(actor: &Actor) -> Error {
    Error::NotFound(tr!(actor.locale(), "bulk-no-such"))
}

/// The bulk invitation `id` if `actor` made it (members who may not invite make requests with theirs).
async fn own(ctx: &Context, actor: &Actor, id: &str) -> Result<BulkInvite> {
    actor.require_invite_form()?;
    let (owner, invite) = load(ctx, actor, id).await?;
    if owner != owner_key(actor) {
        return Err(Error::NotFound(tr!(actor.locale(), "bulk-someone-elses-change")));
    }
    Ok(invite)
}

async fn save(ctx: &Context, invite: &BulkInvite) -> Result<()> {
    on_db!(&ctx.db, pool => {
        sqlx::query("UPDATE bulk_invites SET invite = $1, job_id = $2 WHERE id = $3")
            .bind(sqlx::types::Json(invite))
            .bind(invite.job.map(|j| j.0))
            .bind(&invite.id)
            .execute(pool)
            .await
            .map(drop)?
    });
    Ok(())
}

fn not_after_confirming(actor: &Actor, invite: &BulkInvite) -> Result<()> {
    match invite.job {
        Some(job) => Err(invalid(tr!(actor.locale(), "bulk-sent-already-job", job = job.to_string()))),
        None if invite.confirmed_at.is_some() => Err(invalid(tr!(actor.locale(), "bulk-sent-already-requests"))),
        None => Ok(()),
    }
}

fn row_mut<'a>(actor: &Actor, invite: &'a mut BulkInvite, number: usize) -> Result<&'a mut PreviewRow> {
    let count = invite.rows.len();
    invite
        .rows
        .get_mut(number.wrapping_sub(1))
        .ok_or_else(|| invalid(tr!(actor.locale(), "bulk-no-such-row", number = number.to_string(), count = count)))
}

/// Whether `actor` made the bulk invitation of `owner` (the person who made it and Admins may see
/// it). Its callers check that `actor` may use the invite form before they read the database.
fn may_see(actor: &Actor, owner: &str) -> Result<bool> {
    let mine = owner == owner_key(actor);
    if !mine && !actor.has(Role::Admin) {
        return Err(Error::NotFound(tr!(actor.locale(), "bulk-someone-elses-see")));
    }
    Ok(mine)
}

/// How far `job` is, from its rows counted by state.
fn progress_of(ctx: &Context, actor: &Actor, job: &Job) -> Progress {
    let started = chrono::DateTime::parse_from_rfc3339(&job.created_at).map(|t| t.with_timezone(&chrono::Utc)).ok();
    let until = job
        .finished_at
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map_or_else(|| ctx.clock.now(), |t| t.with_timezone(&chrono::Utc));
    let seconds = started.map_or(0.0, |s| (until - s).num_milliseconds().max(0) as f64 / 1000.0);
    let mut progress = Progress::of(job.rows, job.total, job.state.label(), job.state.is_open(), seconds);
    progress.paused_until = job.paused_until(&timestamp(ctx.clock.now())).map(time_of_day);
    progress.told(actor.locale())
}

/// A bulk invitation with its job and progress (the job's rows counted, none read): for the
/// person who made it, and for Admins.
pub async fn status(ctx: &Context, actor: &Actor, id: &str) -> Result<BulkStatus> {
    actor.require_invite_form()?;
    let (owner, invite) = load(ctx, actor, id).await?;
    let mine = may_see(actor, &owner)?;
    let job = match invite.job {
        Some(job) => Some(jobs::summary(&ctx.db, actor, job).await?),
        None => None,
    };
    let progress = job.as_ref().map(|job| progress_of(ctx, actor, job));
    Ok(BulkStatus { invite, job, mine, progress })
}

/// Only the progress of bulk invitation `id` (what its page's events poll every second): neither
/// the preview nor the job's rows are read. `None` before it is sent, or when it made requests only.
pub async fn progress(ctx: &Context, actor: &Actor, id: &str) -> Result<Option<Progress>> {
    actor.require_invite_form()?;
    let head: Option<(String, Option<i64>)> = on_db!(&ctx.db, pool => {
        sqlx::query_as("SELECT owner_id, job_id FROM bulk_invites WHERE id = $1").bind(id.trim()).fetch_optional(pool).await?
    });
    let (owner, job) = head.ok_or_else(|| no_such_bulk_invite(actor))?;
    may_see(actor, &owner)?;
    match job {
        Some(job) => Ok(Some(progress_of(ctx, actor, &jobs::summary(&ctx.db, actor, JobId(job)).await?))),
        None => Ok(None),
    }
}

/// Every row of the job of `status` (from [`status`]), for the results (their table once the job
/// has ended, their CSV): read only where they are shown. None before it is sent.
pub async fn rows(ctx: &Context, actor: &Actor, status: &BulkStatus) -> Result<Vec<JobRow>> {
    match status.invite.job {
        Some(job) => Ok(jobs::show(&ctx.db, actor, job).await?.rows),
        None => Ok(Vec::new()),
    }
}

/// The status of bulk invitation `id` with every row of its job (see [`rows`]).
pub async fn results(ctx: &Context, actor: &Actor, id: &str) -> Result<(BulkStatus, Vec<JobRow>)> {
    let status = status(ctx, actor, id).await?;
    let rows = rows(ctx, actor, &status).await?;
    Ok((status, rows))
}

/// Replaces row `number`'s cells (its owner, before sending) and checks it again.
pub async fn fix(ctx: &Context, actor: &Actor, id: &str, number: usize, fields: RowFields) -> Result<BulkInvite> {
    let mut invite = own(ctx, actor, id).await?;
    not_after_confirming(actor, &invite)?;
    let row = row_mut(actor, &mut invite, number)?;
    let mut cleaned = RowFields::default();
    for column in Column::ALL {
        cleaned.set(column, fields.get(column));
    }
    row.fields = cleaned;
    row.dropped = false;
    refresh(ctx, actor, &mut invite, &[number]).await?;
    save(ctx, &invite).await?;
    Ok(invite)
}

/// Drops row `number` (or takes it back), before sending.
pub async fn set_dropped(ctx: &Context, actor: &Actor, id: &str, number: usize, dropped: bool) -> Result<BulkInvite> {
    let mut invite = own(ctx, actor, id).await?;
    not_after_confirming(actor, &invite)?;
    row_mut(actor, &mut invite, number)?.dropped = dropped;
    refresh(ctx, actor, &mut invite, &[]).await?;
    save(ctx, &invite).await?;
    Ok(invite)
}

/// Chooses what happens to someone already in the directory (row `number`).
pub async fn choose(ctx: &Context, actor: &Actor, id: &str, number: usize, choice: ExistingChoice) -> Result<BulkInvite> {
    // Resending and resetting are invitations the person sends themselves.
    actor.require_inviter()?;
    let mut invite = own(ctx, actor, id).await?;
    not_after_confirming(actor, &invite)?;
    let may_reset = actor.has(Role::Admin) || ctx.settings.credential == CredentialMode::Application;
    let row = row_mut(actor, &mut invite, number)?;
    match (&row.existing, choice) {
        (_, ExistingChoice::Skip) => {}
        (None, _) => return Err(invalid(tr!(actor.locale(), "bulk-choice-not-existing", number = number.to_string()))),
        (Some(existing), _) if !existing.is_guest && existing.state.is_none() => {
            return Err(invalid(tr!(actor.locale(), "bulk-choice-member", upn = &existing.user_principal_name)))
        }
        (Some(_), ExistingChoice::Reset) if !may_reset => return Err(Error::NotAllowed { needed: Role::Admin }),
        (Some(_), _) => {}
    }
    row.choice = choice;
    save(ctx, &invite).await?;
    Ok(invite)
}

/// Sends the bulk invitation `id` (its owner only): each row that needs approval becomes an
/// invitation request with the business `reason` (one for the file), as from the Invite page;
/// the rest start the background job with one row per invitation, resend or reset. Returns the
/// job's number, if there is a job.
pub async fn confirm(ctx: &Context, actor: &Actor, id: &str, reason: &str) -> Result<Option<JobId>> {
    let mut invite = own(ctx, actor, id).await?;
    not_after_confirming(actor, &invite)?;
    let inputs: Vec<Value> = invite
        .rows
        .iter()
        .filter(|row| row.will_send())
        .map(|row| {
            let action = match (row.verdict, row.choice) {
                (Verdict::Existing, ExistingChoice::Reset) => "reset",
                (Verdict::Existing, _) => "resend",
                _ => "invite",
            };
            json!({
                "number": row.number,
                "line": row.line,
                "action": action,
                "email": row.fields.email,
                "userId": row.existing.as_ref().map(|e| e.id.clone()),
                "form": form_of(ctx, &row.fields),
            })
        })
        .collect();
    let asks: Vec<usize> = invite.rows.iter().filter(|row| row.will_ask() && row.request.is_none()).map(|row| row.number).collect();
    if inputs.is_empty() && asks.is_empty() && !invite.rows.iter().any(|row| row.request.is_some()) {
        return Err(invalid(tr!(actor.locale(), "bulk-nothing-to-send")));
    }
    if !asks.is_empty() && reason.trim().is_empty() {
        return Err(invalid(tr!(actor.locale(), "bulk-reason-needed", count = asks.len())));
    }
    // Each request is written down as soon as it is made: confirming again after an interruption
    // asks only for the rest.
    for number in asks {
        let form = form_of(ctx, &invite.rows[number - 1].fields);
        let asked = requests::ask_for(ctx, actor, &form, reason).await?;
        let row = &mut invite.rows[number - 1];
        match asked {
            Ok(request) => row.request = Some(request.id),
            // The directory or the rules changed since the preview.
            Err(review) => {
                row.verdict = Verdict::Blocked;
                row.reasons = review.problems.into_iter().map(|p| p.text).collect();
                if let Some(existing) = review.existing {
                    row.reasons.insert(
                        0,
                        tr!(actor.locale(), "bulk-reason-existing", name = &existing.display_name, upn = &existing.user_principal_name),
                    );
                }
            }
        }
        save(ctx, &invite).await?;
    }
    if !inputs.is_empty() {
        invite.job = Some(jobs::create(&ctx.db, actor, &BulkInviteJob, inputs).await?);
    }
    invite.confirmed_at = Some(timestamp(ctx.clock.now()));
    save(ctx, &invite).await?;
    tracing::info!(bulk = %invite.id, job = ?invite.job, "bulk invitation confirmed");
    Ok(invite.job)
}

/// The failed rows of a sent bulk invitation as a new one, checked again and sent at once;
/// returns the new one's id (its owner only).
pub async fn retry_failed(ctx: &Context, actor: &Actor, id: &str) -> Result<String> {
    // Only a job's rows fail, and only those who may invite start jobs.
    actor.require_inviter()?;
    let invite = own(ctx, actor, id).await?;
    let Some(job) = invite.job else { return Err(invalid(tr!(actor.locale(), "bulk-retry-not-sent"))) };
    let detail = jobs::show(&ctx.db, actor, job).await?;
    if detail.job.state.is_open() {
        return Err(invalid(tr!(actor.locale(), "bulk-retry-running", job = job.to_string())));
    }
    let failed: Vec<usize> = detail
        .rows
        .iter()
        .filter(|row| row.state == jobs::RowState::Failed)
        .filter_map(|row| row.input.get("number").and_then(Value::as_u64).map(|n| n as usize))
        .collect();
    if failed.is_empty() {
        return Err(invalid(tr!(actor.locale(), "bulk-retry-nothing")));
    }
    let mut rows: Vec<PreviewRow> = invite.rows.iter().filter(|row| failed.contains(&row.number)).cloned().collect();
    for (index, row) in rows.iter_mut().enumerate() {
        row.number = index + 1;
    }
    let mut retry = BulkInvite {
        id: uuid::Uuid::new_v4().to_string(),
        source: tr!(actor.locale(), "bulk-retry-source", source = &invite.source),
        rows,
        errors: Vec::new(),
        created_by: actor.audit_name(),
        created_at: timestamp(ctx.clock.now()),
        job: None,
        retry_of: Some(invite.id.clone()),
        confirmed_at: None,
        ..invite
    };
    let everyone: Vec<usize> = retry.rows.iter().map(|r| r.number).collect();
    refresh(ctx, actor, &mut retry, &everyone).await?;
    on_db!(&ctx.db, pool => {
        sqlx::query("INSERT INTO bulk_invites (id, owner_id, created_at, invite) VALUES ($1, $2, $3, $4)")
            .bind(&retry.id)
            .bind(owner_key(actor))
            .bind(&retry.created_at)
            .bind(sqlx::types::Json(&retry))
            .execute(pool)
            .await
            .map(drop)?
    });
    // The failed rows were sent directly, so no business reason is needed.
    match confirm(ctx, actor, &retry.id, "").await {
        // Every failed row is now blocked or already there: the new preview says why.
        Ok(_) | Err(Error::Invalid(_)) => Ok(retry.id),
        Err(error) => Err(error),
    }
}

/// Pauses, resumes or cancels the job of bulk invitation `id` (its owner, or an Admin).
pub async fn steer(ctx: &Context, actor: &Actor, id: &str, to: JobState) -> Result<()> {
    actor.require_inviter()?;
    let status = status(ctx, actor, id).await?;
    let job = status.invite.job.ok_or_else(|| invalid(tr!(actor.locale(), "bulk-steer-not-sent")))?;
    // Jobs are the starter's; Admins may steer anyone's (the jobs store checks both).
    let steering = actor;
    match to {
        JobState::Paused => jobs::pause(&ctx.db, steering, job).await.map(drop),
        JobState::Running => jobs::resume(&ctx.db, steering, job).await.map(drop),
        JobState::Cancelled => jobs::cancel(&ctx.db, steering, job).await.map(drop),
        _ => Err(invalid(tr!(actor.locale(), "bulk-steer-unknown"))),
    }
}

/// The job kind `bulk-invite`: each row invites one person (through the same checks, follow-up
/// steps and audit as the Invite page), or resends or resets an existing guest's invitation, as
/// the person who confirmed.
pub struct BulkInviteJob;

#[async_trait::async_trait]
impl JobKind for BulkInviteJob {
    fn name(&self) -> &'static str {
        "bulk-invite"
    }

    /// The same people as one invitation: Inviters and Admins.
    fn may_start(&self, actor: &Actor) -> Result<(), Error> {
        actor.require_inviter()
    }

    async fn run_row(&self, ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error> {
        let actor = job.started_by.actor();
        actor.require_inviter()?;
        let unreadable = || invalid(tr!(actor.locale(), "jobs-row-unreadable-bulk", row = job.row.to_string()));
        match input.get("action").and_then(Value::as_str) {
            // The invitation itself, with its re-check after an interrupted attempt.
            Some("invite") => InviteJob.run_row(ctx, job, input.get("form").ok_or_else(unreadable)?).await,
            Some(action @ ("resend" | "reset")) => {
                let user: ObjectId = input.get("userId").and_then(Value::as_str).and_then(|id| id.parse().ok()).ok_or_else(unreadable)?;
                let outcome = invite_again(ctx, &actor, user, action == "reset").await?;
                Ok(json!({ "userId": outcome.user_id, "state": outcome.state, "redeemUrl": outcome.redeem_url, "requestId": outcome.request_id }))
            }
            _ => Err(unreadable()),
        }
    }
}
