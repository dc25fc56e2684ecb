//! The Guests view as CSV.
