//! The portal over real HTTP: a real `guestlist` app on 127.0.0.1:0 with the sandbox tenant
//! (or, for a real-tenant configuration, a separately served sandbox as its issuer).

mod bulk_invite;
mod certified;
mod common;
mod convert;
mod dashboard;
mod database;
mod directory;
mod faults;
mod guests_actions;
mod graph_calls;
mod guests_list;
mod health;
mod invite;
mod language;
mod metrics;
mod my_guests;
mod reviews;
mod rendering;
mod requests;
mod rules;
mod sessions;
mod settings;
mod sign_in;
