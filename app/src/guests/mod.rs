//! Guests: every external user. A guest's details page and its actions ([`details`]), and
//! actions on several guests through a preview ([`selection`]).

pub mod details;
pub mod selection;
