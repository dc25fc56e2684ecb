//! The Guestlist portal server: configuration, sign-in, sessions, cross-site protection, health
//! checks, metrics, the Leptos pages and (in sandbox mode) the sandbox tenant, assembled by [`build_app`].

pub mod account;
pub mod auth;
pub mod bulk_cli;
pub mod cli;
pub mod config;
pub mod csrf;
pub mod headers;
pub mod health;
pub mod language;
pub mod prometheus;
pub mod recheck;
pub mod sessions;

use app::auth::{Principal, TenantMode};
use app::server::keys as session_keys;
use app::{shell, App};
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sandbox::{Sandbox, SandboxConfig};
use services::mail::Mailer;
use services::worker::WorkerOptions;
use services::{Context, Db};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;
use tower_sessions::Session;

use crate::auth::Oidc;
use crate::config::{Config, EntraApp, Tenant};

/// The assembled portal.
pub struct Portal {
    pub router: Router,
    /// The sandbox tenant, in sandbox mode.
    pub sandbox: Option<Sandbox>,
    /// The services' context, for the worker beside the portal.
    pub ctx: Context,
}

/// The app's routes, generated once per process. Generating them renders the app with a
/// process-wide "don't load resources" flag set (leptos_server's `SuppressResourceLoad`), and a
/// resource first polled meanwhile by a page rendering for another portal in this process never
/// loads: its response hangs (leptos#4773). Tests run many portals in one process.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The plain (non-Leptos) routes of the portal, as (method, path).
const PLAIN_ROUTES: &[(&str, &str)] = &[
    ("GET", app::routes::SIGN_IN),
    ("GET", auth::CALLBACK),
    ("POST", app::routes::SIGN_OUT),
    ("GET", auth::FRONT_CHANNEL_LOGOUT),
    ("GET", app::routes::AUDIT_CSV),
    ("GET", app::routes::SETTINGS_EXPORT),
    ("POST", app::routes::GUESTS_SELECTION),
    ("GET", app::routes::GUESTS_EXPORT),
    ("POST", app::routes::BULK_INVITE),
    ("GET", app::routes::BULK_INVITE_TEMPLATE),
    ("GET", "/bulk-invite/{id}/preview.csv"),
    ("GET", "/bulk-invite/{id}/results.csv"),
    ("GET", "/bulk-invite/{id}/events"),
    ("GET", "/reviews/{id}/report.csv"),
    ("POST", language::PATH),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", prometheus::PATH),
];

/// Every route the portal itself serves (not the sandbox tenant's), as (method, path with
/// `{param}` placeholders): its pages and server functions as the Leptos router lists them, and
/// the plain routes. The security suite tries each one as each role, so a route added without
/// its expected answers fails it.
pub fn route_inventory() -> Vec<(String, String)> {
    let pages = route_list().into_iter().flat_map(|route| {
        let path = route.path().to_owned();
        route.methods().map(move |method| (format!("{method:?}").to_uppercase(), path.clone())).collect::<Vec<_>>()
    });
    let server_functions = leptos::server_fn::axum::server_fn_paths().map(|(path, method)| (method.to_string(), path.to_owned()));
    let plain = PLAIN_ROUTES.iter().map(|(method, path)| (method.to_string(), path.to_string()));
    let mut routes: Vec<_> = pages.chain(server_functions).chain(plain).collect();
    routes.sort();
    routes.dedup();
    routes
}

