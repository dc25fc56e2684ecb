//! The Dashboard's snapshot row on both databases: asking for new figures, a computation that
//! fails (Graph cannot be reached here) and is kept for the page, and the claim handed back.

use std::time::Duration;

use services::guests::dashboard;
use services::{Db, Error, Role};

use crate::common::*;

const HOUR: Duration = Duration::from_secs(3600);

async fn asking_and_failing_are_stored_for_the_page(db: Db) {
    let clock = TestClock::new();
    let ctx = context(db.clone(), None, clock.clock());
    let empty = dashboard::load(&db).await.unwrap();
    assert_eq!(empty, dashboard::Stored::default(), "nothing before the first computation");
    assert!(empty.due(clock.now(), HOUR));

    // Only Admins may ask; an Admin's request is kept with their name.
    let sponsor = person("b1", &[Role::Sponsor]);
    assert_eq!(dashboard::request_refresh(&ctx, &sponsor).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    assert_eq!(dashboard::load(&db).await.unwrap().requested_at, None);
    let admin = person("a1", &[Role::Admin]);
    dashboard::request_refresh(&ctx, &admin).await.unwrap();
    let asked = dashboard::load(&db).await.unwrap();
    // Stored to the millisecond.
    assert!(asked.requested_at.is_some_and(|at| (clock.now() - at).num_milliseconds() == 0), "{asked:?}");
    assert_eq!(asked.requested_by.as_deref(), Some("Person a1 <a1@contoso.example>"));

    // Graph cannot be reached: the failure is kept for the page, and the claim is handed back,
    // so the next try (here, at once) may claim it again.
    let failed = dashboard::refresh(&ctx, "instance-1").await.unwrap_err();
    assert!(matches!(failed, Error::Graph { .. }), "{failed:?}");
    let stored = dashboard::load(&db).await.unwrap();
    assert_eq!(stored.last_error, Some(failed.to_string()));
    assert_eq!((stored.taken_at, stored.figures), (None, None));
    assert!(stored.requested_at.is_some(), "still asked for: nothing was computed");
    let again = dashboard::refresh(&ctx, "instance-2").await.unwrap_err();
    assert_eq!(again, failed, "another instance claimed it after the failure");
    dashboard::release(&db, "instance-2").await.unwrap();
}

on_both_databases!(asking_and_failing_are_stored_for_the_page: asking_and_failing_on_sqlite, asking_and_failing_on_postgres);

/// A computation in progress keeps other instances out until its claim's lease runs out.
async fn one_instance_computes_at_a_time(db: Db) {
    let clock = TestClock::new();
    let ctx = context(db.clone(), None, clock.clock());
    dashboard::request_refresh(&ctx, &operator()).await.unwrap();
    // Instance 1 is computing: its claim, as `refresh` writes it, held for 30 minutes.
    let until = (clock.now() + chrono::Duration::minutes(30)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let hold = "UPDATE dashboard_snapshots SET lease_owner = 'instance-1', lease_until = $1";
    match &db {
        Db::Sqlite(pool) => sqlx::query(hold).bind(&until).execute(pool).await.map(drop),
        Db::Postgres(pool) => sqlx::query(hold).bind(&until).execute(pool).await.map(drop),
    }
    .unwrap();
    assert_eq!(dashboard::refresh(&ctx, "instance-2").await.unwrap(), None, "instance 1 holds it: instance 2 leaves it");
    assert_eq!(dashboard::load(&db).await.unwrap().last_error, None, "instance 2 did not try");
    clock.advance(Duration::from_secs(31 * 60));
    assert!(dashboard::refresh(&ctx, "instance-2").await.is_err(), "the lease ran out: instance 2 tries (and fails without Graph)");
    assert!(dashboard::load(&db).await.unwrap().last_error.is_some());
}

on_both_databases!(one_instance_computes_at_a_time: one_at_a_time_on_sqlite, one_at_a_time_on_postgres);
