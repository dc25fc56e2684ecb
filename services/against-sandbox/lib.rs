//! No code: the tests in `tests/` exercise the `services` crate against a live sandbox tenant.