/// Opens the database (and the sandbox tenant in sandbox mode) and builds every route.
///
/// Nothing here contacts the identity provider: in sandbox mode that is this process, which is
/// not listening yet. Discovery happens on the first sign-in.
pub async fn build_app(config: &Config) -> anyhow::Result<Portal> {
    let sandbox = match config.tenant {
        Tenant::Sandbox => Some(open_sandbox(config).await?),
        Tenant::Entra(_) => None,
    };
    let (entra_app, mode) = match (&config.tenant, &sandbox) {
        (Tenant::Entra(app), _) => (app.clone(), TenantMode::Entra),
        (Tenant::Sandbox, Some(sandbox)) => (sandbox_app(config, sandbox)?, TenantMode::Sandbox),
        (Tenant::Sandbox, None) => unreachable!("the sandbox was opened above"),
    };
    let ctx = context(config, &entra_app, sandbox.as_ref()).await?;
    let header_policy = headers::Policy {
        https: config.is_https(),
        identity_provider_origin: entra_app.issuer_url.origin().ascii_serialization(),
    };
    let recheck = recheck::Recheck {
        graph: ctx.graph.clone(),
        client_id: entra_app.client_id.clone(),
        inviters: config.invite.inviters.clone(),
        db: ctx.db.clone(),
        settings: config.sessions.clone(),
    };
    let oidc = Oidc::new(entra_app, config, ctx.graph.clone(), ctx.db.clone())?;
    let portal = pages(leptos_options(config)?, mode, ctx.clone())
        .layer(middleware::from_fn(require_sign_in))
        .layer(middleware::from_fn_with_state(recheck, recheck::recheck))
        .merge(auth::routes(oidc.clone()))
        .merge(language::routes(language::Languages { db: ctx.db.clone(), https: config.is_https() }))
        // Outside the pages' own layers, so that they (and sign-in's answers) speak it too.
        .layer(middleware::from_fn(language::choose));
    let portal = sessions::with_sessions(&ctx.db, portal, config).await?;

    let mut router = portal
        .merge(health::routes(ctx.db.clone(), oidc)?)
        .merge(prometheus::routes(ctx.db.clone(), config.metrics_token.clone()));
    if let Some(sandbox) = &sandbox {
        router = router.merge(sandbox.router());
    }
    let router = router
        .layer(middleware::from_fn_with_state(csrf::PublicOrigin(config.public_origin()), csrf::refuse_cross_site))
        .layer(middleware::from_fn_with_state(std::sync::Arc::new(header_policy), headers::secure))
        .layer(TraceLayer::new_for_http())
        .layer(middleware::from_fn(prometheus::record));
    Ok(Portal { router, sandbox, ctx })
}

/// The services' context: the database (migrated), Graph as the portal's app registration, the
/// mailer and the settings.
pub async fn context(config: &Config, app: &EntraApp, sandbox: Option<&Sandbox>) -> anyhow::Result<Context> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let mut ctx = Context::new(graph_client(app, config.graph_budget)?, db, mailer(config, sandbox).await?, config.invite.clone());
    ctx.local_mail_only = matches!(config.tenant, Tenant::Sandbox);
    ctx.language = config.language;
    // The sandbox's clock (`/_sandbox/clock`) moves Guestlist's time too, so that campaigns,
    // grace periods and lifecycle rules can be tried without waiting.
    if let Some(sandbox) = sandbox.cloned() {
        ctx.clock = services::Clock::from_fn(move || sandbox.directory().now());
    }
    Ok(ctx)
}

/// The worker's settings: this process's lease length, concurrency and the Dashboard's refresh,
/// the rest as the worker's defaults.
pub fn worker_options(config: &Config) -> WorkerOptions {
    WorkerOptions {
        lease: config.job_lease,
        concurrency: config.worker_concurrency,
        dashboard_every: Some(config.dashboard_refresh),
        // Grace periods are days long: looking every ten minutes deletes on the day.
        end_grace_every: Some(std::time::Duration::from_secs(600)),
        // Reminders are due on a day and rules run daily: looking every ten minutes is on time.
        reviews_every: Some(std::time::Duration::from_secs(600)),
        // Requests expire after days: looking every ten minutes expires them on the day.
        request_expiry_every: Some(std::time::Duration::from_secs(600)),
        // Retention is counted in days: an hourly look archives on the day.
        audit_archive: Some((config.data_dir.join("audit-archive"), std::time::Duration::from_secs(3600))),
        ..WorkerOptions::default()
    }
}

/// The services' context for a worker or command running without the portal: with a real
/// tenant as configured; in sandbox mode, the sandbox tenant served by the portal (or by
/// `guestlist sandbox`) at `GUESTLIST_PUBLIC_URL`, found through its `tenant.json`.
pub async fn standalone_context(config: &Config) -> anyhow::Result<Context> {
    let app = standalone_app(config).await?;
    if config.invite.smtp_url.is_none() {
        tracing::info!("no GUESTLIST_SMTP_URL: queued mail waits for the portal's own worker");
    }
    context(config, &app, None).await
}

