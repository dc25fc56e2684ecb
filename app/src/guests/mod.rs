//! Guests: every external user of the tenant. This branch adds only [`deleted`], the recently
//! deleted guests; the list, a guest's details and the actions on a selection come alongside.

pub mod deleted;
