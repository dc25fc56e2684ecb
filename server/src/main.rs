//! `guestlist`: serves the portal; `guestlist sandbox …` serves or manages the sandbox tenant.

use std::net::SocketAddr;

use server::config::{Config, Tenant};
use server::{build_app, open_sandbox};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

const USAGE: &str = "\
Usage:
  guestlist                              serve the portal (settings: GUESTLIST_* variables, see README)
  guestlist sandbox [--addr HOST:PORT]   serve only the sandbox tenant
  guestlist sandbox reset                wipe the sandbox tenant and seed it again
  guestlist sandbox seed --guests N      grow the sandbox tenant to N guests
  guestlist --help                       show this help";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Serve,
    ServeSandbox { addr: Option<SocketAddr> },
    ResetSandbox,
    SeedSandbox { guests: usize },
    Help,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
enum UsageError {
    #[error("{0:?} is not a guestlist command.")]
    Unknown(String),
    #[error("{option} needs {expected}, but got {value:?}.")]
    BadValue { option: &'static str, expected: &'static str, value: String },
    #[error("{0} needs a value.")]
    MissingValue(&'static str),
}

fn parse(args: &[String]) -> Result<Command, UsageError> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => Ok(Command::Serve),
        ["-h" | "--help" | "help", ..] => Ok(Command::Help),
        ["sandbox"] => Ok(Command::ServeSandbox { addr: None }),
        ["sandbox", "--addr"] => Err(UsageError::MissingValue("--addr")),
        ["sandbox", "--addr", addr] => addr.parse().map(|addr| Command::ServeSandbox { addr: Some(addr) }).map_err(|_| {
            UsageError::BadValue { option: "--addr", expected: "an address such as 127.0.0.1:3100", value: addr.to_string() }
        }),
        ["sandbox", "reset"] => Ok(Command::ResetSandbox),
        ["sandbox", "seed", "--guests"] => Err(UsageError::MissingValue("--guests")),
        ["sandbox", "seed", "--guests", n] => n.parse().map(|guests| Command::SeedSandbox { guests }).map_err(|_| {
            UsageError::BadValue { option: "--guests", expected: "a number of guests", value: n.to_string() }
        }),
        _ => Err(UsageError::Unknown(args.join(" "))),
    }
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse(&args) {
        Ok(command) => command,
        Err(error) => exit_with(&format!("{error}\n\n{USAGE}"), 2),
    };
    if command == Command::Help {
        println!("{USAGE}");
        return;
    }
    let config = Config::from_env().unwrap_or_else(|error| exit_with(&error.to_string(), 2));
    if let Err(error) = run(command, config).await {
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
        Command::ServeSandbox { addr } => {
            if let Some(addr) = addr {
                config.addr = addr;
                config.public_url = url::Url::parse(&format!("http://{addr}"))?;
            }
            serve_sandbox(config).await
        }
        Command::ResetSandbox => {
            open_sandbox(&config).await?.directory().reset().await?;
            println!("The sandbox tenant in {} was reset to its seed.", config.data_dir.join("sandbox").display());
            Ok(())
        }
        Command::SeedSandbox { guests } => {
            open_sandbox(&config).await?.directory().seed_guests(guests).await?;
            println!("The sandbox tenant now has at least {guests} guests.");
            Ok(())
        }
        Command::Help => unreachable!("handled before the configuration is read"),
    }
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
    serve(listener, portal.router).await
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

async fn serve(listener: TcpListener, router: axum::Router) -> anyhow::Result<()> {
    axum::serve(listener, router).with_graceful_shutdown(shutdown_signal()).await?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn commands_are_parsed() {
        assert_eq!(parse(&args("")), Ok(Command::Serve));
        assert_eq!(parse(&args("--help")), Ok(Command::Help));
        assert_eq!(parse(&args("sandbox")), Ok(Command::ServeSandbox { addr: None }));
        assert_eq!(
            parse(&args("sandbox --addr 127.0.0.1:3100")),
            Ok(Command::ServeSandbox { addr: Some("127.0.0.1:3100".parse().unwrap()) })
        );
        assert_eq!(parse(&args("sandbox reset")), Ok(Command::ResetSandbox));
        assert_eq!(parse(&args("sandbox seed --guests 100000")), Ok(Command::SeedSandbox { guests: 100_000 }));
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parse(&args("serve")), Err(UsageError::Unknown("serve".into())));
        assert_eq!(parse(&args("sandbox seed --guests")), Err(UsageError::MissingValue("--guests")));
        let error = parse(&args("sandbox seed --guests many")).unwrap_err();
        assert_eq!(error.to_string(), "--guests needs a number of guests, but got \"many\".");
        assert!(matches!(parse(&args("sandbox --addr nowhere")), Err(UsageError::BadValue { option: "--addr", .. })));
    }
}