/// The app registration a worker or command uses: the configured one, or in sandbox mode the
/// sandbox tenant's portal app, found through its `tenant.json` at `GUESTLIST_PUBLIC_URL`.
pub async fn standalone_app(config: &Config) -> anyhow::Result<EntraApp> {
    Ok(match &config.tenant {
        Tenant::Entra(app) => app.clone(),
        Tenant::Sandbox => {
            let url = format!("{}/_sandbox/tenant.json", config.public_base());
            let tenant: serde_json::Value = async { reqwest::get(&url).await?.error_for_status()?.json().await }
                .await
                .map_err(|e: reqwest::Error| anyhow::anyhow!("The sandbox tenant is not served at {url} ({e}). Start the portal (or `guestlist sandbox`) first, or set GUESTLIST_PUBLIC_URL to where it runs."))?;
            let text = |pointer: &str| tenant.pointer(pointer).and_then(|v| v.as_str()).map(str::to_owned).unwrap_or_default();
            EntraApp {
                tenant_id: text("/tenantId"),
                client_id: text("/portalApp/clientId"),
                client_secret: text("/portalApp/clientSecret"),
                issuer_url: url::Url::parse(&text("/issuer"))?,
                graph_base: url::Url::parse(&text("/graphBaseUrl"))?,
            }
        }
    })
}

/// The mailer for "Send it from Guestlist": the configured SMTP server, or in sandbox mode
/// without one the sandbox's own SMTP receiver (same code path, mail lands in its outbox).
async fn mailer(config: &Config, sandbox: Option<&Sandbox>) -> anyhow::Result<Option<Mailer>> {
    let url = match (&config.invite.smtp_url, sandbox) {
        (Some(url), _) => url.clone(),
        (None, Some(sandbox)) => format!("smtp://{}", sandbox::smtp::start(sandbox.clone()).await?),
        (None, None) => return Ok(None),
    };
    Ok(Some(Mailer::new(&url, &config.invite.mail_from)?))
}

/// The sandbox tenant under `{data}/sandbox`, reached at the portal's own public URL.
pub async fn open_sandbox(config: &Config) -> anyhow::Result<Sandbox> {
    Sandbox::open(SandboxConfig {
        data_dir: config.data_dir.join("sandbox"),
        public_url: config.public_url.clone(),
        portal_redirect_uris: vec![config.redirect_uri()],
        throttle_invitations: true,
        portal_front_channel_logout_url: Some(config.front_channel_logout_uri()),
    })
    .await
}

/// The portal's registration in the sandbox tenant, found over HTTP like Microsoft's.
fn sandbox_app(config: &Config, sandbox: &Sandbox) -> anyhow::Result<EntraApp> {
    let directory = sandbox.directory();
    let app = directory.portal_app();
    Ok(EntraApp {
        tenant_id: directory.tenant().id.clone(),
        client_id: app.client_id.clone(),
        client_secret: app.client_secret.clone(),
        issuer_url: url::Url::parse(&sandbox.issuer().issuer_url())?,
        graph_base: url::Url::parse(&format!("{}/_sandbox/graph", config.public_base()))?,
    })
}

/// Leptos' options from cargo-leptos' `LEPTOS_*` variables (set by `cargo leptos` and the
/// scripts), or this project's layout when the binary runs on its own (e.g. in tests).
fn leptos_options(config: &Config) -> anyhow::Result<LeptosOptions> {
    let mut options = if std::env::var_os("LEPTOS_OUTPUT_NAME").is_some() {
        leptos::config::get_configuration(None)?.leptos_options
    } else {
        LeptosOptions::builder().output_name("guestlist").site_root("target/site").build()
    };
    options.site_addr = config.addr;
    Ok(options)
}

/// The Graph client of the services; each call ends within `budget`.
fn graph_client(app: &EntraApp, budget: std::time::Duration) -> anyhow::Result<graph::GraphClient> {
    let mut config = graph::GraphConfig::new(app.graph_base.as_str(), &app.token_endpoint(), &app.client_id, &app.client_secret)?;
    config.retry = graph::RetryPolicy::within(budget);
    Ok(graph::GraphClient::new(reqwest::Client::builder().build()?, config))
}

