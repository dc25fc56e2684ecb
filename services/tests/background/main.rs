//! The services' background machinery against real databases and a real SMTP server: the
//! migrations, the mail outbox, the job runner and the worker. PostgreSQL tests run when
//! `GUESTLIST_TEST_DATABASE_URL` names a server (`scripts/test-postgres` starts one) and say
//! that they were skipped otherwise.

#[macro_use]
mod common;
mod dashboard;
mod jobs;
mod migrations;
mod outbox;
mod smtp;
