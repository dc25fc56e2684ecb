//! `guestlist`: the portal, its worker and its command line (see `guestlist --help`).

use std::io::Write;

use clap::Parser;
use futures::TryStreamExt;
use server::cli::{AuditCommand, Cli, Command, Format, GuestsCommand, JobsCommand, SandboxArgs, SandboxCommand};
use server::config::{Config, Tenant};
use server::{build_app, open_sandbox, standalone_context, worker_options};
use services::audit::{self, AuditFilter};
use services::jobs::{self, Job, Registry};
use services::worker::Worker;
use services::{Actor, Db};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .with_writer(std::io::stderr)
        .init();
    // clap prints help (exit 0) or the usage mistake (exit 2) itself.
    let cli = Cli::parse();
    let config = Config::from_env().unwrap_or_else(|error| exit_with(&error.to_string(), 2));
    if let Err(error) = run(cli.command.unwrap_or(Command::Serve), config).await {
        exit_with(&format!("guestlist: {error:#}"), 1);
    }
}

fn exit_with(message: &str, code: i32) -> ! {
    eprintln!("{message}");
    std::process::exit(code)
}

async fn run(command: Command, mut config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve_portal(config).await,
        Command::Worker => {
            let ctx = standalone_context(&config).await?;
            let worker = Worker::spawn(ctx, Registry::guestlist(), worker_options(&config));
            println!("The Guestlist worker is running ({}). Stop it with Ctrl-C or SIGTERM.", worker.tasks().join(", "));
            shutdown_signal().await;
            worker.shutdown().await;
            Ok(())
        }
        Command::Jobs(command) => {
            let db = Db::connect(&config.database_url).await?;
            db.migrate().await?;
            let ops = Actor::operator();
            match command {
                JobsCommand::List { limit } => {
                    let jobs = jobs::list(&db, &ops, limit).await?;
                    if jobs.is_empty() {
                        println!("No jobs.");
                    }
                    jobs.iter().for_each(print_job);
                }
                JobsCommand::Show { id } => {
                    let detail = jobs::show(&db, &ops, id).await?;
                    print_job(&detail.job);
                    for row in &detail.rows {
                        let result = row.error.clone().or_else(|| row.result.as_ref().map(|r| r.to_string())).unwrap_or_default();
                        println!("  row {:>5}  {:<10} {result}", row.number, row.state.label());
                    }
                }
                JobsCommand::Cancel { id } => print_job(&jobs::cancel(&db, &ops, id).await?),
                JobsCommand::Pause { id } => print_job(&jobs::pause(&db, &ops, id).await?),
                JobsCommand::Resume { id } => print_job(&jobs::resume(&db, &ops, id).await?),
            }
            Ok(())
        }
        Command::Migrate => {
            let db = Db::connect(&config.database_url).await?;
            let migrated = db.migrate().await?;
            match migrated.applied.as_slice() {
                [] => println!("The database is up to date (version {}).", migrated.current.unwrap_or_default()),
                applied => println!("Applied migrations {applied:?}; the database is at version {}.", migrated.current.unwrap_or_default()),
            }
            Ok(())
        }
        Command::Audit(AuditCommand::Export { since, format, output }) => {
            let db = Db::connect(&config.database_url).await?;
            db.migrate().await?;
            let filter = AuditFilter { since: since.unwrap_or_default(), ..AuditFilter::default() };
            let mut out: Box<dyn Write> = match &output {
                Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            if format == Format::Csv {
                out.write_all(audit::csv_header().as_bytes())?;
            }
            let count = audit::export(&db, &Actor::operator(), &filter, |event| match format {
                Format::Csv => out.write_all(audit::csv_line(event).as_bytes()),
                Format::Json => writeln!(out, "{}", serde_json::to_string(event).map_err(std::io::Error::other)?),
            })
            .await?;
            out.flush()?;
            eprintln!("Exported {count} audit events.");
            Ok(())
        }
        Command::Guests(GuestsCommand::Export { filter, output }) => {
            let ops = Actor::operator();
            let filter = services::guests::GuestFilter::parse(&filter, ops.locale())?;
            let ctx = standalone_context(&config).await?;
            services::guests::export::audit(&ctx, &ops, &filter).await?;
            let mut out: Box<dyn Write> = match &output {
                Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let mut lines = std::pin::pin!(services::guests::export::csv(&ctx, &ops, &filter));
            let mut count = 0usize;
            while let Some(line) = lines.try_next().await? {
                out.write_all(line.as_bytes())?;
                count += 1;
            }
            out.flush()?;
            eprintln!("Exported {} external users.", count.saturating_sub(1));
            Ok(())
        }
        Command::Sandbox(SandboxArgs { command: None, addr } | SandboxArgs { command: Some(SandboxCommand::Serve { addr }), .. }) => {
            if let Some(addr) = addr {
                config.addr = addr;
                config.public_url = url::Url::parse(&format!("http://{addr}"))?;
            }
            serve_sandbox(config).await
        }
        Command::BulkInvite(args) => {
            if !server::bulk_cli::run(&config, args).await? {
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Sandbox(SandboxArgs { command: Some(SandboxCommand::Reset), .. }) => {
            open_sandbox(&config).await?.directory().reset().await?;
            println!("The sandbox tenant in {} was reset to its seed.", config.data_dir.join("sandbox").display());
            Ok(())
        }
        Command::Sandbox(SandboxArgs { command: Some(SandboxCommand::Seed { guests }), .. }) => {
            open_sandbox(&config).await?.directory().seed_guests(guests).await?;
            println!("The sandbox tenant now has at least {guests} guests.");
            Ok(())
        }
    }
}

/// One line a job: number, kind, state, progress, who started it and when.
fn print_job(job: &Job) {
    let c = job.rows;
    println!(
        "#{:<5} {:<8} {:<10} {} done, {} failed, {} to do, {} cancelled — started by {} at {}",
        job.id.0,
        job.kind,
        job.state.label(),
        c.done,
        c.failed,
        c.pending + c.in_flight,
        c.cancelled,
        job.started_by.name,
        job.created_at
    );
}

async fn serve_portal(config: Config) -> anyhow::Result<()> {
    let portal = build_app(&config).await?;
    let listener = TcpListener::bind(config.addr).await?;
    println!("Guestlist is running at {}", config.public_base());
    match (&config.tenant, &portal.sandbox) {
        (Tenant::Sandbox, Some(sandbox)) => {
            println!("Tenant: the sandbox tenant (nothing leaves this machine). You can sign in as:");
            print_people(sandbox).await?;
        }
        (Tenant::Entra(app), _) => println!("Tenant: {} (Microsoft Entra)", app.tenant_id),
        (Tenant::Sandbox, None) => unreachable!("sandbox mode always opens the sandbox"),
    }
    let worker = Worker::spawn(portal.ctx.clone(), Registry::guestlist(), worker_options(&config));
    let served = serve(listener, portal.router).await;
    // Requests are finished; now the worker's rows and mail finish or hand over their leases.
    worker.shutdown().await;
    served
}

async fn serve_sandbox(config: Config) -> anyhow::Result<()> {
    let sandbox = open_sandbox(&config).await?;
    let listener = TcpListener::bind(config.addr).await?;
    println!("The sandbox tenant is running at {}/_sandbox/tenant.json", config.public_base());
    print_people(&sandbox).await?;
    serve(listener, sandbox.router()).await
}

async fn print_people(sandbox: &sandbox::Sandbox) -> anyhow::Result<()> {
    for person in sandbox.directory().sign_in_people().await? {
        let job = person.job_title.as_deref().map(|j| format!(", {j}")).unwrap_or_default();
        println!("  {:<44} {} ({}{job})", person.user_principal_name, person.display_name, person.user_type);
    }
    Ok(())
}

/// Serves `router`, telling it each caller's address (`/metrics` answers loopback callers only).
async fn serve(listener: TcpListener, router: axum::Router) -> anyhow::Result<()> {
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await?;
    Ok(())
}

/// Ctrl-C, or SIGTERM from a service manager or container runtime: finish requests, then stop.
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        () = terminate => {}
    }
    println!("Stopping.");
}
