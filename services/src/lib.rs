//! Guestlist's services: the logic behind every page, the storage (SQLite or PostgreSQL, with
//! migrations), the audit trail, the mail outbox and the background jobs.
//!
//! The portal's pages, the background worker and the command line all call the same functions
//! here, each passing a [`Context`] (Graph, database, mailer, settings, clock) and the
//! [`Actor`] who acts. Every operation checks the actor's permissions itself and writes the
//! audit trail itself, whoever calls it.
//!
//! Without the `server` feature only the data types are compiled: the browser bundle shares them
//! with the server functions that send them.

pub mod actor;
pub mod archive;
pub mod audit;
pub mod bulk;
pub mod checks;
pub mod configuration;
pub mod convert;
pub mod directory;
pub mod error;
pub mod grants;
pub mod guests;
pub mod invite;
pub mod jobs;
pub mod outbox;
pub mod reviews;
pub mod partners;
pub mod requests;
pub mod sponsors;

pub use actor::{Principal, Role};
pub use error::Error;

#[cfg(feature = "server")]
pub mod address;
#[cfg(feature = "server")]
pub mod context;
#[cfg(feature = "server")]
pub mod db;
#[cfg(feature = "server")]
pub mod languages;
#[cfg(feature = "server")]
pub mod mail;
#[cfg(feature = "server")]
pub mod settings;
#[cfg(feature = "server")]
pub mod worker;

#[cfg(feature = "server")]
pub use actor::Actor;
#[cfg(feature = "server")]
pub use context::{Callers, Clock, Context};
#[cfg(feature = "server")]
pub use db::Db;

/// What every service returns.
pub type Result<T, E = Error> = std::result::Result<T, E>;
