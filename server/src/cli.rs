//! The `guestlist` command line (clap): every subcommand has `--help`. Exit codes: 0 done,
//! 1 it failed (the message says why), 2 the command or a setting is wrong.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use services::jobs::JobId;

/// Guestlist: a portal for Microsoft Entra B2B guests. Settings come from GUESTLIST_* variables
/// (see the README); with none, it serves the sandbox tenant.
#[derive(Debug, Parser, PartialEq, Eq)]
#[command(name = "guestlist", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Serve the portal, with a background worker (the default).
    Serve,
    /// Run only the background worker (jobs and the mail outbox), e.g. beside several portals
    /// on one PostgreSQL database; stops gracefully on SIGTERM or Ctrl-C.
    Worker,
    /// See and steer background jobs.
    #[command(subcommand)]
    Jobs(JobsCommand),
    /// Apply the database migrations the database does not have yet, then stop.
    Migrate,
    /// Read the audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The external users of the tenant (the Guests page).
    #[command(subcommand)]
    Guests(GuestsCommand),
    /// Serve or manage the sandbox tenant (without a subcommand: serve it alone).
    Sandbox(SandboxArgs),
    /// Invite everyone in a CSV file (Microsoft Entra's bulk invite template, Guestlist's
    /// template, or addresses one a line), as the Bulk invite page does: the preview first, then
    /// the job with its progress, then the results as CSV (needs the running portal in sandbox
    /// mode, like `worker`). Exits with 1 when a row failed.
    BulkInvite(BulkInviteArgs),
}

#[derive(Debug, Args, PartialEq, Eq)]
pub struct BulkInviteArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Only check the rows and write the preview as CSV; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Invite as this person (their user principal name): their roles apply, they are the
    /// sponsor of rows that name none, and the audit trail names them.
    #[arg(long = "as", value_name = "UPN")]
    pub as_upn: Option<String>,
    /// The business reason for the rows that need an approver's approval (each becomes an
    /// invitation request, as on the Bulk invite page).
    #[arg(long)]
    pub reason: Option<String>,
    /// Where to write the results (or with --dry-run the preview); default: next to FILE, named
    /// FILE-results.csv (FILE-preview.csv).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum JobsCommand {
    /// The newest jobs with their progress.
    List {
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// One job with every row's state and result.
    Show { id: JobId },
    /// Stop a job: rows not started are cancelled; rows running finish.
    Cancel { id: JobId },
    /// Hold a job: no new rows start until it is resumed.
    Pause { id: JobId },
    /// Let a paused job go on.
    Resume { id: JobId },
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum AuditCommand {
    /// Write the audit trail (oldest first) to standard output or a file.
    Export {
        /// Only events at or after this time or date (RFC 3339, e.g. 2026-12-01).
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum GuestsCommand {
    /// Write the external users a view of the Guests list matches, as CSV, read from Graph page by
    /// page (needs the running portal in sandbox mode, like `worker`).
    Export {
        /// The view as the Guests page's address has it after `?`, e.g.
        /// "status=pending&pending_days=30&cols=name,mail,status" (default: everyone).
        #[arg(long, default_value = "")]
        filter: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// An export's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// RFC 4180 CSV; cells that look like formulas are neutralised.
    Csv,
    /// One JSON object a line (JSON Lines).
    Json,
}

#[derive(Debug, Args, PartialEq, Eq)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: Option<SandboxCommand>,
    /// Where to serve it, e.g. 127.0.0.1:4000 (default: GUESTLIST_ADDR).
    #[arg(long)]
    pub addr: Option<SocketAddr>,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum SandboxCommand {
    /// Serve the sandbox tenant alone.
    Serve {
        /// Where to serve it, e.g. 127.0.0.1:4000 (default: GUESTLIST_ADDR).
        #[arg(long)]
        addr: Option<SocketAddr>,
    },
    /// Wipe the sandbox tenant and seed it again.
    Reset,
    /// Grow the sandbox tenant to at least N guests (for benchmarks).
    Seed {
        #[arg(long, value_name = "N")]
        guests: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("guestlist").chain(line.split_whitespace()))
    }

    #[test]
    fn commands_are_parsed() {
        assert_eq!(parse("").unwrap().command, None);
        assert_eq!(parse("serve").unwrap().command, Some(Command::Serve));
        assert_eq!(parse("migrate").unwrap().command, Some(Command::Migrate));
        assert_eq!(
            parse("guests export --filter status=pending -o pending.csv").unwrap().command,
            Some(Command::Guests(GuestsCommand::Export { filter: "status=pending".into(), output: Some("pending.csv".into()) }))
        );
        assert_eq!(parse("worker").unwrap().command, Some(Command::Worker));
        assert_eq!(parse("jobs list").unwrap().command, Some(Command::Jobs(JobsCommand::List { limit: 20 })));
        assert_eq!(parse("jobs show #12").unwrap().command, Some(Command::Jobs(JobsCommand::Show { id: JobId(12) })));
        assert_eq!(parse("jobs resume 3").unwrap().command, Some(Command::Jobs(JobsCommand::Resume { id: JobId(3) })));
        let sandbox = |command, addr| Some(Command::Sandbox(SandboxArgs { command, addr }));
        assert_eq!(parse("sandbox").unwrap().command, sandbox(None, None));
        assert_eq!(parse("sandbox --addr 127.0.0.1:3100").unwrap().command, sandbox(None, Some("127.0.0.1:3100".parse().unwrap())));
        assert_eq!(parse("sandbox reset").unwrap().command, sandbox(Some(SandboxCommand::Reset), None));
        assert_eq!(parse("sandbox seed --guests 100000").unwrap().command, sandbox(Some(SandboxCommand::Seed { guests: 100_000 }), None));
        assert_eq!(
            parse("bulk-invite team.csv --dry-run --as priya@contoso.example").unwrap().command,
            Some(Command::BulkInvite(BulkInviteArgs { file: "team.csv".into(), dry_run: true, as_upn: Some("priya@contoso.example".into()), reason: None, output: None }))
        );
        assert_eq!(
            parse("audit export --since 2026-12-01 --format json").unwrap().command,
            Some(Command::Audit(AuditCommand::Export { since: Some("2026-12-01".into()), format: Format::Json, output: None }))
        );
    }

    #[test]
    fn mistakes_are_usage_errors() {
        for line in ["serve now", "sandbox seed --guests", "sandbox seed --guests many", "sandbox --addr nowhere", "audit export --format xml", "frobnicate", "jobs show twelve", "jobs cancel", "bulk-invite", "bulk-invite a.csv --as"] {
            let error = parse(line).unwrap_err();
            assert_eq!(error.exit_code(), 2, "{line}: {error}");
        }
        assert_eq!(parse("--help").unwrap_err().exit_code(), 0);
        assert_eq!(parse("audit export --help").unwrap_err().exit_code(), 0);
    }
}
