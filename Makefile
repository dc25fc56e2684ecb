# Guestlist's two commands. Everything they need is installed on first use by scripts/setup.
.PHONY: run test bench

## Serve the portal (on the sandbox tenant unless GUESTLIST_TENANT_ID/CLIENT_ID/CLIENT_SECRET are set).
run:
	@scripts/setup
	@scripts/run

## Run every test: Rust crates (over real HTTP) and the browser journeys in Chromium.
test:
	@scripts/setup --tests
	@scripts/test

## Measure (not test): every benchmark, one table of figures and targets, written into the README.
bench:
	@scripts/setup --bench
	@bench/run
