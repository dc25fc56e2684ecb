//! Sponsors and the guests they answer for.

use futures::TryStreamExt;

use crate::{Actor, Context, Result, Role};

/// How many guests the actor sponsors, directly or through a group (`/me/sponsorOf`, read with
/// their own permissions: Microsoft lets every member read what they sponsor).
pub async fn sponsored_count(ctx: &Context, actor: &Actor) -> Result<usize> {
    actor.require(Role::Sponsor)?;
    let count = ctx
        .as_actor(actor)
        .sponsor_of(&graph::UserRef::Me, graph::Query::new())
        .try_fold(0, |count, _| async move { Ok(count + 1) })
        .await?;
    Ok(count)
}