/// The Leptos pages, their server functions, and static files.
fn pages(options: LeptosOptions, mode: TenantMode, ctx: Context) -> Router {
    let csv_ctx = ctx.clone();
    let settings_ctx = ctx.clone();
    let selection_ctx = ctx.clone();
    let export_ctx = ctx.clone();
    let bulk = axum::Extension(ctx.clone());
    let reviews_ctx = axum::Extension(ctx.clone());
    let context = move || {
        provide_context(ctx.clone());
        provide_context(mode);
        if let Some(nonce) = headers::leptos_nonce() {
            provide_context(nonce);
        }
    };
    let routes = route_list();
    // The bundle is served as cargo-leptos precompressed it (brotli, gzip) in release builds;
    // everything else, and debug bundles, is compressed on the way out.
    let pkg_dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let bundle = ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip();
    Router::new()
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .route(app::routes::AUDIT_CSV, axum::routing::get(app::audit::csv_export).layer(axum::Extension(csv_ctx)))
        .route(app::routes::SETTINGS_EXPORT, axum::routing::get(app::settings::json_export).layer(axum::Extension(settings_ctx)))
        .route(app::routes::GUESTS_SELECTION, axum::routing::post(app::guests::selection::start).layer(axum::Extension(selection_ctx)))
        .route(app::routes::GUESTS_EXPORT, axum::routing::get(app::guests::csv_export).layer(axum::Extension(export_ctx)))
        .route(app::routes::BULK_INVITE, axum::routing::post(app::bulk_invite::upload).layer::<_, std::convert::Infallible>(bulk.clone()).layer::<_, std::convert::Infallible>(bulk_upload_limit()))
        .route(app::routes::BULK_INVITE_TEMPLATE, axum::routing::get(app::bulk_invite::template).layer(bulk.clone()))
        .route("/bulk-invite/{id}/preview.csv", axum::routing::get(app::bulk_invite::preview_csv).layer(bulk.clone()))
        .route("/bulk-invite/{id}/results.csv", axum::routing::get(app::bulk_invite::results_csv).layer(bulk.clone()))
        .route("/bulk-invite/{id}/events", axum::routing::get(app::bulk_invite::events).layer(bulk))
        .route("/reviews/{id}/report.csv", axum::routing::get(app::reviews::report_csv).layer(reviews_ctx))
        .nest_service(&format!("/{}", options.site_pkg_dir), bundle)
        .fallback(leptos_axum::file_and_error_handler_with_context(context, shell))
        .layer(CompressionLayer::new())
        .with_state(options)
}

/// The bulk invite upload takes a little more than the largest file it reads, so that a file
/// just over the limit gets the page's plain message rather than the server's bare refusal.
fn bulk_upload_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(2 * services::bulk::parse::MAX_BYTES)
}

/// Signed-out visitors to any page but the welcome page go to sign-in, and come back after.
/// Server functions (`/api/`) answer for themselves (the services check), as do static files.
async fn require_sign_in(session: Session, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let is_page_request = matches!(*request.method(), Method::GET | Method::HEAD);
    let is_public = path == "/" || path.starts_with("/pkg/") || path.starts_with("/api/") || is_static_file(path);
    if !is_page_request || is_public {
        return next.run(request).await;
    }
    match session.get::<Principal>(session_keys::PRINCIPAL).await {
        Ok(Some(_)) => next.run(request).await,
        Ok(None) => {
            let return_to = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            let query = serde_urlencoded::to_string([("return_to", return_to)]).unwrap_or_default();
            Redirect::to(&format!("/auth/sign-in?{query}")).into_response()
        }
        Err(error) => {
            let locale = request.extensions().get::<i18n::Locale>().copied().unwrap_or_default();
            auth::SignInError::Session(error.to_string()).response(locale)
        }
    }
}

/// `favicon.ico`, `robots.txt`…: a file name with an extension in the last segment.
fn is_static_file(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| name.contains('.'))
}
