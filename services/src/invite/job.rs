//! Invitations as a background job, one row per person: what bulk invitations run on. Each row
//! goes through the same checks, invitation, follow-up steps and audit as one invitation from
//! the Invite page, as the person who started the job.

use serde_json::{json, Value};

use super::service::{finish_interrupted, invite, Attempt};
use super::{InviteForm, InviteOutcome};
use crate::checks::review_address;
use crate::jobs::{JobInfo, JobKind};
use crate::{Actor, Context, Error, Role};

/// The job kind `invite`: each input is an [`InviteForm`].
pub struct InviteJob;

#[async_trait::async_trait]
impl JobKind for InviteJob {
    fn name(&self) -> &'static str {
        "invite"
    }

    /// A job has no signed-in person behind it when it runs, so it acts with the application's
    /// Graph permissions: only Admins may start one.
    fn may_start(&self, actor: &Actor) -> Result<(), Error> {
        actor.require(Role::Admin)
    }

    async fn run_row(&self, ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error> {
        let form = serde_json::from_value::<InviteForm>(input.clone());
        let actor = job.started_by.actor();
        let form: InviteForm = form
            .map_err(|e| Error::Invalid(i18n::tr!(actor.locale(), "jobs-row-unreadable-invitation", row = job.row.to_string(), error = e.to_string())))?;
        // An earlier run of this row was cut off, possibly after Graph created the guest and
        // before the follow-up steps: look them up instead of inviting twice, and do the steps.
        if job.is_rerun() {
            if let Some(existing) = review_address(&ctx.callers(&actor), &ctx.settings, &form.email, actor.locale()).await?.existing {
                let outcome = finish_interrupted(ctx, &actor, &form, &existing.id).await?;
                return Ok(json!({
                    "userId": existing.id,
                    "state": existing.state,
                    "foundAfterInterruption": true,
                    "failedSteps": failed_steps(&outcome),
                }));
            }
        }
        match invite(ctx, &actor, &form).await? {
            Attempt::Invited(outcome) => Ok(json!({
                "userId": outcome.user_id,
                "state": outcome.state,
                "redeemUrl": outcome.redeem_url,
                "failedSteps": failed_steps(&outcome),
                "requestId": outcome.request_id,
            })),
            Attempt::Refused(review) => {
                let mut reasons: Vec<String> = review.problems.into_iter().map(|p| p.text).collect();
                if let Some(existing) = review.existing {
                    reasons.push(i18n::tr!(
                        actor.locale(),
                        "jobs-already-in-directory",
                        email = form.email.trim(),
                        upn = existing.user_principal_name
                    ));
                }
                Err(Error::Invalid(reasons.join(" ")))
            }
        }
    }
}

/// What the outcome's failed follow-up steps were, in words.
fn failed_steps(outcome: &InviteOutcome) -> Vec<&str> {
    outcome.steps.iter().filter(|s| s.error.is_some()).map(|s| s.what.as_str()).collect()
}
